//! The passphrase: status, first set-up, unlock, recovery, lock, change.

use crate::vault::Vault;
use mandat_core::vault::VaultStatus;
use mandat_core::Result;
use std::sync::Arc;
use tauri::State;

#[tauri::command(async)]
pub fn vault_status(vault: State<Arc<Vault>>) -> Result<VaultStatus> {
    vault.status()
}

#[tauri::command(async)]
pub fn vault_create(vault: State<Arc<Vault>>, passphrase: String) -> Result<VaultStatus> {
    vault.create(&passphrase)
}

#[tauri::command(async)]
pub fn vault_unlock(vault: State<Arc<Vault>>, passphrase: String) -> Result<VaultStatus> {
    vault.unlock(&passphrase)
}

#[tauri::command(async)]
pub fn vault_recover(vault: State<Arc<Vault>>, passphrase: String) -> Result<VaultStatus> {
    vault.recover(&passphrase)
}

#[tauri::command(async)]
pub fn vault_lock(vault: State<Arc<Vault>>) -> Result<VaultStatus> {
    vault.lock()
}

#[tauri::command(async)]
pub fn vault_change(vault: State<Arc<Vault>>, current: String, next: String) -> Result<()> {
    vault.change(&current, &next)
}
