//! Erasing a person for real: every row that names them, in one transaction.
//!
//! [`NAMING`] lists every column of the schema that holds a person, so the code that erases
//! them names each table on purpose; a test over the schema fails when a table gains a
//! reference to `people` that is in neither [`NAMING`] nor [`DETACHED`]. The store runs with
//! `secure_delete`, so the erased text does not linger in the database's free pages.

use super::model::{ErasePreview, ErasedRows};
use super::sql as rows;
use crate::error::Result;
use crate::store::{Read, Store, Write};

/// Every (table, column) whose rows name a person and go with them, children first; the
/// person's own row last.
pub(crate) const NAMING: &[(&str, &str)] = &[
    ("assessments", "person_id"),
    ("interaction_people", "person_id"),
    ("audience_members", "person_id"),
    ("briefings", "person_id"),
    ("checkins", "person_id"),
    ("alert_acknowledgments", "person_id"),
    ("people", "id"),
];

/// Interactions with this person alone: their summary is about them, so they go too (an
/// interaction shared with others stays, without them).
const SOLE_INTERACTIONS: &str = "FROM interactions WHERE id IN
     (SELECT interaction_id FROM interaction_people WHERE person_id = ?1)
     AND NOT EXISTS (SELECT 1 FROM interaction_people o
                     WHERE o.interaction_id = interactions.id AND o.person_id <> ?1)";

/// References to a person from rows that stay when the person goes: set to nothing.
pub(crate) const DETACHED: &[(&str, &str)] = &[("people", "reports_to")];

fn preview_in(r: &Read, person_id: i64) -> Result<ErasePreview> {
    let person = rows::get(r, person_id)?;
    let mut counted = vec![ErasedRows {
        table: "interactions".into(),
        count: rows::count_where(r, SOLE_INTERACTIONS, person_id)?,
    }];
    for (table, column) in NAMING {
        counted.push(ErasedRows {
            table: (*table).to_owned(),
            count: rows::count_naming(r, table, column, person_id)?,
        });
    }
    Ok(ErasePreview {
        person_id,
        name: person.name,
        rows: counted,
        reports: rows::count_naming(r, "people", "reports_to", person_id)?,
    })
}

/// What erasing the person would remove, for the confirmation.
pub fn preview(store: &Store, person_id: i64) -> Result<ErasePreview> {
    store.read(|r| preview_in(r, person_id))
}

fn erase_in(w: &Write, person_id: i64) -> Result<ErasePreview> {
    let done = preview_in(&w.as_read(), person_id)?;
    for (table, column) in DETACHED {
        rows::detach(w, table, column, person_id)?;
    }
    rows::delete_where(w, SOLE_INTERACTIONS, person_id)?;
    for (table, column) in NAMING {
        rows::delete_naming(w, table, column, person_id)?;
    }
    Ok(done)
}

/// Removes the person and every row that names them; returns what was removed.
pub fn erase(store: &Store, person_id: i64) -> Result<ErasePreview> {
    store.write(|w| erase_in(w, person_id))
}
