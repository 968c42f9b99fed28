//! The stakeholder map as of a date: each person placed on the power/interest grid
//! (Mendelow) by their latest assessment, their engagement against its target, the last
//! time she saw them, whether that is longer ago than their quadrant's cadence, and whether
//! they have been told the latest approved mandate.

use super::sql as rows;
use super::Engagement;
use crate::clock::today;
use crate::error::{Error, Invalid, Result};
use crate::people::Group;
use crate::store::Store;
use crate::validate;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A score of 3 or more counts as high power (or interest).
pub const HIGH: u8 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// High power, high interest: key players.
    ManageClosely,
    /// High power, low interest.
    KeepSatisfied,
    /// Low power, high interest.
    KeepInformed,
    /// Low power, low interest.
    Monitor,
}

impl Quadrant {
    pub fn of(power: u8, interest: u8) -> Quadrant {
        match (power >= HIGH, interest >= HIGH) {
            (true, true) => Quadrant::ManageClosely,
            (true, false) => Quadrant::KeepSatisfied,
            (false, true) => Quadrant::KeepInformed,
            (false, false) => Quadrant::Monitor,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Quadrant::ManageClosely => "manage_closely",
            Quadrant::KeepSatisfied => "keep_satisfied",
            Quadrant::KeepInformed => "keep_informed",
            Quadrant::Monitor => "monitor",
        }
    }
}

/// How many days may pass without contact, per quadrant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Cadence {
    pub manage_closely: u16,
    pub keep_satisfied: u16,
    pub keep_informed: u16,
    pub monitor: u16,
}

impl Default for Cadence {
    fn default() -> Self {
        Cadence {
            manage_closely: 14,
            keep_satisfied: 30,
            keep_informed: 30,
            monitor: 90,
        }
    }
}

impl Cadence {
    pub fn days(&self, quadrant: Quadrant) -> u16 {
        match quadrant {
            Quadrant::ManageClosely => self.manage_closely,
            Quadrant::KeepSatisfied => self.keep_satisfied,
            Quadrant::KeepInformed => self.keep_informed,
            Quadrant::Monitor => self.monitor,
        }
    }

    fn validate(&self) -> Result<()> {
        for (field, days) in [
            ("manageClosely", self.manage_closely),
            ("keepSatisfied", self.keep_satisfied),
            ("keepInformed", self.keep_informed),
            ("monitor", self.monitor),
        ] {
            if !(1..=365).contains(&days) {
                return Err(Error::invalid(
                    field,
                    Invalid::OutOfRange { min: 1, max: 365 },
                ));
            }
        }
        Ok(())
    }
}

/// A person's row as read, before the map's judgements.
pub(crate) struct MapRow {
    pub person_id: i64,
    pub name: String,
    pub job_title: String,
    pub group: Group,
    pub team: String,
    pub power: Option<u8>,
    pub interest: Option<u8>,
    pub engagement: Option<Engagement>,
    pub target: Option<Engagement>,
    pub assessed_on: Option<String>,
    pub last_contact: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Stakeholder {
    pub person_id: i64,
    pub name: String,
    pub job_title: String,
    pub group: Group,
    pub team: String,
    /// `None` until first assessed.
    pub power: Option<u8>,
    pub interest: Option<u8>,
    pub quadrant: Option<Quadrant>,
    pub engagement: Option<Engagement>,
    pub target: Option<Engagement>,
    pub assessed_on: Option<String>,
    pub last_contact: Option<String>,
    /// Days since the last contact (or since the first assessment, if never seen).
    pub days_without_contact: Option<i64>,
    /// Past the cadence of their quadrant (never seen since assessed counts).
    pub overdue: bool,
    /// Told of the latest approved version (through an audience or one to one).
    pub told: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StakeholderMap {
    pub on: String,
    pub cadence: Cadence,
    /// The version whose announcement `told` speaks of; `None` before any approval.
    pub to_announce: Option<i64>,
    pub people: Vec<Stakeholder>,
}

fn day(text: &str) -> Option<NaiveDate> {
    crate::clock::stored_day(text)
}

/// The map as it stood on `on` (`YYYY-MM-DD`; today when empty).
pub fn map(store: &Store, mission_id: i64, on: &str) -> Result<StakeholderMap> {
    let on = match validate::optional_date("on", on)? {
        Some(d) => d.to_string(),
        None => today(),
    };
    let on_day = day(&on).ok_or(Error::invalid("on", Invalid::Date))?;
    store.read(|r| {
        crate::mission::sql::get(r, mission_id)?;
        let cadence = rows::cadence(r, mission_id)?.unwrap_or_default();
        let told = crate::announcement::told_people(r, mission_id)?;
        let people = rows::map_rows(r, mission_id, &on)?
            .into_iter()
            .map(|row| {
                let quadrant = row.power.zip(row.interest).map(|(p, i)| Quadrant::of(p, i));
                let since = row.last_contact.as_deref().or(row.assessed_on.as_deref());
                let days = since.and_then(day).map(|d| (on_day - d).num_days());
                let overdue = match (quadrant, days) {
                    (Some(q), Some(days)) => days > i64::from(cadence.days(q)),
                    _ => false,
                };
                Stakeholder {
                    told: told.1.contains(&row.person_id),
                    person_id: row.person_id,
                    name: row.name,
                    job_title: row.job_title,
                    group: row.group,
                    team: row.team,
                    power: row.power,
                    interest: row.interest,
                    quadrant,
                    engagement: row.engagement,
                    target: row.target,
                    assessed_on: row.assessed_on,
                    last_contact: row.last_contact,
                    days_without_contact: days,
                    overdue,
                }
            })
            .collect();
        Ok(StakeholderMap {
            on,
            cadence,
            to_announce: told.0,
            people,
        })
    })
}

/// The people past their cadence on `on`, longest without contact first.
pub fn overdue(store: &Store, mission_id: i64, on: &str) -> Result<Vec<Stakeholder>> {
    let mut late: Vec<Stakeholder> = map(store, mission_id, on)?
        .people
        .into_iter()
        .filter(|s| s.overdue)
        .collect();
    late.sort_by_key(|s| std::cmp::Reverse(s.days_without_contact));
    Ok(late)
}

pub fn set_cadence(store: &Store, mission_id: i64, cadence: &Cadence) -> Result<Cadence> {
    cadence.validate()?;
    store.write(|w| {
        crate::mission::sql::get(&w.as_read(), mission_id)?;
        rows::set_cadence(w, mission_id, cadence)
    })?;
    Ok(*cadence)
}
