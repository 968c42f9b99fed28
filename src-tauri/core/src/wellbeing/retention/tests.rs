use super::*;
use crate::mission::{self, tests::draft};
use crate::people::{self, tests::person, Group};
use crate::store::tests::temp_store;
use crate::wellbeing::{self, AcknowledgmentInput, CheckInInput};
use chrono::Days;

fn today_date() -> NaiveDate {
    today().parse().unwrap()
}

fn ago(days: u64) -> String {
    (today_date() - Days::new(days)).to_string()
}

fn member(store: &Store, mission: i64, name: &str) -> i64 {
    let p = people::add(store, mission, &person(name, Group::Applications)).unwrap();
    wellbeing::set_team_member(store, p.id, true).unwrap();
    p.id
}

fn note(store: &Store, person: i64, days_ago: u64, observation: &str) {
    let input = CheckInInput {
        checked_on: ago(days_ago),
        mood: 3,
        stress: 3,
        hours: 45,
        observation: observation.into(),
        ..CheckInInput::default()
    };
    wellbeing::add_checkin(store, person, &input).unwrap();
}

fn acknowledge(store: &Store, person: i64, days_ago: u64) {
    wellbeing::acknowledge(
        store,
        &AcknowledgmentInput {
            person_id: person,
            kind: "long_week".into(),
            since: ago(days_ago + 3),
            acknowledged_on: ago(days_ago),
            what_was_done: "un entretien, deux jours de repos".into(),
        },
    )
    .unwrap();
}

/// A mission with Karim (two old check-ins, a recent one, an old acknowledgment), Sophie (a
/// recent check-in, a recent acknowledgment) and Paul (one old check-in).
fn mission_with_notes(store: &Store) -> (i64, [i64; 3]) {
    let m = mission::create(store, &draft("Ravel", "SI")).unwrap().id;
    let karim = member(store, m, "Karim Benali");
    let sophie = member(store, m, "Sophie Martin");
    let paul = member(store, m, "Paul Girard");
    note(store, karim, 500, "ancienne, très ancienne");
    note(store, karim, 400, "ancienne");
    note(store, karim, 10, "récente");
    acknowledge(store, karim, 390);
    note(store, sophie, 20, "récente aussi");
    acknowledge(store, sophie, 15);
    note(store, paul, 370, "ancienne de Paul");
    (m, [karim, sophie, paul])
}

fn observations(store: &Store, person: i64) -> Vec<String> {
    wellbeing::list_checkins(store, person)
        .unwrap()
        .into_iter()
        .map(|c| c.observation)
        .collect()
}

#[test]
fn the_proposal_counts_the_notes_older_than_twelve_months_and_deletes_nothing() {
    let (_dir, store) = temp_store();
    let (m, [karim, sophie, paul]) = mission_with_notes(&store);
    let p = proposal(&store, m, "").unwrap();
    assert_eq!(
        p,
        RetentionProposal {
            mission_id: m,
            on: today(),
            months: 12,
            cut_off: today_date()
                .checked_sub_months(Months::new(12))
                .unwrap()
                .to_string(),
            closed_on: None,
            whole_mission: false,
            notes: 3,
            acknowledgments: 1,
            people: 2,
            oldest: Some(ago(500)),
        }
    );
    assert!(!p.is_empty());
    assert_eq!(observations(&store, karim).len(), 3, "nothing deleted");
    assert_eq!(observations(&store, paul).len(), 1);
    assert_eq!(observations(&store, sophie).len(), 1);
    assert!(decisions(&store, m).unwrap().is_empty(), "nothing recorded");
    // A shorter period puts more forward.
    set_period(&store, m, 1).unwrap();
    let p = proposal(&store, m, "").unwrap();
    assert_eq!(
        (p.months, p.notes, p.acknowledgments, p.people),
        (1, 3, 1, 2)
    );
    set_period(&store, m, 6).unwrap();
    assert_eq!(period(&store, m).unwrap(), 6);
    // Seen as on an earlier day: fewer are old yet.
    let earlier = proposal(&store, m, &ago(200)).unwrap();
    assert_eq!(
        earlier.cut_off,
        (today_date() - Days::new(200))
            .checked_sub_months(Months::new(6))
            .unwrap()
            .to_string()
    );
    assert_eq!((earlier.notes, earlier.people), (2, 1));
}

#[test]
fn applying_deletes_only_the_old_notes_and_records_the_decision() {
    let (_dir, store) = temp_store();
    let (m, [karim, sophie, paul]) = mission_with_notes(&store);
    let proposed = proposal(&store, m, "").unwrap();
    let decision = apply(&store, m, "").unwrap();
    assert_eq!(
        (
            decision.decided_on.as_str(),
            decision.cut_off.as_str(),
            decision.months,
            decision.whole_mission,
            decision.notes_deleted,
            decision.acknowledgments_deleted,
            decision.people,
        ),
        (
            today().as_str(),
            proposed.cut_off.as_str(),
            12,
            false,
            3,
            1,
            2
        )
    );
    assert_eq!(observations(&store, karim), ["récente"]);
    assert_eq!(observations(&store, sophie), ["récente aussi"]);
    assert!(observations(&store, paul).is_empty());
    let acks = wellbeing::acknowledgments(&store, m).unwrap();
    assert_eq!(acks.len(), 1);
    assert_eq!(acks[0].person_id, sophie);
    assert_eq!(
        decisions(&store, m).unwrap(),
        std::slice::from_ref(&decision)
    );
    // Nothing old is left: proposed again, nothing; applied again, recorded with zeros.
    assert!(proposal(&store, m, "").unwrap().is_empty());
    let again = apply(&store, m, "").unwrap();
    assert_eq!((again.notes_deleted, again.people), (0, 0));
    assert_eq!(decisions(&store, m).unwrap(), [again, decision]);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn a_mission_closed_for_more_than_thirty_days_puts_every_note_forward() {
    let (_dir, store) = temp_store();
    let (m, [karim, sophie, _]) = mission_with_notes(&store);
    let other = mission::create(&store, &draft("Autre", "SI")).unwrap().id;
    let elsewhere = member(&store, other, "Lucie Roy");
    note(&store, elsewhere, 5, "autre mission");
    mission::set_status(&store, m, MissionStatus::Closed).unwrap();
    let closed_days_ago = |days: u64| {
        store
            .write(|w| {
                w.conn().execute(
                    "UPDATE missions SET updated_at = ?2 WHERE id = ?1",
                    rusqlite::params![m, format!("{}T09:00:00Z", ago(days))],
                )?;
                Ok(())
            })
            .unwrap()
    };
    closed_days_ago(10);
    let p = proposal(&store, m, "").unwrap();
    assert_eq!(p.closed_on, Some(ago(10)));
    assert!(!p.whole_mission, "closed ten days ago: only the old notes");
    assert_eq!((p.notes, p.acknowledgments), (3, 1));

    closed_days_ago(31);
    let p = proposal(&store, m, "").unwrap();
    assert!(p.whole_mission);
    assert_eq!((p.notes, p.acknowledgments, p.people), (5, 2, 3));
    let d = apply(&store, m, "").unwrap();
    assert!(d.whole_mission);
    assert_eq!(
        (d.notes_deleted, d.acknowledgments_deleted, d.people),
        (5, 2, 3)
    );
    assert!(observations(&store, karim).is_empty());
    assert!(observations(&store, sophie).is_empty());
    assert!(wellbeing::acknowledgments(&store, m).unwrap().is_empty());
    assert_eq!(
        observations(&store, elsewhere),
        ["autre mission"],
        "another mission's stay"
    );
    // The people stay in the register: only the notes go.
    assert!(people::get(&store, karim).is_ok());
}

#[test]
fn a_bad_period_or_day_is_refused_naming_its_field() {
    let (_dir, store) = temp_store();
    let (m, _) = mission_with_notes(&store);
    for months in [0, -3, 121] {
        match set_period(&store, m, months) {
            Err(Error::Invalid {
                field: "months",
                reason: Invalid::OutOfRange { min: 1, max: 120 },
            }) => {}
            other => panic!("{months}: {other:?}"),
        }
    }
    assert_eq!(
        period(&store, m).unwrap(),
        DEFAULT_MONTHS,
        "nothing written"
    );
    assert_eq!(set_period(&store, m, 120).unwrap(), 120);
    let tomorrow = (today_date() + Days::new(1)).to_string();
    for on in [tomorrow.as_str(), "2026-13-01", "hier"] {
        let field = match apply(&store, m, on) {
            Err(Error::Invalid { field, .. }) => field,
            other => panic!("{on}: {other:?}"),
        };
        assert_eq!(field, "on");
    }
    assert!(decisions(&store, m).unwrap().is_empty());
    assert!(matches!(
        proposal(&store, 999, ""),
        Err(Error::NotFound { .. })
    ));
}
