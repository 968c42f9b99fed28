//! Preferences of this installation: the UI language and the mission opened last.
//!
//! Kept in the database rather than in the web view's storage so that they travel with the
//! data directory and the CLI can read them.

use crate::error::Result;
use crate::mission::Language;
use crate::store::Store;
use sql as rows;

pub(crate) mod sql;
pub mod system_language;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The UI language; `None` until chosen, when the UI follows the system locale.
    pub language: Option<Language>,
    /// The mission to open at start-up.
    pub last_mission: Option<i64>,
    /// Lock the window after this many idle minutes (1 to 240); `None`: the default, 10.
    #[serde(default)]
    pub lock_after_minutes: Option<u32>,
}

/// Idle minutes before the window locks, when not chosen.
pub const DEFAULT_LOCK_MINUTES: u32 = 10;

pub fn get(store: &Store) -> Result<Settings> {
    store.read(rows::get)
}

/// Saves every preference at once and returns them as stored.
pub fn set(store: &Store, settings: &Settings) -> Result<Settings> {
    if settings
        .lock_after_minutes
        .is_some_and(|m| !(1..=240).contains(&m))
    {
        return Err(crate::error::Error::invalid(
            "lockAfterMinutes",
            crate::error::Invalid::Amount,
        ));
    }
    store.write(|w| {
        rows::put(w, settings)?;
        rows::get(&w.as_read())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::temp_store;

    #[test]
    fn settings_round_trip_and_start_empty() {
        let (dir, store) = temp_store();
        assert_eq!(get(&store).unwrap(), Settings::default());
        let chosen = Settings {
            language: Some(Language::En),
            last_mission: Some(7),
            lock_after_minutes: Some(5),
        };
        assert_eq!(set(&store, &chosen).unwrap(), chosen);
        drop(store);
        let store = Store::open(dir.path(), &crate::store::tests::key()).unwrap();
        assert_eq!(get(&store).unwrap(), chosen);
        assert_eq!(
            set(&store, &Settings::default()).unwrap(),
            Settings::default()
        );
    }
}
