//! SQL for missions.

use crate::error::{Error, Result};
use crate::mission::{draft::ValidMission, Language, Mission, MissionStatus, MissionSummary};
use crate::store::{Migration, Read, Write};
use rusqlite::{named_params, OptionalExtension, Row};

/// This feature's part of the schema (see `crate::schema`).
pub(crate) const MIGRATIONS: &[Migration] = &[Migration {
    id: "20261001000000_missions",
    sql: include_str!("migrations/20261001000000_missions.sql"),
}];

const COLUMNS: &str = "id, client, title, sponsor_name, sponsor_title, manager_name, start_date, \
                       planned_end, context, language, status, created_at, updated_at";

pub fn list(r: &Read) -> Result<Vec<MissionSummary>> {
    let mut stmt = r.conn().prepare_cached(
        "SELECT id, client, title, sponsor_name, start_date, planned_end, status FROM missions
         ORDER BY status = 'closed', start_date DESC, id DESC",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(MissionSummary {
            id: row.get(0)?,
            client: row.get(1)?,
            title: row.get(2)?,
            sponsor_name: row.get(3)?,
            start_date: row.get(4)?,
            planned_end: row.get(5)?,
            status: status(row, 6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get(r: &Read, id: i64) -> Result<Mission> {
    r.conn()
        .prepare_cached(&format!("SELECT {COLUMNS} FROM missions WHERE id = ?1"))?
        .query_row([id], mission)
        .optional()?
        .ok_or(Error::NotFound {
            what: "mission",
            id,
        })
}

pub fn insert(w: &Write, m: &ValidMission, now: &str) -> Result<i64> {
    w.conn().execute(
        "INSERT INTO missions (client, title, sponsor_name, sponsor_title, manager_name,
             start_date, planned_end, context, language, status, created_at, updated_at)
         VALUES (:client, :title, :sponsor_name, :sponsor_title, :manager_name,
             :start_date, :planned_end, :context, :language, 'preparing', :now, :now)",
        named_params! {
            ":client": m.client, ":title": m.title, ":sponsor_name": m.sponsor_name,
            ":sponsor_title": m.sponsor_title, ":manager_name": m.manager_name,
            ":start_date": m.start_date.to_string(),
            ":planned_end": m.planned_end.map(|d| d.to_string()),
            ":context": m.context, ":language": m.language.code(), ":now": now,
        },
    )?;
    Ok(w.conn().last_insert_rowid())
}

pub fn update(w: &Write, id: i64, m: &ValidMission, now: &str) -> Result<()> {
    let changed = w.conn().execute(
        "UPDATE missions SET client = :client, title = :title, sponsor_name = :sponsor_name,
             sponsor_title = :sponsor_title, manager_name = :manager_name,
             start_date = :start_date, planned_end = :planned_end, context = :context,
             language = :language, updated_at = :now
         WHERE id = :id",
        named_params! {
            ":id": id, ":client": m.client, ":title": m.title, ":sponsor_name": m.sponsor_name,
            ":sponsor_title": m.sponsor_title, ":manager_name": m.manager_name,
            ":start_date": m.start_date.to_string(),
            ":planned_end": m.planned_end.map(|d| d.to_string()),
            ":context": m.context, ":language": m.language.code(), ":now": now,
        },
    )?;
    found(changed, id)
}

pub fn set_status(w: &Write, id: i64, status: MissionStatus, now: &str) -> Result<()> {
    let changed = w.conn().execute(
        "UPDATE missions SET status = ?2, updated_at = ?3 WHERE id = ?1",
        (id, status.code(), now),
    )?;
    found(changed, id)
}

fn found(changed: usize, id: i64) -> Result<()> {
    match changed {
        0 => Err(Error::NotFound {
            what: "mission",
            id,
        }),
        _ => Ok(()),
    }
}

fn mission(row: &Row) -> rusqlite::Result<Mission> {
    Ok(Mission {
        id: row.get(0)?,
        client: row.get(1)?,
        title: row.get(2)?,
        sponsor_name: row.get(3)?,
        sponsor_title: row.get(4)?,
        manager_name: row.get(5)?,
        start_date: row.get(6)?,
        planned_end: row.get(7)?,
        context: row.get(8)?,
        language: language(row, 9)?,
        status: status(row, 10)?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
    })
}

fn status(row: &Row, idx: usize) -> rusqlite::Result<MissionStatus> {
    crate::store::code(row, idx, MissionStatus::from_code)
}

fn language(row: &Row, idx: usize) -> rusqlite::Result<Language> {
    crate::store::code(row, idx, Language::from_code)
}
