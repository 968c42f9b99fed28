//! The database key: 32 bytes derived from the passphrase with Argon2id, handed to SQLCipher
//! as a raw key (so SQLCipher runs no second derivation). The salt, the parameters and a check
//! value (to tell a wrong passphrase from a damaged database) sit beside the database in
//! `mandat.key.json`; none of them reveals the key.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

pub const KEY_FILE: &str = "mandat.key.json";

#[derive(Clone)]
pub struct Key(Zeroizing<[u8; 32]>);

impl Key {
    /// A key from raw bytes (tests, and nothing else, skip the derivation).
    pub fn from_bytes(bytes: [u8; 32]) -> Key {
        Key(Zeroizing::new(bytes))
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The `PRAGMA key` / `PRAGMA rekey` statement for this raw key.
    pub fn pragma(&self, which: &str) -> Zeroizing<String> {
        let hex: String = self.0.iter().map(|b| format!("{b:02X}")).collect();
        Zeroizing::new(format!("PRAGMA {which} = \"x'{hex}'\";"))
    }

    fn check_value(&self) -> String {
        let mut h = Sha256::new();
        h.update(b"mandat key check v1");
        h.update(self.0.as_slice());
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

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

fn derive(passphrase: &str, file: &KeyFile) -> Result<Key> {
    let salt = hex_bytes(&file.salt).ok_or_else(|| bad_file("salt"))?;
    let params = argon2::Params::new(file.memory_kib, file.iterations, file.parallelism, Some(32))
        .map_err(|e| bad_file(&e.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), &salt, out.as_mut_slice())
        .map_err(|e| bad_file(&e.to_string()))?;
    Ok(Key(out))
}

fn bad_file(what: &str) -> Error {
    Error::Document(format!("{KEY_FILE} is not valid: {what}"))
}

fn hex_bytes(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
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
        salt: salt.iter().map(|b| format!("{b:02x}")).collect(),
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
    let path = path(data_dir);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| bad_file(&e.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::File {
            action: "read",
            path,
            source,
        }),
    }
}

/// Writes the key file through a temporary file and a rename.
pub fn write(data_dir: &Path, file: &KeyFile) -> Result<()> {
    let path = path(data_dir);
    let tmp = path.with_extension("json.new");
    let io = |source| Error::File {
        action: "write",
        path: path.clone(),
        source,
    };
    let bytes = serde_json::to_vec_pretty(file).expect("plain data");
    std::fs::write(&tmp, bytes).map_err(io)?;
    std::fs::File::open(&tmp)
        .and_then(|f| f.sync_all())
        .map_err(io)?;
    std::fs::rename(&tmp, &path).map_err(io)
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
        assert_eq!(*key.0, *again.0);
        assert!(matches!(
            open("correct horse battery stapl", &file),
            Err(Error::WrongPassphrase)
        ));
        let (other, _) = new("correct horse battery staple").unwrap();
        assert_ne!(*key.0, *other.0, "a fresh salt, a different key");
    }
}
