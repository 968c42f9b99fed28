//! A file the window names — picked in a native dialog, or made up by a web view that was
//! tricked into calling a command. The desktop shell passes every path from the window
//! through [`for_reading`] or [`for_writing`] before a command touches it, so that whatever
//! the web view sends, Rust only ever:
//!
//! - reads a regular file (not a folder, a FIFO or a device) of the kind the command expects
//!   (its extension), no larger than that kind can be, outside the data folder;
//! - writes a file of the expected kind outside the data folder, and replaces an existing file
//!   only when it already is one of that kind (its first bytes say so): a PDF export cannot be
//!   renamed over the database, the key file, a backup, or a document of another kind.
//!
//! The data folder is compared after resolving symbolic links and `..`, on the folder that
//! will hold the file (the file itself may not exist yet). Backups are restored by their name
//! in the backups folder, never by a path ([`crate::backup::restore_listed`]).
//!
//! The command line is not gated: its user types the paths herself, in her own shell.

use crate::error::{Error, Result};
use serde::Serialize;
use std::path::{Component, Path, PathBuf};
use ts_rs::TS;

/// The kinds of file the window may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A charter or a person's copy, typeset.
    Pdf,
    /// A person's copy, as data.
    Json,
    /// The register of people, as a spreadsheet.
    Csv,
    /// A mission moved between laptops.
    Mandat,
    /// An organisation's signing key (PKCS#12).
    KeyFile,
    /// A copy of a backup, made for a USB stick.
    Backup,
    /// The brief as plain text, for an e-mail.
    Text,
    /// The brief as a web page, for the intranet.
    Html,
}

impl FileKind {
    /// The extensions accepted (compared without case).
    fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Json => &["json"],
            FileKind::Csv => &["csv", "txt"],
            FileKind::Mandat => &["mandat"],
            FileKind::KeyFile => &["p12", "pfx"],
            FileKind::Backup => &["sqlite3"],
            FileKind::Text => &["txt"],
            FileKind::Html => &["html", "htm"],
        }
    }

    /// The largest file of this kind Mandat reads. A `.mandat` file holds a whole mission
    /// with its drawn signatures; a register of 5,000 people is a few megabytes.
    pub fn max_read(self) -> u64 {
        const MB: u64 = 1024 * 1024;
        match self {
            FileKind::Pdf => 64 * MB,
            FileKind::Json => 64 * MB,
            FileKind::Csv => 32 * MB,
            FileKind::Mandat => 256 * MB,
            FileKind::KeyFile => MB,
            FileKind::Backup => 1024 * MB,
            FileKind::Text | FileKind::Html => 8 * MB,
        }
    }

    /// Whether `start`, the first bytes of an existing file, make it one of this kind, so
    /// that writing over it replaces like with like.
    fn is_kind_of(self, start: &[u8]) -> bool {
        let text = || {
            std::str::from_utf8(start)
                .map(str::trim_start)
                .unwrap_or_default()
        };
        match self {
            FileKind::Pdf => start.starts_with(b"%PDF-"),
            FileKind::Json => text().starts_with('{') || text().starts_with('['),
            // A spreadsheet has no signature: any text file that is not something else.
            FileKind::Csv => std::str::from_utf8(start).is_ok() && !start.starts_with(b"%PDF-"),
            FileKind::Mandat => start.starts_with(b"MANDAT-EXPORT/"),
            // A DER sequence.
            FileKind::KeyFile => start.first() == Some(&0x30),
            // Encrypted pages look random: only an empty file is certainly not a backup.
            FileKind::Backup => !start.is_empty() && !start.starts_with(b"SQLite format 3\0"),
            FileKind::Text => {
                std::str::from_utf8(start).is_ok()
                    && !start.starts_with(b"%PDF-")
                    && !start.starts_with(b"MANDAT-EXPORT/")
            }
            FileKind::Html => {
                let start = text().to_ascii_lowercase();
                start.starts_with("<!doctype html") || start.starts_with("<html")
            }
        }
    }
}

/// Why a path from the window was refused; the UI words each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PathRefusal {
    /// Not a full path (`/home/…`): a relative one would depend on where the app started.
    NotAbsolute,
    /// Not the extension the command expects.
    WrongKind,
    /// Inside Mandat's own data folder (the database, its key, the backups).
    InsideDataFolder,
    /// A folder, a FIFO, a device: not a regular file.
    NotAFile,
    /// Larger than a file of its kind can be.
    TooLarge,
    /// An existing file of another kind would be replaced.
    WouldReplace,
    /// Not the name of one of the backups in the backups folder.
    NotListed,
}

impl PathRefusal {
    pub fn code(self) -> &'static str {
        match self {
            PathRefusal::NotAbsolute => "not_absolute",
            PathRefusal::WrongKind => "wrong_kind",
            PathRefusal::InsideDataFolder => "inside_data_folder",
            PathRefusal::NotAFile => "not_a_file",
            PathRefusal::TooLarge => "too_large",
            PathRefusal::WouldReplace => "would_replace",
            PathRefusal::NotListed => "not_listed",
        }
    }

    /// In English, for the log and the command line.
    pub fn describe(self) -> &'static str {
        match self {
            PathRefusal::NotAbsolute => "is not a full path",
            PathRefusal::WrongKind => "is not a file of the kind expected here",
            PathRefusal::InsideDataFolder => "is inside Mandat's data folder",
            PathRefusal::NotAFile => "is not a regular file",
            PathRefusal::TooLarge => "is larger than a file of its kind can be",
            PathRefusal::WouldReplace => "would replace a file of another kind",
            PathRefusal::NotListed => "is not one of the backups",
        }
    }
}

fn refuse(path: &Path, reason: PathRefusal) -> Error {
    Error::RefusedPath {
        path: path.to_owned(),
        reason,
    }
}

fn check_form(path: &Path, kind: FileKind) -> Result<()> {
    if !path.is_absolute() || path.components().any(|c| c == Component::ParentDir) {
        return Err(refuse(path, PathRefusal::NotAbsolute));
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if !ext.is_some_and(|e| kind.extensions().contains(&e.as_str())) {
        return Err(refuse(path, PathRefusal::WrongKind));
    }
    Ok(())
}

/// `dir` resolved, or as given when it cannot be (it does not exist: nothing of Mandat's is
/// in it then).
fn resolved(dir: &Path) -> PathBuf {
    std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned())
}

fn outside(data_dir: &Path, resolved_path: &Path, path: &Path) -> Result<()> {
    if resolved_path.starts_with(resolved(data_dir)) {
        return Err(refuse(path, PathRefusal::InsideDataFolder));
    }
    Ok(())
}

/// `path` from the window, allowed to be read as a file of `kind`.
pub fn for_reading(data_dir: &Path, path: &Path, kind: FileKind) -> Result<PathBuf> {
    check_form(path, kind)?;
    let file_error = |source| Error::File {
        action: "read",
        path: path.to_owned(),
        source,
    };
    let real = std::fs::canonicalize(path).map_err(file_error)?;
    outside(data_dir, &real, path)?;
    let meta = std::fs::metadata(&real).map_err(file_error)?;
    if !meta.is_file() {
        return Err(refuse(path, PathRefusal::NotAFile));
    }
    if meta.len() > kind.max_read() {
        return Err(refuse(path, PathRefusal::TooLarge));
    }
    Ok(real)
}

/// `path` from the window, allowed to be written (created, or replaced) as a file of `kind`.
pub fn for_writing(data_dir: &Path, path: &Path, kind: FileKind) -> Result<PathBuf> {
    check_form(path, kind)?;
    let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
        return Err(refuse(path, PathRefusal::NotAbsolute));
    };
    let real = resolved(parent).join(name);
    outside(data_dir, &real, path)?;
    // What is there now, following a symbolic link to where the write would land.
    match std::fs::metadata(&real) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A dangling link would be followed to a place never checked.
            if std::fs::symlink_metadata(&real).is_ok() {
                return Err(refuse(path, PathRefusal::NotAFile));
            }
        }
        Err(source) => {
            return Err(Error::File {
                action: "inspect",
                path: path.to_owned(),
                source,
            })
        }
        Ok(meta) if !meta.is_file() => return Err(refuse(path, PathRefusal::NotAFile)),
        Ok(_) => {
            let target = std::fs::canonicalize(&real).unwrap_or_else(|_| real.clone());
            outside(data_dir, &target, path)?;
            if !kind.is_kind_of(&first_bytes(&target)?) {
                return Err(refuse(path, PathRefusal::WouldReplace));
            }
            return Ok(target);
        }
    }
    Ok(real)
}

/// A charter export whose PDF path passed [`for_writing`].
pub fn export_request(
    data_dir: &Path,
    request: crate::document::ExportRequest,
) -> Result<crate::document::ExportRequest> {
    let path = for_writing(data_dir, Path::new(&request.path), FileKind::Pdf)?;
    Ok(crate::document::ExportRequest {
        path: path.to_string_lossy().into_owned(),
        ..request
    })
}

fn first_bytes(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut start = Vec::with_capacity(64);
    std::fs::File::open(path)
        .and_then(|f| f.take(64).read_to_end(&mut start))
        .map_err(|source| Error::File {
            action: "read",
            path: path.to_owned(),
            source,
        })?;
    // A text file cut in the middle of a character is still text.
    if let Err(e) = std::str::from_utf8(&start) {
        if e.error_len().is_none() {
            start.truncate(e.valid_up_to());
        }
    }
    Ok(start)
}

#[cfg(test)]
mod tests;
