//! `export-pdf` and `verify`.

use mandat_core::document::{self, DocumentKind, ExportRequest, Outcome};
use mandat_core::mission::Language;
use mandat_core::trust::{self, Sealer};
use mandat_core::vault::{self, VaultState};
use mandat_core::{data_dir, Store};
use std::path::{Path, PathBuf};
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
    .map_err(crate::said::said)?;
    let kind = match report.kind {
        DocumentKind::Signed => "signed",
        DocumentKind::Draft => "draft (watermarked, not signed)",
    };
    println!("{}: {kind}, {} bytes", report.path, report.bytes);
    println!("document {}  code {}", report.document_id, report.code);
    println!("sha256 of the content {}", report.content_sha256);
    Ok(ExitCode::SUCCESS)
}

/// The store to judge seals against, when this machine has one Mandat can open without
/// asking (a data folder set up, the passphrase in the environment or typed, the folder not
/// held by a running app); `None` otherwise, as for a team member with only the PDF.
fn store_for_verify(data_dir: Option<PathBuf>) -> Option<(Store, data_dir::Lock)> {
    let dir = data_dir::resolve(data_dir)?;
    let state = vault::status(&dir).ok()?.state;
    if state == VaultState::New {
        return None;
    }
    let lock = data_dir::lock(&dir).ok()?;
    let passphrase = crate::passphrase::get(&dir).ok()?;
    let store = crate::passphrase::open(&dir, &passphrase).ok()?;
    Some((store, lock))
}

/// `verify FILE [--json] [--expect FINGERPRINT]`: exit 0 only when the file is intact and
/// sealed by the expected key, or (without `--expect`) by this laptop's own or a trusted
/// one; 1 otherwise, saying why; 2 when it cannot be read.
/// Prints what verifying `file` found, in `language` (`--lang`, else the system's, else
/// English); `--json` gives the report as is, its reason as a code with its facts.
pub fn verify(
    data_dir: Option<PathBuf>,
    file: &Path,
    json: bool,
    expect: Option<&str>,
    language: Option<Language>,
) -> Result<ExitCode, String> {
    let language = language
        .or_else(mandat_core::settings::system_language::from_env)
        .unwrap_or(Language::En);
    let fr = language == Language::Fr;
    let say = |en: &'static str, fr_text: &'static str| if fr { fr_text } else { en };
    let expected = match expect {
        Some(text) => Some(
            trust::normalize(text).ok_or("--expect: not a SHA-256 fingerprint (64 hex digits)")?,
        ),
        None => None,
    };
    let opened = store_for_verify(data_dir);
    let report = match &opened {
        Some((store, _)) => document::verify_file_with(store, file).map_err(crate::said::said)?,
        None => document::verify_file(file),
    };
    let intact = matches!(report.outcome, Outcome::Valid | Outcome::UnknownSealer);
    let fingerprint = trust::normalize(&report.fingerprint);
    let (trusted, why) = match (&expected, intact) {
        (_, false) => (false, None),
        (Some(want), true) if fingerprint.as_ref() == Some(want) => (true, None),
        (Some(_), true) => (
            false,
            Some(
                say(
                    "sealed by another key than the one expected (--expect)",
                    "scellé par une autre clé que celle attendue (--expect)",
                )
                .to_owned(),
            ),
        ),
        (None, true) if report.outcome == Outcome::Valid => (true, None),
        (None, true) => (
            false,
            Some(
                if opened.is_some() {
                    say(
                        "the sealing key is neither this laptop's nor a trusted one: compare its \
                         fingerprint with the published one, then pass it with --expect or add \
                         it with `trust add`",
                        "la clé qui l’a scellé n’est ni celle de cet ordinateur ni une clé \
                         reconnue\u{a0}: comparez son empreinte avec celle qui a été publiée, \
                         puis passez-la avec --expect ou ajoutez-la avec `trust add`",
                    )
                } else {
                    say(
                        "no database here to know the key: compare its fingerprint with the \
                         published one, and pass it with --expect",
                        "aucune base ici pour connaître la clé\u{a0}: comparez son empreinte \
                         avec celle qui a été publiée, et passez-la avec --expect",
                    )
                }
                .to_owned(),
            ),
        ),
    };
    if json {
        let mut value = serde_json::to_value(&report).map_err(|e| e.to_string())?;
        value["trusted"] = serde_json::Value::Bool(trusted);
        println!(
            "{}",
            serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?
        );
    } else {
        let verdict = match report.outcome {
            Outcome::Valid => say(
                "VALID: a Mandat charter, signed and unchanged since",
                "VALIDE\u{a0}: une charte Mandat, signée et inchangée depuis",
            ),
            Outcome::UnknownSealer if trusted => say(
                "VALID: a Mandat charter, unchanged since it was sealed by the expected key",
                "VALIDE\u{a0}: une charte Mandat, inchangée depuis son scellement par la clé \
                 attendue",
            ),
            Outcome::UnknownSealer => say(
                "NOT TRUSTED: the content is intact, sealed by a key not known here",
                "NON RECONNUE\u{a0}: le contenu est intact, scellé par une clé inconnue ici",
            ),
            Outcome::Modified => say(
                "MODIFIED: this is not the file that was signed",
                "MODIFIÉ\u{a0}: ce n’est pas le fichier qui a été signé",
            ),
            Outcome::Draft => say(
                "DRAFT: a Mandat draft, never signed",
                "BROUILLON\u{a0}: un brouillon Mandat, jamais signé",
            ),
            Outcome::NotMandat => say("NOT A MANDAT DOCUMENT", "PAS UN DOCUMENT MANDAT"),
            Outcome::Unreadable => say("UNREADABLE", "ILLISIBLE"),
        };
        println!("{verdict}");
        println!("  {}", report.reason.text(language));
        if let Some(why) = &why {
            println!("  {why}");
        }
        let label = |en: &'static str, fr_text: &'static str| format!("{:<10}", say(en, fr_text));
        if let Some(version) = report.version {
            println!(
                "  {}{} (version {version})",
                label("document", "document"),
                report.document_id
            );
            println!(
                "  {}{} — {}",
                label("mission", "mission"),
                report.client,
                report.mission
            );
            if !report.approved_by.is_empty() {
                let (by, on) = (say("by", "par"), say("on", "le"));
                println!(
                    "  {}{by} {} {on} {}",
                    label("approved", "approuvée"),
                    report.approved_by,
                    report.approved_on
                );
            }
            for s in &report.signers {
                println!(
                    "  {}{} ({}), {}, {}",
                    label("signed", "signée"),
                    s.name,
                    s.title,
                    s.place,
                    s.signed_at
                );
            }
            println!("  {}{}", label("code", "code"), report.code);
        }
        if !report.sealed_by.is_empty() {
            let (by, at) = (say("sealed by", "scellée par"), say("at", "le"));
            println!("  {by} {} {at} {}", report.sealed_by, report.sealed_at);
        }
        if !report.fingerprint.is_empty() {
            println!("  {}{}", label("key", "clé"), report.fingerprint);
            let whose = match report.sealer {
                Some(Sealer::Own) => {
                    say("this laptop's own key", "la clé de cet ordinateur").to_owned()
                }
                Some(Sealer::Trusted) => {
                    format!(
                        "{} {}",
                        say("trusted here as", "reconnue ici sous le nom"),
                        report.sealer_name
                    )
                }
                _ if trusted => say("the expected key", "la clé attendue").to_owned(),
                _ => say("not known here", "inconnue ici").to_owned(),
            };
            println!("            {whose}");
        }
    }
    Ok(match report.outcome {
        Outcome::Unreadable => ExitCode::from(2),
        _ if trusted => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    })
}
