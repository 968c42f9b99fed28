//! A person's card: everything the map holds about one person on one page — their details,
//! where they stood at each assessment, what was said with them, what they have been told.

use super::{sql as rows, Assessment, Interaction};
use crate::announcement::people::{told_of, PersonTold};
use crate::error::Result;
use crate::people::{sql as people, Person};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonCard {
    pub person: Person,
    /// Oldest first.
    pub assessments: Vec<Assessment>,
    /// Newest first.
    pub interactions: Vec<Interaction>,
    pub told: PersonTold,
}

/// The card of one person, read in one snapshot.
pub fn card(store: &Store, person_id: i64) -> Result<PersonCard> {
    store.read(|r| {
        let person = people::get(r, person_id)?;
        Ok(PersonCard {
            assessments: rows::history(r, person_id)?,
            interactions: rows::interactions(r, person.mission_id, Some(person_id))?,
            told: told_of(r, person_id)?,
            person,
        })
    })
}
