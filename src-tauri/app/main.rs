//! Mandat's desktop shell: resolves the data folder, opens the store once, registers the
//! plugins and the one-line commands. Everything else lives in mandat-core.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod startup;

use clap::Parser;
use mandat_core::Store;
use startup::{Args, DataDirLock, Started};
use tauri::Manager;
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

fn main() {
    let started = Started::now();
    let args = Args::parse();
    let Some(data_dir) = mandat_core::data_dir::resolve(args.data_dir) else {
        eprintln!("mandat: no data folder: pass --data-dir DIR or set MANDAT_DATA_DIR");
        std::process::exit(2);
    };
    let window_state_file = data_dir.join("window-state.json");

    let app = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_filename(window_state_file.to_string_lossy())
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .manage(started)
        .setup(move |app| {
            let opened = DataDirLock::acquire(&data_dir)
                .and_then(|lock| Ok((lock, Store::open(&data_dir).map_err(|e| e.to_string())?)));
            match opened {
                Ok((lock, store)) => {
                    app.manage(lock);
                    app.manage(store);
                }
                Err(message) => refuse_to_start(app.handle(), message),
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_ready,
            commands::mission_list,
            commands::mission_get,
            commands::mission_create,
            commands::mission_update,
            commands::mission_set_status,
            commands::settings_get,
            commands::settings_set,
        ])
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(error) => {
            eprintln!("mandat: cannot start: {error}");
            std::process::exit(1);
        }
    }
}

/// Says why Mandat cannot open its data, in a dialog and on stderr, then quits: better than a
/// window whose every action fails, and never a silent start on an empty database.
fn refuse_to_start(app: &tauri::AppHandle, message: String) {
    eprintln!("mandat: {message}");
    app.dialog()
        .message(message)
        .title("Mandat")
        .kind(MessageDialogKind::Error)
        .show(|_| std::process::exit(1));
}
