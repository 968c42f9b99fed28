//! SQL for the register of people.

use super::erase::Erased;
use super::input::ValidPerson;
use super::model::{Group, Person};
use crate::error::{Error, Result};
use crate::store::{code, Migration, Read, Write};
use rusqlite::{named_params, OptionalExtension, Row};

/// This feature's part of the schema (see `crate::schema`).
pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration {
        id: "20261202100000_people",
        sql: include_str!("migrations/20261202100000_people.sql"),
    },
    Migration {
        id: "20261202120000_erased_people",
        sql: include_str!("migrations/20261202120000_erased_people.sql"),
    },
];

const COLUMNS: &str = "id, mission_id, name, job_title, organisation, person_group, team, \
                       reports_to, email, phone, notes, archived, created_at, updated_at, \
                       team_member, team <> '' AND EXISTS (SELECT 1 FROM led_teams l \
                       WHERE l.mission_id = people.mission_id AND l.team = people.team)";

fn person(row: &Row) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        mission_id: row.get(1)?,
        name: row.get(2)?,
        job_title: row.get(3)?,
        organisation: row.get(4)?,
        group: code(row, 5, Group::from_code)?,
        team: row.get(6)?,
        reports_to: row.get(7)?,
        email: row.get(8)?,
        phone: row.get(9)?,
        notes: row.get(10)?,
        archived: row.get(11)?,
        created_at: row.get(12)?,
        updated_at: row.get(13)?,
        team_member: row.get(14)?,
        through_team: row.get(15)?,
    })
}

pub fn get(r: &Read, id: i64) -> Result<Person> {
    r.conn()
        .prepare_cached(&format!("SELECT {COLUMNS} FROM people WHERE id = ?1"))?
        .query_row([id], person)
        .optional()?
        .ok_or(Error::NotFound { what: "person", id })
}

/// The mission's people by name; archived ones only when asked for.
pub fn list(r: &Read, mission_id: i64, archived: bool) -> Result<Vec<Person>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM people WHERE mission_id = ?1 AND (archived = 0 OR ?2)
         ORDER BY name COLLATE NOCASE, id"
    ))?;
    let rows = stmt.query_map(rusqlite::params![mission_id, archived], person)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// People (not archived) whose name, job title or team contains `needle` (any case), by
/// name; at most `limit`.
pub fn search(r: &Read, mission_id: i64, needle: &str, limit: u32) -> Result<Vec<Person>> {
    let pattern = format!(
        "%{}%",
        needle
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM people WHERE mission_id = ?1 AND archived = 0
         AND (name LIKE ?2 ESCAPE '\\' OR job_title LIKE ?2 ESCAPE '\\'
              OR team LIKE ?2 ESCAPE '\\')
         ORDER BY name COLLATE NOCASE, id LIMIT ?3"
    ))?;
    let rows = stmt.query_map(rusqlite::params![mission_id, pattern, limit], person)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn insert(w: &Write, mission_id: i64, p: &ValidPerson, now: &str) -> Result<i64> {
    w.conn().execute(
        "INSERT INTO people (mission_id, name, job_title, organisation, person_group, team,
             reports_to, email, phone, notes, created_at, updated_at)
         VALUES (:mission_id, :name, :job_title, :organisation, :group, :team,
             :reports_to, :email, :phone, :notes, :now, :now)",
        named_params! {
            ":mission_id": mission_id, ":name": p.name, ":job_title": p.job_title,
            ":organisation": p.organisation, ":group": p.group.code(), ":team": p.team,
            ":reports_to": p.reports_to, ":email": p.email, ":phone": p.phone,
            ":notes": p.notes, ":now": now,
        },
    )?;
    Ok(w.conn().last_insert_rowid())
}

pub fn update(w: &Write, id: i64, p: &ValidPerson, now: &str) -> Result<()> {
    let changed = w.conn().execute(
        "UPDATE people SET name = :name, job_title = :job_title, organisation = :organisation,
             person_group = :group, team = :team, reports_to = :reports_to, email = :email,
             phone = :phone, notes = :notes, updated_at = :now
         WHERE id = :id",
        named_params! {
            ":id": id, ":name": p.name, ":job_title": p.job_title,
            ":organisation": p.organisation, ":group": p.group.code(), ":team": p.team,
            ":reports_to": p.reports_to, ":email": p.email, ":phone": p.phone,
            ":notes": p.notes, ":now": now,
        },
    )?;
    found(changed, id)
}

pub fn set_archived(w: &Write, id: i64, archived: bool, now: &str) -> Result<()> {
    let changed = w.conn().execute(
        "UPDATE people SET archived = ?2, updated_at = ?3 WHERE id = ?1",
        rusqlite::params![id, archived, now],
    )?;
    found(changed, id)
}

/// Whether `manager` is `person` or reports, at any depth, to `person` (so making `person`
/// report to `manager` would close a loop).
pub fn reports_to_chain_contains(r: &Read, manager: i64, person: i64) -> Result<bool> {
    Ok(r.conn()
        .prepare_cached(
            "WITH RECURSIVE chain(id) AS (
                 SELECT ?1
                 UNION SELECT p.reports_to FROM people p JOIN chain ON p.id = chain.id
                 WHERE p.reports_to IS NOT NULL)
             SELECT EXISTS (SELECT 1 FROM chain WHERE id = ?2)",
        )?
        .query_row([manager, person], |row| row.get(0))?)
}

pub fn set_reports_to(w: &Write, id: i64, manager: i64) -> Result<()> {
    w.conn().execute(
        "UPDATE people SET reports_to = ?2 WHERE id = ?1",
        [id, manager],
    )?;
    Ok(())
}

/// How many rows of `table` name the person in `column`.
pub fn count_naming(r: &Read, table: &str, column: &str, person: i64) -> Result<u32> {
    Ok(r.conn().query_row(
        &format!("SELECT count(*) FROM {table} WHERE {column} = ?1"),
        [person],
        |row| row.get(0),
    )?)
}

/// `SELECT count(*) {from_where}`, the person as `?1`.
pub fn count_where(r: &Read, from_where: &str, person: i64) -> Result<u32> {
    Ok(r.conn()
        .query_row(&format!("SELECT count(*) {from_where}"), [person], |row| {
            row.get(0)
        })?)
}

pub fn delete_where(w: &Write, from_where: &str, person: i64) -> Result<()> {
    w.conn()
        .execute(&format!("DELETE {from_where}"), [person])?;
    Ok(())
}

pub fn delete_naming(w: &Write, table: &str, column: &str, person: i64) -> Result<()> {
    w.conn().execute(
        &format!("DELETE FROM {table} WHERE {column} = ?1"),
        [person],
    )?;
    Ok(())
}

/// Sets `column` of `table` to nothing where it names the person (the row itself stays).
pub fn detach(w: &Write, table: &str, column: &str, person: i64) -> Result<()> {
    w.conn().execute(
        &format!("UPDATE {table} SET {column} = NULL WHERE {column} = ?1"),
        [person],
    )?;
    Ok(())
}

/// Whether the database has `table` (a backup may be of an older schema).
pub fn has_table(r: &Read, table: &str) -> Result<bool> {
    Ok(r.conn().query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |row| row.get(0),
    )?)
}

/// When the person's row was made (with the id, what tells them apart in a backup).
pub fn created_at(r: &Read, id: i64) -> Result<Option<String>> {
    Ok(r.conn()
        .query_row("SELECT created_at FROM people WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .optional()?)
}

/// Whether the database holds the person whose row has this id and was made at `created_at`.
pub fn holds(r: &Read, who: &Erased) -> Result<bool> {
    Ok(r.conn().query_row(
        "SELECT count(*) > 0 FROM people WHERE id = ?1 AND created_at = ?2",
        rusqlite::params![who.person_id, who.created_at],
        |row| row.get(0),
    )?)
}

pub fn record_erased(w: &Write, who: &Erased) -> Result<()> {
    w.conn().execute(
        "INSERT OR IGNORE INTO erased_people (person_id, created_at, erased_on)
         VALUES (?1, ?2, ?3)",
        rusqlite::params![who.person_id, who.created_at, who.erased_on],
    )?;
    Ok(())
}

/// The people erased whose backups are still to be purged, in the order they were erased.
pub fn erased(r: &Read) -> Result<Vec<Erased>> {
    let mut stmt = r.conn().prepare_cached(
        "SELECT person_id, created_at, erased_on FROM erased_people
         ORDER BY erased_on, person_id, created_at",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(Erased {
            person_id: row.get(0)?,
            created_at: row.get(1)?,
            erased_on: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn forget_erased(w: &Write, who: &Erased) -> Result<()> {
    w.conn().execute(
        "DELETE FROM erased_people WHERE person_id = ?1 AND created_at = ?2",
        rusqlite::params![who.person_id, who.created_at],
    )?;
    Ok(())
}

fn found(changed: usize, id: i64) -> Result<()> {
    if changed == 0 {
        return Err(Error::NotFound { what: "person", id });
    }
    Ok(())
}
