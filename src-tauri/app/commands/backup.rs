//! Backups: the list, one now, and restoring one into the open database.

use crate::vault::Vault;
use mandat_core::backup::{self, BackupInfo, BackupReason};
use mandat_core::Result;
use std::sync::Arc;
use tauri::State;

#[tauri::command(async)]
pub fn backup_list(vault: State<Arc<Vault>>) -> Result<Vec<BackupInfo>> {
    backup::all(&*vault.store()?)
}

#[tauri::command(async)]
pub fn backup_create(vault: State<Arc<Vault>>) -> Result<BackupInfo> {
    backup::create(&*vault.store()?, BackupReason::Manual)
}

#[tauri::command(async)]
pub fn backup_restore(vault: State<Arc<Vault>>, file: String) -> Result<BackupInfo> {
    backup::restore(&*vault.store()?, &file)
}
