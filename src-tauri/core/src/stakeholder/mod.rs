//! The stakeholder map's assessments: where each person of the register stands, dated.
//! Every re-assessment is a new row, so the history shows who moved and when.

mod card;
mod csv_files;
pub mod interaction;
pub mod map;
mod register_export;
pub mod spreadsheet;
pub(crate) mod sql;

pub use card::{card, PersonCard};
pub use interaction::{Interaction, InteractionChannel, InteractionInput};
pub use map::{Cadence, Quadrant, Stakeholder, StakeholderMap};

use crate::clock::{now, today};
use crate::error::{Error, Invalid, Result};
use crate::people::sql as people;
use crate::store::Store;
use crate::validate;
use serde::{Deserialize, Serialize};
use sql as rows;
use ts_rs::TS;

pub const MAX_COMMENT: usize = 2_000;

/// The PMBOK engagement levels, from unaware to leading.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Engagement {
    #[default]
    Unaware,
    Resistant,
    Neutral,
    Supportive,
    Leading,
}

impl Engagement {
    pub const ALL: [Engagement; 5] = [
        Engagement::Unaware,
        Engagement::Resistant,
        Engagement::Neutral,
        Engagement::Supportive,
        Engagement::Leading,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Engagement::Unaware => "unaware",
            Engagement::Resistant => "resistant",
            Engagement::Neutral => "neutral",
            Engagement::Supportive => "supportive",
            Engagement::Leading => "leading",
        }
    }

    pub fn from_code(code: &str) -> Option<Engagement> {
        Engagement::ALL.into_iter().find(|e| e.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    pub id: i64,
    pub person_id: i64,
    /// `YYYY-MM-DD`.
    pub assessed_on: String,
    pub power: u8,
    pub interest: u8,
    pub engagement: Engagement,
    pub target: Engagement,
    pub comment: String,
}

/// An assessment as typed: power and interest 1–5, the date empty for today.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct AssessmentInput {
    pub power: u8,
    pub interest: u8,
    pub engagement: Engagement,
    pub target: Engagement,
    pub assessed_on: String,
    pub comment: String,
}

pub(crate) struct ValidAssessment {
    pub power: u8,
    pub interest: u8,
    pub engagement: Engagement,
    pub target: Engagement,
    pub assessed_on: String,
    pub comment: String,
}

fn score(field: &'static str, value: u8) -> Result<u8> {
    if (1..=5).contains(&value) {
        Ok(value)
    } else {
        Err(Error::invalid(
            field,
            Invalid::OutOfRange { min: 1, max: 5 },
        ))
    }
}

impl AssessmentInput {
    pub(crate) fn validate(&self) -> Result<ValidAssessment> {
        let assessed_on = match validate::optional_date("assessedOn", &self.assessed_on)? {
            Some(day) => day.to_string(),
            None => today(),
        };
        if assessed_on > today() {
            return Err(Error::invalid("assessedOn", Invalid::Future));
        }
        Ok(ValidAssessment {
            power: score("power", self.power)?,
            interest: score("interest", self.interest)?,
            engagement: self.engagement,
            target: self.target,
            assessed_on,
            comment: validate::text("comment", &self.comment, MAX_COMMENT)?,
        })
    }
}

/// Records a new dated assessment of a person; nothing earlier is overwritten.
pub fn assess(store: &Store, person_id: i64, input: &AssessmentInput) -> Result<Assessment> {
    let valid = input.validate()?;
    store.write(|w| {
        people::get(&w.as_read(), person_id)?;
        let id = rows::insert(w, person_id, &valid, &now())?;
        rows::get(&w.as_read(), id)
    })
}

/// A person's assessments, oldest first.
pub fn history(store: &Store, person_id: i64) -> Result<Vec<Assessment>> {
    store.read(|r| {
        people::get(r, person_id)?;
        rows::history(r, person_id)
    })
}

#[cfg(test)]
mod tests;
