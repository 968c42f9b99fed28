//! SQL for the trusted sealing keys.

use super::TrustedKey;
use crate::error::Result;
use crate::store::{Migration, Read, Write};

/// This feature's part of the schema (see `crate::schema`).
pub(crate) const MIGRATIONS: &[Migration] = &[Migration {
    id: "20261203120000_trusted_keys",
    sql: include_str!("migrations/20261203120000_trusted_keys.sql"),
}];

pub fn all(r: &Read) -> Result<Vec<TrustedKey>> {
    let mut stmt = r.conn().prepare_cached(
        "SELECT fingerprint, name, added_at FROM trusted_keys ORDER BY name, fingerprint",
    )?;
    let rows = stmt
        .query_map([], |row| {
            Ok(TrustedKey {
                fingerprint: super::grouped(&row.get::<_, String>(0)?),
                name: row.get(1)?,
                added_at: row.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The name she gave `fingerprint` (64 hex digits), if she trusts it.
pub fn name_of(r: &Read, fingerprint: &str) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(r.conn()
        .query_row(
            "SELECT name FROM trusted_keys WHERE fingerprint = ?1",
            [fingerprint],
            |row| row.get(0),
        )
        .optional()?)
}

/// Adds `fingerprint`, or renames it when it is there already.
pub fn put(w: &Write, fingerprint: &str, name: &str, added_at: &str) -> Result<()> {
    w.conn().execute(
        "INSERT INTO trusted_keys (fingerprint, name, added_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (fingerprint) DO UPDATE SET name = excluded.name",
        (fingerprint, name, added_at),
    )?;
    Ok(())
}

/// Whether a row was removed.
pub fn delete(w: &Write, fingerprint: &str) -> Result<bool> {
    Ok(w.conn().execute(
        "DELETE FROM trusted_keys WHERE fingerprint = ?1",
        [fingerprint],
    )? > 0)
}
