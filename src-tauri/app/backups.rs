//! The app's part in backups: one at launch and one a day while the window stays open (in a
//! background thread, so start-up never waits for them), and, when the database is damaged,
//! the offer of the latest good backup instead of any silent fresh start.

use mandat_core::backup::{self, BackupReason};
use mandat_core::Store;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

/// How often the open app asks whether the daily backup is due.
const CHECK_EVERY: Duration = Duration::from_secs(3600);

pub fn keep(app: AppHandle) {
    std::thread::spawn(move || {
        let store = app.state::<Store>();
        if let Err(e) = backup::create(&store, BackupReason::Launch) {
            eprintln!("mandat: launch backup failed: {e}");
        }
        loop {
            std::thread::sleep(CHECK_EVERY);
            match backup::due(store.data_dir()) {
                Ok(true) => {
                    if let Err(e) = backup::create(&store, BackupReason::Daily) {
                        eprintln!("mandat: daily backup failed: {e}");
                    }
                }
                Ok(false) => {}
                Err(e) => eprintln!("mandat: cannot read the backups: {e}"),
            }
        }
    });
}

/// Says the database is damaged; offers the newest sound backup (the damaged file is kept
/// aside), then restarts on it. Without a backup, or when she declines, Mandat quits.
pub fn offer_restore(app: &AppHandle, data_dir: &Path, damage: String) {
    eprintln!("mandat: {damage}");
    let Some(good) = backup::latest_good(data_dir) else {
        crate::refuse_to_start(
            app,
            format!("{damage}\n\nThere is no backup to restore from."),
        );
        return;
    };
    let holds = good
        .summary
        .as_ref()
        .map(|s| format!("{} mission(s): {}", s.missions, s.mission_names.join("; ")))
        .unwrap_or_default();
    let message = format!(
        "{damage}\n\nRestore the latest good backup?\n{} ({})\n{holds}\n\nThe damaged file \
         is kept beside it, renamed.",
        good.created_at,
        good.reason.code()
    );
    let (handle, dir, file) = (app.clone(), PathBuf::from(data_dir), good.file);
    app.dialog()
        .message(message)
        .title("Mandat")
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(
            "Restore".into(),
            "Quit".into(),
        ))
        .show(move |restore| {
            if !restore {
                std::process::exit(1);
            }
            match backup::restore_offline(&dir, &file) {
                Ok(_) => handle.restart(),
                Err(e) => crate::refuse_to_start(&handle, format!("cannot restore: {e}")),
            }
        });
}
