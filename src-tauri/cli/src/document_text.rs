//! `export-pdf` and `verify`.

use mandat_core::document::{self, DocumentKind, ExportRequest, Outcome};
use mandat_core::mission::Language;
use mandat_core::Store;
use std::path::Path;
use std::process::ExitCode;

pub fn export(
    store: &Store,
    mission_id: i64,
    number: Option<i64>,
    language: Option<Language>,
    output: &Path,
) -> Result<ExitCode, String> {
    let report = document::export(
        store,
        &ExportRequest {
            mission_id,
            number,
            language,
            path: output.to_string_lossy().into_owned(),
        },
    )
    .map_err(|e| e.to_string())?;
    let kind = match report.kind {
        DocumentKind::Signed => "signed",
        DocumentKind::Draft => "draft (watermarked, not signed)",
    };
    println!("{}: {kind}, {} bytes", report.path, report.bytes);
    println!("document {}  code {}", report.document_id, report.code);
    println!("sha256 of the content {}", report.content_sha256);
    Ok(ExitCode::SUCCESS)
}

pub fn verify(file: &Path, json: bool) -> Result<ExitCode, String> {
    let report = document::verify_file(file);
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
        );
    } else {
        let verdict = match report.outcome {
            Outcome::Valid => "VALID: a Mandat charter, signed and unchanged since",
            Outcome::Modified => "MODIFIED: this is not the file that was signed",
            Outcome::Draft => "DRAFT: a Mandat draft, never signed",
            Outcome::NotMandat => "NOT A MANDAT DOCUMENT",
            Outcome::Unreadable => "UNREADABLE",
        };
        println!("{verdict}");
        println!("  {}", report.detail);
        if let Some(version) = report.version {
            println!("  document  {} (version {version})", report.document_id);
            println!("  mission   {} — {}", report.client, report.mission);
            if !report.approved_by.is_empty() {
                println!(
                    "  approved  by {} on {}",
                    report.approved_by, report.approved_on
                );
            }
            for s in &report.signers {
                println!(
                    "  signed    {} ({}), {}, {}",
                    s.name, s.title, s.place, s.signed_at
                );
            }
            println!("  code      {}", report.code);
        }
        if !report.sealed_by.is_empty() {
            println!("  sealed by {} at {}", report.sealed_by, report.sealed_at);
        }
    }
    Ok(match report.outcome {
        Outcome::Valid => ExitCode::SUCCESS,
        Outcome::Unreadable => ExitCode::from(2),
        _ => ExitCode::FAILURE,
    })
}
