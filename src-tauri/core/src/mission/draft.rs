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
    /// Checks every rule and refuses with every field at fault, in form order.
    pub(crate) fn validate(&self) -> Result<ValidMission> {
        let mut checks = validate::Checks::default();
        let client = checks.take(validate::required("client", &self.client, MAX_NAME));
        let title = checks.take(validate::required("title", &self.title, MAX_TITLE));
        let sponsor_name = checks.take(validate::text("sponsorName", &self.sponsor_name, MAX_NAME));
        let sponsor_title = checks.take(validate::text(
            "sponsorTitle",
            &self.sponsor_title,
            MAX_NAME,
        ));
        let manager_name = checks.take(validate::text("managerName", &self.manager_name, MAX_NAME));
        let start_date = checks.take(validate::date("startDate", &self.start_date));
        let planned_end = checks
            .take(validate::optional_date("plannedEnd", &self.planned_end))
            .flatten();
        if let (Some(start), Some(end)) = (start_date, planned_end) {
            if end < start {
                checks.refuse("plannedEnd", Invalid::EndBeforeStart);
            }
        }
        let context = checks.take(validate::text("context", &self.context, MAX_CONTEXT));
        checks.finish()?;
        let (Some(client), Some(title), Some(sponsor_name), Some(sponsor_title)) =
            (client, title, sponsor_name, sponsor_title)
        else {
            return Err(Error::invalid("client", Invalid::Malformed));
        };
        let (Some(manager_name), Some(start_date), Some(context)) =
            (manager_name, start_date, context)
        else {
            return Err(Error::invalid("startDate", Invalid::Malformed));
        };
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
