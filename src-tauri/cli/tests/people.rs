//! `people`, `person add`, `person assess`, `person erase` as a script would use them.

mod common;

use common::{cli, json, ok};
use std::path::Path;

fn people_json(data: &Path, mission: &str) -> serde_json::Value {
    json(data, &["people", "--mission", mission, "--json"])
}

#[test]
fn people_are_added_assessed_listed_and_erased() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let m = ok(cli(
        d,
        &["mission", "new", "--client", "Ravel", "--title", "SI"],
    ));
    let ceo = ok(cli(
        d,
        &[
            "person",
            "add",
            "--mission",
            &m,
            "--name",
            "Claire Moreau",
            "--group",
            "management",
        ],
    ));
    let lead = ok(cli(
        d,
        &[
            "person",
            "add",
            "--mission",
            &m,
            "--name",
            "Karim Benali",
            "--title",
            "Responsable applications",
            "--group",
            "applications",
            "--team",
            "Applications",
            "--reports-to",
            &ceo,
            "--email",
            "karim.benali@ravel.fr",
        ],
    ));
    ok(cli(
        d,
        &[
            "person",
            "assess",
            "--person",
            &lead,
            "--power",
            "3",
            "--interest",
            "5",
            "--engagement",
            "resistant",
            "--target",
            "supportive",
            "--on",
            "2026-09-01",
        ],
    ));
    let listed = people_json(d, &m);
    assert_eq!(listed.as_array().unwrap().len(), 2);
    assert_eq!(listed[1]["name"], "Karim Benali");
    assert_eq!(listed[1]["group"], "applications");
    assert_eq!(listed[1]["reportsTo"].to_string(), ceo);

    // Without --yes: what would go, a non-zero exit, nothing erased.
    let dry = cli(d, &["person", "erase", "--person", &lead]);
    assert!(!dry.status.success());
    assert!(String::from_utf8_lossy(&dry.stdout).contains("assessments  1"));
    assert_eq!(people_json(d, &m).as_array().unwrap().len(), 2);

    let erased = ok(cli(d, &["person", "erase", "--person", &lead, "--yes"]));
    assert!(erased.contains("erased: Karim Benali"), "{erased}");
    let left = people_json(d, &m);
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert!(ok(cli(d, &["check"])).starts_with("ok"));
}

#[test]
fn bad_input_names_the_field_exits_non_zero_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // An English mission: its refusals are English (tests/refusals.rs has the French).
    let m = ok(cli(
        d,
        &[
            "mission", "new", "--client", "Ravel", "--title", "SI", "--lang", "en",
        ],
    ));
    let p = ok(cli(
        d,
        &["person", "add", "--mission", &m, "--name", "Sophie"],
    ));
    for (args, says) in [
        (
            vec!["person", "add", "--mission", &m, "--name", " "],
            "name is required",
        ),
        (
            vec![
                "person",
                "add",
                "--mission",
                &m,
                "--name",
                "X",
                "--email",
                "pas un mail",
            ],
            "email",
        ),
        (
            vec![
                "person",
                "add",
                "--mission",
                &m,
                "--name",
                "X",
                "--group",
                "it",
            ],
            "unknown group",
        ),
        (
            vec![
                "person",
                "assess",
                "--person",
                &p,
                "--power",
                "7",
                "--interest",
                "3",
            ],
            "power",
        ),
        (
            vec![
                "person",
                "assess",
                "--person",
                &p,
                "--power",
                "2",
                "--interest",
                "3",
                "--on",
                "2026-02-30",
            ],
            "assessedOn",
        ),
    ] {
        let out = cli(d, &args);
        assert!(!out.status.success(), "{args:?}");
        assert_ne!(out.status.code(), Some(0));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert_eq!(people_json(d, &m).as_array().unwrap().len(), 1);
}

#[test]
fn an_interaction_and_the_map_as_of_a_date() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let m = ok(cli(
        d,
        &["mission", "new", "--client", "Ravel", "--title", "SI"],
    ));
    let p = ok(cli(
        d,
        &[
            "person",
            "add",
            "--mission",
            &m,
            "--name",
            "Paul Vendeur",
            "--group",
            "vendor",
        ],
    ));
    let q = ok(cli(
        d,
        &["person", "add", "--mission", &m, "--name", "Léa Clé"],
    ));
    ok(cli(
        d,
        &[
            "person",
            "assess",
            "--person",
            &p,
            "--power",
            "5",
            "--interest",
            "4",
            "--on",
            "2026-08-01",
        ],
    ));
    ok(cli(
        d,
        &[
            "person",
            "assess",
            "--person",
            &q,
            "--power",
            "2",
            "--interest",
            "2",
            "--on",
            "2026-08-01",
        ],
    ));
    let people = format!("{p},{q}");
    ok(cli(
        d,
        &[
            "interaction",
            "add",
            "--mission",
            &m,
            "--people",
            &people,
            "--on",
            "2026-08-20",
            "--channel",
            "meeting",
            "--summary",
            "Comité de crise",
            "--sentiment",
            "-2",
            "--follow-up",
            "2026-08-27",
        ],
    ));
    let map: serde_json::Value = serde_json::from_str(&ok(cli(
        d,
        &[
            "stakeholders",
            "--mission",
            &m,
            "--on",
            "2026-09-10",
            "--json",
        ],
    )))
    .unwrap();
    assert_eq!(map["on"], "2026-09-10");
    let paul = &map["people"][1];
    assert_eq!(paul["name"], "Paul Vendeur");
    assert_eq!(paul["quadrant"], "manage_closely");
    assert_eq!(paul["lastContact"], "2026-08-20");
    assert_eq!(paul["overdue"], true, "21 days, cadence 14");
    assert_eq!(paul["told"], false);
    let lea = &map["people"][0];
    assert_eq!(
        (lea["quadrant"].as_str(), lea["overdue"].as_bool()),
        (Some("monitor"), Some(false))
    );

    for (args, says) in [
        (
            vec![
                "interaction",
                "add",
                "--mission",
                &m,
                "--people",
                &p,
                "--summary",
                " ",
            ],
            "summary",
        ),
        (
            vec![
                "interaction",
                "add",
                "--mission",
                &m,
                "--people",
                &p,
                "--summary",
                "x",
                "--sentiment",
                "5",
            ],
            "sentiment",
        ),
        (
            vec![
                "interaction",
                "add",
                "--mission",
                &m,
                "--people",
                "abc",
                "--summary",
                "x",
            ],
            "people",
        ),
    ] {
        let out = cli(d, &args);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn told_through_an_audience_member_or_one_to_one_and_the_cadence_changed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let m = ok(cli(d, &["demo", "--lang", "en"]));
    let add = |name: &str| {
        ok(cli(
            d,
            &[
                "person",
                "add",
                "--mission",
                &m,
                "--name",
                name,
                "--group",
                "business",
            ],
        ))
    };
    let (member, briefed) = (add("Agnès Member"), add("Bruno Briefed"));
    for id in [&member, &briefed] {
        ok(cli(
            d,
            &[
                "person",
                "assess",
                "--person",
                id,
                "--power",
                "5",
                "--interest",
                "5",
            ],
        ));
    }
    // The first audience the demo told of version 2.
    let audiences = ok(cli(d, &["audience", "list", "--mission", &m]));
    let told_audience = audiences
        .lines()
        .skip(1)
        .find(|line| line.trim_end().ends_with("yes"))
        .and_then(|line| line.split_whitespace().next())
        .expect("an audience told")
        .to_owned();
    let out = ok(cli(
        d,
        &[
            "audience",
            "member",
            "--audience",
            &told_audience,
            "--person",
            &member,
        ],
    ));
    assert!(out.ends_with("members"), "{out}");
    let out = ok(cli(
        d,
        &[
            "person",
            "brief",
            "--person",
            &briefed,
            "--by",
            "Aurore",
            "--channel",
            "letter",
        ],
    ));
    assert!(out.starts_with("told of version 2"), "{out}");

    let map = |d: &Path| -> serde_json::Value {
        serde_json::from_str(&ok(cli(d, &["stakeholders", "--mission", &m, "--json"]))).unwrap()
    };
    let told = |map: &serde_json::Value, id: &str| {
        map["people"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["personId"].as_i64() == id.parse().ok())
            .unwrap()["told"]
            .as_bool()
            .unwrap()
    };
    let now = map(d);
    assert!(told(&now, &member) && told(&now, &briefed));

    // Removed from the audience: no longer told.
    ok(cli(
        d,
        &[
            "audience",
            "member",
            "--audience",
            &told_audience,
            "--person",
            &member,
            "--remove",
        ],
    ));
    assert!(!told(&map(d), &member));

    let out = ok(cli(
        d,
        &["cadence", "--mission", &m, "--set", "7,30,45,120"],
    ));
    assert_eq!(
        out,
        "manage closely 7 days, keep satisfied 30, keep informed 45, monitor 120"
    );
    assert_eq!(map(d)["cadence"]["manageClosely"], 7);
    let refused = cli(d, &["cadence", "--mission", &m, "--set", "0,30,30,90"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("manageClosely"));
    let refused = cli(d, &["person", "brief", "--person", &member, "--by", ""]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("announcedBy"));
}
