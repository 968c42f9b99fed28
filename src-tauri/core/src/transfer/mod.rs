//! Moving one mission to another laptop: a single `.mandat` file, encrypted with a passphrase
//! chosen for the file (XChaCha20-Poly1305, key by Argon2id as for the database), holding the
//! mission and everything that hangs from it — charter versions, clauses, comments, signatures,
//! audiences and announcements, the register of people. (The signing key never leaves its
//! laptop; the wellbeing notes only travel when she asks, see [`ExportOptions`].)
//!
//! The file: `MANDAT-EXPORT/1\n`, a JSON header (salt, parameters, check value, nonce) ending in
//! `\n`, then the ciphertext; the header is authenticated with the content. The reader takes
//! any bytes and answers with an error, never a panic, and refuses parameters that would make
//! the derivation unreasonably costly.
//!
//! The rows travel as they are stored (column → value), so a file follows the schema as it
//! grows; ids are renumbered on import. A file from a newer schema is refused.

mod check;
mod model;
pub(crate) mod sql;

pub use model::*;

use crate::error::{Error, Result};
use crate::schema;
use crate::store::Store;
use crate::vault::key::{self, KeyFile};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use sql as rows;
use std::path::Path;

const MAGIC: &[u8] = b"MANDAT-EXPORT/1\n";
const FORMAT: &str = "mandat-mission/1";
const HEADER_MAX: usize = 4096;

/// The largest `.mandat` file read: a mission with thousands of people and years of notes is
/// a few megabytes. Larger files are refused before they are read.
pub const FILE_MAX: u64 = 64 * 1024 * 1024;

/// The Argon2id parameters a file may ask for. Mandat writes 64 MiB, 3 passes, 1 lane
/// (`vault::key`); these leave room for a future Mandat that asks for more, but a file from
/// elsewhere cannot make the derivation take gigabytes or minutes before the passphrase is
/// even checked.
const ARGON2_MEMORY_KIB_MAX: u32 = 256 * 1024;
const ARGON2_ITERATIONS_MAX: u32 = 4;
const ARGON2_PARALLELISM_MAX: u32 = 4;

#[derive(Serialize, Deserialize)]
struct Header {
    key: KeyFile,
    /// Hex, 24 bytes.
    nonce: String,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct Contents {
    format: String,
    schema: usize,
    exported_at: String,
    pub(crate) tables: rows::Tables,
}

fn not_a_file(why: &str) -> Error {
    Error::MissionFile {
        problem: why.to_owned(),
    }
}

/// The mission `mission_id` as a `.mandat` file's bytes, encrypted with `passphrase`; the
/// wellbeing notes stay out (see [`export_with`]).
pub fn export(store: &Store, mission_id: i64, passphrase: &str) -> Result<Vec<u8>> {
    export_with(store, mission_id, passphrase, &ExportOptions::default())
}

/// [`export`], with the wellbeing notes when `options` asks for them.
pub fn export_with(
    store: &Store,
    mission_id: i64,
    passphrase: &str,
    options: &ExportOptions,
) -> Result<Vec<u8>> {
    if passphrase.chars().count() < crate::vault::MIN_LENGTH {
        return Err(Error::invalid(
            "passphrase",
            crate::error::Invalid::TooShort {
                min: crate::vault::MIN_LENGTH,
            },
        ));
    }
    let tables = store.read(|r| rows::export(r, mission_id, options.include_wellbeing))?;
    let contents = Contents {
        format: FORMAT.into(),
        schema: schema::latest(),
        exported_at: crate::clock::now(),
        tables,
    };
    seal_contents(&contents, passphrase)
}

/// `contents` encrypted with `passphrase`, as a `.mandat` file's bytes.
fn seal_contents(contents: &Contents, passphrase: &str) -> Result<Vec<u8>> {
    let plain = zeroize::Zeroizing::new(serde_json::to_vec(contents).expect("plain data"));
    let (key, file) = key::new(passphrase)?;
    let mut nonce = [0u8; 24];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut nonce);
    let header = serde_json::to_vec(&Header {
        key: file,
        nonce: hex::encode(nonce),
    })
    .expect("plain data");
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&header);
    out.push(b'\n');
    let aad = out.clone();
    let cipher = XChaCha20Poly1305::new(key.bytes().into());
    let sealed = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &plain,
                aad: &aad,
            },
        )
        .map_err(|_| Error::Encryption)?;
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// [`export`] to a file.
pub fn export_file(store: &Store, mission_id: i64, passphrase: &str, path: &Path) -> Result<()> {
    export_file_with(
        store,
        mission_id,
        passphrase,
        path,
        &ExportOptions::default(),
    )
}

/// [`export_with`] to a file.
pub fn export_file_with(
    store: &Store,
    mission_id: i64,
    passphrase: &str,
    path: &Path,
    options: &ExportOptions,
) -> Result<()> {
    let bytes = export_with(store, mission_id, passphrase, options)?;
    crate::atomic_file::write(path, &bytes)
}

/// Opens a `.mandat` file's bytes with `passphrase`. Never panics, whatever the bytes.
pub(crate) fn open(bytes: &[u8], passphrase: &str) -> Result<Contents> {
    if bytes.len() as u64 > FILE_MAX {
        return Err(not_a_file(&format!(
            "{} bytes, over the {} MiB a mission file may hold",
            bytes.len(),
            FILE_MAX / (1024 * 1024)
        )));
    }
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or_else(|| not_a_file("no Mandat header"))?;
    let end = rest
        .iter()
        .take(HEADER_MAX)
        .position(|&b| b == b'\n')
        .ok_or_else(|| not_a_file("header"))?;
    let header: Header = serde_json::from_slice(&rest[..end]).map_err(|_| not_a_file("header"))?;
    if !key::reasonable(&header.key) {
        return Err(not_a_file("key parameters"));
    }
    let k = &header.key;
    for (what, value, max) in [
        ("memory (KiB)", k.memory_kib, ARGON2_MEMORY_KIB_MAX),
        ("iterations", k.iterations, ARGON2_ITERATIONS_MAX),
        ("parallelism", k.parallelism, ARGON2_PARALLELISM_MAX),
    ] {
        if value > max {
            return Err(not_a_file(&format!(
                "key parameters: Argon2 {what} {value}, over the {max} Mandat accepts"
            )));
        }
    }
    let nonce = hex::decode(&header.nonce).unwrap_or_default();
    if nonce.len() != 24 {
        return Err(not_a_file("nonce"));
    }
    let key = key::open(passphrase, &header.key)?;
    let aad = &bytes[..MAGIC.len() + end + 1];
    let sealed = &rest[end + 1..];
    let cipher = XChaCha20Poly1305::new(key.bytes().into());
    let plain = zeroize::Zeroizing::new(
        cipher
            .decrypt(XNonce::from_slice(&nonce), Payload { msg: sealed, aad })
            .map_err(|_| not_a_file("damaged or altered"))?,
    );
    let contents: Contents = serde_json::from_slice(&plain).map_err(|_| not_a_file("contents"))?;
    if contents.format != FORMAT {
        return Err(not_a_file("format"));
    }
    if contents.schema > schema::latest() {
        return Err(Error::NewerDatabase {
            found: contents.schema,
            known: schema::latest(),
        });
    }
    Ok(contents)
}

/// What the file holds, and whether the mission exists here already.
pub fn preview(store: &Store, bytes: &[u8], passphrase: &str) -> Result<ImportPreview> {
    let contents = open(bytes, passphrase)?;
    // A file whose rows would be refused is refused here already, before she is asked.
    check::rows(&contents.tables)?;
    let mut preview = rows::preview(&contents.tables).ok_or_else(|| not_a_file("no mission"))?;
    preview.exported_at = contents.exported_at;
    preview.existing = store.read(|r| rows::find(r, &preview.client, &preview.title))?;
    Ok(preview)
}

/// Imports the file's mission; with `Replace`, the mission of the same client and title here
/// is deleted first (in the same transaction). Returns the new mission's id.
///
/// Every row is checked as typed input is before anything is written, and the mission is
/// read back as the window reads it before the transaction commits: a refused file writes
/// nothing. Signatures keep their drawings, names and times, and are marked as received now
/// (see `document::render`: this laptop's key never seals a version it did not witness).
pub fn import(store: &Store, bytes: &[u8], passphrase: &str, mode: ImportMode) -> Result<i64> {
    import_from(store, bytes, passphrase, mode, "")
}

/// [`import`] of the file named `from` (its name only: the signatures say which file they
/// came in).
pub fn import_from(
    store: &Store,
    bytes: &[u8],
    passphrase: &str,
    mode: ImportMode,
    from: &str,
) -> Result<i64> {
    let contents = open(bytes, passphrase)?;
    import_tables(store, &contents.tables, mode, from)
}

/// [`import`] once the file is open: its rows checked, written in one transaction and read
/// back, or nothing written.
fn import_tables(
    store: &Store,
    tables: &rows::Tables,
    mode: ImportMode,
    from: &str,
) -> Result<i64> {
    let preview = rows::preview(tables).ok_or_else(|| not_a_file("no mission"))?;
    check::rows(tables)?;
    store.write(|w| {
        if mode == ImportMode::Replace {
            if let Some(id) = rows::find(&w.as_read(), &preview.client, &preview.title)? {
                rows::delete_mission(w, id)?;
            }
        }
        let id = rows::import(w, tables)?;
        crate::signing::sql::mark_received(w, id, &crate::clock::now(), from)?;
        check::readable(&w.as_read(), id)?;
        Ok(id)
    })
}

/// A file's name without its folder, as the signatures it brought record it (no machine path
/// is kept).
pub fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads a file for [`preview`] / [`import`], refusing one over [`FILE_MAX`].
pub fn read(path: &Path) -> Result<Vec<u8>> {
    read_limited(path, FILE_MAX)
}

/// Reads `path` whole when it is a regular file of at most `max` bytes; refuses anything else
/// (a FIFO, a device, a folder: reading those could block or never end) before reading.
pub fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>> {
    use std::io::Read as _;
    let refuse = |why: String| Error::File {
        action: "read",
        path: path.to_owned(),
        source: std::io::Error::other(why),
    };
    let failed = |source| Error::File {
        action: "read",
        path: path.to_owned(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(failed)?;
    if !meta.is_file() {
        return Err(refuse("not a regular file".into()));
    }
    let too_big = |len: u64| {
        refuse(format!(
            "{len} bytes, over the {} MiB limit",
            max / (1024 * 1024)
        ))
    };
    if meta.len() > max {
        return Err(too_big(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(failed)?;
    // The file may have been swapped or grown since: never read more than the limit.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(max + 1).read_to_end(&mut bytes).map_err(failed)?;
    if bytes.len() as u64 > max {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod mutations;
#[cfg(test)]
mod tests;
