//! Missions: one engagement of a transition manager at a client, and the root every other
//! part of Mandat (charter, mandate, stakeholders, wellbeing) hangs from.

pub(crate) mod draft;
pub(crate) mod sql;

pub use draft::MissionDraft;

use crate::clock::now;
use crate::error::{Error, Result};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use sql as rows;
use ts_rs::TS;

/// The language a mission's documents are written in; also the UI's language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Fr,
    En,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        match code {
            "fr" => Some(Language::Fr),
            "en" => Some(Language::En),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum MissionStatus {
    #[default]
    Preparing,
    Active,
    Closed,
}

impl MissionStatus {
    pub fn code(self) -> &'static str {
        match self {
            MissionStatus::Preparing => "preparing",
            MissionStatus::Active => "active",
            MissionStatus::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<MissionStatus> {
        match code {
            "preparing" => Some(MissionStatus::Preparing),
            "active" => Some(MissionStatus::Active),
            "closed" => Some(MissionStatus::Closed),
            _ => None,
        }
    }
}

/// A mission as stored. Dates are ISO `YYYY-MM-DD`; timestamps RFC 3339 in UTC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Mission {
    pub id: i64,
    pub client: String,
    pub title: String,
    pub sponsor_name: String,
    pub sponsor_title: String,
    pub manager_name: String,
    pub start_date: String,
    pub planned_end: Option<String>,
    pub context: String,
    pub language: Language,
    pub status: MissionStatus,
    pub created_at: String,
    pub updated_at: String,
}

/// What the mission switcher and the list show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MissionSummary {
    pub id: i64,
    pub client: String,
    pub title: String,
    pub sponsor_name: String,
    pub start_date: String,
    pub planned_end: Option<String>,
    pub status: MissionStatus,
}

/// Every mission, open ones first, then by start date, newest first.
pub fn list(store: &Store) -> Result<Vec<MissionSummary>> {
    store.read(rows::list)
}

pub fn get(store: &Store, id: i64) -> Result<Mission> {
    store.read(|r| rows::get(r, id))
}

/// Validates `draft` and stores it as a new mission in preparation.
pub fn create(store: &Store, draft: &MissionDraft) -> Result<Mission> {
    let valid = draft.validate()?;
    store.write(|w| {
        let id = rows::insert(w, &valid, &now())?;
        rows::get(&w.as_read(), id)
    })
}

/// Replaces the editable fields of an open mission. A closed mission must be reopened first.
pub fn update(store: &Store, id: i64, draft: &MissionDraft) -> Result<Mission> {
    let valid = draft.validate()?;
    store.write(|w| {
        if rows::get(&w.as_read(), id)?.status == MissionStatus::Closed {
            return Err(Error::Closed(id));
        }
        rows::update(w, id, &valid, &now())?;
        rows::get(&w.as_read(), id)
    })
}

/// Moves a mission between preparing, active and closed (closing is reversible).
pub fn set_status(store: &Store, id: i64, status: MissionStatus) -> Result<Mission> {
    store.write(|w| {
        rows::set_status(w, id, status, &now())?;
        rows::get(&w.as_read(), id)
    })
}

#[cfg(test)]
pub(crate) mod tests;
