//! The teams she leads: once she says she leads a team of the register, everyone in it is in
//! her team for the wellbeing notes, including people added to it later, without marking each
//! one (issue 11, item 1). Marking one by one (`set_team_member`) still works beside it, for
//! someone of another team she looks after. Leading no longer a team takes its people off the
//! board, not their notes: those stay until erased or deleted by retention, as with the switch.

use super::open_mission;
use crate::error::{Error, Invalid, Result};
use crate::store::{Read, Store, Write};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The longest team name the register keeps.
const TEAM_MAX: usize = 200;

/// A team of the mission: as the register names it, how many people (not archived) are in
/// it, and whether she leads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RegisterTeam {
    pub team: String,
    pub people: u32,
    pub led: bool,
}

/// Every team the register names (people not archived), and the ones she leads that nobody is
/// in any more, by name.
pub fn teams(store: &Store, mission_id: i64) -> Result<Vec<RegisterTeam>> {
    store.read(|r| {
        crate::mission::sql::get(r, mission_id)?;
        of_mission(r, mission_id)
    })
}

/// She leads `team`, or no longer does; returns the teams as [`teams`] does. The name is
/// trimmed; an empty one or one longer than the register allows is refused on `team`.
pub fn lead_team(
    store: &Store,
    mission_id: i64,
    team: &str,
    leads: bool,
) -> Result<Vec<RegisterTeam>> {
    let team = team.trim();
    if team.is_empty() {
        return Err(Error::invalid("team", Invalid::Required));
    }
    if team.chars().count() > TEAM_MAX {
        return Err(Error::invalid("team", Invalid::TooLong { max: TEAM_MAX }));
    }
    store.write(|w| {
        open_mission(&w.as_read(), mission_id)?;
        set_led(w, mission_id, team, leads)?;
        of_mission(&w.as_read(), mission_id)
    })
}

fn of_mission(r: &Read, mission_id: i64) -> Result<Vec<RegisterTeam>> {
    let mut stmt = r.conn().prepare_cached(
        // The register's spelling of a team, where someone is in it.
        "SELECT coalesce(max(CASE WHEN led = 0 THEN team END), max(team)), sum(people), max(led)
         FROM (
             SELECT team, 1 AS people, 0 AS led FROM people
             WHERE mission_id = ?1 AND archived = 0 AND team <> ''
             UNION ALL
             SELECT team, 0, 1 FROM led_teams WHERE mission_id = ?1)
         GROUP BY team COLLATE NOCASE ORDER BY team COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([mission_id], |row| {
        Ok(RegisterTeam {
            team: row.get(0)?,
            people: row.get(1)?,
            led: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn set_led(w: &Write, mission_id: i64, team: &str, leads: bool) -> Result<()> {
    // Kept as the register spells it, whatever the case typed.
    let spelled: Option<String> = w
        .conn()
        .query_row(
            "SELECT team FROM people WHERE mission_id = ?1 AND team = ?2 COLLATE NOCASE LIMIT 1",
            rusqlite::params![mission_id, team],
            |row| row.get(0),
        )
        .optional()?;
    let team = spelled.as_deref().unwrap_or(team);
    let sql = if leads {
        "INSERT OR IGNORE INTO led_teams (mission_id, team) VALUES (?1, ?2)"
    } else {
        "DELETE FROM led_teams WHERE mission_id = ?1 AND team = ?2"
    };
    w.conn().execute(sql, rusqlite::params![mission_id, team])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mission::{self, tests::draft};
    use crate::people::{self, tests::person, Group, PersonInput};
    use crate::store::tests::temp_store;
    use crate::wellbeing::{self, tests::check};

    fn in_team(name: &str, team: &str) -> PersonInput {
        PersonInput {
            team: team.into(),
            ..person(name, Group::Applications)
        }
    }

    fn board_names(store: &Store, m: i64) -> Vec<String> {
        wellbeing::board(store, m, "2026-11-30")
            .unwrap()
            .people
            .into_iter()
            .map(|r| r.name)
            .collect()
    }

    #[test]
    fn everyone_of_a_team_she_leads_is_in_her_team_until_she_no_longer_leads_it() {
        let (_dir, store) = temp_store();
        let m = mission::create(&store, &draft("Ravel", "SI")).unwrap().id;
        let karim = people::add(&store, m, &in_team("Karim Benali", "Applications WMS")).unwrap();
        let eric = people::add(&store, m, &in_team("Éric Lenoir", "Infrastructure")).unwrap();
        assert!(board_names(&store, m).is_empty());
        let refused = wellbeing::add_checkin(&store, karim.id, &check("2026-11-20", 3, 3, 40));
        assert!(refused.is_err(), "not in her team yet");

        // Named in another case and with spaces: the register's team all the same.
        let teams = lead_team(&store, m, "  applications wms ", true).unwrap();
        assert_eq!(
            teams,
            [
                RegisterTeam {
                    team: "Applications WMS".into(),
                    people: 1,
                    led: true
                },
                RegisterTeam {
                    team: "Infrastructure".into(),
                    people: 1,
                    led: false
                },
            ]
        );
        let karim = people::get(&store, karim.id).unwrap();
        assert!(karim.through_team && !karim.team_member && karim.in_team());
        assert!(!people::get(&store, eric.id).unwrap().in_team());
        wellbeing::add_checkin(&store, karim.id, &check("2026-11-20", 2, 4, 60)).unwrap();
        // Someone added to the team later is in it at once.
        let lea = people::add(&store, m, &in_team("Léa Roux", "Applications WMS")).unwrap();
        assert_eq!(board_names(&store, m), ["Karim Benali", "Léa Roux"]);
        assert!(wellbeing::is_team_member(&store, lea.id).unwrap());
        // Marked one by one beside it: Éric too.
        wellbeing::set_team_member(&store, eric.id, true).unwrap();
        assert_eq!(board_names(&store, m).len(), 3);

        // No longer led: off the board, the notes kept.
        lead_team(&store, m, "Applications WMS", false).unwrap();
        assert_eq!(board_names(&store, m), ["Éric Lenoir"]);
        assert_eq!(wellbeing::list_checkins(&store, karim.id).unwrap().len(), 1);
        assert!(!people::get(&store, karim.id).unwrap().in_team());
    }

    #[test]
    fn a_team_is_named_or_refused_on_its_field_and_a_led_team_nobody_is_in_is_listed() {
        let (_dir, store) = temp_store();
        let m = mission::create(&store, &draft("Ravel", "SI")).unwrap().id;
        for bad in ["", "   ", &"x".repeat(TEAM_MAX + 1)] {
            match lead_team(&store, m, bad, true) {
                Err(Error::Invalid { field, .. }) => assert_eq!(field, "team"),
                other => panic!("{bad:?}: {other:?}"),
            }
        }
        assert!(teams(&store, m).unwrap().is_empty(), "nothing written");
        let listed = lead_team(&store, m, "Support N2", true).unwrap();
        assert_eq!(
            listed,
            [RegisterTeam {
                team: "Support N2".into(),
                people: 0,
                led: true
            }]
        );
        // Twice is once.
        assert_eq!(lead_team(&store, m, "Support N2", true).unwrap(), listed);
        assert!(matches!(teams(&store, m + 1), Err(Error::NotFound { .. })));
    }
}
