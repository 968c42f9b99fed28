//! Missions and settings.

use crate::vault::Vault;
use mandat_core::mission::{self, Mission, MissionDraft, MissionStatus, MissionSummary};
use mandat_core::settings::{self, Settings};
use mandat_core::Result;
use std::sync::Arc;
use tauri::State;

#[tauri::command(async)]
pub fn mission_list(vault: State<Arc<Vault>>) -> Result<Vec<MissionSummary>> {
    mission::list(&*vault.store()?)
}

#[tauri::command(async)]
pub fn mission_get(vault: State<Arc<Vault>>, id: i64) -> Result<Mission> {
    mission::get(&*vault.store()?, id)
}

#[tauri::command(async)]
pub fn mission_create(vault: State<Arc<Vault>>, draft: MissionDraft) -> Result<Mission> {
    mission::create(&*vault.store()?, &draft)
}

#[tauri::command(async)]
pub fn mission_update(vault: State<Arc<Vault>>, id: i64, draft: MissionDraft) -> Result<Mission> {
    mission::update(&*vault.store()?, id, &draft)
}

#[tauri::command(async)]
pub fn mission_set_status(
    vault: State<Arc<Vault>>,
    id: i64,
    status: MissionStatus,
) -> Result<Mission> {
    mission::set_status(&*vault.store()?, id, status)
}

#[tauri::command(async)]
pub fn settings_get(vault: State<Arc<Vault>>) -> Result<Settings> {
    settings::get(&*vault.store()?)
}

#[tauri::command(async)]
pub fn settings_set(vault: State<Arc<Vault>>, settings: Settings) -> Result<Settings> {
    settings::set(&*vault.store()?, &settings)
}
