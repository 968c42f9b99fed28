//! Telling the teams: for each audience (a team or a group), who announced the mandate, when,
//! and how. An announcement is of the latest approved version at the time it is recorded, so
//! after an amendment every audience shows as not yet told until it hears of the new version.

use crate::clock::{now, today};
use crate::error::{Error, Result};
pub mod people;
pub(crate) mod sql;

pub(crate) use people::told_people;
pub use people::{brief, members, set_member, Briefing, BriefingInput, Membership, PersonTold};

use crate::charter::sql as charter;
use crate::mission::sql as missions;
use crate::store::Store;
use crate::validate;
use serde::{Deserialize, Serialize};
use sql as rows;
use ts_rs::TS;

pub const MAX_NAME: usize = 160;
pub const MAX_NOTE: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Meeting,
    Email,
    Intranet,
    Letter,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Audience {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Announcement {
    pub id: i64,
    pub audience_id: i64,
    /// The charter version announced.
    pub version: i64,
    pub announced_by: String,
    pub announced_on: String,
    pub channel: Channel,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AudienceStatus {
    pub audience: Audience,
    /// Newest first.
    pub announcements: Vec<Announcement>,
    /// Whether this audience has been told of the latest approved version.
    pub told: bool,
}

/// Who has been told what: the announcement screen and the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Board {
    /// The latest approved version's number, the one to announce; `None` before any approval.
    pub to_announce: Option<i64>,
    pub audiences: Vec<AudienceStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnnouncementInput {
    pub audience_id: i64,
    pub announced_by: String,
    /// `YYYY-MM-DD`; today when empty.
    #[serde(default)]
    pub announced_on: String,
    pub channel: Channel,
    #[serde(default)]
    pub note: String,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Meeting => "meeting",
            Channel::Email => "email",
            Channel::Intranet => "intranet",
            Channel::Letter => "letter",
            Channel::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Channel> {
        use Channel::*;
        [Meeting, Email, Intranet, Letter, Other]
            .into_iter()
            .find(|c| c.code() == code)
    }
}

pub fn board(store: &Store, mission_id: i64) -> Result<Board> {
    store.read(|r| {
        missions::get(r, mission_id)?;
        rows::board(
            r,
            mission_id,
            charter::latest_approved(r, mission_id)?.map(|v| v.number),
        )
    })
}

pub fn add_audience(store: &Store, mission_id: i64, name: &str) -> Result<Board> {
    let name = validate::required("name", name, MAX_NAME)?;
    store.write(|w| {
        missions::get(&w.as_read(), mission_id)?;
        rows::insert_audience(w, mission_id, &name)?;
        Ok(())
    })?;
    board(store, mission_id)
}

pub fn rename_audience(store: &Store, audience_id: i64, name: &str) -> Result<Board> {
    let name = validate::required("name", name, MAX_NAME)?;
    let mission_id = store.write(|w| rows::rename_audience(w, audience_id, &name))?;
    board(store, mission_id)
}

/// Removes an audience and the record of what it was told.
pub fn remove_audience(store: &Store, audience_id: i64) -> Result<Board> {
    let mission_id = store.write(|w| rows::delete_audience(w, audience_id))?;
    board(store, mission_id)
}

/// Records that the latest approved version was announced to an audience.
pub fn announce(store: &Store, input: &AnnouncementInput) -> Result<Board> {
    let by = validate::required("announcedBy", &input.announced_by, MAX_NAME)?;
    let on = match validate::optional_date("announcedOn", &input.announced_on)? {
        Some(date) => date.to_string(),
        None => today(),
    };
    let note = validate::text("note", &input.note, MAX_NOTE)?;
    let mission_id = store.write(|w| {
        let mission_id = rows::audience_mission(&w.as_read(), input.audience_id)?;
        let version =
            charter::latest_approved(&w.as_read(), mission_id)?.ok_or(Error::NothingApproved)?;
        // Told after the approval it announces, and not on a day still to come.
        validate::day_between("announcedOn", &on, version.decided_on.as_deref())?;
        let record = rows::NewAnnouncement {
            by: &by,
            on: &on,
            channel: input.channel,
            note: &note,
        };
        rows::insert_announcement(w, input.audience_id, version.id, &record, &now())?;
        Ok(mission_id)
    })?;
    board(store, mission_id)
}

#[cfg(test)]
mod tests;
