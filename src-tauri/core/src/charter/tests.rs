use super::*;
use crate::error::Invalid;
use crate::mandate::{AuthorityKind, Decision};
use crate::mission::{self, tests::draft, Language, MissionStatus};
use crate::store::tests::temp_store;

mod dates;

fn new_charter(store: &Store) -> Charter {
    let m = mission::create(store, &draft("Ravel", "Redresser le SI")).unwrap();
    start(store, m.id).unwrap()
}

fn approval() -> DecisionInput {
    DecisionInput {
        verdict: Verdict::Approve,
        approver_name: "Claire Moreau".into(),
        approver_title: "Directrice générale".into(),
        decided_on: "2026-11-10".into(),
        note: String::new(),
    }
}

/// Submits the version as if on 1 October 2026: the tests' decisions are dated in November
/// (a decision is never dated before its version was submitted; see the test of that rule).
fn submit_early(store: &Store, version_id: i64) -> Result<Charter> {
    let c = submit(store, version_id)?;
    store.write(|w| rows::set_submitted_on(w, version_id, "2026-10-01"))?;
    Ok(c)
}

fn key_of(c: &Charter, section: Section, title: &str) -> String {
    c.clauses
        .iter()
        .find(|x| x.section == section && x.title == title)
        .unwrap()
        .key
        .clone()
}

fn authority_key(c: &Charter, kind: AuthorityKind) -> String {
    c.clauses
        .iter()
        .find(|x| x.authority == Some(kind))
        .unwrap()
        .key
        .clone()
}

#[test]
fn a_new_charter_holds_the_catalogue_and_governance_in_the_mission_language() {
    let (_dir, store) = temp_store();
    let c = new_charter(&store);
    assert_eq!(
        (c.version.number, c.version.status),
        (1, VersionStatus::Draft)
    );
    let kinds: Vec<_> = c.clauses.iter().filter_map(|x| x.authority).collect();
    assert_eq!(kinds, AuthorityKind::CATALOGUE.to_vec());
    assert!(c
        .clauses
        .iter()
        .all(|x| x.review == Review::Pending && x.decision.is_none()));
    assert!(c
        .clauses
        .iter()
        .any(|x| x.section == Section::Governance && x.title.contains("mensuelle")));
    assert_eq!(c.summary.pending, c.summary.total);
    assert!(matches!(
        start(&store, c.version.mission_id),
        Err(Error::CharterExists)
    ));
}

#[test]
fn clauses_round_trip_through_the_database_in_document_order() {
    let (dir, store) = temp_store();
    let c = new_charter(&store);
    let v = c.version.id;
    add_clause(
        &store,
        v,
        &ClauseInput {
            due: "2027-01-15".into(),
            ..ClauseInput::new(Section::Milestone, "Nouveau go-live")
        },
    )
    .unwrap();
    add_clause(
        &store,
        v,
        &ClauseInput {
            detail: "Délai < 2 h".into(),
            ..ClauseInput::new(Section::Objective, "Stabiliser")
        },
    )
    .unwrap();
    let c = add_clause(
        &store,
        v,
        &ClauseInput::new(Section::Objective, "Rétablir la confiance"),
    )
    .unwrap();
    drop(store);
    let store = Store::open(dir.path(), &crate::store::tests::key()).unwrap();
    let again = get(&store, c.version.mission_id, None).unwrap().unwrap();
    assert_eq!(again.clauses, c.clauses);
    let sections: Vec<Section> = again.clauses.iter().map(|x| x.section).collect();
    let mut sorted = sections.clone();
    sorted.sort();
    assert_eq!(sections, sorted, "document order");
    let objectives: Vec<&str> = again
        .clauses
        .iter()
        .filter(|x| x.section == Section::Objective)
        .map(|x| x.title.as_str())
        .collect();
    assert_eq!(objectives, ["Stabiliser", "Rétablir la confiance"]);
    let moved = move_clause(
        &store,
        v,
        &key_of(&again, Section::Objective, "Rétablir la confiance"),
        -1,
    )
    .unwrap();
    let objectives: Vec<&str> = moved
        .clauses
        .iter()
        .filter(|x| x.section == Section::Objective)
        .map(|x| x.title.as_str())
        .collect();
    assert_eq!(objectives, ["Rétablir la confiance", "Stabiliser"]);
}

#[test]
fn an_invalid_clause_is_refused_and_nothing_is_written() {
    let (_dir, store) = temp_store();
    let c = new_charter(&store);
    let bad = ClauseInput {
        due: "2027-02-30".into(),
        ..ClauseInput::new(Section::Milestone, "Go-live")
    };
    assert!(matches!(
        add_clause(&store, c.version.id, &bad),
        Err(Error::Invalid {
            field: "due",
            reason: Invalid::NoSuchDate { .. }
        })
    ));
    assert_eq!(
        get(&store, c.version.mission_id, None)
            .unwrap()
            .unwrap()
            .clauses,
        c.clauses
    );
}

#[test]
fn review_then_approve_freezes_the_version() {
    let (_dir, store) = temp_store();
    let c = new_charter(&store);
    let v = c.version.id;
    let key = authority_key(&c, AuthorityKind::Reorganise);
    let c = review_clause(&store, v, &key, Review::ToDiscuss).unwrap();
    assert_eq!(
        (c.summary.to_discuss, c.summary.open.clone()),
        (1, vec![key.clone()])
    );
    let c = comment(&store, v, &key, Author::Ceo, "Pas avant le comité social.").unwrap();
    assert_eq!(c.comments[0].author, Author::Ceo);
    submit_early(&store, v).unwrap();

    // Approval is refused while a clause is still to discuss, and the message names it.
    match decide(&store, v, &approval()) {
        Err(Error::OpenClauses(names)) => {
            assert_eq!(names, vec!["Réorganiser les équipes".to_owned()])
        }
        other => panic!("expected open clauses, got {other:?}"),
    }
    review_clause(&store, v, &key, Review::Agreed).unwrap();
    let c = decide(&store, v, &approval()).unwrap();
    assert_eq!(c.version.status, VersionStatus::Approved);
    assert_eq!(
        (
            c.version.approver_name.as_str(),
            c.version.decided_on.as_deref()
        ),
        ("Claire Moreau", Some("2026-11-10"))
    );

    // Frozen: no edit, no review, no comment, no second decision.
    assert!(matches!(
        add_clause(&store, v, &ClauseInput::new(Section::Risk, "x")),
        Err(Error::Frozen(1))
    ));
    assert!(matches!(
        review_clause(&store, v, &key, Review::Struck),
        Err(Error::Frozen(1))
    ));
    assert!(matches!(
        comment(&store, v, &key, Author::Manager, "x"),
        Err(Error::Frozen(1))
    ));
    assert!(matches!(
        decide(&store, v, &approval()),
        Err(Error::WrongStatus { .. })
    ));
}

#[test]
fn decisions_need_a_named_approver_and_follow_the_workflow() {
    let (_dir, store) = temp_store();
    let c = new_charter(&store);
    let v = c.version.id;
    assert!(matches!(
        decide(&store, v, &approval()),
        Err(Error::WrongStatus {
            action: "decide on",
            ..
        })
    ));
    submit_early(&store, v).unwrap();
    assert!(matches!(
        submit_early(&store, v),
        Err(Error::WrongStatus {
            action: "submit",
            ..
        })
    ));
    let anonymous = DecisionInput {
        approver_name: " ".into(),
        ..approval()
    };
    assert!(matches!(
        decide(&store, v, &anonymous),
        Err(Error::Invalid {
            field: "approverName",
            ..
        })
    ));
    let more = DecisionInput {
        verdict: Verdict::RequestChanges,
        note: "Préciser le budget".into(),
        ..approval()
    };
    let c = decide(&store, v, &more).unwrap();
    assert_eq!(c.version.status, VersionStatus::ChangesRequested);
    add_clause(
        &store,
        v,
        &ClauseInput {
            amount: "180000".into(),
            ..ClauseInput::new(Section::Budget, "Budget")
        },
    )
    .unwrap();
    submit_early(&store, v).unwrap();
    let no = DecisionInput {
        verdict: Verdict::Reject,
        ..approval()
    };
    assert_eq!(
        decide(&store, v, &no).unwrap().version.status,
        VersionStatus::Rejected
    );
    assert!(matches!(
        add_clause(&store, v, &ClauseInput::new(Section::Risk, "x")),
        Err(Error::Frozen(1))
    ));
}

#[test]
fn editing_a_clause_sends_its_review_back_to_pending() {
    let (_dir, store) = temp_store();
    let c = new_charter(&store);
    let v = c.version.id;
    let c = add_clause(
        &store,
        v,
        &ClauseInput::new(Section::Risk, "Fatigue des équipes"),
    )
    .unwrap();
    let key = key_of(&c, Section::Risk, "Fatigue des équipes");
    review_clause(&store, v, &key, Review::Agreed).unwrap();
    let same = update_clause(
        &store,
        v,
        &key,
        &ClauseInput::new(Section::Risk, "Fatigue des équipes"),
    )
    .unwrap();
    assert_eq!(
        same.clauses.iter().find(|x| x.key == key).unwrap().review,
        Review::Agreed
    );
    let changed = update_clause(
        &store,
        v,
        &key,
        &ClauseInput::new(Section::Risk, "Épuisement des équipes"),
    )
    .unwrap();
    assert_eq!(
        changed
            .clauses
            .iter()
            .find(|x| x.key == key)
            .unwrap()
            .review,
        Review::Pending
    );
}

/// Version 1 approved, amended into version 2, approved: the comparison shows what changed.
fn two_approved_versions(store: &Store) -> (i64, String, String, String) {
    let c = new_charter(store);
    let (m, v1) = (c.version.mission_id, c.version.id);
    add_clause(
        store,
        v1,
        &ClauseInput::new(Section::Objective, "Stabiliser l'exploitation"),
    )
    .unwrap();
    let c = add_clause(
        store,
        v1,
        &ClauseInput::new(Section::NonGoal, "Choisir un nouvel ERP"),
    )
    .unwrap();
    let kept = key_of(&c, Section::Objective, "Stabiliser l'exploitation");
    let dropped = key_of(&c, Section::NonGoal, "Choisir un nouvel ERP");
    let spend = authority_key(&c, AuthorityKind::Spend);
    let grant = ClauseInput {
        authority: Some(AuthorityKind::Spend),
        decision: Some(Decision::Granted),
        amount: "50000".into(),
        ..ClauseInput::new(Section::Authority, "")
    };
    update_clause(store, v1, &spend, &grant).unwrap();
    submit_early(store, v1).unwrap();
    decide(store, v1, &approval()).unwrap();

    let c = amend(store, m, "Rallonge budgétaire après le retour arrière").unwrap();
    assert_eq!(
        (c.version.number, c.version.status),
        (2, VersionStatus::Draft)
    );
    assert_eq!(
        c.version.reason,
        "Rallonge budgétaire après le retour arrière"
    );
    let v2 = c.version.id;
    update_clause(
        store,
        v2,
        &spend,
        &ClauseInput {
            amount: "120000".into(),
            ..grant
        },
    )
    .unwrap();
    remove_clause(store, v2, &dropped).unwrap();
    let c = add_clause(
        store,
        v2,
        &ClauseInput {
            due: "2027-03-01".into(),
            ..ClauseInput::new(Section::Milestone, "Nouvelle bascule")
        },
    )
    .unwrap();
    let added = key_of(&c, Section::Milestone, "Nouvelle bascule");
    submit_early(store, v2).unwrap();
    decide(store, v2, &approval()).unwrap();
    let _ = kept;
    (m, spend, dropped, added)
}

#[test]
fn an_amendment_is_a_new_version_and_the_comparison_shows_each_change() {
    let (_dir, store) = temp_store();
    let (m, spend, dropped, added) = two_approved_versions(&store);
    let history = versions(&store, m).unwrap();
    assert_eq!(
        history
            .iter()
            .map(|v| (v.number, v.status))
            .collect::<Vec<_>>(),
        [(1, VersionStatus::Approved), (2, VersionStatus::Approved)]
    );
    // Version 1 is exactly as it was approved.
    let v1 = get(&store, m, Some(1)).unwrap().unwrap();
    assert!(v1.clauses.iter().any(|c| c.key == dropped));
    assert_eq!(
        v1.clauses.iter().find(|c| c.key == spend).unwrap().amount,
        Some(50_000)
    );

    let cmp = compare(&store, m, 1, 2).unwrap();
    let change = |key: &str| cmp.clauses.iter().find(|d| d.key == key).unwrap();
    assert_eq!(change(&spend).change, Change::Changed);
    assert_eq!(change(&spend).fields, ["amount"]);
    assert_eq!(change(&dropped).change, Change::Removed);
    assert_eq!(change(&added).change, Change::Added);
    let unchanged = cmp
        .clauses
        .iter()
        .filter(|d| d.change == Change::Unchanged)
        .count();
    assert_eq!(unchanged + 3, cmp.clauses.len());
    // The other way round, additions and removals swap.
    let back = compare(&store, m, 2, 1).unwrap();
    assert_eq!(
        back.clauses.iter().find(|d| d.key == added).unwrap().change,
        Change::Removed
    );
}

#[test]
fn only_a_frozen_version_can_be_amended_and_struck_clauses_stay_behind() {
    let (_dir, store) = temp_store();
    let c = new_charter(&store);
    let (m, v) = (c.version.mission_id, c.version.id);
    assert!(matches!(
        amend(&store, m, "x"),
        Err(Error::WrongStatus {
            action: "amend",
            ..
        })
    ));
    assert!(matches!(
        amend(&store, m, " "),
        Err(Error::Invalid {
            field: "reason",
            ..
        })
    ));
    let struck = c.clauses[1].key.clone();
    review_clause(&store, v, &struck, Review::Struck).unwrap();
    submit_early(&store, v).unwrap();
    decide(&store, v, &approval()).unwrap();
    let c2 = amend(&store, m, "Ajustements").unwrap();
    assert!(!c2.clauses.iter().any(|c| c.key == struck));
    assert_eq!(c2.clauses.len(), c.clauses.len() - 1);
    assert_eq!(c2.history.len(), 2);
}

#[test]
fn a_closed_mission_charter_cannot_change() {
    let (_dir, store) = temp_store();
    let c = new_charter(&store);
    mission::set_status(&store, c.version.mission_id, MissionStatus::Closed).unwrap();
    assert!(matches!(
        add_clause(&store, c.version.id, &ClauseInput::new(Section::Risk, "x")),
        Err(Error::Closed(_))
    ));
}

#[test]
fn english_missions_name_catalogue_clauses_in_english() {
    let (_dir, store) = temp_store();
    let m = mission::create(
        &store,
        &mission::MissionDraft {
            language: Language::En,
            ..draft("Ravel", "Turnaround")
        },
    )
    .unwrap();
    let c = start(&store, m.id).unwrap();
    review_clause(
        &store,
        c.version.id,
        &authority_key(&c, AuthorityKind::Spend),
        Review::ToDiscuss,
    )
    .unwrap();
    submit_early(&store, c.version.id).unwrap();
    let err = decide(&store, c.version.id, &approval()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "clauses still to discuss: Spend up to an amount"
    );
    let api = crate::error::ApiError::from(&err);
    assert_eq!(api.items, ["Spend up to an amount"]);
}

#[test]
fn each_version_says_how_many_of_its_signers_have_signed() {
    let (_dir, store) = temp_store();
    assert_eq!(new_charter(&store).version.signatures, 0);
    let mission = crate::demo::create(&store, Language::En).unwrap();
    let history = versions(&store, mission).unwrap();
    // The demo signs version 2 in person, both signers; version 1 was never signed.
    assert_eq!(
        history.iter().map(|v| v.signatures).collect::<Vec<_>>(),
        [0, 2]
    );
    let current = get(&store, mission, None).unwrap().unwrap();
    assert_eq!(current.version.signatures, 2);
    assert!(current.history.iter().any(|v| v.signatures == 2));
}
