//! Audiences and the announcements of the mandate.

use crate::vault::Vault;
use mandat_core::announcement::{self, AnnouncementInput, Board};
use mandat_core::Result;
use std::sync::Arc;
use tauri::State;

#[tauri::command(async)]
pub fn announcement_board(vault: State<Arc<Vault>>, mission_id: i64) -> Result<Board> {
    announcement::board(&*vault.store()?, mission_id)
}

#[tauri::command(async)]
pub fn announcement_add(vault: State<Arc<Vault>>, input: AnnouncementInput) -> Result<Board> {
    announcement::announce(&*vault.store()?, &input)
}

#[tauri::command(async)]
pub fn audience_add(vault: State<Arc<Vault>>, mission_id: i64, name: String) -> Result<Board> {
    announcement::add_audience(&*vault.store()?, mission_id, &name)
}

#[tauri::command(async)]
pub fn audience_rename(vault: State<Arc<Vault>>, audience_id: i64, name: String) -> Result<Board> {
    announcement::rename_audience(&*vault.store()?, audience_id, &name)
}

#[tauri::command(async)]
pub fn audience_remove(vault: State<Arc<Vault>>, audience_id: i64) -> Result<Board> {
    announcement::remove_audience(&*vault.store()?, audience_id)
}
