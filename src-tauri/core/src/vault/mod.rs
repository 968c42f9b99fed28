//! The passphrase that guards the database: set once, asked at every unlock, changeable.
//!
//! The database, its WAL and its backups are encrypted by SQLCipher with a 256-bit key derived
//! from the passphrase (see [`key`]). Nothing else of hers is written in clear: the key file
//! holds only a salt, the derivation's parameters and a check value. The passphrase cannot be
//! recovered: forgotten, the data is gone (the UI says so in plain words before she sets it).
//!
//! A database written by an earlier, unencrypted Mandat is encrypted in place when the first
//! passphrase is set (and its clear backups with it), keeping nothing in clear.

pub mod key;

pub use key::Key;

use crate::atomic_file::Pending;
use crate::backup;
use crate::error::{Error, Invalid, Result};
use crate::store::{Store, DATABASE_FILE};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;
use zeroize::Zeroizing;

/// The shortest passphrase accepted.
pub const MIN_LENGTH: usize = 10;
const MAX_LENGTH: usize = 1024;

/// Where the data folder stands before the window may show anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VaultState {
    /// No passphrase yet: first launch (or a database from an unencrypted Mandat).
    New,
    /// A passphrase is set; the data is locked until it is given.
    Locked,
    /// Unlocked in this window.
    Unlocked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VaultStatus {
    pub state: VaultState,
    /// A database from an earlier Mandat, not yet encrypted, is waiting for its passphrase.
    pub unencrypted_data: bool,
}

/// `New` or `Locked`, from the files in the data folder (the app adds `Unlocked`).
pub fn status(data_dir: &Path) -> Result<VaultStatus> {
    let has_key = key::read(data_dir)?.is_some();
    Ok(VaultStatus {
        state: if has_key {
            VaultState::Locked
        } else {
            VaultState::New
        },
        unencrypted_data: is_plain(&data_dir.join(DATABASE_FILE)),
    })
}

fn check_passphrase(field: &'static str, passphrase: &str) -> Result<()> {
    let length = passphrase.chars().count();
    if length < MIN_LENGTH {
        return Err(Error::invalid(field, Invalid::TooShort { min: MIN_LENGTH }));
    }
    if length > MAX_LENGTH {
        return Err(Error::invalid(field, Invalid::TooLong { max: MAX_LENGTH }));
    }
    Ok(())
}

/// Sets the first passphrase and opens the (new, or newly encrypted) database.
pub fn create(data_dir: &Path, passphrase: &str) -> Result<Store> {
    check_passphrase("passphrase", passphrase)?;
    if key::read(data_dir)?.is_some() {
        return Err(Error::AlreadySetUp);
    }
    std::fs::create_dir_all(data_dir).map_err(|source| Error::DataDir {
        path: data_dir.to_owned(),
        source,
    })?;
    let (key, file) = key::new(passphrase)?;
    // The key file first: if Mandat stops half-way, the next unlock finishes the encryption.
    key::write(data_dir, &file)?;
    encrypt_leftovers(data_dir, &key)?;
    Store::open(data_dir, &key)
}

/// Opens the database with `passphrase`; a wrong one changes nothing.
///
/// A passphrase change that stopped half-way (see [`change`]) is finished here: the new
/// passphrase opens a database already re-encrypted (and its key file takes over), the old one
/// opens a database the change never reached (and the change is forgotten).
pub fn unlock(data_dir: &Path, passphrase: &str) -> Result<Store> {
    let file = key::read(data_dir)?.ok_or(Error::NotSetUp)?;
    let next = key::read_next(data_dir)?;
    match key::open(passphrase, &file) {
        Ok(key) => {
            encrypt_leftovers(data_dir, &key)?;
            let opened = Store::open(data_dir, &key);
            if opened.is_ok() {
                key::drop_next(data_dir)?;
            }
            opened
        }
        Err(Error::WrongPassphrase) if next.is_some() => {
            let next = next.ok_or(Error::WrongPassphrase)?;
            let key = key::open(passphrase, &next)?;
            let store = Store::open(data_dir, &key).map_err(|_| Error::WrongPassphrase)?;
            key::promote_next(data_dir)?;
            Ok(store)
        }
        Err(e) => Err(e),
    }
}

/// The key for `passphrase`, checked, without opening anything (restoring a damaged database).
pub fn key_for(data_dir: &Path, passphrase: &str) -> Result<Key> {
    let file = key::read(data_dir)?.ok_or(Error::NotSetUp)?;
    key::open(passphrase, &file)
}

/// Changes the passphrase: the database and its backups are re-encrypted with the new key. The
/// new key file is written first (beside the current one), the database re-encrypted, then the
/// new file renamed over the old: no crash or full disk can leave a database whose salt was
/// never saved.
pub fn change(store: &Store, current: &str, new: &str) -> Result<()> {
    let data_dir = store.data_dir().to_owned();
    let file = key::read(&data_dir)?.ok_or(Error::NotSetUp)?;
    let old = key::open(current, &file)?;
    check_passphrase("newPassphrase", new)?;
    let (next, next_file) = key::new(new)?;
    // The new salt is on disk before the database needs it; a crash at any point leaves a
    // pair that `unlock` can open with one passphrase or the other.
    key::write_next(&data_dir, &next_file)?;
    store.rekey(&next)?;
    key::promote_next(&data_dir)?;
    backup::rekey_all(&data_dir, &old, &next)
}

/// Whether `path` is a database in clear (SQLite's own header), not an encrypted one.
fn is_plain(path: &Path) -> bool {
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
        .is_ok_and(|()| &head == b"SQLite format 3\0")
}

/// Encrypts a clear database (and clear backups) left by an unencrypted Mandat.
fn encrypt_leftovers(data_dir: &Path, key: &Key) -> Result<()> {
    let db = data_dir.join(DATABASE_FILE);
    if is_plain(&db) {
        encrypt_file(&db, key)?;
    }
    if let Ok(entries) = std::fs::read_dir(backup::dir(data_dir)) {
        for entry in entries.flatten() {
            if is_plain(&entry.path()) {
                encrypt_file(&entry.path(), key)?;
            }
        }
    }
    Ok(())
}

/// Rewrites the clear database at `path` encrypted with `key` (SQLCipher's export), then puts
/// it in its place; the clear file is removed.
fn encrypt_file(path: &Path, key: &Key) -> Result<()> {
    let next = Pending::new(path)?;
    {
        let clear = Connection::open(path)?;
        let hex = key.pragma("key");
        // `ATTACH … KEY "x'…'"` takes the same raw-key literal as PRAGMA key.
        let literal = Zeroizing::new(
            hex.trim_start_matches("PRAGMA key = ")
                .trim_end_matches(';')
                .to_owned(),
        );
        clear.execute(
            &Zeroizing::new(format!(
                "ATTACH DATABASE ?1 AS encrypted KEY {}",
                literal.as_str()
            )),
            [next.path().to_string_lossy()],
        )?;
        clear.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
        let version: i64 = clear.pragma_query_value(None, "user_version", |r| r.get(0))?;
        clear.pragma_update(Some("encrypted"), "user_version", version)?;
        clear.execute_batch("DETACH DATABASE encrypted")?;
    }
    for side in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{side}", path.display()));
    }
    next.commit()
}

#[cfg(test)]
mod tests;
