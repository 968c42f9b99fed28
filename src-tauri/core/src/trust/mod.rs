//! Whose seal a PDF carries, and whether this laptop knows that key.
//!
//! A sealed PDF carries its own certificate, so anyone can seal a charter in any name: the
//! signature alone proves the file is unchanged, not who sealed it. What proves who sealed it
//! is the certificate's fingerprint (its SHA-256), which the transition manager can publish
//! or read aloud. A key is *her own* (this laptop's signing key), *trusted* (a fingerprint
//! she added here, with a name), or *unknown*; only the first two make a PDF read as valid.
//!
//! The list stays on this laptop: it is not carried by a `.mandat` file (see
//! `transfer::sql::EXCLUDED`), and it is in every backup, which copies the whole database.

pub mod sql;

use crate::clock::now;
use crate::error::{Error, Invalid, Result};
use crate::store::{Read, Store};
use crate::validate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const NAME_MAX: usize = 120;

/// A sealing key she trusts, besides her own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrustedKey {
    /// SHA-256 of the sealing certificate, in groups of four hex digits ([`grouped`]).
    pub fingerprint: String,
    /// Who holds that key, in her words.
    pub name: String,
    /// RFC 3339, UTC.
    pub added_at: String,
}

/// Who sealed a PDF, as far as this laptop knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Sealer {
    /// This laptop's own signing key.
    Own,
    /// A key she marked trusted.
    Trusted,
    /// A key this laptop does not know: the file may be unchanged, but anyone could have
    /// sealed it.
    Unknown,
}

/// `text` as 64 upper-case hex digits, whatever separators it was typed with (spaces,
/// colons, dashes); `None` when it is not a SHA-256.
pub fn normalize(text: &str) -> Option<String> {
    let mut out = String::with_capacity(64);
    for c in text.chars() {
        if c.is_ascii_hexdigit() {
            out.push(c.to_ascii_uppercase());
        } else if !(c.is_whitespace() || c == ':' || c == '-') {
            return None;
        }
        if out.len() > 64 {
            return None;
        }
    }
    (out.len() == 64).then_some(out)
}

/// A fingerprint as a person reads it aloud: groups of four hex digits, eight per half
/// (`3A7F 910C … `). Text that is not a fingerprint is returned unchanged.
pub fn grouped(fingerprint: &str) -> String {
    let Some(hex) = normalize(fingerprint) else {
        return fingerprint.to_owned();
    };
    hex.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ")
}

fn fingerprint_field(text: &str) -> Result<String> {
    if text.trim().is_empty() {
        return Err(Error::invalid("fingerprint", Invalid::Required));
    }
    normalize(text).ok_or(Error::invalid("fingerprint", Invalid::Malformed))
}

/// The keys she trusts besides her own, by name.
pub fn list(store: &Store) -> Result<Vec<TrustedKey>> {
    store.read(sql::all)
}

/// Trusts the key with `fingerprint` (any grouping) under `name`; naming a key already
/// trusted renames it. Returns the whole list.
pub fn add(store: &Store, fingerprint: &str, name: &str) -> Result<Vec<TrustedKey>> {
    let fingerprint = fingerprint_field(fingerprint)?;
    let name = validate::required("name", name, NAME_MAX)?;
    store.write(|w| {
        sql::put(w, &fingerprint, &name, &now())?;
        sql::all(&w.as_read())
    })
}

/// No longer trusts `fingerprint`. Returns the whole list; a key that was not in it is a
/// `fingerprint` error, so a typo is not taken for a removal.
pub fn remove(store: &Store, fingerprint: &str) -> Result<Vec<TrustedKey>> {
    let fingerprint = fingerprint_field(fingerprint)?;
    store.write(|w| {
        if !sql::delete(w, &fingerprint)? {
            return Err(Error::invalid("fingerprint", Invalid::Malformed));
        }
        sql::all(&w.as_read())
    })
}

/// Who holds the key with `fingerprint`, here: her own key, a trusted one (with the name she
/// gave it), or unknown.
pub fn judge(r: &Read, fingerprint: &str) -> Result<(Sealer, String)> {
    let Some(hex) = normalize(fingerprint) else {
        return Ok((Sealer::Unknown, String::new()));
    };
    if let Some(own) = crate::signing::own_fingerprint(r)? {
        if normalize(&own).as_deref() == Some(hex.as_str()) {
            return Ok((Sealer::Own, String::new()));
        }
    }
    Ok(match sql::name_of(r, &hex)? {
        Some(name) => (Sealer::Trusted, name),
        None => (Sealer::Unknown, String::new()),
    })
}

#[cfg(test)]
mod tests;
