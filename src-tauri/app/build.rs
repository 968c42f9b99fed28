//! Tauri's build step: the context, the app's command permissions and the capabilities.
//! Listing the commands makes every one of them deny-by-default, so the capability file
//! grants exactly what the window calls.

/// Keeps only the names of the one list of commands (commands/mod.rs makes the rest of it).
macro_rules! commands {
    ($(
        $name:ident [$($state:tt)*] ($($args:tt)*) -> $ret:ty = $body:expr;
    )*) => {
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}

include!("commands/list.rs");

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/app/commands/list.rs");
    // A capability changed (a command granted) must rebuild the app too, not only a new command.
    println!("cargo:rerun-if-changed=src-tauri/app/capabilities");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/app/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
