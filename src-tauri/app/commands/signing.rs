//! Signing a version in person, and the key that seals its PDF.

use crate::vault::Vault;
use mandat_core::signing::{self, IdentityInfo, SignatureInput, SignerRole, SigningState};
use mandat_core::Result;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::State;

#[tauri::command(async)]
pub fn signing_state(vault: State<Arc<Vault>>, version_id: i64) -> Result<SigningState> {
    signing::state(&*vault.store()?, version_id)
}

#[tauri::command(async)]
pub fn signing_sign(
    vault: State<Arc<Vault>>,
    version_id: i64,
    input: SignatureInput,
) -> Result<SigningState> {
    signing::sign(&*vault.store()?, version_id, &input)
}

#[tauri::command(async)]
pub fn signing_clear(
    vault: State<Arc<Vault>>,
    version_id: i64,
    role: SignerRole,
) -> Result<SigningState> {
    signing::clear(&*vault.store()?, version_id, role)
}

#[tauri::command(async)]
pub fn identity_get(vault: State<Arc<Vault>>) -> Result<Option<IdentityInfo>> {
    signing::identity(&*vault.store()?)
}

#[tauri::command(async)]
pub fn identity_create(vault: State<Arc<Vault>>, name: String) -> Result<IdentityInfo> {
    signing::create_identity(&*vault.store()?, &name)
}

#[tauri::command(async)]
pub fn identity_import(
    vault: State<Arc<Vault>>,
    path: PathBuf,
    password: String,
) -> Result<IdentityInfo> {
    signing::import_identity_file(&*vault.store()?, &path, &password)
}
