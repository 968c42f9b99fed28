//! A mission as the user types it, and the rules it must meet before it is written.

use super::Language;
use crate::error::{Error, Invalid, Result};
use crate::validate;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const MAX_NAME: usize = 120;
pub const MAX_TITLE: usize = 160;
pub const MAX_CONTEXT: usize = 10_000;

/// The editable fields of a mission, as typed: dates are `YYYY-MM-DD` strings, an empty
/// `plannedEnd` means no end date yet. Field names in errors are these camelCase names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct MissionDraft {
    pub client: String,
    pub title: String,
    pub sponsor_name: String,
    pub sponsor_title: String,
    pub manager_name: String,
    pub start_date: String,
    pub planned_end: String,
    pub context: String,
    pub language: Language,
}

/// A draft that passed validation: trimmed text and real dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ValidMission {
    pub client: String,
    pub title: String,
    pub sponsor_name: String,
    pub sponsor_title: String,
    pub manager_name: String,
    pub start_date: NaiveDate,
    pub planned_end: Option<NaiveDate>,
    pub context: String,
    pub language: Language,
}

impl MissionDraft {
    /// Checks every rule, reporting the first field at fault in form order.
    pub(crate) fn validate(&self) -> Result<ValidMission> {
        let client = validate::required("client", &self.client, MAX_NAME)?;
        let title = validate::required("title", &self.title, MAX_TITLE)?;
        let sponsor_name = validate::text("sponsorName", &self.sponsor_name, MAX_NAME)?;
        let sponsor_title = validate::text("sponsorTitle", &self.sponsor_title, MAX_NAME)?;
        let manager_name = validate::text("managerName", &self.manager_name, MAX_NAME)?;
        let start_date = validate::date("startDate", &self.start_date)?;
        let planned_end = validate::optional_date("plannedEnd", &self.planned_end)?;
        if planned_end.is_some_and(|end| end < start_date) {
            return Err(Error::invalid("plannedEnd", Invalid::EndBeforeStart));
        }
        let context = validate::text("context", &self.context, MAX_CONTEXT)?;
        Ok(ValidMission {
            client,
            title,
            sponsor_name,
            sponsor_title,
            manager_name,
            start_date,
            planned_end,
            context,
            language: self.language,
        })
    }
}
