//! Backups: the list, one now, and restoring one into the open database.

use mandat_core::backup::{self, BackupInfo, BackupReason};
use mandat_core::{Result, Store};
use tauri::State;

#[tauri::command(async)]
pub fn backup_list(store: State<Store>) -> Result<Vec<BackupInfo>> {
    backup::list(store.data_dir())
}

#[tauri::command(async)]
pub fn backup_create(store: State<Store>) -> Result<BackupInfo> {
    backup::create(&store, BackupReason::Manual)
}

#[tauri::command(async)]
pub fn backup_restore(store: State<Store>, file: String) -> Result<BackupInfo> {
    backup::restore(&store, &file)
}
