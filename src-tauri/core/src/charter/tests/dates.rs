//! The dates of a decision: never in the future, never before its version was submitted
//! (versions submitted before that day was recorded keep the first rule only).

use super::*;

#[test]
fn a_decision_dated_in_the_future_is_refused_and_nothing_changes() {
    let (_dir, store) = temp_store();
    let c = new_charter(&store);
    submit_early(&store, c.version.id).unwrap();
    let later = DecisionInput {
        decided_on: "2999-01-01".into(),
        ..approval()
    };
    assert!(matches!(
        decide(&store, c.version.id, &later),
        Err(Error::Invalid {
            field: "decidedOn",
            reason: Invalid::Future
        })
    ));
    let after = get(&store, c.version.mission_id, None).unwrap().unwrap();
    assert_eq!(after.version.status, VersionStatus::InReview);
}

#[test]
fn a_decision_is_not_dated_before_its_version_was_submitted() {
    let (_dir, store) = temp_store();
    let c = new_charter(&store);
    let v = c.version.id;
    submit(&store, v).unwrap();
    // Submitted today: a decision dated yesterday would be one taken before it was asked.
    let yesterday = (chrono::Local::now().date_naive() - chrono::Days::new(1)).to_string();
    let early = DecisionInput {
        decided_on: yesterday,
        ..approval()
    };
    let today = crate::clock::today();
    assert!(matches!(
        decide(&store, v, &early),
        Err(Error::Invalid {
            field: "decidedOn",
            reason: Invalid::TooEarly { earliest }
        }) if earliest == today
    ));
    assert_eq!(
        get(&store, c.version.mission_id, None)
            .unwrap()
            .unwrap()
            .version
            .status,
        VersionStatus::InReview,
        "nothing changed"
    );
    let on_the_day = DecisionInput {
        decided_on: today.clone(),
        ..approval()
    };
    let decided = decide(&store, v, &on_the_day).unwrap();
    assert_eq!(decided.version.decided_on.as_deref(), Some(today.as_str()));
}

/// A version submitted before the day was recorded keeps the old rule (not in the future).
#[test]
fn a_version_submitted_before_the_rule_keeps_working() {
    let (_dir, store) = temp_store();
    let c = new_charter(&store);
    let v = c.version.id;
    submit(&store, v).unwrap();
    store
        .write(|w| {
            w.conn().execute(
                "UPDATE charter_versions SET submitted_on = NULL WHERE id = ?1",
                [v],
            )?;
            Ok(())
        })
        .unwrap();
    assert_eq!(
        decide(&store, v, &approval()).unwrap().version.status,
        VersionStatus::Approved
    );
}
