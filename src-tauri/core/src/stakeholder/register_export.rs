//! The register written out for a spreadsheet: each person (not archived) with their latest
//! assessment. Wellbeing notes are never part of it.

use crate::error::{Error, Invalid, Result};
use crate::mission::{sql as missions, Language};
use crate::people::sql as rows;
use crate::store::Store;
use std::collections::HashMap;

/// Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection"): a
/// name typed or imported as `=HYPERLINK(…)` would run when the file is opened.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A typed text as a spreadsheet cell: one that a spreadsheet would read as a formula gets a
/// leading apostrophe, which spreadsheets show as text and the importer takes off again
/// ([`super::spreadsheet`]).
pub(crate) fn cell(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(FORMULA_START) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A cell written by [`cell`], read back as typed.
pub(crate) fn uncell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => text,
    }
}

/// The register and each person's latest assessment as CSV: UTF-8 with a BOM (so that a
/// spreadsheet reads the accents), semicolons in French, commas in English.
pub fn export(store: &Store, mission_id: i64) -> Result<Vec<u8>> {
    store.read(|r| {
        let mission = missions::get(r, mission_id)?;
        let people = rows::list(r, mission_id, false)?;
        let latest = super::sql::latest(r, mission_id)?;
        let names: HashMap<i64, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
        let (sep, header): (u8, [&str; 13]) = match mission.language {
            Language::Fr => (
                b';',
                [
                    "Nom",
                    "Poste",
                    "Organisation",
                    "Groupe",
                    "Équipe",
                    "Rattaché à",
                    "E-mail",
                    "Téléphone",
                    "Pouvoir",
                    "Intérêt",
                    "Engagement",
                    "Engagement visé",
                    "Évalué le",
                ],
            ),
            Language::En => (
                b',',
                [
                    "Name",
                    "Job title",
                    "Organisation",
                    "Group",
                    "Team",
                    "Reports to",
                    "Email",
                    "Phone",
                    "Power",
                    "Interest",
                    "Engagement",
                    "Target engagement",
                    "Assessed on",
                ],
            ),
        };
        let mut out = b"\xEF\xBB\xBF".to_vec();
        {
            let mut writer = csv::WriterBuilder::new()
                .delimiter(sep)
                .from_writer(&mut out);
            let csv_error = |_| Error::invalid("file", Invalid::Malformed);
            writer.write_record(header).map_err(csv_error)?;
            for p in &people {
                let a = latest.get(&p.id);
                let num = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
                writer
                    .write_record([
                        &*cell(&p.name),
                        &cell(&p.job_title),
                        &cell(&p.organisation),
                        p.group.code(),
                        &cell(&p.team),
                        &cell(
                            p.reports_to
                                .and_then(|id| names.get(&id).copied())
                                .unwrap_or(""),
                        ),
                        &cell(&p.email),
                        &cell(&p.phone),
                        &num(a.map(|a| a.power)),
                        &num(a.map(|a| a.interest)),
                        a.map_or("", |a| a.engagement.code()),
                        a.map_or("", |a| a.target.code()),
                        a.map_or("", |a| a.assessed_on.as_str()),
                    ])
                    .map_err(csv_error)?;
            }
            writer.flush().map_err(|source| Error::File {
                action: "write",
                path: "people.csv".into(),
                source,
            })?;
        }
        Ok(out)
    })
}
