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
