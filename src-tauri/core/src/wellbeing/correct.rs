//! Correcting the wording of a note before the person reads it: the copy she hands over
//! (GDPR art. 15) must be factual (CNIL), and the person may ask for a correction (art. 16).
//! Only the observation changes; the numbers, signals and actions stay as recorded.

use super::input::MAX_OBSERVATION;
use super::{open_mission, sql as rows, CheckIn};
use crate::error::Result;
use crate::people::sql as people;
use crate::store::Store;
use crate::validate;

/// Replaces a check-in's observation with `observation`, refused as on entry (too long names
/// the field `observation`) and while the mission is closed.
pub fn update_observation(store: &Store, checkin_id: i64, observation: &str) -> Result<CheckIn> {
    let observation = validate::text("observation", observation, MAX_OBSERVATION)?;
    store.write(|w| {
        let c = rows::get(&w.as_read(), checkin_id)?;
        let person = people::get(&w.as_read(), c.person_id)?;
        open_mission(&w.as_read(), person.mission_id)?;
        rows::set_observation(w, checkin_id, &observation)?;
        rows::get(&w.as_read(), checkin_id)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Error, Invalid};
    use crate::mission::{self, tests::draft, MissionStatus};
    use crate::people::{self, tests::person, Group};
    use crate::store::tests::temp_store;
    use crate::wellbeing::{add_checkin, list_checkins, set_team_member, CheckInInput};

    fn one_check_in(store: &Store) -> (i64, CheckIn) {
        let m = mission::create(store, &draft("Ravel", "Redresser le SI")).unwrap();
        let p = people::add(store, m.id, &person("Karim Benali", Group::Applications)).unwrap();
        set_team_member(store, p.id, true).unwrap();
        let input = CheckInInput {
            checked_on: "2026-10-05".into(),
            mood: 2,
            stress: 4,
            hours: 62,
            signals: vec!["tired".into()],
            observation: "A l'air à bout, il craque".into(),
            actions: vec!["one_to_one".into()],
            ..CheckInInput::default()
        };
        (m.id, add_checkin(store, p.id, &input).unwrap())
    }

    #[test]
    fn the_wording_changes_and_nothing_else() {
        let (_dir, store) = temp_store();
        let (_, before) = one_check_in(&store);
        let after =
            update_observation(&store, before.id, "  Yeux cernés ; a dit « je tiens »  ").unwrap();
        assert_eq!(after.observation, "Yeux cernés ; a dit « je tiens »");
        let unchanged = CheckIn {
            observation: before.observation.clone(),
            ..after.clone()
        };
        assert_eq!(unchanged, before);
        assert_eq!(
            list_checkins(&store, before.person_id).unwrap(),
            vec![after]
        );
    }

    #[test]
    fn a_refused_correction_changes_nothing() {
        let (_dir, store) = temp_store();
        let (mission_id, before) = one_check_in(&store);
        let long = "x".repeat(MAX_OBSERVATION + 1);
        match update_observation(&store, before.id, &long) {
            Err(Error::Invalid {
                field: "observation",
                reason: Invalid::TooLong { max },
            }) => assert_eq!(max, MAX_OBSERVATION),
            other => panic!("not refused as too long: {other:?}"),
        }
        assert!(matches!(
            update_observation(&store, before.id + 1, "Va mieux"),
            Err(Error::NotFound {
                what: "check-in",
                ..
            })
        ));
        mission::set_status(&store, mission_id, MissionStatus::Closed).unwrap();
        assert!(matches!(
            update_observation(&store, before.id, "Va mieux"),
            Err(Error::Closed(id)) if id == mission_id
        ));
        assert_eq!(
            list_checkins(&store, before.person_id).unwrap(),
            vec![before]
        );
    }
}
