//! The register of people of a mission: who matters (the stakeholder map hangs from it) and
//! who is in her team (the wellbeing notes will). Everything Mandat holds about a named
//! person hangs from one row here, so that one action erases the person everywhere
//! ([`erase`]) and one page can show all that is held about them.

pub(crate) mod erase;
pub(crate) mod input;
pub mod model;
pub(crate) mod sql;

pub use erase::{erase, preview as erase_preview};
pub use model::*;

use crate::clock::now;
use crate::error::{Error, Invalid, Result};
use crate::mission::{sql as missions, MissionStatus};
use crate::store::{Read, Store, Write};
use input::ValidPerson;
use sql as rows;

/// The mission's people by name; archived ones too when `archived` is true.
pub fn list(store: &Store, mission_id: i64, archived: bool) -> Result<Vec<Person>> {
    store.read(|r| {
        missions::get(r, mission_id)?;
        rows::list(r, mission_id, archived)
    })
}

/// The people whose name, job title or team contains `query` (any case), as she types.
pub fn search(store: &Store, mission_id: i64, query: &str, limit: u32) -> Result<Vec<Person>> {
    let query = query.trim();
    store.read(|r| {
        if query.is_empty() {
            return rows::list(r, mission_id, false);
        }
        rows::search(r, mission_id, query, limit)
    })
}

pub fn get(store: &Store, id: i64) -> Result<Person> {
    store.read(|r| rows::get(r, id))
}

fn open_mission(r: &Read, mission_id: i64) -> Result<()> {
    if missions::get(r, mission_id)?.status == MissionStatus::Closed {
        return Err(Error::Closed(mission_id));
    }
    Ok(())
}

/// Who they report to must be another person of the same mission, and not someone who
/// reports to them (no loops in the org chart).
fn check_manager(r: &Read, mission_id: i64, person: Option<i64>, p: &ValidPerson) -> Result<()> {
    let Some(manager) = p.reports_to else {
        return Ok(());
    };
    let refused = Error::invalid("reportsTo", Invalid::Malformed);
    let Ok(found) = rows::get(r, manager) else {
        return Err(refused);
    };
    if found.mission_id != mission_id {
        return Err(refused);
    }
    if let Some(person) = person {
        if rows::reports_to_chain_contains(r, manager, person)? {
            return Err(refused);
        }
    }
    Ok(())
}

pub(crate) fn add_in(w: &Write, mission_id: i64, input: &PersonInput) -> Result<i64> {
    let valid = input.validate()?;
    let r = w.as_read();
    open_mission(&r, mission_id)?;
    check_manager(&r, mission_id, None, &valid)?;
    rows::insert(w, mission_id, &valid, &now())
}

/// Validates `input` and adds the person to the mission's register.
pub fn add(store: &Store, mission_id: i64, input: &PersonInput) -> Result<Person> {
    store.write(|w| {
        let id = add_in(w, mission_id, input)?;
        rows::get(&w.as_read(), id)
    })
}

/// Replaces a person's details.
pub fn update(store: &Store, id: i64, input: &PersonInput) -> Result<Person> {
    let valid = input.validate()?;
    store.write(|w| {
        let r = w.as_read();
        let current = rows::get(&r, id)?;
        open_mission(&r, current.mission_id)?;
        check_manager(&r, current.mission_id, Some(id), &valid)?;
        rows::update(w, id, &valid, &now())?;
        rows::get(&w.as_read(), id)
    })
}

/// Archives (hides from lists, keeps) or brings back a person.
pub fn set_archived(store: &Store, id: i64, archived: bool) -> Result<Person> {
    store.write(|w| {
        let current = rows::get(&w.as_read(), id)?;
        open_mission(&w.as_read(), current.mission_id)?;
        rows::set_archived(w, id, archived, &now())?;
        rows::get(&w.as_read(), id)
    })
}

#[cfg(test)]
pub(crate) mod tests;
