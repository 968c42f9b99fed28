use super::*;
use crate::charter::{self, DecisionInput, Verdict};
use crate::error::Invalid;
use crate::mission::{self, tests::draft};
use crate::store::tests::temp_store;

fn approve(store: &Store, version_id: i64) {
    charter::submit(store, version_id).unwrap();
    // As if submitted in October: the decision below is dated in November.
    store
        .write(|w| charter::sql::set_submitted_on(w, version_id, "2026-10-01"))
        .unwrap();
    let d = DecisionInput {
        verdict: Verdict::Approve,
        approver_name: "Claire Moreau".into(),
        approver_title: "DG".into(),
        decided_on: "2026-11-01".into(),
        note: String::new(),
    };
    charter::decide(store, version_id, &d).unwrap();
}

fn told(board: &Board) -> Vec<(&str, bool)> {
    board
        .audiences
        .iter()
        .map(|a| (a.audience.name.as_str(), a.told))
        .collect()
}

#[test]
fn audiences_not_yet_told_are_visible_and_an_amendment_must_be_announced_again() {
    let (_dir, store) = temp_store();
    let m = mission::create(&store, &draft("Ravel", "T")).unwrap();
    add_audience(&store, m.id, "Équipe infrastructure").unwrap();
    let board = add_audience(&store, m.id, "Équipe applications").unwrap();
    assert_eq!(board.to_announce, None);
    let infra = board.audiences[0].audience.id;
    let input = AnnouncementInput {
        audience_id: infra,
        announced_by: "Claire Moreau".into(),
        announced_on: "2026-11-12".into(),
        channel: Channel::Meeting,
        note: String::new(),
    };
    assert!(matches!(
        announce(&store, &input),
        Err(Error::NothingApproved)
    ));

    let c = charter::start(&store, m.id).unwrap();
    approve(&store, c.version.id);
    let board = announce(&store, &input).unwrap();
    assert_eq!(board.to_announce, Some(1));
    assert_eq!(
        told(&board),
        [
            ("Équipe infrastructure", true),
            ("Équipe applications", false)
        ]
    );
    assert_eq!(board.audiences[0].announcements[0].version, 1);

    let c2 = charter::amend(&store, m.id, "Budget").unwrap();
    assert!(
        told(&super::board(&store, m.id).unwrap())[0].1,
        "a draft amendment is not yet to announce"
    );
    approve(&store, c2.version.id);
    let after = super::board(&store, m.id).unwrap();
    assert_eq!(after.to_announce, Some(2));
    assert_eq!(
        told(&after),
        [
            ("Équipe infrastructure", false),
            ("Équipe applications", false)
        ]
    );
}

#[test]
fn announcements_are_validated_and_audiences_can_change() {
    let (_dir, store) = temp_store();
    let m = mission::create(&store, &draft("Ravel", "T")).unwrap();
    assert!(matches!(
        add_audience(&store, m.id, "  "),
        Err(Error::Invalid { field: "name", .. })
    ));
    let board = add_audience(&store, m.id, "Support").unwrap();
    let id = board.audiences[0].audience.id;
    let bad = AnnouncementInput {
        audience_id: id,
        announced_by: "".into(),
        announced_on: String::new(),
        channel: Channel::Email,
        note: String::new(),
    };
    assert!(matches!(
        announce(&store, &bad),
        Err(Error::Invalid {
            field: "announcedBy",
            ..
        })
    ));
    assert_eq!(
        rename_audience(&store, id, "Support utilisateurs")
            .unwrap()
            .audiences[0]
            .audience
            .name,
        "Support utilisateurs"
    );
    assert!(remove_audience(&store, id).unwrap().audiences.is_empty());
    assert!(matches!(
        remove_audience(&store, id),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn an_announcement_is_not_dated_before_its_approval_nor_in_the_future() {
    let (_dir, store) = temp_store();
    let m = mission::create(&store, &draft("Ravel", "T")).unwrap();
    let board = add_audience(&store, m.id, "Équipe infrastructure").unwrap();
    let audience_id = board.audiences[0].audience.id;
    let v = charter::start(&store, m.id).unwrap().version.id;
    approve(&store, v);
    let on = |date: &str| AnnouncementInput {
        audience_id,
        announced_by: "Claire Moreau".into(),
        announced_on: date.into(),
        channel: Channel::Meeting,
        note: String::new(),
    };
    let before = announce(&store, &on("2026-10-31")).unwrap_err();
    assert!(
        matches!(&before, Error::Invalid { field: "announcedOn", reason: Invalid::TooEarly { earliest } } if earliest == "2026-11-01"),
        "{before}"
    );
    assert_eq!(crate::error::ApiError::from(&before).items, ["2026-11-01"]);
    assert!(matches!(
        announce(&store, &on("2999-01-01")),
        Err(Error::Invalid {
            field: "announcedOn",
            reason: Invalid::Future
        })
    ));
    assert!(
        announce(&store, &on("2026-11-01")).is_ok(),
        "the day of the approval"
    );
}
