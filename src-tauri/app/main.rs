//! Mandat's desktop shell: resolves the data folder, opens the store once, registers the
//! plugins and the one-line commands. Everything else lives in mandat-core.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod startup;
mod vault;

use clap::Parser;
use startup::{Args, Started};
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
        .plugin(tauri_plugin_opener::init())
        .manage(started)
        .setup(move |app| {
            // Nothing opens before the passphrase: the window asks for it (see `vault`).
            match mandat_core::data_dir::lock(&data_dir) {
                Ok(lock) => {
                    app.manage(lock);
                    app.manage(vault::Vault::new(data_dir.clone(), app.handle().clone()));
                }
                Err(refused) => refuse_to_start(app.handle(), refused.to_string()),
            }
            Ok(())
        })
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                if let Some(vault) = app.try_state::<std::sync::Arc<vault::Vault>>() {
                    vault.settle();
                }
            }
        }),
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

#[cfg(test)]
mod tests {
    use crate::commands::NAMES;

    /// Other permissions the window needs: hearing its own close request (to save what is
    /// pending) and then closing itself; the native save and open dialogs (export, verify,
    /// key import); showing an exported file in its folder.
    const CORE: &[&str] = &[
        "core:event:allow-listen",
        "core:event:allow-unlisten",
        "core:window:allow-destroy",
        "dialog:allow-save",
        "dialog:allow-open",
        "opener:allow-reveal-item-in-dir",
    ];

    /// The content security policy lets the window reach nothing but its own assets and the
    /// app's IPC: no remote origin, no `eval`, no plugins. (The Rust side links no HTTP client
    /// at all: `cargo tree -e normal -i hyper` prints nothing.)
    #[test]
    fn the_csp_allows_no_remote_origin_and_no_eval() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../../tauri.conf.json")).expect("valid JSON");
        let csp = conf["app"]["security"]["csp"]
            .as_object()
            .expect("a CSP by directive");
        for (directive, value) in csp {
            let value = value.as_str().expect("a string");
            for source in value.split_whitespace() {
                let allowed = matches!(source, "'self'" | "'none'" | "data:" | "'unsafe-inline'")
                    || (directive == "connect-src"
                        && matches!(source, "ipc:" | "http://ipc.localhost"));
                assert!(allowed, "{directive} allows {source}");
            }
            assert!(
                directive != "script-src" || value == "'self'",
                "scripts only from the app: {value}"
            );
        }
        assert_eq!(csp["default-src"], "'self'");
        assert_eq!(csp["object-src"], "'none'");
    }

    /// The window's capability grants every command and those core permissions, nothing else.
    #[test]
    fn the_capability_grants_exactly_the_commands() {
        let capability: serde_json::Value =
            serde_json::from_str(include_str!("capabilities/main.json")).expect("valid JSON");
        let mut granted: Vec<String> = capability["permissions"]
            .as_array()
            .expect("a permission list")
            .iter()
            .map(|p| p.as_str().expect("a permission name").to_owned())
            .collect();
        let mut expected: Vec<String> = NAMES
            .iter()
            .map(|c| format!("allow-{}", c.replace('_', "-")))
            .chain(CORE.iter().map(|c| c.to_string()))
            .collect();
        granted.sort();
        expected.sort();
        assert_eq!(granted, expected);
    }
}
