//! Missions and settings.

use mandat_core::mission::{self, Mission, MissionDraft, MissionStatus, MissionSummary};
use mandat_core::settings::{self, Settings};
use mandat_core::{Result, Store};
use tauri::State;

#[tauri::command(async)]
pub fn mission_list(store: State<Store>) -> Result<Vec<MissionSummary>> {
    mission::list(&store)
}

#[tauri::command(async)]
pub fn mission_get(store: State<Store>, id: i64) -> Result<Mission> {
    mission::get(&store, id)
}

#[tauri::command(async)]
pub fn mission_create(store: State<Store>, draft: MissionDraft) -> Result<Mission> {
    mission::create(&store, &draft)
}

#[tauri::command(async)]
pub fn mission_update(store: State<Store>, id: i64, draft: MissionDraft) -> Result<Mission> {
    mission::update(&store, id, &draft)
}

#[tauri::command(async)]
pub fn mission_set_status(store: State<Store>, id: i64, status: MissionStatus) -> Result<Mission> {
    mission::set_status(&store, id, status)
}

#[tauri::command(async)]
pub fn settings_get(store: State<Store>) -> Result<Settings> {
    settings::get(&store)
}

#[tauri::command(async)]
pub fn settings_set(store: State<Store>, settings: Settings) -> Result<Settings> {
    settings::set(&store, &settings)
}
