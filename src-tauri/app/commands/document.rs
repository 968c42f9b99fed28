//! The charter as a PDF: export (signed or draft) and verification.

use mandat_core::document::{self, ExportReport, ExportRequest, VerifyReport};
use mandat_core::{Result, Store};
use std::path::PathBuf;
use tauri::State;

#[tauri::command(async)]
pub fn document_export(store: State<Store>, request: ExportRequest) -> Result<ExportReport> {
    document::export(&store, &request)
}

#[tauri::command(async)]
pub fn document_verify(path: PathBuf) -> VerifyReport {
    document::verify_file(&path)
}
