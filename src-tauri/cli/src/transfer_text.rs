//! `export` and `import` of one mission as a `.mandat` file.

use mandat_core::transfer::{self, ImportMode};
use mandat_core::Store;
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use zeroize::Zeroizing;

/// The file's own passphrase (not the database's: the file goes to another laptop).
const VAR: &str = "MANDAT_FILE_PASSPHRASE";

fn file_passphrase(confirm: bool) -> Result<Zeroizing<String>, String> {
    if let Some(p) = std::env::var_os(VAR) {
        return Ok(Zeroizing::new(p.to_string_lossy().into_owned()));
    }
    if !std::io::stdin().is_terminal() {
        return Err(format!(
            "the file needs a passphrase: set {VAR} or run mandat-cli from a terminal"
        ));
    }
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .map_err(|e| format!("cannot read the passphrase: {e}"))
    };
    let first = ask("Passphrase for the file: ")?;
    if confirm && *first != *ask("Once more: ")? {
        return Err("the two passphrases differ".into());
    }
    Ok(first)
}

pub fn export(
    store: &Store,
    mission: i64,
    output: &Path,
    include_wellbeing: bool,
) -> Result<ExitCode, String> {
    if include_wellbeing {
        let counts =
            mandat_core::wellbeing::note_counts(store, mission).map_err(crate::said::said)?;
        eprintln!(
            "the file will hold {} wellbeing note(s) about {} person(s): notes about people's \
             health, for the receiving laptop only",
            counts.notes, counts.people
        );
    }
    let passphrase = file_passphrase(true)?;
    let options = transfer::ExportOptions { include_wellbeing };
    transfer::export_file_with(store, mission, &passphrase, output, &options)
        .map_err(crate::said::said)?;
    println!("{}", output.display());
    Ok(ExitCode::SUCCESS)
}

pub fn import(
    store: &Store,
    file: &Path,
    keep_both: bool,
    replace: bool,
) -> Result<ExitCode, String> {
    let passphrase = file_passphrase(false)?;
    let bytes = transfer::read(file).map_err(crate::said::said)?;
    let preview = transfer::preview(store, &bytes, &passphrase).map_err(crate::said::said)?;
    if preview.wellbeing_notes > 0 {
        eprintln!(
            "this file holds {} wellbeing note(s) about {} person(s)",
            preview.wellbeing_notes, preview.wellbeing_people
        );
    }
    eprintln!(
        "{} — {} (from {}): {} charter version(s), {} signature(s), {} audience(s); exported {}",
        preview.client,
        preview.title,
        preview.start_date,
        preview.versions,
        preview.signatures,
        preview.audiences,
        preview.exported_at
    );
    let mode = match (preview.existing, keep_both, replace) {
        (_, _, true) => ImportMode::Replace,
        (Some(id), false, false) => {
            return Err(format!(
                "this mission is already here (id {id}): pass --keep-both or --replace"
            ))
        }
        _ => ImportMode::KeepBoth,
    };
    let id = transfer::import_from(store, &bytes, &passphrase, mode, &transfer::name_of(file))
        .map_err(crate::said::said)?;
    println!("{id}");
    Ok(ExitCode::SUCCESS)
}
