//! Mandat's schema: every feature's migrations, gathered in one list, and `Store::open`, which
//! opens the store on it. The store itself knows no feature; this module is where the
//! features meet it.
//!
//! Adding a table: write `<feature>/migrations/<YYYYMMDDHHMMSS>_<what>.sql`, list it in the
//! feature's `MIGRATIONS` (in its `sql.rs`), name the feature's list below if it is new, then
//! say whether the table travels in a `.mandat` file (`transfer::sql`); a test fails until
//! it is carried, carried only when asked (`OPT_IN`) or excluded with its reason.

use crate::backup::{self, BackupReason};
use crate::error::Result;
use crate::key::Key;
use crate::store::{self, Migration, Schema, Store};
use std::path::Path;
use std::sync::OnceLock;

/// Every feature's migrations; the order here does not matter (their names order them).
const FEATURES: &[&[Migration]] = &[
    crate::mission::sql::MIGRATIONS,
    crate::charter::sql::MIGRATIONS,
    crate::signing::sql::MIGRATIONS,
    crate::people::sql::MIGRATIONS,
    crate::stakeholder::sql::MIGRATIONS,
    crate::announcement::people::MIGRATIONS,
    crate::wellbeing::sql::MIGRATIONS,
    crate::trust::sql::MIGRATIONS,
];

/// The whole schema, in the order of the migrations' timestamps.
pub fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| Schema::new(FEATURES))
}

/// The schema version this build writes.
pub fn latest() -> usize {
    schema().latest()
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir`, encrypted with `key`, and brings
    /// its schema up to date, backing an existing database up before any upgrade.
    pub fn open(data_dir: &Path, key: &Key) -> Result<Store> {
        Store::open_with(data_dir, key, schema(), |conn| {
            let path = backup::new_path(data_dir, BackupReason::Migration)?;
            store::snapshot(conn, &path, key)
        })
    }
}

#[cfg(test)]
mod tests;
