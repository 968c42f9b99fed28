//! SQL for assessments.

use super::interaction::{Interaction, InteractionChannel, ValidInteraction};
use super::map::{Cadence, MapRow};
use super::{Assessment, Engagement, ValidAssessment};
use crate::error::{Error, Result};
use crate::store::{code, Migration, Read, Write};
use rusqlite::{named_params, OptionalExtension, Row};

/// This feature's part of the schema (see `crate::schema`).
pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration {
        id: "20261202100100_assessments",
        sql: include_str!("migrations/20261202100100_assessments.sql"),
    },
    Migration {
        id: "20261202100200_interactions",
        sql: include_str!("migrations/20261202100200_interactions.sql"),
    },
];

const COLUMNS: &str = "id, person_id, assessed_on, power, interest, engagement, target, comment";

fn assessment(row: &Row) -> rusqlite::Result<Assessment> {
    Ok(Assessment {
        id: row.get(0)?,
        person_id: row.get(1)?,
        assessed_on: row.get(2)?,
        power: row.get(3)?,
        interest: row.get(4)?,
        engagement: code(row, 5, Engagement::from_code)?,
        target: code(row, 6, Engagement::from_code)?,
        comment: row.get(7)?,
    })
}

pub fn insert(w: &Write, person_id: i64, a: &ValidAssessment, now: &str) -> Result<i64> {
    w.conn().execute(
        "INSERT INTO assessments (person_id, assessed_on, power, interest, engagement, target,
             comment, created_at)
         VALUES (:person, :on, :power, :interest, :engagement, :target, :comment, :now)",
        named_params! {
            ":person": person_id, ":on": a.assessed_on, ":power": a.power,
            ":interest": a.interest, ":engagement": a.engagement.code(),
            ":target": a.target.code(), ":comment": a.comment, ":now": now,
        },
    )?;
    Ok(w.conn().last_insert_rowid())
}

pub fn get(r: &Read, id: i64) -> Result<Assessment> {
    r.conn()
        .prepare_cached(&format!("SELECT {COLUMNS} FROM assessments WHERE id = ?1"))?
        .query_row([id], assessment)
        .optional()?
        .ok_or(Error::NotFound {
            what: "assessment",
            id,
        })
}

pub fn history(r: &Read, person_id: i64) -> Result<Vec<Assessment>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM assessments WHERE person_id = ?1 ORDER BY assessed_on, id"
    ))?;
    let rows = stmt.query_map([person_id], assessment)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const INTERACTION_COLUMNS: &str = "i.id, i.mission_id, i.happened_on, i.channel, i.summary, \
     i.sentiment, i.commitments, i.follow_up, i.follow_up_on, i.follow_up_done, \
     (SELECT group_concat(person_id) FROM interaction_people WHERE interaction_id = i.id)";

fn interaction_row(row: &Row) -> rusqlite::Result<Interaction> {
    let people: Option<String> = row.get(10)?;
    Ok(Interaction {
        id: row.get(0)?,
        mission_id: row.get(1)?,
        happened_on: row.get(2)?,
        channel: code(row, 3, InteractionChannel::from_code)?,
        summary: row.get(4)?,
        sentiment: row.get(5)?,
        commitments: row.get(6)?,
        follow_up: row.get(7)?,
        follow_up_on: row.get(8)?,
        follow_up_done: row.get(9)?,
        people: people
            .unwrap_or_default()
            .split(',')
            .filter_map(|id| id.parse().ok())
            .collect(),
    })
}

pub fn insert_interaction(w: &Write, mission: i64, i: &ValidInteraction, now: &str) -> Result<i64> {
    w.conn().execute(
        "INSERT INTO interactions (mission_id, happened_on, channel, summary, sentiment,
             commitments, follow_up, follow_up_on, created_at)
         VALUES (:mission, :on, :channel, :summary, :sentiment, :commitments, :follow_up,
             :follow_up_on, :now)",
        named_params! {
            ":mission": mission, ":on": i.happened_on, ":channel": i.channel.code(),
            ":summary": i.summary, ":sentiment": i.sentiment, ":commitments": i.commitments,
            ":follow_up": i.follow_up, ":follow_up_on": i.follow_up_on, ":now": now,
        },
    )?;
    let id = w.conn().last_insert_rowid();
    let mut link = w.conn().prepare_cached(
        "INSERT INTO interaction_people (interaction_id, person_id, happened_on)
         VALUES (?1, ?2, ?3)",
    )?;
    for person in &i.people {
        link.execute(rusqlite::params![id, *person, i.happened_on])?;
    }
    Ok(id)
}

pub fn interaction(r: &Read, id: i64) -> Result<Interaction> {
    r.conn()
        .prepare_cached(&format!(
            "SELECT {INTERACTION_COLUMNS} FROM interactions i WHERE i.id = ?1"
        ))?
        .query_row([id], interaction_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: "interaction",
            id,
        })
}

pub fn interactions(r: &Read, mission: i64, person: Option<i64>) -> Result<Vec<Interaction>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {INTERACTION_COLUMNS} FROM interactions i
         WHERE i.mission_id = ?1 AND (?2 IS NULL OR i.id IN
             (SELECT interaction_id FROM interaction_people WHERE person_id = ?2))
         ORDER BY i.happened_on DESC, i.id DESC"
    ))?;
    let rows = stmt.query_map(rusqlite::params![mission, person], interaction_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Follow-ups not done whose date is before `on`, oldest first.
pub fn follow_ups_due(r: &Read, mission: i64, on: &str) -> Result<Vec<Interaction>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {INTERACTION_COLUMNS} FROM interactions i
         WHERE i.mission_id = ?1 AND i.follow_up_done = 0 AND i.follow_up_on IS NOT NULL
             AND i.follow_up_on < ?2
         ORDER BY i.follow_up_on, i.id"
    ))?;
    let rows = stmt.query_map(rusqlite::params![mission, on], interaction_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn set_follow_up_done(w: &Write, id: i64, done: bool) -> Result<()> {
    let changed = w.conn().execute(
        "UPDATE interactions SET follow_up_done = ?2 WHERE id = ?1",
        rusqlite::params![id, done],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "interaction",
            id,
        });
    }
    Ok(())
}

/// Every person of the mission (not archived) with their latest assessment and their last
/// contact as of `on`, by name.
pub fn map_rows(r: &Read, mission: i64, on: &str) -> Result<Vec<MapRow>> {
    let mut stmt = r.conn().prepare_cached(
        "SELECT p.id, p.name, p.job_title, p.person_group, p.team,
             a.power, a.interest, a.engagement, a.target, a.assessed_on,
             (SELECT max(ip.happened_on) FROM interaction_people ip
              WHERE ip.person_id = p.id AND ip.happened_on <= :on)
         FROM people p
         LEFT JOIN assessments a ON a.id = (
             SELECT a2.id FROM assessments a2
             WHERE a2.person_id = p.id AND a2.assessed_on <= :on
             ORDER BY a2.assessed_on DESC, a2.id DESC LIMIT 1)
         WHERE p.mission_id = :mission AND p.archived = 0
         ORDER BY p.name COLLATE NOCASE, p.id",
    )?;
    let rows = stmt.query_map(named_params! {":mission": mission, ":on": on}, |row| {
        let engagement: Option<String> = row.get(7)?;
        let target: Option<String> = row.get(8)?;
        Ok(MapRow {
            person_id: row.get(0)?,
            name: row.get(1)?,
            job_title: row.get(2)?,
            group: code(row, 3, crate::people::Group::from_code)?,
            team: row.get(4)?,
            power: row.get(5)?,
            interest: row.get(6)?,
            engagement: engagement.as_deref().and_then(Engagement::from_code),
            target: target.as_deref().and_then(Engagement::from_code),
            assessed_on: row.get(9)?,
            last_contact: row.get(10)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn cadence(r: &Read, mission: i64) -> Result<Option<Cadence>> {
    Ok(r.conn()
        .query_row(
            "SELECT manage_closely, keep_satisfied, keep_informed, monitor
             FROM contact_cadence WHERE mission_id = ?1",
            [mission],
            |row| {
                Ok(Cadence {
                    manage_closely: row.get(0)?,
                    keep_satisfied: row.get(1)?,
                    keep_informed: row.get(2)?,
                    monitor: row.get(3)?,
                })
            },
        )
        .optional()?)
}

pub fn set_cadence(w: &Write, mission: i64, c: &Cadence) -> Result<()> {
    w.conn().execute(
        "INSERT INTO contact_cadence (mission_id, manage_closely, keep_satisfied, keep_informed,
             monitor) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (mission_id) DO UPDATE SET manage_closely = excluded.manage_closely,
             keep_satisfied = excluded.keep_satisfied, keep_informed = excluded.keep_informed,
             monitor = excluded.monitor",
        rusqlite::params![
            mission,
            c.manage_closely,
            c.keep_satisfied,
            c.keep_informed,
            c.monitor
        ],
    )?;
    Ok(())
}

/// Each person's latest assessment in the mission, by person.
pub fn latest(r: &Read, mission: i64) -> Result<std::collections::HashMap<i64, Assessment>> {
    let mut stmt = r.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM assessments a0 WHERE a0.id = (
             SELECT a.id FROM assessments a WHERE a.person_id = a0.person_id
             ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)
         AND a0.person_id IN (SELECT id FROM people WHERE mission_id = ?1)"
    ))?;
    let rows = stmt.query_map([mission], assessment)?;
    let mut out = std::collections::HashMap::new();
    for a in rows {
        let a = a?;
        out.insert(a.person_id, a);
    }
    Ok(out)
}
