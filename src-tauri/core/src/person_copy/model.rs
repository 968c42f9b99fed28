//! The shape of the person's copy, as the window shows it before writing and as the JSON file
//! holds it: the same types the rest of Mandat uses, so nothing is left out by a translation.

use crate::announcement::PersonTold;
use crate::people::Person;
use crate::stakeholder::{Assessment, Interaction};
use crate::wellbeing::{Acknowledgment, Alert, CheckIn};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The mission the person's data belongs to, and who keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonCopyMission {
    pub id: i64,
    pub client: String,
    pub title: String,
    /// The transition CIO who keeps the notes.
    pub manager_name: String,
}

/// Everything Mandat holds about one person (GDPR art. 15), read in one snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonCopy {
    /// `YYYY-MM-DD`: the day the copy was made, and the day its open alerts are judged on.
    pub generated_on: String,
    pub mission: PersonCopyMission,
    /// The register's details.
    pub person: Person,
    /// The name of the person they report to, as the register says.
    pub reports_to_name: Option<String>,
    /// Oldest first.
    pub assessments: Vec<Assessment>,
    /// The interactions they took part in, newest first.
    pub interactions: Vec<Interaction>,
    /// Their audiences and one-to-one briefings.
    pub told: PersonTold,
    /// The wellbeing notes about them, oldest first.
    pub check_ins: Vec<CheckIn>,
    /// The alerts open on `generatedOn`.
    pub alerts: Vec<Alert>,
    /// The alerts she acknowledged about them, and what she did.
    pub acknowledgments: Vec<Acknowledgment>,
    /// How long the mission keeps the wellbeing notes, in months (its retention period).
    pub retention_months: u32,
}
