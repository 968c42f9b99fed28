//! The brief typeset as a PDF by the charter's Typst machinery (a sealed world: the template
//! from the binary, the data and the CEO's drawn signature as virtual files, no file system),
//! the questions the teams will ask on its second page. Not sealed: the charter's PDF, whose
//! document id it names, is the signed reference.

use super::{brief, render, Brief};
use crate::document::world::DocWorld;
use crate::mission::{self, Language};
use crate::signing::{self, SignerRole};
use crate::{atomic_file, charter, Error, Result, Store};
use std::path::Path;

const TEMPLATE: &str = include_str!("brief.typ");

fn words(language: Language) -> (&'static str, &'static str) {
    match language {
        Language::Fr => ("Points clés", "Les questions que poseront les équipes"),
        Language::En => ("Talking points", "Questions the teams will ask"),
    }
}

/// The brief of a mission as PDF bytes, in `language` (the mission's when `None`).
pub fn pdf(store: &Store, mission_id: i64, language: Option<Language>) -> Result<Vec<u8>> {
    let b: Brief = brief(store, mission_id, language)?;
    let client = mission::get(store, mission_id)?.client;
    let version = charter::get(store, mission_id, Some(b.version))?
        .ok_or(Error::NothingApproved)?
        .version;
    // The CEO's own drawing on the approved version, when she signed it here.
    let drawing = store
        .read(|r| signing::drawings(r, version.id))?
        .into_iter()
        .find(|(s, _)| s.role == SignerRole::Sponsor)
        .map(|(_, d)| d.svg());
    let (points, questions) = words(b.language);
    let data = serde_json::json!({
        "brief": b,
        "client": client,
        "signature": if drawing.is_some() { "sponsor.svg" } else { "" },
        "from": render::source(&b),
        "points": points,
        "questions": questions,
    });
    let mut files = vec![(
        "data.json".to_owned(),
        serde_json::to_vec(&data).expect("json"),
    )];
    if let Some(svg) = drawing {
        files.push(("sponsor.svg".into(), svg.into_bytes()));
    }
    let id = format!("{}-BRIEF-{}", b.document_id, language_code(b.language));
    DocWorld::new(TEMPLATE, files, chrono::Local::now().date_naive())
        .and_then(|world| world.pdf(&id))
        .map_err(|detail| Error::Typesetting { detail })
}

fn language_code(language: Language) -> &'static str {
    match language {
        Language::Fr => "FR",
        Language::En => "EN",
    }
}

/// Writes the brief to `path` as plain text, or as an HTML page when `html` (atomically);
/// returns how many bytes.
pub fn write(
    store: &Store,
    mission_id: i64,
    language: Option<Language>,
    path: &Path,
    html: bool,
) -> Result<u64> {
    let b = brief(store, mission_id, language)?;
    let text = if html {
        render::html(&b)
    } else {
        render::text(&b)
    };
    atomic_file::write(path, text.as_bytes())?;
    Ok(text.len() as u64)
}

/// Writes the brief's PDF to `path` (atomically: a file there is replaced whole or not at
/// all); returns how many bytes.
pub fn export(
    store: &Store,
    mission_id: i64,
    language: Option<Language>,
    path: &Path,
) -> Result<u64> {
    let bytes = pdf(store, mission_id, language)?;
    atomic_file::write(path, &bytes)?;
    Ok(bytes.len() as u64)
}
