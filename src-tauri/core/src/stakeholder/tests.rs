use super::*;
use crate::mission::{self, tests::draft};
use crate::people::{self, tests::person, Group};
use crate::store::tests::temp_store;

fn input(power: u8, interest: u8, on: &str) -> AssessmentInput {
    AssessmentInput {
        power,
        interest,
        engagement: Engagement::Neutral,
        target: Engagement::Supportive,
        assessed_on: on.into(),
        comment: String::new(),
    }
}

#[test]
fn every_assessment_is_kept_in_date_order() {
    let (_dir, store) = temp_store();
    let m = mission::create(&store, &draft("Ravel", "SI")).unwrap().id;
    let p = people::add(&store, m, &person("Sophie Martin", Group::Business)).unwrap();
    assess(&store, p.id, &input(3, 4, "2026-10-01")).unwrap();
    assess(&store, p.id, &input(4, 5, "2026-08-01")).unwrap();
    let today_one = assess(&store, p.id, &input(5, 5, "")).unwrap();
    assert_eq!(today_one.assessed_on, today());
    let dates: Vec<_> = history(&store, p.id)
        .unwrap()
        .into_iter()
        .map(|a| (a.assessed_on, a.power))
        .collect();
    assert_eq!(
        dates,
        [
            ("2026-08-01".to_owned(), 4),
            ("2026-10-01".to_owned(), 3),
            (today(), 5)
        ]
    );
}

#[test]
fn scores_outside_one_to_five_and_future_dates_are_refused() {
    let (_dir, store) = temp_store();
    let m = mission::create(&store, &draft("Ravel", "SI")).unwrap().id;
    let p = people::add(&store, m, &person("Sophie Martin", Group::Business)).unwrap();
    for (bad, field) in [
        (input(0, 3, ""), "power"),
        (input(3, 6, ""), "interest"),
        (input(3, 3, "2999-01-01"), "assessedOn"),
        (input(3, 3, "2026-02-30"), "assessedOn"),
    ] {
        let err = assess(&store, p.id, &bad).unwrap_err();
        assert!(
            matches!(err, Error::Invalid { field: f, .. } if f == field),
            "{err}"
        );
    }
    assert!(history(&store, p.id).unwrap().is_empty());
    assert!(matches!(
        assess(&store, 9_999, &input(3, 3, "")),
        Err(Error::NotFound { .. })
    ));
}

mod map_and_log {
    use super::super::interaction::{self, InteractionChannel, InteractionInput};
    use super::super::map::{self, Cadence, Quadrant};
    use super::*;
    use crate::{announcement, demo, mission::Language};

    fn talk(people: Vec<i64>, on: &str, follow_up_on: &str) -> InteractionInput {
        InteractionInput {
            people,
            happened_on: on.into(),
            channel: InteractionChannel::OneToOne,
            summary: "Point sur le retour arrière".into(),
            sentiment: -1,
            commitments: "Envoyer le plan de reprise".into(),
            follow_up: "Relancer".into(),
            follow_up_on: follow_up_on.into(),
        }
    }

    #[test]
    fn the_grid_as_of_a_date_and_who_is_overdue() {
        let (_dir, store) = temp_store();
        let m = mission::create(&store, &draft("Ravel", "SI")).unwrap().id;
        let vendor = people::add(&store, m, &person("Paul Vendeur", Group::Vendor)).unwrap();
        let user = people::add(&store, m, &person("Léa Clé", Group::Business)).unwrap();
        let mut early = input(4, 4, "2026-08-01");
        early.engagement = Engagement::Supportive;
        assess(&store, vendor.id, &early).unwrap();
        let mut late = input(5, 2, "2026-10-01");
        late.engagement = Engagement::Resistant;
        assess(&store, vendor.id, &late).unwrap();
        assess(&store, user.id, &input(1, 2, "2026-08-01")).unwrap();
        interaction::add(
            &store,
            m,
            &talk(vec![vendor.id, user.id], "2026-10-02", "2026-10-09"),
        )
        .unwrap();

        let then = map::map(&store, m, "2026-09-01").unwrap();
        let paul = then
            .people
            .iter()
            .find(|s| s.person_id == vendor.id)
            .unwrap();
        assert_eq!((paul.power, paul.interest), (Some(4), Some(4)));
        assert_eq!(paul.quadrant, Some(Quadrant::ManageClosely));
        assert_eq!(paul.engagement, Some(Engagement::Supportive));
        assert_eq!(paul.last_contact, None, "the talk came later");
        assert!(paul.overdue, "31 days since assessed, cadence 14");

        let now = map::map(&store, m, "2026-10-20").unwrap();
        let paul = now
            .people
            .iter()
            .find(|s| s.person_id == vendor.id)
            .unwrap();
        assert_eq!(paul.quadrant, Some(Quadrant::KeepSatisfied));
        assert_eq!(paul.engagement, Some(Engagement::Resistant));
        assert_eq!(paul.last_contact.as_deref(), Some("2026-10-02"));
        assert_eq!(paul.days_without_contact, Some(18));
        assert!(!paul.overdue, "18 days, keep satisfied: 30");
        let lea = now.people.iter().find(|s| s.person_id == user.id).unwrap();
        assert_eq!(lea.quadrant, Some(Quadrant::Monitor));

        map::set_cadence(
            &store,
            m,
            &Cadence {
                keep_satisfied: 10,
                ..Cadence::default()
            },
        )
        .unwrap();
        let late: Vec<_> = map::overdue(&store, m, "2026-10-20")
            .unwrap()
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(late, ["Paul Vendeur"]);
        let due = interaction::follow_ups_due(&store, m, "2026-10-20").unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].people, [vendor.id, user.id]);
        interaction::set_follow_up_done(&store, due[0].id, true).unwrap();
        assert!(interaction::follow_ups_due(&store, m, "2026-10-20")
            .unwrap()
            .is_empty());
        let bad = Cadence {
            monitor: 0,
            ..Cadence::default()
        };
        assert!(matches!(
            map::set_cadence(&store, m, &bad),
            Err(Error::Invalid {
                field: "monitor",
                ..
            })
        ));
    }

    #[test]
    fn an_interaction_needs_people_of_the_mission_a_summary_and_a_sane_sentiment() {
        let (_dir, store) = temp_store();
        let m = mission::create(&store, &draft("Ravel", "SI")).unwrap().id;
        let p = people::add(&store, m, &person("Sophie", Group::Business)).unwrap();
        let mut none = talk(vec![], "", "");
        let err = interaction::add(&store, m, &none).unwrap_err();
        assert!(matches!(
            err,
            Error::Invalid {
                field: "people",
                ..
            }
        ));
        none.people = vec![p.id + 100];
        assert!(interaction::add(&store, m, &none).is_err());
        let mut bad = talk(vec![p.id], "", "");
        bad.sentiment = 3;
        let err = interaction::add(&store, m, &bad).unwrap_err();
        assert!(matches!(
            err,
            Error::Invalid {
                field: "sentiment",
                ..
            }
        ));
        let before = talk(vec![p.id], "2026-10-02", "2026-10-01");
        let err = interaction::add(&store, m, &before).unwrap_err();
        assert!(matches!(
            err,
            Error::Invalid {
                field: "followUpOn",
                ..
            }
        ));
        assert!(interaction::list(&store, m, None).unwrap().is_empty());
    }

    #[test]
    fn told_through_an_audience_or_one_to_one() {
        let (_dir, store) = temp_store();
        let m = demo::create(&store, Language::Fr).unwrap();
        let a = people::add(&store, m, &person("Membre Équipe", Group::Infrastructure)).unwrap();
        let b = people::add(&store, m, &person("Vu Seul", Group::Vendor)).unwrap();
        let c = people::add(&store, m, &person("Pas Encore", Group::Business)).unwrap();
        let board = announcement::board(&store, m).unwrap();
        let told_audience = board.audiences.iter().find(|s| s.told).unwrap();
        let untold_audience = board.audiences.iter().find(|s| !s.told).unwrap();
        announcement::set_member(&store, told_audience.audience.id, a.id, true).unwrap();
        announcement::set_member(&store, untold_audience.audience.id, c.id, true).unwrap();
        announcement::brief(
            &store,
            &announcement::BriefingInput {
                person_id: b.id,
                announced_by: "Aurore Butrot".into(),
                announced_on: String::new(),
                channel: announcement::Channel::Meeting,
                note: String::new(),
            },
        )
        .unwrap();
        let map = map::map(&store, m, "").unwrap();
        let told = |id: i64| map.people.iter().find(|s| s.person_id == id).unwrap().told;
        assert_eq!(map.to_announce, Some(2));
        assert!(told(a.id) && told(b.id));
        assert!(!told(c.id));
        assert!(announcement::members(&store, told_audience.audience.id)
            .unwrap()
            .contains(&a.id));

        // Each card says the same, and why.
        let card_of = |id: i64| card(&store, id).unwrap().told;
        let (a_told, b_told, c_told) = (card_of(a.id), card_of(b.id), card_of(c.id));
        assert!(a_told.told && b_told.told && !c_told.told);
        assert_eq!(a_told.audiences[0].told_version, Some(2));
        assert!(a_told.briefings.is_empty());
        assert_eq!(b_told.briefings.len(), 1);
        assert_eq!(b_told.briefings[0].version, 2);
        assert_eq!(c_told.audiences[0].name, untold_audience.audience.name);
        assert_ne!(c_told.audiences[0].told_version, Some(2));
    }

    #[test]
    fn a_card_holds_the_history_and_the_interactions_of_one_person() {
        let (_dir, store) = temp_store();
        let m = demo::create(&store, Language::En).unwrap();
        let vendor = people::list(&store, m, false)
            .unwrap()
            .into_iter()
            .find(|p| p.name == "Marc Delaunay")
            .unwrap();
        let card = card(&store, vendor.id).unwrap();
        assert_eq!(card.person, vendor);
        assert_eq!(card.assessments, history(&store, vendor.id).unwrap());
        assert_eq!(card.assessments.len(), 3, "the demo's three rounds");
        assert_eq!(
            card.interactions,
            interaction::list(&store, m, Some(vendor.id)).unwrap()
        );
        assert!(card
            .interactions
            .iter()
            .all(|i| i.people.contains(&vendor.id)));
        assert!(matches!(card_missing(&store), Err(Error::NotFound { .. })));
    }

    fn card_missing(store: &Store) -> Result<PersonCard> {
        card(store, 9_999)
    }
}
