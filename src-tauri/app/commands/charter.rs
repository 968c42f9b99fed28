//! The charter and mandate: versions, clauses, review, decision, amendment, comparison.

use crate::vault::Vault;
use mandat_core::charter::{
    self, Author, Charter, ClauseInput, Comparison, DecisionInput, Review, Version,
};
use mandat_core::Result;
use std::sync::Arc;
use tauri::State;

#[tauri::command(async)]
pub fn charter_get(
    vault: State<Arc<Vault>>,
    mission_id: i64,
    number: Option<i64>,
) -> Result<Option<Charter>> {
    charter::get(&*vault.store()?, mission_id, number)
}

#[tauri::command(async)]
pub fn charter_versions(vault: State<Arc<Vault>>, mission_id: i64) -> Result<Vec<Version>> {
    charter::versions(&*vault.store()?, mission_id)
}

#[tauri::command(async)]
pub fn charter_start(vault: State<Arc<Vault>>, mission_id: i64) -> Result<Charter> {
    charter::start(&*vault.store()?, mission_id)
}

#[tauri::command(async)]
pub fn charter_submit(vault: State<Arc<Vault>>, version_id: i64) -> Result<Charter> {
    charter::submit(&*vault.store()?, version_id)
}

#[tauri::command(async)]
pub fn charter_decide(
    vault: State<Arc<Vault>>,
    version_id: i64,
    decision: DecisionInput,
) -> Result<Charter> {
    charter::decide(&*vault.store()?, version_id, &decision)
}

#[tauri::command(async)]
pub fn charter_amend(vault: State<Arc<Vault>>, mission_id: i64, reason: String) -> Result<Charter> {
    charter::amend(&*vault.store()?, mission_id, &reason)
}

#[tauri::command(async)]
pub fn charter_compare(
    vault: State<Arc<Vault>>,
    mission_id: i64,
    from: i64,
    to: i64,
) -> Result<Comparison> {
    charter::compare(&*vault.store()?, mission_id, from, to)
}

#[tauri::command(async)]
pub fn clause_add(
    vault: State<Arc<Vault>>,
    version_id: i64,
    input: ClauseInput,
) -> Result<Charter> {
    charter::add_clause(&*vault.store()?, version_id, &input)
}

#[tauri::command(async)]
pub fn clause_update(
    vault: State<Arc<Vault>>,
    version_id: i64,
    key: String,
    input: ClauseInput,
) -> Result<Charter> {
    charter::update_clause(&*vault.store()?, version_id, &key, &input)
}

#[tauri::command(async)]
pub fn clause_remove(vault: State<Arc<Vault>>, version_id: i64, key: String) -> Result<Charter> {
    charter::remove_clause(&*vault.store()?, version_id, &key)
}

#[tauri::command(async)]
pub fn clause_move(
    vault: State<Arc<Vault>>,
    version_id: i64,
    key: String,
    offset: i64,
) -> Result<Charter> {
    charter::move_clause(&*vault.store()?, version_id, &key, offset)
}

#[tauri::command(async)]
pub fn clause_review(
    vault: State<Arc<Vault>>,
    version_id: i64,
    key: String,
    review: Review,
) -> Result<Charter> {
    charter::review_clause(&*vault.store()?, version_id, &key, review)
}

#[tauri::command(async)]
pub fn clause_comment(
    vault: State<Arc<Vault>>,
    version_id: i64,
    key: String,
    author: Author,
    body: String,
) -> Result<Charter> {
    charter::comment(&*vault.store()?, version_id, &key, author, &body)
}
