//! SQL for audiences and announcements.

use crate::announcement::{Announcement, Audience, AudienceStatus, Board, Channel};
use crate::error::{Error, Result};
use crate::store::{code, Read, Write};
use rusqlite::OptionalExtension;

pub fn board(r: &Read, mission_id: i64, to_announce: Option<i64>) -> Result<Board> {
    let mut stmt = r.conn().prepare_cached(
        "SELECT id, name FROM audiences WHERE mission_id = ?1 ORDER BY position, id",
    )?;
    let audiences: Vec<Audience> = stmt
        .query_map([mission_id], |row| {
            Ok(Audience {
                id: row.get(0)?,
                name: row.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = r.conn().prepare_cached(
        "SELECT a.id, a.audience_id, v.number, a.announced_by, a.announced_on, a.channel, a.note
         FROM announcements a JOIN charter_versions v ON v.id = a.version_id
         WHERE a.audience_id = ?1 ORDER BY a.announced_on DESC, a.id DESC",
    )?;
    let mut statuses = Vec::with_capacity(audiences.len());
    for audience in audiences {
        let announcements: Vec<Announcement> = stmt
            .query_map([audience.id], |row| {
                Ok(Announcement {
                    id: row.get(0)?,
                    audience_id: row.get(1)?,
                    version: row.get(2)?,
                    announced_by: row.get(3)?,
                    announced_on: row.get(4)?,
                    channel: code(row, 5, Channel::from_code)?,
                    note: row.get(6)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let told = to_announce.is_some_and(|n| announcements.iter().any(|a| a.version == n));
        statuses.push(AudienceStatus {
            audience,
            announcements,
            told,
        });
    }
    Ok(Board {
        to_announce,
        audiences: statuses,
    })
}

pub fn insert_audience(w: &Write, mission_id: i64, name: &str) -> Result<i64> {
    w.conn().execute(
        "INSERT INTO audiences (mission_id, name, position)
         VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM audiences WHERE mission_id = ?1))",
        (mission_id, name),
    )?;
    Ok(w.conn().last_insert_rowid())
}

pub fn audience_mission(r: &Read, audience_id: i64) -> Result<i64> {
    r.conn()
        .prepare_cached("SELECT mission_id FROM audiences WHERE id = ?1")?
        .query_row([audience_id], |row| row.get(0))
        .optional()?
        .ok_or(Error::NotFound {
            what: "audience",
            id: audience_id,
        })
}

/// Renames an audience; returns its mission.
pub fn rename_audience(w: &Write, audience_id: i64, name: &str) -> Result<i64> {
    let mission_id = audience_mission(&w.as_read(), audience_id)?;
    w.conn().execute(
        "UPDATE audiences SET name = ?2 WHERE id = ?1",
        (audience_id, name),
    )?;
    Ok(mission_id)
}

/// Deletes an audience with its announcements; returns its mission.
pub fn delete_audience(w: &Write, audience_id: i64) -> Result<i64> {
    let mission_id = audience_mission(&w.as_read(), audience_id)?;
    w.conn()
        .execute("DELETE FROM audiences WHERE id = ?1", [audience_id])?;
    Ok(mission_id)
}

pub struct NewAnnouncement<'a> {
    pub by: &'a str,
    pub on: &'a str,
    pub channel: Channel,
    pub note: &'a str,
}

pub fn insert_announcement(
    w: &Write,
    audience_id: i64,
    version_id: i64,
    a: &NewAnnouncement,
    now: &str,
) -> Result<()> {
    w.conn().execute(
        "INSERT INTO announcements (audience_id, version_id, announced_by, announced_on, channel, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        (audience_id, version_id, a.by, a.on, a.channel.code(), a.note, now),
    )?;
    Ok(())
}
