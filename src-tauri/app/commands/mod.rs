//! The IPC surface: each command is one line into mandat-core, so all behaviour is tested there.
//! `async` runs them off the main thread, keeping the window responsive during a write.

pub mod announcement;
pub mod backup;
pub mod charter;
pub mod document;
pub mod mission;
pub mod signing;
pub mod transfer;
pub mod vault;

use crate::startup::Started;
use tauri::State;

#[tauri::command(async)]
pub fn app_ready(started: State<Started>) {
    started.report_interactive()
}
