//! SQL for the retention of the wellbeing notes.

use super::{RetentionDecision, Rule};
use crate::error::Result;
use crate::store::{Read, Write};
use rusqlite::{named_params, OptionalExtension, Row};

/// The check-ins put forward, after `FROM checkins`.
const CHECKINS: &str = "WHERE person_id IN (SELECT id FROM people WHERE mission_id = :mission)
     AND (:all OR checked_on < :cut_off)";
/// The acknowledgments put forward, after `FROM alert_acknowledgments`.
const ACKNOWLEDGMENTS: &str =
    "WHERE person_id IN (SELECT id FROM people WHERE mission_id = :mission)
     AND (:all OR acknowledged_on < :cut_off)";

pub struct Counted {
    pub notes: u32,
    pub acknowledgments: u32,
    pub people: u32,
    pub oldest: Option<String>,
}

pub fn count(r: &Read, rule: &Rule) -> Result<Counted> {
    let sql = format!(
        "SELECT (SELECT count(*) FROM checkins {CHECKINS}),
                (SELECT count(*) FROM alert_acknowledgments {ACKNOWLEDGMENTS}),
                (SELECT count(DISTINCT person_id) FROM (
                     SELECT person_id FROM checkins {CHECKINS}
                     UNION ALL SELECT person_id FROM alert_acknowledgments {ACKNOWLEDGMENTS})),
                (SELECT min(day) FROM (
                     SELECT checked_on AS day FROM checkins {CHECKINS}
                     UNION ALL SELECT acknowledged_on FROM alert_acknowledgments {ACKNOWLEDGMENTS}))"
    );
    Ok(r.conn().prepare_cached(&sql)?.query_row(
        named_params! {
            ":mission": rule.mission_id, ":all": rule.whole_mission,
            ":cut_off": rule.cut_off.to_string(),
        },
        |row| {
            Ok(Counted {
                notes: row.get(0)?,
                acknowledgments: row.get(1)?,
                people: row.get(2)?,
                oldest: row.get(3)?,
            })
        },
    )?)
}

/// Deletes what [`count`] counts; returns (check-ins, acknowledgments) deleted.
pub fn delete(w: &Write, rule: &Rule) -> Result<(u32, u32)> {
    let params = named_params! {
        ":mission": rule.mission_id, ":all": rule.whole_mission,
        ":cut_off": rule.cut_off.to_string(),
    };
    let notes = w
        .conn()
        .execute(&format!("DELETE FROM checkins {CHECKINS}"), params)?;
    let acknowledgments = w.conn().execute(
        &format!("DELETE FROM alert_acknowledgments {ACKNOWLEDGMENTS}"),
        params,
    )?;
    Ok((notes as u32, acknowledgments as u32))
}

pub fn months(r: &Read, mission_id: i64) -> Result<Option<u32>> {
    Ok(r.conn()
        .prepare_cached("SELECT months FROM wellbeing_retention WHERE mission_id = ?1")?
        .query_row([mission_id], |row| row.get(0))
        .optional()?)
}

pub fn set_months(w: &Write, mission_id: i64, months: u32) -> Result<()> {
    w.conn().execute(
        "INSERT INTO wellbeing_retention (mission_id, months) VALUES (?1, ?2)
         ON CONFLICT (mission_id) DO UPDATE SET months = excluded.months",
        rusqlite::params![mission_id, months],
    )?;
    Ok(())
}

pub fn record(w: &Write, d: &RetentionDecision) -> Result<i64> {
    w.conn().execute(
        "INSERT INTO retention_decisions (mission_id, decided_on, cut_off, months,
             whole_mission, notes_deleted, acknowledgments_deleted, people, created_at)
         VALUES (:mission, :on, :cut_off, :months, :whole, :notes, :acks, :people, :now)",
        named_params! {
            ":mission": d.mission_id, ":on": d.decided_on, ":cut_off": d.cut_off,
            ":months": d.months, ":whole": d.whole_mission, ":notes": d.notes_deleted,
            ":acks": d.acknowledgments_deleted, ":people": d.people, ":now": d.created_at,
        },
    )?;
    Ok(w.conn().last_insert_rowid())
}

fn decision(row: &Row) -> rusqlite::Result<RetentionDecision> {
    Ok(RetentionDecision {
        id: row.get(0)?,
        mission_id: row.get(1)?,
        decided_on: row.get(2)?,
        cut_off: row.get(3)?,
        months: row.get(4)?,
        whole_mission: row.get(5)?,
        notes_deleted: row.get(6)?,
        acknowledgments_deleted: row.get(7)?,
        people: row.get(8)?,
        created_at: row.get(9)?,
    })
}

/// The mission's decisions, newest first.
pub fn decisions(r: &Read, mission_id: i64) -> Result<Vec<RetentionDecision>> {
    let mut stmt = r.conn().prepare_cached(
        "SELECT id, mission_id, decided_on, cut_off, months, whole_mission, notes_deleted,
             acknowledgments_deleted, people, created_at
         FROM retention_decisions WHERE mission_id = ?1 ORDER BY decided_on DESC, id DESC",
    )?;
    let rows = stmt.query_map([mission_id], decision)?;
    Ok(rows.collect::<Result<_, _>>()?)
}
