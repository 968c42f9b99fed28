//! The charter and mandate: versions, clauses, review, decision, amendment, comparison.

use mandat_core::charter::{
    self, Author, Charter, ClauseInput, Comparison, DecisionInput, Review, Version,
};
use mandat_core::{Result, Store};
use tauri::State;

#[tauri::command(async)]
pub fn charter_get(
    store: State<Store>,
    mission_id: i64,
    number: Option<i64>,
) -> Result<Option<Charter>> {
    charter::get(&store, mission_id, number)
}

#[tauri::command(async)]
pub fn charter_versions(store: State<Store>, mission_id: i64) -> Result<Vec<Version>> {
    charter::versions(&store, mission_id)
}

#[tauri::command(async)]
pub fn charter_start(store: State<Store>, mission_id: i64) -> Result<Charter> {
    charter::start(&store, mission_id)
}

#[tauri::command(async)]
pub fn charter_submit(store: State<Store>, version_id: i64) -> Result<Charter> {
    charter::submit(&store, version_id)
}

#[tauri::command(async)]
pub fn charter_decide(
    store: State<Store>,
    version_id: i64,
    decision: DecisionInput,
) -> Result<Charter> {
    charter::decide(&store, version_id, &decision)
}

#[tauri::command(async)]
pub fn charter_amend(store: State<Store>, mission_id: i64, reason: String) -> Result<Charter> {
    charter::amend(&store, mission_id, &reason)
}

#[tauri::command(async)]
pub fn charter_compare(
    store: State<Store>,
    mission_id: i64,
    from: i64,
    to: i64,
) -> Result<Comparison> {
    charter::compare(&store, mission_id, from, to)
}

#[tauri::command(async)]
pub fn clause_add(store: State<Store>, version_id: i64, input: ClauseInput) -> Result<Charter> {
    charter::add_clause(&store, version_id, &input)
}

#[tauri::command(async)]
pub fn clause_update(
    store: State<Store>,
    version_id: i64,
    key: String,
    input: ClauseInput,
) -> Result<Charter> {
    charter::update_clause(&store, version_id, &key, &input)
}

#[tauri::command(async)]
pub fn clause_remove(store: State<Store>, version_id: i64, key: String) -> Result<Charter> {
    charter::remove_clause(&store, version_id, &key)
}

#[tauri::command(async)]
pub fn clause_move(
    store: State<Store>,
    version_id: i64,
    key: String,
    offset: i64,
) -> Result<Charter> {
    charter::move_clause(&store, version_id, &key, offset)
}

#[tauri::command(async)]
pub fn clause_review(
    store: State<Store>,
    version_id: i64,
    key: String,
    review: Review,
) -> Result<Charter> {
    charter::review_clause(&store, version_id, &key, review)
}

#[tauri::command(async)]
pub fn clause_comment(
    store: State<Store>,
    version_id: i64,
    key: String,
    author: Author,
    body: String,
) -> Result<Charter> {
    charter::comment(&store, version_id, &key, author, &body)
}
