//! Audiences and the announcements of the mandate.

use mandat_core::announcement::{self, AnnouncementInput, Board};
use mandat_core::{Result, Store};
use tauri::State;

#[tauri::command(async)]
pub fn announcement_board(store: State<Store>, mission_id: i64) -> Result<Board> {
    announcement::board(&store, mission_id)
}

#[tauri::command(async)]
pub fn announcement_add(store: State<Store>, input: AnnouncementInput) -> Result<Board> {
    announcement::announce(&store, &input)
}

#[tauri::command(async)]
pub fn audience_add(store: State<Store>, mission_id: i64, name: String) -> Result<Board> {
    announcement::add_audience(&store, mission_id, &name)
}

#[tauri::command(async)]
pub fn audience_rename(store: State<Store>, audience_id: i64, name: String) -> Result<Board> {
    announcement::rename_audience(&store, audience_id, &name)
}

#[tauri::command(async)]
pub fn audience_remove(store: State<Store>, audience_id: i64) -> Result<Board> {
    announcement::remove_audience(&store, audience_id)
}
