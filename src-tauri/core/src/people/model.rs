//! A person of the register, as stored and as typed.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which side of the company a person stands on: the interview's "fracture" between
/// infrastructure and applications shows when the register is grouped by it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Infrastructure,
    Applications,
    Business,
    Management,
    Vendor,
    StaffRepresentatives,
    #[default]
    Other,
}

impl Group {
    pub const ALL: [Group; 7] = [
        Group::Infrastructure,
        Group::Applications,
        Group::Business,
        Group::Management,
        Group::Vendor,
        Group::StaffRepresentatives,
        Group::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Group::Infrastructure => "infrastructure",
            Group::Applications => "applications",
            Group::Business => "business",
            Group::Management => "management",
            Group::Vendor => "vendor",
            Group::StaffRepresentatives => "staff_representatives",
            Group::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: i64,
    pub mission_id: i64,
    pub name: String,
    pub job_title: String,
    pub organisation: String,
    pub group: Group,
    pub team: String,
    pub reports_to: Option<i64>,
    pub email: String,
    pub phone: String,
    pub notes: String,
    pub archived: bool,
    pub created_at: String,
    pub updated_at: String,
    /// Marked one by one as in her team: the wellbeing notes are about these people
    /// (`wellbeing::set_team_member`).
    pub team_member: bool,
    /// In her team through a team she leads (`wellbeing::lead_team`), whatever `team_member`.
    pub through_team: bool,
}

impl Person {
    /// In her team, one by one or through a team she leads.
    pub fn in_team(&self) -> bool {
        self.team_member || self.through_team
    }
}

/// The editable fields of a person, as typed. Field names in errors are these camelCase
/// names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct PersonInput {
    pub name: String,
    pub job_title: String,
    pub organisation: String,
    pub group: Group,
    pub team: String,
    pub reports_to: Option<i64>,
    pub email: String,
    pub phone: String,
    pub notes: String,
}

/// What erasing a person removes, shown in the confirmation before anything goes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ErasePreview {
    pub person_id: i64,
    pub name: String,
    /// Rows that name the person, by table, in the order they are erased.
    pub rows: Vec<ErasedRows>,
    /// People who reported to this person: they stay, with no manager.
    pub reports: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ErasedRows {
    pub table: String,
    pub count: u32,
}
