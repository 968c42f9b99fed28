//! Who has been told the mandate, per person: the members of each audience, and the
//! announcements made to one person, one to one ("briefings"). A person counts as told of the
//! latest approved version when an audience they belong to was told of it, or they were.

use super::{Channel, MAX_NAME, MAX_NOTE};
use crate::charter::sql as charter;
use crate::clock::{now, today};
use crate::error::{Error, Invalid, Result};
use crate::people::sql as people;
use crate::store::{code, Migration, Read, Store};
use crate::validate;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use ts_rs::TS;

/// This part of the announcement feature's schema (see `crate::schema`).
pub(crate) const MIGRATIONS: &[Migration] = &[Migration {
    id: "20261202100300_people_told",
    sql: include_str!("migrations/20261202100300_people_told.sql"),
}];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Briefing {
    pub id: i64,
    pub person_id: i64,
    pub version: i64,
    pub announced_by: String,
    pub announced_on: String,
    pub channel: Channel,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BriefingInput {
    pub person_id: i64,
    pub announced_by: String,
    /// `YYYY-MM-DD`; today when empty.
    #[serde(default)]
    pub announced_on: String,
    pub channel: Channel,
    #[serde(default)]
    pub note: String,
}

fn audience_mission(r: &Read, audience_id: i64) -> Result<i64> {
    super::sql::audience_mission(r, audience_id)
}

/// Makes a person of the register a member of an audience (or no longer one).
pub fn set_member(store: &Store, audience_id: i64, person_id: i64, member: bool) -> Result<()> {
    store.write(|w| {
        let r = w.as_read();
        let mission = audience_mission(&r, audience_id)?;
        if people::get(&r, person_id)?.mission_id != mission {
            return Err(Error::invalid("personId", Invalid::Malformed));
        }
        let sql = if member {
            "INSERT OR IGNORE INTO audience_members (audience_id, person_id) VALUES (?1, ?2)"
        } else {
            "DELETE FROM audience_members WHERE audience_id = ?1 AND person_id = ?2"
        };
        w.conn().execute(sql, [audience_id, person_id])?;
        Ok(())
    })
}

/// The people of an audience, by id.
pub fn members(store: &Store, audience_id: i64) -> Result<Vec<i64>> {
    store.read(|r| {
        audience_mission(r, audience_id)?;
        let mut stmt = r.conn().prepare_cached(
            "SELECT person_id FROM audience_members WHERE audience_id = ?1 ORDER BY person_id",
        )?;
        let ids = stmt
            .query_map([audience_id], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(ids)
    })
}

/// Records that the latest approved version was told to one person, one to one.
pub fn brief(store: &Store, input: &BriefingInput) -> Result<Briefing> {
    let by = validate::required("announcedBy", &input.announced_by, MAX_NAME)?;
    let on = match validate::optional_date("announcedOn", &input.announced_on)? {
        Some(date) => date.to_string(),
        None => today(),
    };
    let note = validate::text("note", &input.note, MAX_NOTE)?;
    store.write(|w| {
        let r = w.as_read();
        let mission = people::get(&r, input.person_id)?.mission_id;
        let version = charter::latest_approved(&r, mission)?.ok_or(Error::NothingApproved)?;
        validate::day_between("announcedOn", &on, version.decided_on.as_deref())?;
        w.conn().execute(
            "INSERT INTO briefings (person_id, version_id, announced_by, announced_on, channel,
                 note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            rusqlite::params![
                input.person_id,
                version.id,
                by,
                on,
                input.channel.code(),
                note,
                now()
            ],
        )?;
        let id = w.conn().last_insert_rowid();
        briefing(&w.as_read(), id)
    })
}

fn briefing(r: &Read, id: i64) -> Result<Briefing> {
    r.conn()
        .prepare_cached(
            "SELECT b.id, b.person_id, v.number, b.announced_by, b.announced_on, b.channel, b.note
             FROM briefings b JOIN charter_versions v ON v.id = b.version_id WHERE b.id = ?1",
        )?
        .query_row([id], |row| {
            Ok(Briefing {
                id: row.get(0)?,
                person_id: row.get(1)?,
                version: row.get(2)?,
                announced_by: row.get(3)?,
                announced_on: row.get(4)?,
                channel: code(row, 5, Channel::from_code)?,
                note: row.get(6)?,
            })
        })
        .optional()?
        .ok_or(Error::NotFound {
            what: "briefing",
            id,
        })
}

/// The latest approved version's number, and the people told of it.
pub(crate) fn told_people(r: &Read, mission_id: i64) -> Result<(Option<i64>, HashSet<i64>)> {
    let Some(version) = charter::latest_approved(r, mission_id)? else {
        return Ok((None, HashSet::new()));
    };
    let mut stmt = r.conn().prepare_cached(
        "SELECT m.person_id FROM audience_members m
             JOIN announcements a ON a.audience_id = m.audience_id WHERE a.version_id = ?1
         UNION SELECT person_id FROM briefings WHERE version_id = ?1",
    )?;
    let told = stmt
        .query_map([version.id], |row| row.get(0))?
        .collect::<rusqlite::Result<HashSet<i64>>>()?;
    Ok((Some(version.number), told))
}

/// One audience a person belongs to, and the newest version it was told of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Membership {
    pub audience_id: i64,
    pub name: String,
    /// The newest version announced to the audience; `None` if it never heard of any.
    pub told_version: Option<i64>,
}

/// What one person has been told: their audiences, their one-to-one briefings, and whether
/// that adds up to the latest approved version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonTold {
    pub to_announce: Option<i64>,
    pub told: bool,
    pub audiences: Vec<Membership>,
    /// Newest first.
    pub briefings: Vec<Briefing>,
}

pub(crate) fn told_of(r: &Read, person_id: i64) -> Result<PersonTold> {
    let mission = people::get(r, person_id)?.mission_id;
    let mut stmt = r.conn().prepare_cached(
        "SELECT au.id, au.name,
                (SELECT MAX(v.number) FROM announcements a
                   JOIN charter_versions v ON v.id = a.version_id WHERE a.audience_id = au.id)
         FROM audience_members m JOIN audiences au ON au.id = m.audience_id
         WHERE m.person_id = ?1 ORDER BY au.name COLLATE NOCASE, au.id",
    )?;
    let audiences = stmt
        .query_map([person_id], |row| {
            Ok(Membership {
                audience_id: row.get(0)?,
                name: row.get(1)?,
                told_version: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let ids = r
        .conn()
        .prepare_cached(
            "SELECT id FROM briefings WHERE person_id = ?1 ORDER BY announced_on DESC, id DESC",
        )?
        .query_map([person_id], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    let briefings = ids
        .into_iter()
        .map(|id| briefing(r, id))
        .collect::<Result<Vec<_>>>()?;
    let to_announce = charter::latest_approved(r, mission)?.map(|v| v.number);
    let told = to_announce.is_some_and(|latest| {
        audiences.iter().any(|a| a.told_version == Some(latest))
            || briefings.iter().any(|b| b.version == latest)
    });
    Ok(PersonTold {
        to_announce,
        told,
        audiences,
        briefings,
    })
}
