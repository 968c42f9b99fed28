//! Moving a mission to another laptop: a passphrase-protected `.mandat` file.

use crate::vault::Vault;
use mandat_core::transfer::{self, ImportMode, ImportPreview};
use mandat_core::Result;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::State;

#[tauri::command(async)]
pub fn transfer_export(
    vault: State<Arc<Vault>>,
    mission_id: i64,
    passphrase: String,
    path: PathBuf,
) -> Result<()> {
    transfer::export_file(&*vault.store()?, mission_id, &passphrase, &path)
}

#[tauri::command(async)]
pub fn transfer_preview(
    vault: State<Arc<Vault>>,
    path: PathBuf,
    passphrase: String,
) -> Result<ImportPreview> {
    transfer::preview(&*vault.store()?, &transfer::read(&path)?, &passphrase)
}

#[tauri::command(async)]
pub fn transfer_import(
    vault: State<Arc<Vault>>,
    path: PathBuf,
    passphrase: String,
    mode: ImportMode,
) -> Result<i64> {
    transfer::import(&*vault.store()?, &transfer::read(&path)?, &passphrase, mode)
}
