//! Retention of the wellbeing notes (GDPR art. 5: kept no longer than needed): the notes older
//! than the mission's period, and every note of a mission closed for more than 30 days, are put
//! forward for deletion with their counts; nothing goes until she applies the proposal, and
//! her decision is recorded (dates and counts, never a name or a note).
//!
//! The notes are the check-ins and the acknowledgments of alerts (what she did about one): a
//! check-in is older than the period when it is dated before the cut-off (`on` less the
//! period), an acknowledgment when it was recorded before it. [`apply`] deletes by the very
//! rules [`proposal`] counts by, in one transaction, so it deletes exactly what was listed for
//! that day. The store runs with `secure_delete`, so their text is overwritten; the backups
//! made before still hold them until they rotate out (ten, over about five days).
//!
//! When a mission was closed: Mandat records no closing date. A closed mission cannot be
//! edited (`mission::update` refuses), so its `updated_at`, which `mission::set_status` sets,
//! is the moment it was closed: the best date there is. Closing it again only moves that date
//! later, which keeps the notes longer, never shorter.

pub(crate) mod sql;

use crate::clock::{now, today};
use crate::error::{Error, Invalid, Result};
use crate::mission::{sql as missions, MissionStatus};
use crate::store::{Read, Store};
use crate::validate;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use sql as rows;
use ts_rs::TS;

/// The period of a mission that kept the default.
pub const DEFAULT_MONTHS: u32 = 12;
/// The periods allowed, in months.
pub const MONTHS: std::ops::RangeInclusive<i64> = 1..=120;
/// How long after its closing a mission's notes are all put forward.
pub const CLOSED_DAYS: i64 = 30;

/// What deleting the old notes of a mission would remove on a given day; nothing is deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionProposal {
    pub mission_id: i64,
    /// The day the proposal is made for, `YYYY-MM-DD`.
    pub on: String,
    /// The mission's period, in months.
    pub months: u32,
    /// Check-ins dated before this day, and acknowledgments recorded before it, are older than
    /// the period.
    pub cut_off: String,
    /// The day the mission was closed, if it is (see the module's note on that date).
    pub closed_on: Option<String>,
    /// Closed for more than 30 days: every note of the mission is put forward, whatever its date.
    pub whole_mission: bool,
    /// Check-ins put forward.
    pub notes: u32,
    /// Acknowledgments of alerts put forward.
    pub acknowledgments: u32,
    /// How many people those notes are about.
    pub people: u32,
    /// The date of the oldest note put forward.
    pub oldest: Option<String>,
}

impl RetentionProposal {
    /// Whether there is anything to delete.
    pub fn is_empty(&self) -> bool {
        self.notes == 0 && self.acknowledgments == 0
    }
}

/// A proposal she applied: what went, as counts and dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionDecision {
    pub id: i64,
    pub mission_id: i64,
    pub decided_on: String,
    pub cut_off: String,
    pub months: u32,
    pub whole_mission: bool,
    /// Check-ins deleted.
    pub notes_deleted: u32,
    pub acknowledgments_deleted: u32,
    /// How many people they were about.
    pub people: u32,
    pub created_at: String,
}

/// `on` as typed (`YYYY-MM-DD`; today when empty), never after today: a proposal for a later
/// day would put forward notes that are not old yet.
fn day(on: &str) -> Result<NaiveDate> {
    let today_date: NaiveDate = today()
        .parse()
        .unwrap_or_else(|_| chrono::Local::now().date_naive());
    let day = validate::optional_date("on", on)?.unwrap_or(today_date);
    if day > today_date {
        return Err(Error::invalid("on", Invalid::Future));
    }
    Ok(day)
}

fn months_of(r: &Read, mission_id: i64) -> Result<u32> {
    Ok(rows::months(r, mission_id)?.unwrap_or(DEFAULT_MONTHS))
}

/// The rules of a proposal, as [`sql`] applies them.
pub(crate) struct Rule {
    pub mission_id: i64,
    pub cut_off: NaiveDate,
    pub whole_mission: bool,
}

fn proposal_in(r: &Read, mission_id: i64, on: NaiveDate) -> Result<(RetentionProposal, Rule)> {
    let mission = missions::get(r, mission_id)?;
    let months = months_of(r, mission_id)?;
    let cut_off = on
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN);
    let closed_on = (mission.status == MissionStatus::Closed)
        .then(|| mission.updated_at.get(..10).and_then(|d| d.parse().ok()))
        .flatten();
    let whole_mission =
        closed_on.is_some_and(|c: NaiveDate| on.signed_duration_since(c).num_days() > CLOSED_DAYS);
    let rule = Rule {
        mission_id,
        cut_off,
        whole_mission,
    };
    let counted = rows::count(r, &rule)?;
    Ok((
        RetentionProposal {
            mission_id,
            on: on.to_string(),
            months,
            cut_off: cut_off.to_string(),
            closed_on: closed_on.map(|d| d.to_string()),
            whole_mission,
            notes: counted.notes,
            acknowledgments: counted.acknowledgments,
            people: counted.people,
            oldest: counted.oldest,
        },
        rule,
    ))
}

/// What deleting the mission's old notes on `on` (`YYYY-MM-DD`; today when empty) would remove.
pub fn proposal(store: &Store, mission_id: i64, on: &str) -> Result<RetentionProposal> {
    let on = day(on)?;
    store.read(|r| Ok(proposal_in(r, mission_id, on)?.0))
}

/// Deletes what [`proposal`] puts forward on `on`, and records the decision (also when there
/// was nothing to delete: she looked and decided). Allowed on a closed mission: that is when
/// its notes must go.
pub fn apply(store: &Store, mission_id: i64, on: &str) -> Result<RetentionDecision> {
    let on = day(on)?;
    store.write_forgetting(|w| {
        let (proposed, rule) = proposal_in(&w.as_read(), mission_id, on)?;
        let deleted = rows::delete(w, &rule)?;
        // The same rules in the same transaction: what was counted is what went.
        debug_assert_eq!(deleted, (proposed.notes, proposed.acknowledgments));
        let decision = RetentionDecision {
            id: 0,
            mission_id,
            decided_on: proposed.on,
            cut_off: proposed.cut_off,
            months: proposed.months,
            whole_mission: proposed.whole_mission,
            notes_deleted: deleted.0,
            acknowledgments_deleted: deleted.1,
            people: proposed.people,
            created_at: now(),
        };
        let id = rows::record(w, &decision)?;
        Ok(RetentionDecision { id, ..decision })
    })
}

/// The mission's decisions, newest first.
pub fn decisions(store: &Store, mission_id: i64) -> Result<Vec<RetentionDecision>> {
    store.read(|r| {
        missions::get(r, mission_id)?;
        rows::decisions(r, mission_id)
    })
}

/// The mission's period, in months ([`DEFAULT_MONTHS`] until changed).
pub fn period(store: &Store, mission_id: i64) -> Result<u32> {
    store.read(|r| {
        missions::get(r, mission_id)?;
        months_of(r, mission_id)
    })
}

/// Sets the mission's period: between 1 and 120 months, refused naming the field `months`.
/// Allowed on a closed mission, whose notes still follow it until they all go.
pub fn set_period(store: &Store, mission_id: i64, months: i64) -> Result<u32> {
    if !MONTHS.contains(&months) {
        return Err(Error::invalid(
            "months",
            Invalid::OutOfRange {
                min: *MONTHS.start(),
                max: *MONTHS.end(),
            },
        ));
    }
    let months = months as u32;
    store.write(|w| {
        missions::get(&w.as_read(), mission_id)?;
        rows::set_months(w, mission_id, months)?;
        Ok(months)
    })
}

#[cfg(test)]
mod tests;
