//! The passphrase, from `MANDAT_PASSPHRASE` or asked on the terminal (not echoed); never from
//! an argument, which other users of the machine could read in the process list.

use mandat_core::vault::{self, VaultState};
use mandat_core::{Result, Store};
use std::io::IsTerminal;
use std::path::Path;
use zeroize::Zeroizing;

pub const VAR: &str = "MANDAT_PASSPHRASE";

pub fn get(data_dir: &Path) -> std::result::Result<Zeroizing<String>, String> {
    if let Some(p) = std::env::var_os(VAR) {
        return Ok(Zeroizing::new(p.to_string_lossy().into_owned()));
    }
    if !std::io::stdin().is_terminal() {
        return Err(format!(
            "the database is encrypted: set {VAR} or run mandat-cli from a terminal"
        ));
    }
    let new = vault::status(data_dir)
        .map(|s| s.state == VaultState::New)
        .unwrap_or(false);
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .map_err(|e| format!("cannot read the passphrase: {e}"))
    };
    if new {
        eprintln!(
            "No passphrase yet for {}: choose one ({} characters or more). It cannot be \
             recovered: forgotten, the data is lost.",
            data_dir.display(),
            vault::MIN_LENGTH
        );
        let first = ask("New passphrase: ")?;
        let again = ask("Once more: ")?;
        if *first != *again {
            return Err("the two passphrases differ".into());
        }
        Ok(first)
    } else {
        ask("Passphrase: ")
    }
}

/// Opens the database, setting the passphrase first if the folder has none yet.
pub fn open(data_dir: &Path, passphrase: &str) -> Result<Store> {
    match vault::status(data_dir)?.state {
        VaultState::New => vault::create(data_dir, passphrase),
        _ => vault::unlock(data_dir, passphrase),
    }
}
