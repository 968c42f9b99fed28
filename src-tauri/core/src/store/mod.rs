//! The one owner of the database: opening, schema, pragmas, and the read/write split.
//!
//! A [`Store`] holds two connections to one SQLite file: a writer and a read-only reader.
//! Reads go through [`Store::read`], which hands out a [`Read`] on the read-only connection,
//! so a read path cannot write even by mistake (SQLite itself refuses). Writes go through
//! [`Store::write`], one transaction per call, committed when the closure returns `Ok` and
//! rolled back otherwise. WAL lets the reader see the last commit while the writer works.

mod check;
mod migrations;

pub use check::Problem;
pub use migrations::{Migration, Schema};

use crate::atomic_file::Pending;
use crate::error::{Error, Result};
use crate::key::Key;
use rusqlite::{Connection, OpenFlags, Row, Transaction};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "mandat.sqlite3";

pub struct Store {
    path: PathBuf,
    schema: Schema,
    key: Mutex<Key>,
    writer: Mutex<Connection>,
    reader: Mutex<Connection>,
}

/// Read access: a snapshot of the database, inside a read transaction.
pub struct Read<'a>(&'a Connection);

/// Write access: one open transaction.
pub struct Write<'a>(Transaction<'a>);

impl<'a> Read<'a> {
    /// Read access to a database other than the store's (a backup, opened read-only).
    pub(crate) fn on(conn: &'a Connection) -> Read<'a> {
        Read(conn)
    }

    pub(crate) fn conn(&self) -> &Connection {
        self.0
    }
}

impl<'a> Write<'a> {
    pub(crate) fn conn(&self) -> &Connection {
        &self.0
    }

    /// Reads inside this transaction, seeing its own uncommitted changes.
    pub fn as_read(&self) -> Read<'_> {
        Read(&self.0)
    }
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir`, encrypted with `key`, and brings
    /// it to `schema`, first handing the connection to `before_upgrade` when an existing
    /// database is about to be upgraded (Mandat backs it up there). The key is checked
    /// against the key file before this (see `vault`), so a database that does not open with
    /// it is a damaged one. `Store::open` (in `crate::schema`) passes Mandat's own schema.
    pub fn open_with(
        data_dir: &Path,
        key: &Key,
        schema: &Schema,
        before_upgrade: impl FnOnce(&Connection) -> Result<()>,
    ) -> Result<Store> {
        std::fs::create_dir_all(data_dir).map_err(|source| Error::DataDir {
            path: data_dir.to_owned(),
            source,
        })?;
        let path = data_dir.join(DATABASE_FILE);
        let damaged = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
                Error::Corrupt {
                    path: path.clone(),
                    detail: e.to_string(),
                }
            }
            _ => Error::Sqlite(e),
        };
        let mut writer = Connection::open(&path).map_err(damaged)?;
        configure(&writer, key).map_err(|e| match e {
            Error::Sqlite(e) => damaged(e),
            other => other,
        })?;
        // Checked before anything is written: a damaged database is reported, never
        // "repaired" by starting over.
        let check: String = writer
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(damaged)?;
        if check != "ok" {
            return Err(Error::Corrupt {
                path,
                detail: check,
            });
        }
        let found = migrations::version(&writer)?;
        if found > 0 && found < schema.latest() {
            before_upgrade(&writer)?;
        }
        schema.apply(&mut writer)?;
        let reader = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        configure(&reader, key)?;
        Ok(Store {
            path,
            schema: schema.clone(),
            key: Mutex::new(key.clone()),
            writer: Mutex::new(writer),
            reader: Mutex::new(reader),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The folder holding the database (and its backups).
    pub fn data_dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// Writes a consistent copy of the database to `path` (SQLite's online backup).
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        snapshot(&lock(&self.writer), path, &self.key())
    }

    /// The key the database is encrypted with (backups use it too).
    pub fn key(&self) -> Key {
        self.key
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Re-encrypts the database with `new`: an encrypted copy is written beside it, then
    /// swapped in, and both connections reopen on it. The caller records the new key file.
    pub fn rekey(&self, new: &Key) -> Result<()> {
        let mut writer = lock(&self.writer);
        let mut reader = lock(&self.reader);
        let next = Pending::new(&self.path)?;
        copy_keyed(&writer, next.path(), new)?;
        let fresh_reader = || -> Result<Connection> {
            let c = Connection::open_with_flags(
                &self.path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            configure(&c, new)?;
            Ok(c)
        };
        // Swap: close both connections, move the copy over the database, reopen.
        *writer = Connection::open_in_memory()?;
        *reader = Connection::open_in_memory()?;
        for side in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{side}", self.path.display()));
        }
        next.commit()?;
        let w = Connection::open(&self.path)?;
        configure(&w, new)?;
        *writer = w;
        *reader = fresh_reader()?;
        *self.key.lock().unwrap_or_else(|p| p.into_inner()) = new.clone();
        Ok(())
    }

    /// Replaces the whole database with the copy at `path`, inside SQLite's locks, then brings
    /// its schema up to date. The caller checks the copy first.
    pub fn restore_from(&self, path: &Path) -> Result<()> {
        let key = self.key();
        let mut writer = lock(&self.writer);
        let source = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        source.execute_batch(&key.pragma("key"))?;
        rusqlite::backup::Backup::new(&source, &mut writer)?.run_to_completion(
            256,
            Duration::ZERO,
            None,
        )?;
        drop(source);
        pragmas(&writer)?;
        self.schema.apply(&mut writer)
    }

    /// Runs `f` on a consistent snapshot of the database.
    pub fn read<T>(&self, f: impl FnOnce(&Read) -> Result<T>) -> Result<T> {
        let conn = lock(&self.reader);
        let tx = conn.unchecked_transaction()?;
        let out = f(&Read(&tx))?;
        tx.finish()?;
        Ok(out)
    }

    /// Runs `f` in one transaction: committed if it returns `Ok`, rolled back otherwise.
    pub fn write<T>(&self, f: impl FnOnce(&Write) -> Result<T>) -> Result<T> {
        let mut conn = lock(&self.writer);
        let tx = conn.transaction()?;
        let write = Write(tx);
        let out = f(&write)?;
        write.0.commit()?;
        Ok(out)
    }

    /// [`Store::write`] for a deletion that must not linger: once committed, the write-ahead
    /// log is checkpointed into the database (where `secure_delete` has zeroed the freed
    /// space) and truncated, so no frame holding the old pages stays on disk. Erasing a person
    /// and the retention of the wellbeing notes go through it.
    pub fn write_forgetting<T>(&self, f: impl FnOnce(&Write) -> Result<T>) -> Result<T> {
        let out = self.write(f)?;
        lock(&self.writer).execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
        Ok(out)
    }

    /// Integrity and foreign-key checks; an empty list means the database is sound.
    pub fn check(&self) -> Result<Vec<Problem>> {
        check::run(&lock(&self.writer))
    }
}

/// Runs `f` in one transaction on `conn`, a database other than the store's (a copy of a
/// backup being rewritten): committed if it returns `Ok`, rolled back otherwise.
pub(crate) fn write_on<T>(conn: &mut Connection, f: impl FnOnce(&Write) -> Result<T>) -> Result<T> {
    let write = Write(conn.transaction()?);
    let out = f(&write)?;
    write.0.commit()?;
    Ok(out)
}

/// The schema version recorded in a database (0 for a new file).
pub fn schema_version(conn: &Connection) -> Result<usize> {
    migrations::version(conn)
}

/// Copies the database behind `conn` to `path` atomically, so a copy cut short never bears a
/// backup's name. The copy is a plain (rollback-journal) database file.
pub fn snapshot(conn: &Connection, path: &Path, key: &Key) -> Result<()> {
    let pending = Pending::new(path)?;
    copy_keyed(conn, pending.path(), key)?;
    pending.commit()
}

/// Copies the database behind `conn` into a new file at `to`, encrypted with `key`: the one
/// way a database is copied (snapshots, re-encryption of the database and of its backups).
pub(crate) fn copy_keyed(conn: &Connection, to: &Path, key: &Key) -> Result<()> {
    let mut copy = Connection::open(to)?;
    copy.execute_batch(&key.pragma("key"))?;
    rusqlite::backup::Backup::new(conn, &mut copy)?.run_to_completion(256, Duration::ZERO, None)?;
    copy.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(())
}

/// Reads a text column holding one of an enum's codes.
pub(crate) fn code<T>(row: &Row, idx: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unexpected value {text:?}").into(),
        )
    })
}

/// A poisoned lock only means another thread panicked while holding it; the connection
/// itself is still consistent (its transaction rolled back when dropped), so carry on.
fn lock(mutex: &Mutex<Connection>) -> MutexGuard<'_, Connection> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The same pragmas on every connection. `synchronous=FULL` in WAL mode syncs the WAL at each
/// commit, so an acknowledged write survives a power cut.
fn configure(conn: &Connection, key: &Key) -> Result<()> {
    // First, before anything reads the file: SQLCipher's raw key.
    conn.execute_batch(&key.pragma("key"))?;
    // Reading the schema is what checks the key against the file.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
    pragmas(conn)
}

fn pragmas(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    if !conn.is_readonly(rusqlite::MAIN_DB)? {
        conn.pragma_update(None, "journal_mode", "WAL")?;
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    // 32 MiB of decrypted pages per connection: a mission with thousands of people and tens
    // of thousands of interactions stays in memory instead of being decrypted page by page
    // at every query (SQLite's default is 2 MiB).
    conn.pragma_update(None, "cache_size", -32_768)?;
    // What is deleted (an erased person above all) is overwritten, not left in free pages.
    conn.pragma_update(None, "secure_delete", "ON")?;
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A store on a fresh temporary directory, kept alive as long as the returned guard.
    pub fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("temporary directory");
        let store = Store::open(dir.path(), &key()).expect("open store");
        (dir, store)
    }

    /// A fixed key for unit tests (the passphrase derivation is tested in `vault`).
    pub fn key() -> Key {
        Key::from_bytes([7; 32])
    }

    #[test]
    fn every_connection_gets_the_pragmas() {
        let (_dir, store) = temp_store();
        for conn in [&store.writer, &store.reader] {
            let conn = lock(conn);
            let mode: String = conn
                .pragma_query_value(None, "journal_mode", |r| r.get(0))
                .unwrap();
            let fk: i64 = conn
                .pragma_query_value(None, "foreign_keys", |r| r.get(0))
                .unwrap();
            let sync: i64 = conn
                .pragma_query_value(None, "synchronous", |r| r.get(0))
                .unwrap();
            let busy: i64 = conn
                .pragma_query_value(None, "busy_timeout", |r| r.get(0))
                .unwrap();
            assert_eq!((mode.as_str(), fk, sync), ("wal", 1, 2));
            assert!(busy >= 1000);
        }
    }

    #[test]
    fn the_read_path_cannot_write() {
        let (_dir, store) = temp_store();
        let err = store
            .read(|r| {
                Ok(r.conn()
                    .execute("INSERT INTO settings(key, value) VALUES ('k', 'v')", [])?)
            })
            .unwrap_err();
        assert!(matches!(err, Error::Sqlite(_)), "{err}");
    }

    #[test]
    fn a_failed_write_rolls_back() {
        let (_dir, store) = temp_store();
        let err = store.write(|w| {
            w.conn()
                .execute("INSERT INTO settings(key, value) VALUES ('k', 'v')", [])?;
            Err::<(), _>(Error::NotFound {
                what: "test",
                id: 1,
            })
        });
        assert!(err.is_err());
        let count: i64 = store
            .read(|r| {
                Ok(r.conn()
                    .query_row("SELECT count(*) FROM settings", [], |row| row.get(0))?)
            })
            .unwrap();
        assert_eq!(count, 0);
    }

    #[test]
    fn a_bad_data_directory_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a-file");
        std::fs::write(&file, b"not a directory").unwrap();
        let err = Store::open(&file.join("sub"), &key())
            .err()
            .expect("refused");
        assert!(matches!(err, Error::DataDir { .. }));
        assert!(err.to_string().contains("a-file"), "{err}");
    }
}
