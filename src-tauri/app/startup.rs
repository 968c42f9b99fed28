//! What the app settles before its window opens: where the data lives, that no other Mandat
//! writes to it, and when start-up began (for the start-up benchmark).

use clap::Parser;
use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// Mandat, the desk of a transition CIO.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Args {
    /// Folder holding Mandat's database (default: the platform's application data folder).
    #[arg(long, value_name = "DIR", env = mandat_core::data_dir::DATA_DIR_VAR)]
    pub data_dir: Option<PathBuf>,
}

/// An exclusive lock on the data directory, held for the life of the process: two windows
/// writing one database would each show stale data to the other. The single-instance plugin
/// focuses the first window when D-Bus is there; this lock holds even when it is not.
pub struct DataDirLock(#[allow(dead_code)] File);

impl DataDirLock {
    pub fn acquire(data_dir: &Path) -> Result<DataDirLock, String> {
        std::fs::create_dir_all(data_dir)
            .map_err(|e| format!("cannot create the data folder {}: {e}", data_dir.display()))?;
        let path = data_dir.join("mandat.lock");
        let file = File::create(&path).map_err(|e| {
            format!(
                "cannot write in the data folder {}: {e}",
                data_dir.display()
            )
        })?;
        match file.try_lock() {
            Ok(()) => Ok(DataDirLock(file)),
            Err(TryLockError::WouldBlock) => Err(format!(
                "another Mandat window already uses {}; close it first",
                data_dir.display()
            )),
            Err(TryLockError::Error(e)) => Err(format!("cannot lock {}: {e}", path.display())),
        }
    }
}

/// When the process started; `app_ready` reports the time to an interactive first screen
/// once, on stderr, when `MANDAT_STARTUP_TRACE` is set (read by `make bench`).
pub struct Started {
    at: Instant,
    reported: AtomicBool,
}

impl Started {
    pub fn now() -> Started {
        Started {
            at: Instant::now(),
            reported: AtomicBool::new(false),
        }
    }

    pub fn report_interactive(&self) {
        if std::env::var_os("MANDAT_STARTUP_TRACE").is_some()
            && !self.reported.swap(true, Ordering::SeqCst)
        {
            eprintln!(
                "mandat: interactive after {} ms",
                self.at.elapsed().as_millis()
            );
        }
    }
}
