use super::*;
use crate::error::Invalid;
use crate::store::tests::temp_store;

pub(crate) fn draft(client: &str, title: &str) -> MissionDraft {
    MissionDraft {
        client: client.into(),
        title: title.into(),
        sponsor_name: "Claire Moreau".into(),
        sponsor_title: "Directrice générale".into(),
        manager_name: "Aurore Butrot".into(),
        start_date: "2026-09-01".into(),
        planned_end: "2027-02-28".into(),
        context: "Go-live du WMS annulé ; équipes épuisées.".into(),
        language: Language::Fr,
    }
}

#[test]
fn create_then_read_back_through_the_database() {
    let (dir, store) = temp_store();
    let created = create(&store, &draft("  Logistique Durand  ", "Redresser le SI")).unwrap();
    assert_eq!(created.client, "Logistique Durand", "text is trimmed");
    assert_eq!(created.status, MissionStatus::Preparing);
    assert_eq!(created.planned_end.as_deref(), Some("2027-02-28"));
    drop(store);

    let reopened = Store::open(dir.path(), &crate::store::tests::key()).unwrap();
    assert_eq!(get(&reopened, created.id).unwrap(), created);
    let listed = list(&reopened).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].title, "Redresser le SI");
}

#[test]
fn invalid_input_names_its_field_and_writes_nothing() {
    let (_dir, store) = temp_store();
    let cases: Vec<(MissionDraft, &str, Invalid)> = vec![
        (draft("", "T"), "client", Invalid::Required),
        (draft("C", "  "), "title", Invalid::Required),
        (
            draft(&"x".repeat(121), "T"),
            "client",
            Invalid::TooLong { max: 120 },
        ),
        (
            MissionDraft {
                start_date: "2026-02-30".into(),
                ..draft("C", "T")
            },
            "startDate",
            Invalid::NoSuchDate {
                day: "2026-02-30".into(),
            },
        ),
        (
            MissionDraft {
                start_date: "2 mars".into(),
                ..draft("C", "T")
            },
            "startDate",
            Invalid::Date,
        ),
        (
            MissionDraft {
                start_date: "".into(),
                ..draft("C", "T")
            },
            "startDate",
            Invalid::Required,
        ),
        (
            MissionDraft {
                planned_end: "2026-08-31".into(),
                ..draft("C", "T")
            },
            "plannedEnd",
            Invalid::EndBeforeStart,
        ),
        (
            MissionDraft {
                context: "é".repeat(10_001),
                ..draft("C", "T")
            },
            "context",
            Invalid::TooLong { max: 10_000 },
        ),
    ];
    for (input, field, reason) in cases {
        match create(&store, &input) {
            Err(Error::Invalid {
                field: f,
                reason: r,
            }) => assert_eq!((f, r), (field, reason)),
            other => panic!("expected {field} to be refused, got {other:?}"),
        }
    }
    assert!(list(&store).unwrap().is_empty());
}

#[test]
fn every_field_at_fault_is_named_at_once_in_form_order() {
    let (_dir, store) = temp_store();
    let input = MissionDraft {
        start_date: "2026-02-30".into(),
        planned_end: "2025-13-01".into(),
        ..draft("", " ")
    };
    match create(&store, &input) {
        Err(Error::Invalids(all)) => assert_eq!(
            all,
            [
                ("client", Invalid::Required),
                ("title", Invalid::Required),
                (
                    "startDate",
                    Invalid::NoSuchDate {
                        day: "2026-02-30".into()
                    }
                ),
                (
                    "plannedEnd",
                    Invalid::NoSuchDate {
                        day: "2025-13-01".into()
                    }
                ),
            ]
        ),
        other => panic!("expected every field, got {other:?}"),
    }
    // As the window receives it: the first, then the others.
    let refused = crate::error::ApiError::from(&create(&store, &input).unwrap_err());
    assert_eq!(refused.field.as_deref(), Some("client"));
    let others: Vec<_> = refused.also.iter().map(|e| e.field.clone()).collect();
    assert_eq!(
        others,
        [
            Some("title".to_owned()),
            Some("startDate".to_owned()),
            Some("plannedEnd".to_owned())
        ]
    );
    assert!(list(&store).unwrap().is_empty());
}

#[test]
fn an_open_end_date_is_allowed_and_same_day_is_fine() {
    let (_dir, store) = temp_store();
    let open = create(
        &store,
        &MissionDraft {
            planned_end: "".into(),
            ..draft("C", "T")
        },
    )
    .unwrap();
    assert_eq!(open.planned_end, None);
    let same = MissionDraft {
        planned_end: "2026-09-01".into(),
        ..draft("C", "T")
    };
    assert!(create(&store, &same).is_ok());
}

#[test]
fn update_replaces_fields_and_keeps_the_rest() {
    let (_dir, store) = temp_store();
    let m = create(&store, &draft("C", "T")).unwrap();
    let edited = MissionDraft {
        title: "Nouveau titre".into(),
        language: Language::En,
        ..draft("C", "T")
    };
    let after = update(&store, m.id, &edited).unwrap();
    assert_eq!(
        (after.title.as_str(), after.language),
        ("Nouveau titre", Language::En)
    );
    assert_eq!(after.created_at, m.created_at);
    assert_eq!(get(&store, m.id).unwrap(), after);
}

#[test]
fn a_refused_update_leaves_the_mission_as_it_was() {
    let (_dir, store) = temp_store();
    let m = create(&store, &draft("C", "T")).unwrap();
    let bad = MissionDraft {
        planned_end: "2020-01-01".into(),
        title: "Changed".into(),
        ..draft("C", "T")
    };
    assert!(update(&store, m.id, &bad).is_err());
    assert_eq!(get(&store, m.id).unwrap(), m);
}

#[test]
fn a_closed_mission_is_read_only_until_reopened() {
    let (_dir, store) = temp_store();
    let m = create(&store, &draft("C", "T")).unwrap();
    assert_eq!(
        set_status(&store, m.id, MissionStatus::Closed)
            .unwrap()
            .status,
        MissionStatus::Closed
    );
    assert!(
        matches!(update(&store, m.id, &draft("C", "T2")), Err(Error::Closed(id)) if id == m.id)
    );
    set_status(&store, m.id, MissionStatus::Active).unwrap();
    assert_eq!(update(&store, m.id, &draft("C", "T2")).unwrap().title, "T2");
}

#[test]
fn unknown_missions_are_not_found() {
    let (_dir, store) = temp_store();
    assert!(matches!(
        get(&store, 42),
        Err(Error::NotFound { id: 42, .. })
    ));
    assert!(matches!(
        update(&store, 42, &draft("C", "T")),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        set_status(&store, 42, MissionStatus::Active),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn the_list_puts_open_missions_first_newest_first() {
    let (_dir, store) = temp_store();
    let old = create(
        &store,
        &MissionDraft {
            start_date: "2025-01-01".into(),
            planned_end: "".into(),
            ..draft("A", "old")
        },
    )
    .unwrap();
    let new = create(
        &store,
        &MissionDraft {
            start_date: "2026-10-01".into(),
            planned_end: "".into(),
            ..draft("B", "new")
        },
    )
    .unwrap();
    let closed = create(
        &store,
        &MissionDraft {
            start_date: "2026-11-01".into(),
            planned_end: "".into(),
            ..draft("C", "closed")
        },
    )
    .unwrap();
    set_status(&store, closed.id, MissionStatus::Closed).unwrap();
    let ids: Vec<i64> = list(&store).unwrap().iter().map(|m| m.id).collect();
    assert_eq!(ids, vec![new.id, old.id, closed.id]);
}

#[test]
fn errors_cross_the_boundary_as_code_message_field() {
    let err = MissionDraft {
        planned_end: "2000-01-01".into(),
        ..draft("C", "T")
    }
    .validate()
    .unwrap_err();
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["code"], "end_before_start");
    assert_eq!(json["field"], "plannedEnd");
    assert!(json["message"]
        .as_str()
        .unwrap()
        .contains("before the start date"));
    let long =
        serde_json::to_value(Error::invalid("title", Invalid::TooLong { max: 160 })).unwrap();
    assert_eq!(
        (long["code"].as_str(), long["limit"].as_u64()),
        (Some("too_long"), Some(160))
    );
}
