//! The migration runner. Each feature keeps its SQL files in its own `migrations/` folder,
//! named by the moment they were written (`YYYYMMDDHHMMSS_what.sql`), so two features written
//! at the same time cannot claim the same number; `crate::schema` gathers them and this runner
//! applies them in the order of those names.
//!
//! `rusqlite_migration` applies the pending ones in a single transaction and records how many
//! are applied in `PRAGMA user_version`. A database whose version is above the number of files
//! known here was written by a newer Mandat: it is refused before anything touches it, rather
//! than half-understood. Files are never edited once released; a change is a new file, named
//! after every released one.

use crate::error::{Error, Result};
use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

/// One SQL file of a feature's schema.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// The file's name without `.sql`: its timestamp, then what it does.
    pub id: &'static str,
    pub sql: &'static str,
}

/// The whole schema: every feature's migrations in the order of their timestamps.
#[derive(Debug, Clone)]
pub struct Schema(Vec<Migration>);

impl Schema {
    pub fn new(features: &[&[Migration]]) -> Schema {
        let mut all: Vec<Migration> = features.iter().flat_map(|f| f.iter().copied()).collect();
        all.sort_by_key(|m| m.id);
        Schema(all)
    }

    /// The schema version this build writes.
    pub fn latest(&self) -> usize {
        self.0.len()
    }

    pub fn migrations(&self) -> &[Migration] {
        &self.0
    }

    fn runner(&self) -> Migrations<'static> {
        Migrations::new(
            self.0
                .iter()
                .map(|m| M::up(m.sql).foreign_key_check())
                .collect(),
        )
    }

    /// Brings the database to [`Schema::latest`], or refuses one written by a newer version.
    pub fn apply(&self, conn: &mut Connection) -> Result<()> {
        let found = version(conn)?;
        if found > self.latest() {
            return Err(Error::NewerDatabase {
                found,
                known: self.latest(),
            });
        }
        self.runner().to_latest(conn)?;
        Ok(())
    }

    /// Applies the first `count` migrations only (tests of upgrades from earlier schemas).
    pub fn apply_first(&self, conn: &mut Connection, count: usize) -> Result<()> {
        self.runner().to_version(conn, count)?;
        Ok(())
    }
}

/// The schema version recorded in the database (0 for a new file).
pub fn version(conn: &Connection) -> Result<usize> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    Ok(usize::try_from(v).unwrap_or(usize::MAX))
}
