//! What the app settles before its window opens: where the data lives (its lock is
//! `mandat_core::data_dir::lock`, which the CLI takes too), and when start-up began (for the
//! start-up benchmark).

use clap::Parser;
use std::path::PathBuf;
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
