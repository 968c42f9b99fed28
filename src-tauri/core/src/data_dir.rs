//! Where the database lives.
//!
//! The app and the CLI resolve it the same way, so `mandat-cli` sees what the window saved:
//! `--data-dir DIR`, else `MANDAT_DATA_DIR`, else the platform's application data directory
//! (`$XDG_DATA_HOME/<identifier>` on Linux: the same folder Tauri's `app_data_dir` names).
//! Tests and a portable USB-stick setup use the first two.

use std::path::PathBuf;

/// The application identifier, as in `tauri.conf.json`.
pub const APP_IDENTIFIER: &str = "org.mandat.desk";

/// The variable that overrides the default data directory.
pub const DATA_DIR_VAR: &str = "MANDAT_DATA_DIR";

/// The data directory: `explicit` if given, else `MANDAT_DATA_DIR` if set and not empty, else
/// the platform default. `None` only when the platform has no notion of a data directory.
pub fn resolve(explicit: Option<PathBuf>) -> Option<PathBuf> {
    explicit
        .or_else(|| {
            std::env::var_os(DATA_DIR_VAR)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(|| dirs::data_dir().map(|d| d.join(APP_IDENTIFIER)))
}

/// An exclusive lock on the data directory, held for as long as the value lives: two
/// processes writing one database (two windows, or `mandat-cli restore` under a running
/// window) would each work on data the other is replacing. The desktop app holds it for its
/// whole life; the CLI for the length of one command.
#[derive(Debug)]
pub struct Lock(#[allow(dead_code)] std::fs::File);

/// The lock file, beside the database.
pub const LOCK_FILE: &str = "mandat.lock";

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another Mandat already uses {}; close it first", .0.display())]
    InUse(PathBuf),
    #[error("cannot lock the data folder {}: {}", .0.display(), .1)]
    Io(PathBuf, std::io::Error),
}

/// Takes the data directory's lock (creating the folder if needed), or says who holds it.
pub fn lock(data_dir: &std::path::Path) -> Result<Lock, LockError> {
    let failed = |e| LockError::Io(data_dir.to_owned(), e);
    std::fs::create_dir_all(data_dir).map_err(failed)?;
    let file = std::fs::File::create(data_dir.join(LOCK_FILE)).map_err(failed)?;
    match file.try_lock() {
        Ok(()) => Ok(Lock(file)),
        Err(std::fs::TryLockError::WouldBlock) => Err(LockError::InUse(data_dir.to_owned())),
        Err(std::fs::TryLockError::Error(e)) => Err(failed(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_and_free_again_once_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path()).unwrap();
        assert!(matches!(lock(dir.path()), Err(LockError::InUse(_))));
        drop(held);
        assert!(lock(dir.path()).is_ok());
    }
}
