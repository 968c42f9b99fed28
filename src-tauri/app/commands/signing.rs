//! Signing a version in person, and the key that seals its PDF.

use mandat_core::signing::{self, IdentityInfo, SignatureInput, SignerRole, SigningState};
use mandat_core::{Result, Store};
use std::path::PathBuf;
use tauri::State;

#[tauri::command(async)]
pub fn signing_state(store: State<Store>, version_id: i64) -> Result<SigningState> {
    signing::state(&store, version_id)
}

#[tauri::command(async)]
pub fn signing_sign(
    store: State<Store>,
    version_id: i64,
    input: SignatureInput,
) -> Result<SigningState> {
    signing::sign(&store, version_id, &input)
}

#[tauri::command(async)]
pub fn signing_clear(
    store: State<Store>,
    version_id: i64,
    role: SignerRole,
) -> Result<SigningState> {
    signing::clear(&store, version_id, role)
}

#[tauri::command(async)]
pub fn identity_get(store: State<Store>) -> Result<Option<IdentityInfo>> {
    signing::identity(&store)
}

#[tauri::command(async)]
pub fn identity_create(store: State<Store>, name: String) -> Result<IdentityInfo> {
    signing::create_identity(&store, &name)
}

#[tauri::command(async)]
pub fn identity_import(
    store: State<Store>,
    path: PathBuf,
    password: String,
) -> Result<IdentityInfo> {
    signing::import_identity_file(&store, &path, &password)
}
