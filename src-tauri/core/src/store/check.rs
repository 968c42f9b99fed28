//! Integrity and foreign-key checks, for `mandat-cli check` and the start-up check.

use crate::error::Result;
use rusqlite::Connection;
use serde::Serialize;

/// One thing SQLite found wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// `integrity` or `foreign_key`.
    pub kind: &'static str,
    pub detail: String,
}

pub fn run(conn: &Connection) -> Result<Vec<Problem>> {
    let mut problems = Vec::new();
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    for row in stmt.query_map([], |row| row.get::<_, String>(0))? {
        let row = row?;
        if row != "ok" {
            problems.push(Problem {
                kind: "integrity",
                detail: row,
            });
        }
    }
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = stmt.query_map([], |row| {
        Ok(format!(
            "table {} row {} refers to missing {} row",
            row.get::<_, String>(0)?,
            row.get::<_, Option<i64>>(1)?
                .map_or("?".into(), |id| id.to_string()),
            row.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        problems.push(Problem {
            kind: "foreign_key",
            detail: row?,
        });
    }
    Ok(problems)
}
