//! The database key: 32 bytes derived from the passphrase with Argon2id, handed to SQLCipher
//! as a raw key (so SQLCipher runs no second derivation). The salt, the parameters and a check
//! value (to tell a wrong passphrase from a damaged database) sit beside the database in
//! `mandat.key.json`; none of them reveals the key.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

pub const KEY_FILE: &str = "mandat.key.json";
/// The key file of a passphrase change under way: written before the database is re-encrypted,
/// renamed over [`KEY_FILE`] once it is, so no crash leaves a database whose salt is lost.
pub const NEXT_KEY_FILE: &str = "mandat.key.next.json";

pub use crate::key::Key;

/// Argon2id settings and salt, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFile {
    pub version: u32,
    pub kdf: String,
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
    /// Hex.
    pub salt: String,
    /// SHA-256 of a label and the key: tells a wrong passphrase apart without the database.
    pub check: String,
}

/// 64 MiB, 3 passes: about half a second on a laptop, costly to guess at scale.
const MEMORY_KIB: u32 = 64 * 1024;
const ITERATIONS: u32 = 3;
const PARALLELISM: u32 = 1;

pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(KEY_FILE)
}

pub fn next_path(data_dir: &Path) -> PathBuf {
    data_dir.join(NEXT_KEY_FILE)
}

fn derive(passphrase: &str, file: &KeyFile) -> Result<Key> {
    let salt = hex::decode(&file.salt).map_err(|_| bad_file("salt"))?;
    let params = argon2::Params::new(file.memory_kib, file.iterations, file.parallelism, Some(32))
        .map_err(|e| bad_file(&e.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), &salt, out.as_mut_slice())
        .map_err(|e| bad_file(&e.to_string()))?;
    Ok(Key::from_zeroizing(out))
}

/// A key file (or a `.mandat` file's key header) whose parameters cannot be used.
fn bad_file(what: &str) -> Error {
    Error::KeyStore {
        path: PathBuf::from(KEY_FILE),
        problem: what.to_owned(),
    }
}

/// A new salt and the key it gives `passphrase`, with the file that records them.
pub fn new(passphrase: &str) -> Result<(Key, KeyFile)> {
    let mut salt = [0u8; 16];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut salt);
    let mut file = KeyFile {
        version: 1,
        kdf: "argon2id".into(),
        memory_kib: MEMORY_KIB,
        iterations: ITERATIONS,
        parallelism: PARALLELISM,
        salt: hex::encode(salt),
        check: String::new(),
    };
    let key = derive(passphrase, &file)?;
    file.check = key.check_value();
    Ok((key, file))
}

/// Whether a key file's parameters are within what Mandat itself would write: a file from
/// elsewhere (an import) must not make the derivation take gigabytes or hours.
pub fn reasonable(file: &KeyFile) -> bool {
    file.kdf == "argon2id"
        && (8..=1024 * 1024).contains(&file.memory_kib)
        && (1..=10).contains(&file.iterations)
        && (1..=4).contains(&file.parallelism)
        && file.salt.len() <= 128
}

/// The key for `passphrase`, or `wrong_passphrase`.
pub fn open(passphrase: &str, file: &KeyFile) -> Result<Key> {
    let key = derive(passphrase, file)?;
    if key.check_value() != file.check {
        return Err(Error::WrongPassphrase);
    }
    Ok(key)
}

pub fn read(data_dir: &Path) -> Result<Option<KeyFile>> {
    read_at(path(data_dir))
}

/// The key file of a passphrase change that did not finish, if any.
pub fn read_next(data_dir: &Path) -> Result<Option<KeyFile>> {
    read_at(next_path(data_dir))
}

fn read_at(path: PathBuf) -> Result<Option<KeyFile>> {
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| Error::KeyStore {
                path: path.clone(),
                problem: e.to_string(),
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::File {
            action: "read",
            path,
            source,
        }),
    }
}

/// Writes the key file atomically.
pub fn write(data_dir: &Path, file: &KeyFile) -> Result<()> {
    write_at(&path(data_dir), file)
}

/// Writes the key file of a passphrase change, before the database is re-encrypted.
pub fn write_next(data_dir: &Path, file: &KeyFile) -> Result<()> {
    write_at(&next_path(data_dir), file)
}

fn write_at(path: &Path, file: &KeyFile) -> Result<()> {
    let bytes = serde_json::to_vec_pretty(file).map_err(|e| bad_file(&e.to_string()))?;
    crate::atomic_file::write(path, &bytes)
}

/// The change's key file becomes the key file (one rename, the folder synced).
pub fn promote_next(data_dir: &Path) -> Result<()> {
    let (from, to) = (next_path(data_dir), path(data_dir));
    std::fs::rename(&from, &to).map_err(|source| Error::File {
        action: "rename",
        path: from,
        source,
    })?;
    crate::atomic_file::sync_folder(data_dir)
}

/// Forgets a change that never reached the database.
pub fn drop_next(data_dir: &Path) -> Result<()> {
    match std::fs::remove_file(next_path(data_dir)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(Error::File {
            action: "remove",
            path: next_path(data_dir),
            source,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_passphrase_gives_the_same_key_and_a_wrong_one_is_told_apart() {
        let (key, file) = new("correct horse battery staple").unwrap();
        assert_eq!(file.memory_kib, 64 * 1024);
        assert_eq!(file.salt.len(), 32);
        let again = open("correct horse battery staple", &file).unwrap();
        assert_eq!(key.bytes(), again.bytes());
        assert!(matches!(
            open("correct horse battery stapl", &file),
            Err(Error::WrongPassphrase)
        ));
        let (other, _) = new("correct horse battery staple").unwrap();
        assert_ne!(key.bytes(), other.bytes(), "a fresh salt, a different key");
    }
}
