//! SQL for assessments.

use super::{Assessment, Engagement, ValidAssessment};
use crate::error::{Error, Result};
use crate::store::{code, Migration, Read, Write};
use rusqlite::{named_params, OptionalExtension, Row};

/// This feature's part of the schema (see `crate::schema`).
pub(crate) const MIGRATIONS: &[Migration] = &[Migration {
    id: "20261202100100_assessments",
    sql: include_str!("migrations/20261202100100_assessments.sql"),
}];

const COLUMNS: &str = "id, person_id, assessed_on, power, interest, engagement, target, comment";

fn assessment(row: &Row) -> rusqlite::Result<Assessment> {
    Ok(Assessment {
        id: row.get(0)?,
        person_id: row.get(1)?,
        assessed_on: row.get(2)?,
        power: row.get(3)?,
        interest: row.get(4)?,
        engagement: code(row, 5, Engagement::from_code)?,
        target: code(row, 6, Engagement::from_code)?,
        comment: row.get(7)?,
    })
}

pub fn insert(w: &Write, person_id: i64, a: &ValidAssessment, now: &str) -> Result<i64> {
    w.conn().execute(
        "INSERT INTO assessments (person_id, assessed_on, power, interest, engagement, target,
             comment, created_at)
         VALUES (:person, :on, :power, :interest, :engagement, :target, :comment, :now)",
        named_params! {
            ":person": person_id, ":on": a.assessed_on, ":power": a.power,
            ":interest": a.interest, ":engagement": a.engagement.code(),
            ":target": a.target.code(), ":comment": a.comment, ":now": now,
        },
    )?;
    Ok(w.conn().last_insert_rowid())
}

pub fn get(r: &Read, id: i64) -> Result<Assessment> {
    r.conn()
        .prepare_cached(&format!("SELECT {COLUMNS} FROM assessments WHERE id = ?1"))?
        .query_row([id], assessment)
        .optional()?
        .ok_or(Error::NotFound {
            what: "assessment",
            id,
        })
}

pub fn history(r: &Read, person_id: i64) -> Result<Vec<Assessment>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM assessments WHERE person_id = ?1 ORDER BY assessed_on, id"
    ))?;
    let rows = stmt.query_map([person_id], assessment)?;
    Ok(rows.collect::<Result<_, _>>()?)
}
