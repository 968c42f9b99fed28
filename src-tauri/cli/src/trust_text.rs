//! `trust`: the sealing keys this laptop trusts besides its own (see `mandat_core::trust`).

use clap::Subcommand;
use mandat_core::{trust, Store};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum TrustCommand {
    /// Trust the key with this fingerprint (SHA-256 of its certificate, as `verify` prints
    /// it; spaces or colons allowed), under a name.
    Add {
        #[arg(long, value_name = "HEX")]
        fingerprint: String,
        #[arg(long)]
        name: String,
    },
    /// The trusted keys, by name.
    List {
        #[arg(long)]
        json: bool,
    },
    /// No longer trust the key with this fingerprint.
    Remove {
        #[arg(long, value_name = "HEX")]
        fingerprint: String,
    },
}

pub fn run(store: &Store, command: TrustCommand) -> Result<ExitCode, String> {
    let keys = match command {
        TrustCommand::Add { fingerprint, name } => {
            trust::add(store, &fingerprint, &name).map_err(crate::said::said)?
        }
        TrustCommand::Remove { fingerprint } => {
            trust::remove(store, &fingerprint).map_err(crate::said::said)?
        }
        TrustCommand::List { json: true } => {
            let keys = trust::list(store).map_err(crate::said::said)?;
            println!(
                "{}",
                serde_json::to_string_pretty(&keys).map_err(|e| e.to_string())?
            );
            return Ok(ExitCode::SUCCESS);
        }
        TrustCommand::List { json: false } => trust::list(store).map_err(crate::said::said)?,
    };
    if keys.is_empty() {
        println!("no trusted keys: only this laptop's own key makes a PDF read as valid");
    }
    for key in &keys {
        println!("{}  {}", key.fingerprint, key.name);
    }
    Ok(ExitCode::SUCCESS)
}
