//! The charter as a PDF: export (signed or draft) and verification.

use crate::vault::Vault;
use mandat_core::document::{self, ExportReport, ExportRequest, VerifyReport};
use mandat_core::Result;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::State;

#[tauri::command(async)]
pub fn document_export(vault: State<Arc<Vault>>, request: ExportRequest) -> Result<ExportReport> {
    document::export(&*vault.store()?, &request)
}

#[tauri::command(async)]
pub fn document_verify(path: PathBuf) -> VerifyReport {
    document::verify_file(&path)
}
