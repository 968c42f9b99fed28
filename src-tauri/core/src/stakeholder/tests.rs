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
