//! SQL for charter versions, their clauses and review comments.

use crate::charter::input::ValidClause;
use crate::charter::model::{Author, Clause, Comment, Review, Section, Version, VersionStatus};
use crate::error::{Error, Result};
use crate::mandate::{AuthorityKind, Decision};
use crate::store::{code, Migration, Read, Write};
use rusqlite::{named_params, OptionalExtension, Row};

/// This feature's part of the schema (see `crate::schema`).
pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration {
        id: "20261002000000_charter",
        sql: include_str!("migrations/20261002000000_charter.sql"),
    },
    Migration {
        id: "20261207230000_submitted_on",
        sql: include_str!("migrations/20261207230000_submitted_on.sql"),
    },
];

const VERSION_COLUMNS: &str = "id, mission_id, number, status, reason, created_at, updated_at, \
                               decided_on, approver_name, approver_title, decision_note, \
                               (SELECT count(*) FROM signatures s \
                                WHERE s.version_id = charter_versions.id)";
const CLAUSE_COLUMNS: &str = "key, section, position, title, detail, due, amount, currency, \
                              authority, decision, approver, review";

pub fn versions(r: &Read, mission_id: i64) -> Result<Vec<Version>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {VERSION_COLUMNS} FROM charter_versions WHERE mission_id = ?1 ORDER BY number"
    ))?;
    let rows = stmt.query_map([mission_id], version)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn version_by_id(r: &Read, id: i64) -> Result<Version> {
    r.conn()
        .prepare_cached(&format!(
            "SELECT {VERSION_COLUMNS} FROM charter_versions WHERE id = ?1"
        ))?
        .query_row([id], version)
        .optional()?
        .ok_or(Error::NotFound {
            what: "charter version",
            id,
        })
}

pub fn version_by_number(r: &Read, mission_id: i64, number: i64) -> Result<Version> {
    r.conn()
        .prepare_cached(&format!(
            "SELECT {VERSION_COLUMNS} FROM charter_versions WHERE mission_id = ?1 AND number = ?2"
        ))?
        .query_row([mission_id, number], version)
        .optional()?
        .ok_or(Error::NotFound {
            what: "charter version",
            id: number,
        })
}

pub fn latest(r: &Read, mission_id: i64) -> Result<Option<Version>> {
    Ok(r.conn()
        .prepare_cached(&format!(
            "SELECT {VERSION_COLUMNS} FROM charter_versions WHERE mission_id = ?1
             ORDER BY number DESC LIMIT 1"
        ))?
        .query_row([mission_id], version)
        .optional()?)
}

pub fn latest_approved(r: &Read, mission_id: i64) -> Result<Option<Version>> {
    Ok(r.conn()
        .prepare_cached(&format!(
            "SELECT {VERSION_COLUMNS} FROM charter_versions WHERE mission_id = ?1 AND status = 'approved'
             ORDER BY number DESC LIMIT 1"
        ))?
        .query_row([mission_id], version)
        .optional()?)
}

pub fn insert_version(
    w: &Write,
    mission_id: i64,
    number: i64,
    reason: &str,
    now: &str,
) -> Result<i64> {
    w.conn().execute(
        "INSERT INTO charter_versions (mission_id, number, status, reason, created_at, updated_at)
         VALUES (?1, ?2, 'draft', ?3, ?4, ?4)",
        (mission_id, number, reason, now),
    )?;
    Ok(w.conn().last_insert_rowid())
}

pub fn set_status(w: &Write, id: i64, status: VersionStatus, now: &str) -> Result<()> {
    w.conn().execute(
        "UPDATE charter_versions SET status = ?2, updated_at = ?3 WHERE id = ?1",
        (id, status.code(), now),
    )?;
    Ok(())
}

/// Records the day a version was put in front of the approver.
pub fn set_submitted_on(w: &Write, id: i64, day: &str) -> Result<()> {
    w.conn().execute(
        "UPDATE charter_versions SET submitted_on = ?2 WHERE id = ?1",
        (id, day),
    )?;
    Ok(())
}

/// The day a version was last submitted; `None` for one submitted before it was recorded.
pub fn submitted_on(r: &Read, id: i64) -> Result<Option<String>> {
    Ok(r.conn().query_row(
        "SELECT submitted_on FROM charter_versions WHERE id = ?1",
        [id],
        |row| row.get(0),
    )?)
}

/// Records a decision on a version: who, when, and the note.
pub struct DecisionRecord<'a> {
    pub status: VersionStatus,
    pub decided_on: &'a str,
    pub approver_name: &'a str,
    pub approver_title: &'a str,
    pub note: &'a str,
}

pub fn record_decision(w: &Write, id: i64, d: &DecisionRecord, now: &str) -> Result<()> {
    w.conn().execute(
        "UPDATE charter_versions SET status = :status, decided_on = :on, approver_name = :name,
             approver_title = :title, decision_note = :note, updated_at = :now
         WHERE id = :id",
        named_params! {
            ":id": id, ":status": d.status.code(), ":on": d.decided_on, ":name": d.approver_name,
            ":title": d.approver_title, ":note": d.note, ":now": now,
        },
    )?;
    Ok(())
}

pub fn touch(w: &Write, id: i64, now: &str) -> Result<()> {
    w.conn().execute(
        "UPDATE charter_versions SET updated_at = ?2 WHERE id = ?1",
        (id, now),
    )?;
    Ok(())
}

/// Clauses of a version in document order.
pub fn clauses(r: &Read, version_id: i64) -> Result<Vec<Clause>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {CLAUSE_COLUMNS} FROM clauses WHERE version_id = ?1 ORDER BY position, id"
    ))?;
    let mut clauses: Vec<Clause> = stmt
        .query_map([version_id], clause_row)?
        .collect::<Result<_, _>>()?;
    clauses.sort_by_key(|c| (c.section, c.position));
    Ok(clauses)
}

pub fn clause(r: &Read, version_id: i64, key: &str) -> Result<Clause> {
    r.conn()
        .prepare_cached(&format!(
            "SELECT {CLAUSE_COLUMNS} FROM clauses WHERE version_id = ?1 AND key = ?2"
        ))?
        .query_row((version_id, key), clause_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: "clause",
            id: version_id,
        })
}

/// A key no clause of this mission has used yet.
pub fn next_key(r: &Read, mission_id: i64) -> Result<String> {
    let n: i64 = r.conn().query_row(
        "SELECT coalesce(max(CAST(substr(c.key, 2) AS INTEGER)), 0) + 1
         FROM clauses c JOIN charter_versions v ON v.id = c.version_id WHERE v.mission_id = ?1",
        [mission_id],
        |row| row.get(0),
    )?;
    Ok(format!("c{n}"))
}

pub fn next_position(r: &Read, version_id: i64, section: Section) -> Result<i64> {
    Ok(r.conn().query_row(
        "SELECT coalesce(max(position), -1) + 1 FROM clauses WHERE version_id = ?1 AND section = ?2",
        (version_id, section.code()),
        |row| row.get(0),
    )?)
}

pub fn insert_clause(
    w: &Write,
    version_id: i64,
    key: &str,
    position: i64,
    c: &ValidClause,
    review: Review,
) -> Result<()> {
    w.conn().execute(
        "INSERT INTO clauses (version_id, key, section, position, title, detail, due, amount,
             currency, authority, decision, approver, review)
         VALUES (:version, :key, :section, :position, :title, :detail, :due, :amount,
             :currency, :authority, :decision, :approver, :review)",
        named_params! {
            ":version": version_id, ":key": key, ":section": c.section.code(), ":position": position,
            ":title": c.title, ":detail": c.detail, ":due": c.due, ":amount": c.amount,
            ":currency": c.currency, ":authority": c.authority.map(AuthorityKind::code),
            ":decision": c.decision.map(Decision::code), ":approver": c.approver,
            ":review": review.code(),
        },
    )?;
    Ok(())
}

pub fn update_clause(
    w: &Write,
    version_id: i64,
    key: &str,
    c: &ValidClause,
    review: Review,
) -> Result<()> {
    w.conn().execute(
        "UPDATE clauses SET section = :section, title = :title, detail = :detail, due = :due,
             amount = :amount, currency = :currency, authority = :authority,
             decision = :decision, approver = :approver, review = :review
         WHERE version_id = :version AND key = :key",
        named_params! {
            ":version": version_id, ":key": key, ":section": c.section.code(),
            ":title": c.title, ":detail": c.detail, ":due": c.due, ":amount": c.amount,
            ":currency": c.currency, ":authority": c.authority.map(AuthorityKind::code),
            ":decision": c.decision.map(Decision::code), ":approver": c.approver,
            ":review": review.code(),
        },
    )?;
    Ok(())
}

pub fn delete_clause(w: &Write, version_id: i64, key: &str) -> Result<()> {
    w.conn().execute(
        "DELETE FROM clauses WHERE version_id = ?1 AND key = ?2",
        (version_id, key),
    )?;
    Ok(())
}

pub fn set_position(w: &Write, version_id: i64, key: &str, position: i64) -> Result<()> {
    w.conn().execute(
        "UPDATE clauses SET position = ?3 WHERE version_id = ?1 AND key = ?2",
        (version_id, key, position),
    )?;
    Ok(())
}

pub fn set_review(w: &Write, version_id: i64, key: &str, review: Review) -> Result<()> {
    w.conn().execute(
        "UPDATE clauses SET review = ?3 WHERE version_id = ?1 AND key = ?2",
        (version_id, key, review.code()),
    )?;
    Ok(())
}

/// Copies the clauses of one version into another, keeping keys, leaving struck ones behind.
pub fn copy_clauses(w: &Write, from: i64, to: i64) -> Result<()> {
    w.conn().execute(
        "INSERT INTO clauses (version_id, key, section, position, title, detail, due, amount,
             currency, authority, decision, approver, review)
         SELECT ?2, key, section, position, title, detail, due, amount, currency, authority,
             decision, approver, review
         FROM clauses WHERE version_id = ?1 AND review != 'struck'",
        (from, to),
    )?;
    Ok(())
}

pub fn comments(r: &Read, version_id: i64) -> Result<Vec<Comment>> {
    let mut stmt = r.conn().prepare_cached(
        "SELECT id, clause_key, author, body, created_at FROM clause_comments
         WHERE version_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([version_id], |row| {
        Ok(Comment {
            id: row.get(0)?,
            clause_key: row.get(1)?,
            author: code(row, 2, Author::from_code)?,
            body: row.get(3)?,
            created_at: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn insert_comment(
    w: &Write,
    version_id: i64,
    key: &str,
    author: Author,
    body: &str,
    now: &str,
) -> Result<()> {
    w.conn().execute(
        "INSERT INTO clause_comments (version_id, clause_key, author, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        (version_id, key, author.code(), body, now),
    )?;
    Ok(())
}

fn version(row: &Row) -> rusqlite::Result<Version> {
    Ok(Version {
        id: row.get(0)?,
        mission_id: row.get(1)?,
        number: row.get(2)?,
        status: code(row, 3, VersionStatus::from_code)?,
        reason: row.get(4)?,
        created_at: row.get(5)?,
        updated_at: row.get(6)?,
        decided_on: row.get(7)?,
        approver_name: row.get(8)?,
        approver_title: row.get(9)?,
        decision_note: row.get(10)?,
        signatures: row.get(11)?,
    })
}

fn clause_row(row: &Row) -> rusqlite::Result<Clause> {
    Ok(Clause {
        key: row.get(0)?,
        section: code(row, 1, Section::from_code)?,
        position: row.get(2)?,
        title: row.get(3)?,
        detail: row.get(4)?,
        due: row.get(5)?,
        amount: row.get(6)?,
        currency: row.get(7)?,
        authority: optional_code(row, 8, AuthorityKind::from_code)?,
        decision: optional_code(row, 9, Decision::from_code)?,
        approver: row.get(10)?,
        review: code(row, 11, Review::from_code)?,
    })
}

fn optional_code<T>(
    row: &Row,
    idx: usize,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    match row.get::<_, Option<String>>(idx)? {
        None => Ok(None),
        Some(_) => code(row, idx, parse).map(Some),
    }
}
