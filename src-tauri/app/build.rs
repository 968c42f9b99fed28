//! Tauri's build step: the context, the app's command permissions and the capabilities.
//! Listing the commands makes every one of them deny-by-default, so the capability file
//! grants exactly what the window calls.

include!("command_names.rs");

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/app/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
