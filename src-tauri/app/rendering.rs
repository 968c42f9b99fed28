//! How WebKitGTK paints on a machine with no GPU.
//!
//! WebKit composites its layers through OpenGL by default. With no GPU — a virtual desktop, a
//! VM, a remote session, as on some client sites — Mesa emulates OpenGL on the CPU (llvmpipe),
//! and every new frame costs more than painting directly: on the project's GPU-less VM the
//! power/interest grid with 5,000 people took 471–489 ms composited and 277 ms painted, and the
//! same page with the demo's 40 people 270–294 ms against 194 ms (`make bench`). So when the
//! machine has no GPU render node (`/dev/dri/renderD*`), Mandat asks WebKit to paint without
//! compositing — unless `WEBKIT_DISABLE_COMPOSITING_MODE` is already set, which it leaves to
//! whoever set it. A machine with a GPU keeps WebKit's default.

use std::path::Path;

const VARIABLE: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Chooses how WebKit paints. Called first thing in `main`, before any thread or WebKit.
pub fn choose() {
    if cfg!(target_os = "linux")
        && std::env::var_os(VARIABLE).is_none()
        && !has_render_node(Path::new("/dev/dri"))
    {
        std::env::set_var(VARIABLE, "1");
    }
}

/// Whether `dir` (`/dev/dri`) holds a GPU render node.
fn has_render_node(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_render_node_is_a_gpu_and_no_folder_or_only_a_card_is_none() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_render_node(&dir.path().join("missing")));
        assert!(!has_render_node(dir.path()));
        std::fs::write(dir.path().join("card0"), b"").unwrap();
        assert!(!has_render_node(dir.path()));
        std::fs::write(dir.path().join("renderD128"), b"").unwrap();
        assert!(has_render_node(dir.path()));
    }
}
