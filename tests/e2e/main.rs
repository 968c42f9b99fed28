//! End-to-end tests: the real `mandat` binary in a real WebKitGTK window, driven through
//! `tauri-driver` + `WebKitWebDriver`, each test on its own temporary data folder.
//!
//! They need a display and the drivers, so they are `#[ignore]`d in a plain `cargo test`;
//! `make e2e` (part of `make test`) runs them under Xvfb with `--ignored`.

mod accessibility;
mod app;
mod backups;
mod brief;
mod charter;
mod figures;
mod language;
mod missions;
mod signing;
mod stakeholders;
mod transfer;
mod vault;
mod wellbeing;
