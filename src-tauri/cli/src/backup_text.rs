//! `backup`, `restore`, `backups [--purge]`, and what to say when the database is damaged.

use mandat_core::backup::{self, BackupInfo};
use mandat_core::{vault, Error, Store};
use std::path::Path;
use std::process::ExitCode;

/// A store that failed to open, explained; for a damaged one, with the way back.
pub fn explain(data_dir: &Path, passphrase: &str, error: Error) -> String {
    let good = vault::key_for(data_dir, passphrase)
        .ok()
        .and_then(|key| backup::latest_good(data_dir, &key));
    let corrupt = matches!(error, Error::Corrupt { .. });
    let fr = crate::said::french_chosen();
    let said = crate::said::said(error);
    match (corrupt, good, fr) {
        (true, Some(good), false) => format!(
            "{said}\nthe latest good backup is {} ({}): `mandat-cli restore {}` puts it back \
             (the damaged file is kept aside)",
            good.file, good.created_at, good.file
        ),
        (true, Some(good), true) => format!(
            "{said}\nla dernière sauvegarde lisible est {} ({}) : `mandat-cli restore {}` la \
             remet en place (le fichier endommagé est mis de côté)",
            good.file, good.created_at, good.file
        ),
        (true, None, false) => format!("{said}\nthere is no backup to restore from"),
        (true, None, true) => format!("{said}\naucune sauvegarde ne permet de la remplacer"),
        (false, ..) => said,
    }
}

fn describe(b: &BackupInfo) -> String {
    match &b.summary {
        Some(s) => format!(
            "{} mission(s), {} charter version(s), {} signature(s)",
            s.missions, s.charter_versions, s.signatures
        ),
        None => "cannot be read".into(),
    }
}

pub fn backup(store: &Store, output: &Path) -> Result<ExitCode, String> {
    let made = backup::export(store, output).map_err(crate::said::said)?;
    println!("{}: {} bytes, {}", made.path, made.bytes, describe(&made));
    Ok(ExitCode::SUCCESS)
}

pub fn restore(data_dir: &Path, passphrase: &str, file: &Path) -> Result<ExitCode, String> {
    let name = file.to_string_lossy();
    match vault::unlock(data_dir, passphrase) {
        Ok(store) => {
            let safety = backup::restore(&store, &name).map_err(crate::said::said)?;
            println!("restored {name}; the previous state is in {}", safety.file);
        }
        Err(Error::Corrupt { .. }) => {
            let key = vault::key_for(data_dir, passphrase).map_err(crate::said::said)?;
            let aside =
                backup::restore_offline(data_dir, &name, &key).map_err(crate::said::said)?;
            println!(
                "restored {name}; the damaged database is kept as {}",
                aside.display()
            );
        }
        Err(e) => return Err(e.to_string()),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn list(store: &Store, json: bool, purge: bool) -> Result<ExitCode, String> {
    if purge {
        let report = backup::purge_pending(store).map_err(crate::said::said)?;
        eprintln!(
            "purged {} erased person(s) from {} backup(s), {} row(s) removed{}",
            report.people,
            report.backups_rewritten,
            report.rows_removed,
            if report.unreadable > 0 {
                format!("; {} backup(s) could not be read", report.unreadable)
            } else {
                String::new()
            }
        );
    }
    let all = backup::all(store).map_err(crate::said::said)?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&all).map_err(|e| e.to_string())?
        );
    } else if all.is_empty() {
        println!("No backup yet: the app makes one at each launch; `mandat-cli backup -o FILE` makes one now.");
    } else {
        for b in &all {
            let kept = match b.kept {
                Some(backup::Kept::Recent) => "kept: among the newest",
                Some(backup::Kept::Daily) => "kept: newest of its day",
                Some(backup::Kept::Weekly) => "kept: newest of its week",
                None => "",
            };
            println!(
                "{}  {:<15} {:>9} B  {}  {kept}",
                b.created_at,
                b.reason.code(),
                b.bytes,
                describe(b)
            );
            println!("    {}", b.file);
        }
        let pending = backup::pending(store).map_err(crate::said::said)?;
        if pending.people > 0 && !pending.backups.is_empty() {
            println!(
                "\n{} erased person(s) still in {} backup(s): `mandat-cli backups --purge` \
                 rewrites them without them.",
                pending.people,
                pending.backups.len()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
