//! SQL for the wellbeing notes.

use super::input::{ValidAcknowledgment, ValidCheckIn};
use super::model::*;
use crate::error::{Error, Result};
use crate::store::{Migration, Read, Write};
use rusqlite::{named_params, OptionalExtension, Row};

/// This feature's part of the schema (see `crate::schema`).
pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration {
        id: "20261202110000_wellbeing",
        sql: include_str!("migrations/20261202110000_wellbeing.sql"),
    },
    Migration {
        id: "20261202110100_open_follow_ups",
        sql: include_str!("migrations/20261202110100_open_follow_ups.sql"),
    },
    Migration {
        id: "20261202120100_retention",
        sql: include_str!("migrations/20261202120100_retention.sql"),
    },
    Migration {
        id: "20261203130000_open_follow_ups_covering",
        sql: include_str!("migrations/20261203130000_open_follow_ups_covering.sql"),
    },
    Migration {
        id: "20261207100000_led_teams",
        sql: include_str!("migrations/20261207100000_led_teams.sql"),
    },
    Migration {
        id: "20261207210000_checkins_figures_covering",
        sql: include_str!("migrations/20261207210000_checkins_figures_covering.sql"),
    },
];

/// Whether the person `p` is in her team: marked one by one, or in a team she leads. The one
/// definition every query of the team uses.
pub(crate) const IN_TEAM: &str = "(p.team_member = 1 OR (p.team <> '' AND EXISTS \
    (SELECT 1 FROM led_teams l WHERE l.mission_id = p.mission_id AND l.team = p.team)))";

/// What judging a check-in reads (the board and the alerts): every column but the texts, held
/// by the index `checkins_by_person`, so no row of `checkins` is fetched for them.
macro_rules! figures {
    () => {
        "c.id, c.person_id, c.checked_on, c.mood, c.stress, c.hours, c.signals, c.follow_up_on, \
         c.follow_up_done"
    };
}
const FIGURES: &str = figures!();

/// A whole check-in: [`FIGURES`], then the texts.
const COLUMNS: &str = concat!(figures!(), ", c.observation, c.actions, c.created_at");

fn join<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> String {
    items.iter().map(|i| code(*i)).collect::<Vec<_>>().join(" ")
}

/// Codes written by this module; an unknown one (a newer build's) is skipped, not fatal.
fn split<T>(text: &str, of: fn(&str) -> Option<T>) -> Vec<T> {
    text.split_whitespace().filter_map(of).collect()
}

/// A text column read in place, not copied.
fn text<'r>(row: &'r Row, i: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(i)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn check_in(row: &Row) -> rusqlite::Result<CheckIn> {
    Ok(CheckIn {
        observation: row.get(9)?,
        actions: split(text(row, 10)?, Action::from_code),
        created_at: row.get(11)?,
        ..figures(row)?
    })
}

/// A check-in read for judging ([`FIGURES`]): the observation, the actions and the time of
/// writing are empty.
fn figures(row: &Row) -> rusqlite::Result<CheckIn> {
    Ok(CheckIn {
        id: row.get(0)?,
        person_id: row.get(1)?,
        checked_on: row.get(2)?,
        mood: row.get(3)?,
        stress: row.get(4)?,
        hours: row.get(5)?,
        signals: split(text(row, 6)?, Signal::from_code),
        observation: String::new(),
        actions: Vec::new(),
        follow_up_on: row.get(7)?,
        follow_up_done: row.get(8)?,
        created_at: String::new(),
    })
}

pub fn insert(w: &Write, person_id: i64, c: &ValidCheckIn, now: &str) -> Result<i64> {
    w.conn().execute(
        "INSERT INTO checkins (person_id, checked_on, mood, stress, hours, signals,
             observation, actions, follow_up_on, created_at)
         VALUES (:person, :on, :mood, :stress, :hours, :signals, :observation, :actions,
             :follow_up, :now)",
        named_params! {
            ":person": person_id, ":on": c.checked_on.to_string(), ":mood": c.mood,
            ":stress": c.stress, ":hours": c.hours, ":signals": join(&c.signals, Signal::code),
            ":observation": c.observation, ":actions": join(&c.actions, Action::code),
            ":follow_up": c.follow_up_on.map(|d| d.to_string()), ":now": now,
        },
    )?;
    Ok(w.conn().last_insert_rowid())
}

pub fn get(r: &Read, id: i64) -> Result<CheckIn> {
    r.conn()
        .prepare_cached(&format!("SELECT {COLUMNS} FROM checkins c WHERE c.id = ?1"))?
        .query_row([id], check_in)
        .optional()?
        .ok_or(Error::NotFound {
            what: "check-in",
            id,
        })
}

/// A person's check-ins, oldest first.
pub fn of_person(r: &Read, person_id: i64) -> Result<Vec<CheckIn>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM checkins c WHERE c.person_id = ?1 ORDER BY c.checked_on, c.id"
    ))?;
    let rows = stmt.query_map([person_id], check_in)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The check-ins of the mission's team members (not archived) after `from` and up to `on`,
/// read for judging ([`FIGURES`]), in no set order: the caller sorts each member's own (SQL
/// would sort all of them, 24,000 rows for 2,000 members, in one temporary B-tree).
pub fn of_team(r: &Read, mission_id: i64, from: &str, on: &str) -> Result<Vec<CheckIn>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {FIGURES} FROM people p JOIN checkins c ON c.person_id = p.id
         WHERE p.mission_id = ?1 AND {IN_TEAM} AND p.archived = 0
           AND c.checked_on > ?2 AND c.checked_on <= ?3"
    ))?;
    let rows = stmt.query_map(rusqlite::params![mission_id, from, on], figures)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The team's check-ins up to `until` whose follow-up is not done, in no set order (as
/// [`of_team`]), read from their index alone: only what a follow-up's alerts and the board's next follow-up use
/// is read (the day, the signals, the day due); the scores are 0 and the texts empty, and these
/// check-ins are never shown.
pub fn open_follow_ups(r: &Read, mission_id: i64, until: &str) -> Result<Vec<CheckIn>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT c.id, c.person_id, c.checked_on, c.signals, c.follow_up_on
         FROM people p JOIN checkins c INDEXED BY checkins_open_follow_ups
             ON c.person_id = p.id AND c.follow_up_done = 0 AND c.follow_up_on IS NOT NULL
         WHERE p.mission_id = ?1 AND {IN_TEAM} AND p.archived = 0
           AND c.checked_on <= ?2"
    ))?;
    let rows = stmt.query_map(rusqlite::params![mission_id, until], |row| {
        Ok(CheckIn {
            id: row.get(0)?,
            person_id: row.get(1)?,
            checked_on: row.get(2)?,
            mood: 0,
            stress: 0,
            hours: 0,
            signals: split(text(row, 3)?, Signal::from_code),
            observation: String::new(),
            actions: Vec::new(),
            follow_up_on: row.get(4)?,
            follow_up_done: false,
            created_at: String::new(),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A person's check-ins up to `on`, oldest first, read for judging ([`FIGURES`]).
pub fn of_person_until(r: &Read, person_id: i64, on: &str) -> Result<Vec<CheckIn>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {FIGURES} FROM checkins c WHERE c.person_id = ?1 AND c.checked_on <= ?2
         ORDER BY c.checked_on, c.id"
    ))?;
    let rows = stmt.query_map(rusqlite::params![person_id, on], figures)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The check-ins of `people` after `from` and up to `until`, read for judging ([`FIGURES`]),
/// in no set order (as [`of_team`]): one query for all of them.
pub fn of_people_between(
    r: &Read,
    people: &[i64],
    from: &str,
    until: &str,
) -> Result<Vec<CheckIn>> {
    let ids: Vec<String> = people.iter().map(i64::to_string).collect();
    let ids = format!("[{}]", ids.join(","));
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {FIGURES} FROM checkins c
         WHERE c.person_id IN (SELECT value FROM json_each(?1))
           AND c.checked_on > ?2 AND c.checked_on <= ?3"
    ))?;
    let rows = stmt.query_map(rusqlite::params![ids, from, until], figures)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub struct Member {
    pub id: i64,
    pub name: String,
    pub job_title: String,
}

/// The mission's team members (not archived), by name.
pub fn team(r: &Read, mission_id: i64) -> Result<Vec<Member>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT id, name, job_title FROM people p
         WHERE mission_id = ?1 AND {IN_TEAM} AND archived = 0
         ORDER BY name COLLATE NOCASE, id"
    ))?;
    let rows = stmt.query_map([mission_id], |row| {
        Ok(Member {
            id: row.get(0)?,
            name: row.get(1)?,
            job_title: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Whether the person is in her team, one by one or through a team she leads.
pub fn is_team_member(r: &Read, person_id: i64) -> Result<bool> {
    Ok(r.conn().query_row(
        &format!("SELECT {IN_TEAM} FROM people p WHERE id = ?1"),
        [person_id],
        |row| row.get(0),
    )?)
}

pub fn set_team_member(w: &Write, person_id: i64, member: bool, now: &str) -> Result<()> {
    w.conn().execute(
        "UPDATE people SET team_member = ?2, updated_at = ?3 WHERE id = ?1",
        rusqlite::params![person_id, member, now],
    )?;
    Ok(())
}

pub fn set_follow_up_done(w: &Write, id: i64, done: bool) -> Result<()> {
    let changed = w.conn().execute(
        "UPDATE checkins SET follow_up_done = ?2 WHERE id = ?1",
        rusqlite::params![id, done],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "check-in",
            id,
        });
    }
    Ok(())
}

pub fn acknowledge(w: &Write, a: &ValidAcknowledgment, now: &str) -> Result<i64> {
    w.conn().execute(
        "INSERT INTO alert_acknowledgments (person_id, kind, since, acknowledged_on,
             what_was_done, created_at)
         VALUES (:person, :kind, :since, :on, :done, :now)
         ON CONFLICT (person_id, kind, since) DO UPDATE SET
             acknowledged_on = excluded.acknowledged_on, what_was_done = excluded.what_was_done",
        named_params! {
            ":person": a.person_id, ":kind": a.kind.code(), ":since": a.since.to_string(),
            ":on": a.acknowledged_on.to_string(), ":done": a.what_was_done, ":now": now,
        },
    )?;
    Ok(w.conn().query_row(
        "SELECT id FROM alert_acknowledgments WHERE person_id = ?1 AND kind = ?2 AND since = ?3",
        rusqlite::params![a.person_id, a.kind.code(), a.since.to_string()],
        |row| row.get(0),
    )?)
}

/// The acknowledgments of the mission's people.
pub fn acknowledgments(r: &Read, mission_id: i64) -> Result<Vec<Acknowledgment>> {
    let mut stmt = r.conn().prepare_cached(
        "SELECT a.id, a.person_id, a.kind, a.since, a.acknowledged_on, a.what_was_done
         FROM alert_acknowledgments a JOIN people p ON p.id = a.person_id
         WHERE p.mission_id = ?1 ORDER BY a.id",
    )?;
    let rows = stmt.query_map([mission_id], |row| {
        Ok(Acknowledgment {
            id: row.get(0)?,
            person_id: row.get(1)?,
            kind: crate::store::code(row, 2, AlertKind::from_code)?,
            since: row.get(3)?,
            acknowledged_on: row.get(4)?,
            what_was_done: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn thresholds(r: &Read, mission_id: i64) -> Result<Option<Thresholds>> {
    Ok(r.conn()
        .prepare_cached(
            "SELECT long_week_hours, average_hours, low_mood, low_mood_streak, high_stress,
                 high_stress_streak, acute_days, silence_days
             FROM wellbeing_thresholds WHERE mission_id = ?1",
        )?
        .query_row([mission_id], |row| {
            Ok(Thresholds {
                long_week_hours: row.get(0)?,
                average_hours: row.get(1)?,
                low_mood: row.get(2)?,
                low_mood_streak: row.get(3)?,
                high_stress: row.get(4)?,
                high_stress_streak: row.get(5)?,
                acute_days: row.get(6)?,
                silence_days: row.get(7)?,
            })
        })
        .optional()?)
}

pub fn set_thresholds(w: &Write, mission_id: i64, t: &Thresholds) -> Result<()> {
    w.conn().execute(
        "INSERT OR REPLACE INTO wellbeing_thresholds (mission_id, long_week_hours,
             average_hours, low_mood, low_mood_streak, high_stress, high_stress_streak,
             acute_days, silence_days)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        rusqlite::params![
            mission_id,
            t.long_week_hours,
            t.average_hours,
            t.low_mood,
            t.low_mood_streak,
            t.high_stress,
            t.high_stress_streak,
            t.acute_days,
            t.silence_days
        ],
    )?;
    Ok(())
}

pub fn note_counts(r: &Read, mission_id: i64) -> Result<NoteCounts> {
    Ok(r.conn().query_row(
        "SELECT count(*), count(DISTINCT c.person_id) FROM checkins c
         JOIN people p ON p.id = c.person_id WHERE p.mission_id = ?1",
        [mission_id],
        |row| {
            Ok(NoteCounts {
                notes: row.get(0)?,
                people: row.get(1)?,
            })
        },
    )?)
}

pub fn set_observation(w: &Write, id: i64, observation: &str) -> Result<()> {
    let changed = w.conn().execute(
        "UPDATE checkins SET observation = ?2 WHERE id = ?1",
        rusqlite::params![id, observation],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "check-in",
            id,
        });
    }
    Ok(())
}
