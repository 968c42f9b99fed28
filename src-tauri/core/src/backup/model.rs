//! The shapes of backups, as the UI and the CLI see them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupReason {
    /// When Mandat started.
    Launch,
    /// Before the database's schema was upgraded.
    Migration,
    /// Once a day while Mandat stays open.
    Daily,
    /// Asked for.
    Manual,
    /// The database as it was just before a restore replaced it.
    BeforeRestore,
}

/// What a backup holds, read from the backup itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupSummary {
    pub missions: u32,
    /// The clients and titles of the missions, as "client — title".
    pub mission_names: Vec<String>,
    pub charter_versions: u32,
    pub signatures: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// The file's name in the backups folder (what restore takes).
    pub file: String,
    pub path: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub reason: BackupReason,
    pub bytes: u64,
    /// `None` when the file cannot be read as a sound Mandat database.
    pub summary: Option<BackupSummary>,
    /// Why pruning keeps it, as listed (`backup::retention`); `None` outside a listing.
    pub kept: Option<Kept>,
}

/// Why a backup is kept: among the newest, the newest of its day, or of its week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Kept {
    Recent,
    Daily,
    Weekly,
}

impl BackupReason {
    pub const ALL: [BackupReason; 5] = [
        BackupReason::Launch,
        BackupReason::Migration,
        BackupReason::Daily,
        BackupReason::Manual,
        BackupReason::BeforeRestore,
    ];

    pub fn code(self) -> &'static str {
        match self {
            BackupReason::Launch => "launch",
            BackupReason::Migration => "migration",
            BackupReason::Daily => "daily",
            BackupReason::Manual => "manual",
            BackupReason::BeforeRestore => "before-restore",
        }
    }

    pub fn from_code(code: &str) -> Option<BackupReason> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// What a purge of the backups did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PurgeReport {
    /// The erased people the backups were purged of.
    pub people: u32,
    /// Backups rewritten without them (those that held none are left as they are).
    pub backups_rewritten: u32,
    /// Rows removed from those backups, over every table that names a person.
    pub rows_removed: u32,
    /// Backups that could not be read (damaged, or under another key), left as they are.
    pub unreadable: u32,
}

/// The erasures whose backups are still to be purged, and the backups that hold them: what
/// the window offers to purge after an erasure.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PendingPurge {
    /// How many erased people some backup may still hold.
    pub people: u32,
    /// The backups holding at least one of them, newest first.
    pub backups: Vec<BackupInfo>,
}
