//! `person set --team-member`, `checkin add`, `wellbeing`, `alerts` and `export
//! --include-wellbeing` as a script would use them.

mod common;

use common::{cli, json, ok};
use std::path::Path;

/// A mission with one team member; returns (mission, person).
fn team(d: &Path) -> (String, String) {
    let m = ok(cli(
        d,
        &["mission", "new", "--client", "Ravel", "--title", "SI"],
    ));
    let p = ok(cli(
        d,
        &["person", "add", "--mission", &m, "--name", "Karim Benali"],
    ));
    ok(cli(
        d,
        &["person", "set", "--person", &p, "--team-member", "yes"],
    ));
    (m, p)
}

#[test]
fn a_check_in_reaches_the_board_and_raises_alerts() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (m, p) = team(d);
    let id = ok(cli(
        d,
        &[
            "checkin",
            "add",
            "--person",
            &p,
            "--on",
            "2026-10-01",
            "--mood",
            "1",
            "--stress",
            "5",
            "--hours",
            "120",
            "--signal",
            "broke_down",
            "--signal",
            "tired",
            "--note",
            "A craqué en réunion",
            "--action",
            "one_to_one",
        ],
    ));
    assert!(id.parse::<i64>().unwrap() > 0);
    let board = json(d, &["wellbeing", "--mission", &m, "--json"]);
    let row = &board["people"][0];
    assert_eq!(row["name"], "Karim Benali");
    assert_eq!(row["latest"]["hours"], 120);
    assert_eq!(
        row["latest"].get("observation"),
        None,
        "the board carries the figures, not the words"
    );
    assert_eq!(row["nextFollowUp"], "2026-10-05", "proposed at once");
    assert!(row["openAlerts"].as_u64().unwrap() >= 2);
    assert!(ok(cli(d, &["wellbeing", "--mission", &m])).contains("Karim Benali"));

    let alerts = json(d, &["alerts", "--mission", &m, "--json"]);
    let kinds: Vec<&str> = alerts
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"long_week") && kinds.contains(&"acute"),
        "{kinds:?}"
    );
    let text = ok(cli(d, &["alerts", "--mission", &m]));
    assert!(
        text.contains("long_week") && text.contains("120 h"),
        "{text}"
    );

    // Off the team: off the board.
    ok(cli(
        d,
        &["person", "set", "--person", &p, "--team-member", "no"],
    ));
    let board = json(d, &["wellbeing", "--mission", &m, "--json"]);
    assert!(board["people"].as_array().unwrap().is_empty());
}

#[test]
fn bad_input_names_the_field_exits_1_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (m, p) = team(d);
    for (args, field) in [
        (
            vec!["--mood", "7", "--stress", "3", "--hours", "40"],
            "mood",
        ),
        (
            vec!["--mood", "3", "--stress", "3", "--hours", "-3"],
            "hours",
        ),
        (
            vec!["--mood", "3", "--stress", "3", "--hours", "200"],
            "hours",
        ),
        (
            vec![
                "--mood", "3", "--stress", "3", "--hours", "40", "--signal", "burnout",
            ],
            "signals",
        ),
        (
            vec![
                "--mood",
                "3",
                "--stress",
                "3",
                "--hours",
                "40",
                "--on",
                "2999-01-01",
            ],
            "checkedOn",
        ),
    ] {
        let mut all = vec!["checkin", "add", "--person", &p];
        all.extend(args);
        let out = cli(d, &all);
        assert_eq!(out.status.code(), Some(1), "{all:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(field), "{all:?}: {err}");
    }
    let board = json(d, &["wellbeing", "--mission", &m, "--json"]);
    assert!(board["people"][0]["latest"].is_null(), "nothing written");
    let out = cli(
        d,
        &["person", "set", "--person", &p, "--team-member", "maybe"],
    );
    assert!(!out.status.success());
}

#[test]
fn the_notes_leave_in_a_mandat_file_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (m, p) = team(d);
    ok(cli(
        d,
        &[
            "checkin",
            "add",
            "--person",
            &p,
            "--on",
            "2026-10-01",
            "--mood",
            "2",
            "--stress",
            "4",
            "--hours",
            "60",
        ],
    ));
    let without = d.join("without.mandat");
    let with = d.join("with.mandat");
    ok(cli(
        d,
        &["export", "--mission", &m, "-o", without.to_str().unwrap()],
    ));
    let out = cli(
        d,
        &[
            "export",
            "--mission",
            &m,
            "-o",
            with.to_str().unwrap(),
            "--include-wellbeing",
        ],
    );
    let warned = String::from_utf8_lossy(&out.stderr).into_owned();
    ok(out);
    assert!(
        warned.contains("1 wellbeing note(s) about 1 person(s)"),
        "{warned}"
    );
    let other = tempfile::tempdir().unwrap();
    let o = other.path();
    let first = ok(cli(o, &["import", without.to_str().unwrap()]));
    let board = json(o, &["wellbeing", "--mission", &first, "--json"]);
    assert!(board["people"][0]["latest"].is_null(), "no notes arrive");
    let out = cli(o, &["import", with.to_str().unwrap(), "--keep-both"]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let second = ok(out);
    assert!(
        err.contains("1 wellbeing note(s) about 1 person(s)"),
        "{err}"
    );
    let board = json(o, &["wellbeing", "--mission", &second, "--json"]);
    assert_eq!(board["people"][0]["latest"]["hours"], 60, "all arrive");
}

#[test]
fn everyone_of_a_team_she_leads_reaches_the_board_and_a_bad_team_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let m = ok(cli(
        d,
        &["mission", "new", "--client", "Ravel", "--title", "SI"],
    ));
    for name in ["Karim Benali", "Léa Roux"] {
        ok(cli(
            d,
            &[
                "person",
                "add",
                "--mission",
                &m,
                "--name",
                name,
                "--team",
                "Applications",
            ],
        ));
    }
    let listed = ok(cli(d, &["teams", "--mission", &m]));
    assert!(
        listed.contains("no") && listed.contains("Applications"),
        "{listed}"
    );

    let teams = json(
        d,
        &["teams", "--mission", &m, "--lead", "applications", "--json"],
    );
    assert_eq!(
        teams,
        serde_json::json!([{ "team": "Applications", "people": 2, "led": true }])
    );
    let board = json(d, &["wellbeing", "--mission", &m, "--json"]);
    assert_eq!(board["people"].as_array().unwrap().len(), 2);

    let refused = cli(d, &["teams", "--mission", &m, "--lead", "  "]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("team"));

    let teams = json(
        d,
        &[
            "teams",
            "--mission",
            &m,
            "--stop-leading",
            "Applications",
            "--json",
        ],
    );
    assert_eq!(teams[0]["led"], false);
    let board = json(d, &["wellbeing", "--mission", &m, "--json"]);
    assert!(board["people"].as_array().unwrap().is_empty());
}
