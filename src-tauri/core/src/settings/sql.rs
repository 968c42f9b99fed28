//! SQL for settings: a small key/value table, one typed field per key.

use crate::error::Result;
use crate::mission::Language;
use crate::settings::Settings;
use crate::store::{Read, Write};
use rusqlite::OptionalExtension;

const LANGUAGE: &str = "language";
const LAST_MISSION: &str = "last_mission";
const LOCK_AFTER: &str = "lock_after_minutes";

pub fn get(r: &Read) -> Result<Settings> {
    Ok(Settings {
        language: value(r, LANGUAGE)?.as_deref().and_then(Language::from_code),
        last_mission: value(r, LAST_MISSION)?.and_then(|v| v.parse().ok()),
        lock_after_minutes: value(r, LOCK_AFTER)?.and_then(|v| v.parse().ok()),
    })
}

pub fn put(w: &Write, s: &Settings) -> Result<()> {
    store(w, LANGUAGE, s.language.map(|l| l.code().to_owned()))?;
    store(w, LAST_MISSION, s.last_mission.map(|id| id.to_string()))?;
    store(w, LOCK_AFTER, s.lock_after_minutes.map(|m| m.to_string()))
}

fn value(r: &Read, key: &str) -> Result<Option<String>> {
    Ok(r.conn()
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |row| row.get(0))
        .optional()?)
}

fn store(w: &Write, key: &str, value: Option<String>) -> Result<()> {
    match value {
        Some(v) => w.conn().execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, v),
        )?,
        None => w
            .conn()
            .execute("DELETE FROM settings WHERE key = ?1", [key])?,
    };
    Ok(())
}
