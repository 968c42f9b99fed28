//! The person's copy (GDPR art. 15): everything Mandat holds about one person — the register's
//! details, assessments, interactions, what they were told, the wellbeing notes, the alerts and
//! what was done — read in one snapshot, written as JSON (the same types the app uses) and as a
//! typeset PDF with a page on why the notes exist, how long they are kept and the person's
//! rights.
//!
//! `people::erase` names every table that holds a person; a test fails when one of them is not
//! in the copy, so what can be erased and what is handed over stay the same set. Before
//! writing, she can correct a note's wording (`wellbeing::update_observation`).
//!
//! The PDF goes through the charter's Typst world (`document::world`) with its own template
//! (`copy.typ`); the data reaches Typst as a JSON file, so no typed text is ever markup.

mod data;
pub mod model;
mod words;

pub use model::*;

use crate::clock;
use crate::document::world::DocWorld;
use crate::error::{Error, Result};
use crate::mission::{sql as missions, Language};
use crate::people::sql as people;
use crate::stakeholder::sql as stakeholder;
use crate::store::Store;
use chrono::NaiveDate;
use std::path::Path;

const TEMPLATE: &str = include_str!("copy.typ");

fn day(iso: &str) -> NaiveDate {
    iso.parse()
        .unwrap_or_else(|_| chrono::Local::now().date_naive())
}

/// Everything Mandat holds about the person, as of today. `NotFound` once they are erased.
pub fn gather(store: &Store, person_id: i64) -> Result<PersonCopy> {
    let generated_on = clock::today();
    let on = day(&generated_on);
    store.read(|r| {
        let person = people::get(r, person_id)?;
        let mission = missions::get(r, person.mission_id)?;
        let reports_to_name = match person.reports_to {
            Some(id) => match people::get(r, id) {
                Ok(manager) => Some(manager.name),
                Err(Error::NotFound { .. }) => None,
                Err(e) => return Err(e),
            },
            None => None,
        };
        let held = crate::wellbeing::held::held_in(r, &person, on)?;
        Ok(PersonCopy {
            generated_on,
            mission: PersonCopyMission {
                id: mission.id,
                client: mission.client,
                title: mission.title,
                manager_name: mission.manager_name,
            },
            reports_to_name,
            assessments: stakeholder::history(r, person_id)?,
            interactions: stakeholder::interactions(r, person.mission_id, Some(person_id))?,
            told: crate::announcement::people::told_of(r, person_id)?,
            check_ins: held.check_ins,
            alerts: held.alerts,
            acknowledgments: held.acknowledgments,
            retention_months: crate::wellbeing::retention::sql::months(r, person.mission_id)?
                .unwrap_or(crate::wellbeing::retention::DEFAULT_MONTHS),
            person,
        })
    })
}

/// The copy as pretty JSON, written atomically to `path`.
pub fn write_json(copy: &PersonCopy, path: &Path) -> Result<()> {
    crate::atomic_file::write(path, &json(copy, path)?)
}

fn json(copy: &PersonCopy, path: &Path) -> Result<Vec<u8>> {
    serde_json::to_vec_pretty(copy).map_err(|e| Error::File {
        action: "write",
        path: path.to_owned(),
        source: std::io::Error::other(e),
    })
}

/// The copy typeset as a PDF in `language`.
pub fn pdf(copy: &PersonCopy, language: Language) -> Result<Vec<u8>> {
    let typesetting = |detail: String| Error::Typesetting { detail };
    let data =
        serde_json::to_vec(&data::build(copy, language)).map_err(|e| typesetting(e.to_string()))?;
    let world = DocWorld::new(
        TEMPLATE,
        vec![("data.json".into(), data)],
        day(&copy.generated_on),
    )
    .map_err(typesetting)?;
    let ident = format!(
        "MANDAT-PERSON-{}-{}",
        copy.person.id,
        copy.generated_on.replace('-', "")
    );
    world.pdf(&ident).map_err(typesetting)
}

/// The copy typeset in `language`, written atomically to `path`.
pub fn write_pdf(copy: &PersonCopy, language: Language, path: &Path) -> Result<()> {
    crate::atomic_file::write(path, &pdf(copy, language)?)
}

/// Gathers the person's copy and writes it as a PDF and, when asked, as JSON. Both are made
/// before either is written, so a copy that cannot be typeset writes nothing.
pub fn write(
    store: &Store,
    person_id: i64,
    language: Language,
    pdf_path: &Path,
    json_path: Option<&Path>,
) -> Result<()> {
    let copy = gather(store, person_id)?;
    let bytes = pdf(&copy, language)?;
    let text = json_path.map(|p| json(&copy, p)).transpose()?;
    crate::atomic_file::write(pdf_path, &bytes)?;
    if let (Some(path), Some(text)) = (json_path, text) {
        crate::atomic_file::write(path, &text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
