//! SQL for drawn signatures and the sealing key.

use crate::error::Result;
use crate::signing::{IdentitySource, SignerRole};
use crate::store::{code, Migration, Read, Write};
use rusqlite::OptionalExtension;

/// This feature's part of the schema (see `crate::schema`).
pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration {
        id: "20261003000000_signing",
        sql: include_str!("migrations/20261003000000_signing.sql"),
    },
    Migration {
        id: "20261203120100_signatures_received",
        sql: include_str!("migrations/20261203120100_signatures_received.sql"),
    },
    Migration {
        id: "20261207220000_signatures_accepted",
        sql: include_str!("migrations/20261207220000_signatures_accepted.sql"),
    },
];

/// A signature row as stored (strokes still JSON).
pub struct SignatureRow {
    pub role: SignerRole,
    pub name: String,
    pub title: String,
    pub place: String,
    pub signed_at: String,
    pub width: f64,
    pub height: f64,
    pub strokes: String,
}

pub fn signatures(r: &Read, version_id: i64) -> Result<Vec<SignatureRow>> {
    let mut stmt = r.conn().prepare_cached(
        "SELECT role, name, title, place, signed_at, width, height, strokes
         FROM signatures WHERE version_id = ?1 ORDER BY role DESC",
    )?;
    let rows = stmt
        .query_map([version_id], |row| {
            Ok(SignatureRow {
                role: code(row, 0, SignerRole::from_code)?,
                name: row.get(1)?,
                title: row.get(2)?,
                place: row.get(3)?,
                signed_at: row.get(4)?,
                width: row.get(5)?,
                height: row.get(6)?,
                strokes: row.get(7)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Records (or replaces) one role's signature.
pub fn put_signature(w: &Write, version_id: i64, s: &SignatureRow) -> Result<()> {
    w.conn().execute(
        "INSERT OR REPLACE INTO signatures
             (version_id, role, name, title, place, signed_at, width, height, strokes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        (
            version_id,
            s.role.code(),
            &s.name,
            &s.title,
            &s.place,
            &s.signed_at,
            s.width,
            s.height,
            &s.strokes,
        ),
    )?;
    Ok(())
}

/// Signatures of a version that came from another laptop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    /// The earliest import (RFC 3339).
    pub at: String,
    /// The file's name; empty when not known (imported before it was kept).
    pub from: String,
    /// When she accepted them as received, once every received one is.
    pub accepted_at: Option<String>,
}

/// Whether the signatures of `version_id` were received from another laptop, and how.
pub fn received(r: &Read, version_id: i64) -> Result<Option<Received>> {
    let (at, from, accepted_at): (Option<String>, String, Option<String>) = r.conn().query_row(
        "SELECT min(received_at), coalesce(max(received_from), ''),
                CASE WHEN count(*) FILTER (WHERE received_at IS NOT NULL AND accepted_at IS NULL) = 0
                     THEN max(accepted_at) END
         FROM signatures WHERE version_id = ?1",
        [version_id],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    Ok(at.map(|at| Received {
        at,
        from,
        accepted_at,
    }))
}

/// Marks every signature of `mission_id` as received at `at`, in the file named `from` (an
/// import).
pub fn mark_received(w: &Write, mission_id: i64, at: &str, from: &str) -> Result<()> {
    w.conn().execute(
        "UPDATE signatures SET received_at = ?2, received_from = ?3, accepted_at = NULL
         WHERE version_id IN (SELECT id FROM charter_versions WHERE mission_id = ?1)",
        (mission_id, at, from),
    )?;
    Ok(())
}

/// Records that she accepted the received signatures of `version_id` as received, at `at`.
pub fn accept_received(w: &Write, version_id: i64, at: &str) -> Result<()> {
    w.conn().execute(
        "UPDATE signatures SET accepted_at = ?2
         WHERE version_id = ?1 AND received_at IS NOT NULL",
        (version_id, at),
    )?;
    Ok(())
}

pub fn delete_signature(w: &Write, version_id: i64, role: SignerRole) -> Result<()> {
    w.conn().execute(
        "DELETE FROM signatures WHERE version_id = ?1 AND role = ?2",
        (version_id, role.code()),
    )?;
    Ok(())
}

/// The stored key: (PKCS#8 DER, DER chain, source, created at).
pub type IdentityRow = (Vec<u8>, Vec<u8>, IdentitySource, String);

pub fn identity(r: &Read) -> Result<Option<IdentityRow>> {
    Ok(r.conn()
        .query_row(
            "SELECT private_key, chain, source, created_at FROM signing_identity WHERE id = 1",
            [],
            |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    code(row, 2, IdentitySource::from_code)?,
                    row.get(3)?,
                ))
            },
        )
        .optional()?)
}

pub fn put_identity(w: &Write, row: &IdentityRow) -> Result<()> {
    w.conn().execute(
        "INSERT OR REPLACE INTO signing_identity (id, private_key, chain, source, created_at)
         VALUES (1, ?1, ?2, ?3, ?4)",
        (&row.0, &row.1, row.2.code(), &row.3),
    )?;
    Ok(())
}
