//! Erasing a person for real: every row that names them, in one transaction.
//!
//! [`NAMING`] lists every column of the schema that holds a person, so the code that erases
//! them names each table on purpose; a test over the schema fails when a table gains a
//! reference to `people` that is in neither [`NAMING`] nor [`DETACHED`]. The store runs with
//! `secure_delete`, and the erasure checkpoints and truncates the write-ahead log
//! ([`Store::write_forgetting`]), so the erased text lingers neither in the database's free
//! pages nor in old log frames.
//!
//! Older copies of the database (the backups) still hold the person after an erasure: each
//! erasure is recorded in `erased_people` ([`Erased`]: an id and a moment, no name) so that
//! `backup::purge` can rewrite every backup without them, then or later, and a restore of an
//! older backup erases them again ([`erase_again`]).

use super::model::{ErasePreview, ErasedRows};
use super::sql as rows;
use crate::error::{Error, Result};
use crate::store::{Read, Store, Write};

/// A person erased from the register, as `erased_people` remembers them until every backup is
/// purged of them: the id their row had, when that row was made (SQLite reuses a freed id, so
/// the id alone could name a later person in a newer backup), and the day of the erasure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Erased {
    pub person_id: i64,
    pub created_at: String,
    pub erased_on: String,
}

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
    let created_at = rows::created_at(&w.as_read(), person_id)?.ok_or(Error::NotFound {
        what: "person",
        id: person_id,
    })?;
    for (table, column) in DETACHED {
        rows::detach(w, table, column, person_id)?;
    }
    rows::delete_where(w, SOLE_INTERACTIONS, person_id)?;
    for (table, column) in NAMING {
        rows::delete_naming(w, table, column, person_id)?;
    }
    rows::record_erased(
        w,
        &Erased {
            person_id,
            created_at,
            erased_on: crate::clock::today(),
        },
    )?;
    Ok(done)
}

/// Erases `who` from a copy of the database (a backup, perhaps of an older schema: a table it
/// does not have yet is skipped), the same rows as [`erase`]; returns how many rows went.
/// Nothing goes when the copy holds no row with that id made at that moment.
pub(crate) fn erase_copy(w: &Write, who: &Erased) -> Result<u32> {
    let r = w.as_read();
    if !rows::holds(&r, who)? {
        return Ok(0);
    }
    let id = who.person_id;
    let sole = rows::has_table(&r, "interactions")? && rows::has_table(&r, "interaction_people")?;
    let mut present = Vec::new();
    for (table, column) in NAMING {
        if rows::has_table(&r, table)? {
            present.push((*table, *column));
        }
    }
    let mut removed = 0;
    if sole {
        removed += rows::count_where(&r, SOLE_INTERACTIONS, id)?;
    }
    for (table, column) in &present {
        removed += rows::count_naming(&r, table, column, id)?;
    }
    for (table, column) in DETACHED {
        rows::detach(w, table, column, id)?;
    }
    if sole {
        rows::delete_where(w, SOLE_INTERACTIONS, id)?;
    }
    for (table, column) in &present {
        rows::delete_naming(w, table, column, id)?;
    }
    Ok(removed)
}

/// The person as a backup knows them (what [`erase_copy`] would erase there), while they are
/// still in the register; `None` once erased.
pub(crate) fn identity(r: &Read, person_id: i64) -> Result<Option<Erased>> {
    Ok(rows::created_at(r, person_id)?.map(|created_at| Erased {
        person_id,
        created_at,
        erased_on: crate::clock::today(),
    }))
}

/// Whether a copy of the database (a backup, of any schema) holds `who`.
pub(crate) fn held(r: &Read, who: &Erased) -> Result<bool> {
    Ok(rows::has_table(r, "people")? && rows::holds(r, who)?)
}

/// The erasures whose backups are still to be purged, oldest first.
pub(crate) fn erased(r: &Read) -> Result<Vec<Erased>> {
    rows::erased(r)
}

/// Every backup is purged of `who`: nothing is left to remember.
pub(crate) fn forget(w: &Write, who: &Erased) -> Result<()> {
    rows::forget_erased(w, who)
}

/// After a restore, in the restored database: erases again each person erased before it (the
/// backup may be older than the erasure) and keeps remembering them, so that the other backups
/// are still offered for purging.
pub(crate) fn erase_again(w: &Write, erased: &[Erased]) -> Result<()> {
    for who in erased {
        erase_copy(w, who)?;
        rows::record_erased(w, who)?;
    }
    Ok(())
}

/// Removes the person and every row that names them; returns what was removed.
pub fn erase(store: &Store, person_id: i64) -> Result<ErasePreview> {
    store.write_forgetting(|w| erase_in(w, person_id))
}
