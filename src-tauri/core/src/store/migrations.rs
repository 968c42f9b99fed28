//! The schema, as an ordered list of embedded SQL files.
//!
//! `rusqlite_migration` applies the pending ones in a single transaction and records the
//! schema version in `PRAGMA user_version`. A database whose version is above the newest file
//! here was written by a newer Mandat: it is refused before anything touches it, rather than
//! half-understood. Files are never edited once released; a change is a new file.

use crate::error::{Error, Result};
use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

const FILES: &[&str] = &[
    include_str!("migrations/0001_missions.sql"),
    include_str!("migrations/0002_charter.sql"),
    include_str!("migrations/0003_signing.sql"),
];

/// The schema version this build writes.
pub const LATEST: usize = FILES.len();

fn migrations() -> Migrations<'static> {
    Migrations::new(
        FILES
            .iter()
            .map(|sql| M::up(sql).foreign_key_check())
            .collect(),
    )
}

/// The schema version recorded in the database (0 for a new file).
pub fn version(conn: &Connection) -> Result<usize> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    Ok(usize::try_from(v).unwrap_or(usize::MAX))
}

/// Brings the database to [`LATEST`], or refuses one written by a newer version.
pub fn apply(conn: &mut Connection) -> Result<()> {
    let found = version(conn)?;
    if found > LATEST {
        return Err(Error::NewerDatabase {
            found,
            known: LATEST,
        });
    }
    migrations().to_latest(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Store, DATABASE_FILE};

    /// A connection to an encrypted test database, keyed like the store's.
    fn keyed(path: impl AsRef<std::path::Path>) -> Connection {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(&crate::store::tests::key().pragma("key"))
            .unwrap();
        conn
    }

    #[test]
    fn the_migrations_are_valid() {
        migrations().validate().unwrap();
    }

    /// Every earlier schema (0 = a new file) opens and reaches the latest one.
    #[test]
    fn every_earlier_schema_upgrades_to_the_latest() {
        for start in 0..=LATEST {
            let dir = tempfile::tempdir().unwrap();
            let mut conn = keyed(dir.path().join(DATABASE_FILE));
            migrations().to_version(&mut conn, start).unwrap();
            drop(conn);
            let store = Store::open(dir.path(), &crate::store::tests::key()).unwrap();
            let conn = keyed(store.path());
            assert_eq!(version(&conn).unwrap(), LATEST, "from schema {start}");
            assert!(store.check().unwrap().is_empty(), "from schema {start}");
            // An upgrade of existing data is preceded by a backup of it, at its old schema.
            let backups = crate::backup::list(dir.path(), &crate::store::tests::key()).unwrap();
            if start == 0 || start == LATEST {
                assert!(backups.is_empty(), "from schema {start}");
            } else {
                assert_eq!(backups.len(), 1, "from schema {start}");
                assert_eq!(backups[0].reason, crate::backup::BackupReason::Migration);
                let copy = keyed(&backups[0].path);
                assert_eq!(version(&copy).unwrap(), start);
            }
        }
    }

    #[test]
    fn reopening_is_a_no_op() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path(), &crate::store::tests::key()).unwrap());
        drop(Store::open(dir.path(), &crate::store::tests::key()).unwrap());
        let conn = keyed(dir.path().join(DATABASE_FILE));
        assert_eq!(version(&conn).unwrap(), LATEST);
    }

    #[test]
    fn a_newer_database_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        let conn = keyed(&path);
        conn.pragma_update(None, "user_version", LATEST as i64 + 1)
            .unwrap();
        conn.execute_batch("CREATE TABLE from_the_future(x)")
            .unwrap();
        drop(conn);
        let err = Store::open(dir.path(), &crate::store::tests::key())
            .err()
            .expect("refused");
        assert!(
            matches!(err, Error::NewerDatabase { found, known } if found == LATEST + 1 && known == LATEST)
        );
        assert!(err.to_string().contains("newer version of Mandat"));
        let conn = keyed(&path);
        assert_eq!(version(&conn).unwrap(), LATEST + 1);
        let missions: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'missions'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(missions, 0, "nothing was migrated");
    }
}
