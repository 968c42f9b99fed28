//! What the CLI's integration tests share: running `mandat-cli` on a data folder as a script
//! would (the passphrases from the environment), and reading what it printed.
#![allow(dead_code)] // Each test file uses its own part of it.

use std::path::Path;
use std::process::{Command, Output};

pub const PASSPHRASE: &str = "correct horse battery staple";
pub const FILE_PASSPHRASE: &str = "pour le nouveau portable";

pub fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
        .env_remove("MANDAT_DATA_DIR")
        .env_remove("MANDAT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("MANDAT_PASSPHRASE", PASSPHRASE)
        .env("MANDAT_FILE_PASSPHRASE", FILE_PASSPHRASE)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .expect("mandat-cli runs")
}

/// What a successful run printed, trimmed; the run's stderr if it failed.
pub fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

pub fn json(data: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(cli(data, args))).unwrap()
}
