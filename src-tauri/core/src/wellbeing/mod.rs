//! Team wellbeing notes: how each person of her team is holding up, what she did about it and
//! when to look again, and the alerts that warn her before someone breaks.
//!
//! Notes about a named person's stress can be health data (GDPR art. 9), so the feature is
//! built to hold little and to leave easily: fixed lists of signals and actions, a bounded
//! observation and no field for a diagnosis ([`model`]); every row names its person and is
//! erased with them (`people::erase`); nothing here travels in a `.mandat` file unless she asks
//! (`transfer::ExportOptions`), appears in the register's CSV or in a charter PDF.
//!
//! Team membership is a column of `people` rather than a table of its own: it is one yes/no
//! per person with no history, it belongs to the register like their team or their manager,
//! and a column can never outlive its person nor be forgotten by the transfer. The teams she
//! leads ([`teams`]) bring in everyone of a team at once; `sql::IN_TEAM` is the one test of
//! membership every query of the team uses.

mod alerts;
mod board;
mod correct;
pub(crate) mod held;
pub(crate) mod input;
pub mod model;
pub mod retention;
pub(crate) mod sql;
mod teams;

pub use correct::update_observation;
pub use model::*;
pub use teams::{lead_team, teams, RegisterTeam};

use crate::clock::{now, today};
use crate::error::{Error, Invalid, Result};
use crate::mission::{sql as missions, MissionStatus};
use crate::people::sql as people;
use crate::store::{Read, Store};
use crate::validate;
use chrono::NaiveDate;
use sql as rows;
use std::collections::HashMap;

fn open_mission(r: &Read, mission_id: i64) -> Result<()> {
    if missions::get(r, mission_id)?.status == MissionStatus::Closed {
        return Err(Error::Closed(mission_id));
    }
    Ok(())
}

fn today_date() -> NaiveDate {
    today()
        .parse()
        .unwrap_or_else(|_| chrono::Local::now().date_naive())
}

/// `on` as typed (`YYYY-MM-DD`), today when empty.
fn on_date(on: &str) -> Result<NaiveDate> {
    Ok(validate::optional_date("on", on)?.unwrap_or_else(today_date))
}

/// Makes the person a member of her team, or no longer one (their notes stay until erased).
pub fn set_team_member(store: &Store, person_id: i64, member: bool) -> Result<()> {
    store.write(|w| {
        let person = people::get(&w.as_read(), person_id)?;
        open_mission(&w.as_read(), person.mission_id)?;
        rows::set_team_member(w, person_id, member, &now())
    })
}

/// Whether the person is a member of her team.
pub fn is_team_member(store: &Store, person_id: i64) -> Result<bool> {
    store.read(|r| {
        people::get(r, person_id)?;
        rows::is_team_member(r, person_id)
    })
}

/// Validates `input` and records a check-in about a team member. An acute signal with no
/// follow-up date gets one within the mission's working days, at once.
pub fn add_checkin(store: &Store, person_id: i64, input: &CheckInInput) -> Result<CheckIn> {
    store.write(|w| {
        let r = w.as_read();
        let person = people::get(&r, person_id)?;
        open_mission(&r, person.mission_id)?;
        if !rows::is_team_member(&r, person_id)? {
            return Err(Error::invalid("personId", Invalid::Malformed));
        }
        let t = rows::thresholds(&r, person.mission_id)?.unwrap_or_default();
        let valid = input.validate(today_date(), t.acute_days)?;
        let id = rows::insert(w, person_id, &valid, &now())?;
        rows::get(&w.as_read(), id)
    })
}

/// A person's check-ins, oldest first (their timeline).
pub fn list_checkins(store: &Store, person_id: i64) -> Result<Vec<CheckIn>> {
    store.read(|r| {
        people::get(r, person_id)?;
        rows::of_person(r, person_id)
    })
}

/// Ticks a check-in's follow-up as done (or not).
pub fn set_follow_up_done(store: &Store, checkin_id: i64, done: bool) -> Result<CheckIn> {
    store.write(|w| {
        let c = rows::get(&w.as_read(), checkin_id)?;
        let person = people::get(&w.as_read(), c.person_id)?;
        open_mission(&w.as_read(), person.mission_id)?;
        rows::set_follow_up_done(w, checkin_id, done)?;
        rows::get(&w.as_read(), checkin_id)
    })
}

/// How many notes the mission holds about how many people (the warning before they are
/// included in a `.mandat` file names both).
pub fn note_counts(store: &Store, mission_id: i64) -> Result<NoteCounts> {
    store.read(|r| {
        missions::get(r, mission_id)?;
        rows::note_counts(r, mission_id)
    })
}

/// The mission's thresholds (the defaults until changed).
pub fn thresholds(store: &Store, mission_id: i64) -> Result<Thresholds> {
    store.read(|r| {
        missions::get(r, mission_id)?;
        Ok(rows::thresholds(r, mission_id)?.unwrap_or_default())
    })
}

pub fn set_thresholds(store: &Store, mission_id: i64, t: &Thresholds) -> Result<Thresholds> {
    let valid = t.validate()?;
    store.write(|w| {
        open_mission(&w.as_read(), mission_id)?;
        rows::set_thresholds(w, mission_id, &valid)?;
        Ok(valid)
    })
}

/// How far back the board and the alerts read every check-in: the board's eight weeks and a
/// 4-week average before them. Older check-ins are read only for a follow-up not done, or
/// for a person whose state may have begun earlier (`alerts::needs_history`).
const HORIZON_DAYS: u64 = 7 * board::WEEKS + 28;

/// Each team member with their check-ins up to `on` (back to the horizon, or all of them when
/// their alerts need it), the older ones whose follow-up is not done, and what judges their
/// alerts.
struct Team {
    members: Vec<rows::Member>,
    checks: HashMap<i64, Vec<CheckIn>>,
    older_open: HashMap<i64, Vec<CheckIn>>,
    thresholds: Thresholds,
    acknowledged: Vec<Acknowledgment>,
    on: NaiveDate,
}

impl Team {
    /// A member's check-ins to judge, and their older ones whose follow-up is not done.
    fn of(&self, person_id: i64) -> (&[CheckIn], &[CheckIn]) {
        let own = self.checks.get(&person_id).map_or(&[][..], Vec::as_slice);
        let older = self
            .older_open
            .get(&person_id)
            .map_or(&[][..], Vec::as_slice);
        (own, older)
    }
}

/// Check-ins in any order, each person's oldest first.
fn by_person(checks: Vec<CheckIn>) -> HashMap<i64, Vec<CheckIn>> {
    let mut out: HashMap<i64, Vec<CheckIn>> = HashMap::new();
    for c in checks {
        out.entry(c.person_id).or_default().push(c);
    }
    for own in out.values_mut() {
        own.sort_by(|a, b| (&a.checked_on, a.id).cmp(&(&b.checked_on, b.id)));
    }
    out
}

/// Reads earlier check-ins for the members whose states may have begun before `horizon`
/// (`checks` hold what was read after it; `older_open` their follow-ups not done from before
/// it). Earlier weeks are read in steps that double, for every such member in one query a
/// step, until [`alerts::needs_history`] finds enough; a member for whom a step finds no
/// check-in has their whole history read instead (there may be older ones past a gap). Their
/// older follow-ups not done are those before the check-ins read, none once every one is read.
fn history(
    r: &Read,
    mut pending: Vec<i64>,
    checks: &mut HashMap<i64, Vec<CheckIn>>,
    older_open: &mut HashMap<i64, Vec<CheckIn>>,
    t: &Thresholds,
    horizon: NaiveDate,
    on: &str,
) -> Result<()> {
    let (mut from, mut step) = (horizon, HORIZON_DAYS);
    while !pending.is_empty() {
        let earlier_from = from
            .checked_sub_days(chrono::Days::new(step))
            .filter(|d| *d > NaiveDate::MIN);
        let mut earlier = match earlier_from {
            Some(earlier_from) => by_person(rows::of_people_between(
                r,
                &pending,
                &earlier_from.to_string(),
                &from.to_string(),
            )?),
            None => HashMap::new(),
        };
        let mut still = Vec::new();
        for id in pending {
            let (Some(earlier_from), Some(earlier)) = (earlier_from, earlier.remove(&id)) else {
                checks.insert(id, rows::of_person_until(r, id, on)?);
                older_open.remove(&id);
                continue;
            };
            let own = checks.entry(id).or_default();
            own.splice(0..0, earlier);
            let cut = earlier_from.to_string();
            if let Some(older) = older_open.get_mut(&id) {
                older.retain(|c| c.checked_on <= cut);
            }
            if alerts::needs_history(own, t, earlier_from) {
                still.push(id);
            }
        }
        pending = still;
        if let Some(earlier_from) = earlier_from {
            from = earlier_from;
        }
        step *= 2;
    }
    Ok(())
}

fn team(r: &Read, mission_id: i64, on: NaiveDate) -> Result<Team> {
    missions::get(r, mission_id)?;
    let thresholds = rows::thresholds(r, mission_id)?.unwrap_or_default();
    let acknowledged = rows::acknowledgments(r, mission_id)?;
    let members = rows::team(r, mission_id)?;
    let horizon = on
        .checked_sub_days(chrono::Days::new(HORIZON_DAYS))
        .unwrap_or(NaiveDate::MIN);
    let (on_text, horizon_text) = (on.to_string(), horizon.to_string());
    let mut checks = by_person(rows::of_team(r, mission_id, &horizon_text, &on_text)?);
    let mut older_open = by_person(rows::open_follow_ups(r, mission_id, &horizon_text)?);
    let pending = members
        .iter()
        .map(|m| m.id)
        .filter(|id| {
            let recent = checks.get(id).map_or(&[][..], Vec::as_slice);
            alerts::needs_history(recent, &thresholds, horizon)
        })
        .collect();
    history(
        r,
        pending,
        &mut checks,
        &mut older_open,
        &thresholds,
        horizon,
        &on_text,
    )?;
    Ok(Team {
        members,
        checks,
        older_open,
        thresholds,
        acknowledged,
        on,
    })
}

/// The open alerts of the mission's team on `on` (`YYYY-MM-DD`; today when empty): red first,
/// then the oldest.
pub fn alerts(store: &Store, mission_id: i64, on: &str) -> Result<Vec<Alert>> {
    let on = on_date(on)?;
    let team = store.read(|r| team(r, mission_id, on))?;
    let mut all: Vec<Alert> = Vec::new();
    for m in &team.members {
        let (own, older) = team.of(m.id);
        all.extend(alerts::of_person(
            m.id,
            &m.name,
            own,
            older,
            &team.thresholds,
            team.on,
            &team.acknowledged,
        ));
    }
    all.sort_by(|a, b| {
        (b.level, &a.since, &a.name, a.person_id).cmp(&(a.level, &b.since, &b.name, b.person_id))
    });
    Ok(all)
}

/// Records that she saw an alert and what she did; it is no longer open.
pub fn acknowledge(store: &Store, input: &AcknowledgmentInput) -> Result<Acknowledgment> {
    let valid = input.validate(today_date())?;
    store.write(|w| {
        let person = people::get(&w.as_read(), valid.person_id)?;
        open_mission(&w.as_read(), person.mission_id)?;
        let id = rows::acknowledge(w, &valid, &now())?;
        rows::acknowledgments(&w.as_read(), person.mission_id)?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or(Error::NotFound {
                what: "acknowledgment",
                id,
            })
    })
}

/// The acknowledged alerts of the mission, in the order they were recorded.
pub fn acknowledgments(store: &Store, mission_id: i64) -> Result<Vec<Acknowledgment>> {
    store.read(|r| {
        missions::get(r, mission_id)?;
        rows::acknowledgments(r, mission_id)
    })
}

/// The team board on `on` (`YYYY-MM-DD`; today when empty), by name. The alerts are only
/// counted here: their sentences are written when the alerts themselves are asked for.
pub fn board(store: &Store, mission_id: i64, on: &str) -> Result<TeamBoard> {
    let day = on_date(on)?;
    let mut team = store.read(|r| team(r, mission_id, day))?;
    let members = std::mem::take(&mut team.members);
    let bounds = board::week_bounds(day);
    let people = members
        .into_iter()
        .map(|m| {
            let (own, older) = team.of(m.id);
            let open_alerts =
                alerts::count(m.id, own, older, &team.thresholds, day, &team.acknowledged) as u32;
            let next_follow_up = board::next_follow_up(older)
                .into_iter()
                .chain(board::next_follow_up(own))
                .min();
            let weeks = board::weeks(own, &bounds);
            let latest = own.last().map(|c| Glance {
                checked_on: c.checked_on.clone(),
                mood: c.mood,
                stress: c.stress,
                hours: c.hours,
            });
            BoardRow {
                open_alerts,
                weeks,
                next_follow_up,
                latest,
                person_id: m.id,
                name: m.name,
                job_title: m.job_title,
            }
        })
        .collect();
    Ok(TeamBoard {
        on: day.to_string(),
        people,
    })
}

#[cfg(test)]
pub(crate) mod tests;
