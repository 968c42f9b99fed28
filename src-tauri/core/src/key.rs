//! The database key: 32 bytes handed to SQLCipher as a raw key. A leaf that `store`, `backup`,
//! `vault` and `transfer` all use without needing one another; how the key is derived from a
//! passphrase, and the key file beside the database, are `vault`'s business.

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// Wiped from memory when dropped, like every copy of it.
#[derive(Clone)]
pub struct Key(Zeroizing<[u8; 32]>);

impl Key {
    /// A key from raw bytes (the derivation's output; tests use fixed ones).
    pub fn from_bytes(bytes: [u8; 32]) -> Key {
        Key(Zeroizing::new(bytes))
    }

    pub(crate) fn from_zeroizing(bytes: Zeroizing<[u8; 32]>) -> Key {
        Key(bytes)
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The `PRAGMA key` / `PRAGMA rekey` statement for this raw key.
    pub fn pragma(&self, which: &str) -> Zeroizing<String> {
        let hex = Zeroizing::new(hex::encode_upper(self.0.as_slice()));
        Zeroizing::new(format!("PRAGMA {which} = \"x'{}'\";", hex.as_str()))
    }

    /// SHA-256 of a label and the key: tells a wrong passphrase apart without the database.
    pub(crate) fn check_value(&self) -> String {
        let mut h = Sha256::new();
        h.update(b"mandat key check v1");
        h.update(self.0.as_slice());
        hex::encode(h.finalize())
    }
}
