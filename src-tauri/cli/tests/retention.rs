//! `retention` and `person erase --yes [--backups]` as a script would use them: the old notes
//! deleted only when confirmed, and an erased person purged from every backup.

mod common;

use common::{cli, json, ok};
use std::path::Path;

/// A mission with one team member and a check-in on each of `days`; returns (mission, person).
fn team_with_notes(d: &Path, days: &[&str]) -> (String, String) {
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
    for day in days {
        ok(cli(
            d,
            &[
                "checkin", "add", "--person", &p, "--on", day, "--mood", "2", "--stress", "4",
                "--hours", "60", "--note", "Épuisé",
            ],
        ));
    }
    (m, p)
}

fn check_in_days(d: &Path, p: &str) -> Vec<String> {
    // The person's copy lists every check-in the database holds about them.
    let file = d.join("copy.pdf");
    let copy = d.join("copy.json");
    ok(cli(
        d,
        &[
            "person",
            "report",
            "--person",
            p,
            "-o",
            file.to_str().unwrap(),
            "--json",
            copy.to_str().unwrap(),
        ],
    ));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&copy).unwrap()).unwrap();
    let mut days: Vec<String> = v["checkIns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["checkedOn"].as_str().unwrap().to_owned())
        .collect();
    days.sort();
    days
}

#[test]
fn the_old_notes_are_put_forward_and_deleted_only_with_apply_yes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (m, p) = team_with_notes(d, &["2025-01-10", "2026-06-01"]);

    // Twelve months before 2026-07-01: the January 2025 note only.
    let shown = ok(cli(
        d,
        &["retention", "--mission", &m, "--on", "2026-07-01"],
    ));
    assert!(shown.contains("period: 12 month(s)"), "{shown}");
    assert!(shown.contains("cut-off: 2025-07-01"), "{shown}");
    assert!(shown.contains("1 check-in(s)"), "{shown}");

    // --apply without --yes: a note on stderr, a non-zero exit, nothing deleted.
    let out = cli(
        d,
        &[
            "retention",
            "--mission",
            &m,
            "--on",
            "2026-07-01",
            "--apply",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing deleted"));
    assert_eq!(check_in_days(d, &p), ["2025-01-10", "2026-06-01"]);

    let done = ok(cli(
        d,
        &[
            "retention",
            "--mission",
            &m,
            "--on",
            "2026-07-01",
            "--apply",
            "--yes",
        ],
    ));
    assert!(
        done.contains("deleted on 2026-07-01: 1 check-in(s)"),
        "{done}"
    );
    assert!(done.contains("decision"), "{done}");
    assert_eq!(check_in_days(d, &p), ["2026-06-01"]);

    // A shorter period puts the other note forward; the period is kept.
    let shown = ok(cli(
        d,
        &[
            "retention",
            "--mission",
            &m,
            "--on",
            "2026-07-01",
            "--months",
            "1",
        ],
    ));
    assert!(shown.contains("period: 1 month(s)"), "{shown}");
    assert!(shown.contains("cut-off: 2026-06-01"), "{shown}");
    assert!(
        shown.contains("nothing to delete"),
        "{shown}: 1 June is not before it"
    );
    let shown = ok(cli(
        d,
        &["retention", "--mission", &m, "--on", "2026-07-02"],
    ));
    assert!(shown.contains("period: 1 month(s)"), "{shown}");
    assert!(shown.contains("1 check-in(s)"), "{shown}");
    assert!(ok(cli(d, &["check"])).starts_with("ok"));
}

#[test]
fn bad_input_names_the_field_exits_non_zero_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (m, p) = team_with_notes(d, &["2025-01-10"]);
    for (args, field) in [
        (vec!["--months", "0", "--apply", "--yes"], "months"),
        (vec!["--months", "121"], "months"),
        (vec!["--months", "-3"], "months"),
        (vec!["--on", "2999-01-01", "--apply", "--yes"], "on"),
        (
            vec!["--on", "hier", "--months", "3", "--apply", "--yes"],
            "on",
        ),
    ] {
        let mut all = vec!["retention", "--mission", &m];
        all.extend(args);
        let out = cli(d, &all);
        assert_eq!(out.status.code(), Some(1), "{all:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(field), "{all:?}: {err}");
    }
    // --yes alone is refused by the parser.
    let out = cli(d, &["retention", "--mission", &m, "--yes"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--apply"));
    let out = cli(d, &["retention", "--mission", "999"]);
    assert!(!out.status.success());

    assert_eq!(check_in_days(d, &p), ["2025-01-10"], "nothing deleted");
    let shown = ok(cli(d, &["retention", "--mission", &m]));
    assert!(
        shown.contains("period: 12 month(s)"),
        "{shown}: period unchanged"
    );
}

#[test]
fn an_erased_person_is_purged_from_every_backup() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (m, p) = team_with_notes(d, &["2026-06-01"]);
    let other = ok(cli(
        d,
        &["person", "add", "--mission", &m, "--name", "Claire Moreau"],
    ));
    // A backup in the backups folder, as the app makes at each launch.
    std::fs::create_dir_all(d.join("backups")).unwrap();
    let file = "mandat-20261110T093000.123Z-manual.sqlite3";
    let backup = d.join("backups").join(file);
    ok(cli(d, &["backup", "-o", backup.to_str().unwrap()]));
    let listed = json(d, &["backups", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);

    // Without --yes: the backup that holds them is named, nothing erased.
    let out = cli(d, &["person", "erase", "--person", &p, "--backups"]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("1 backup(s) hold them, to be rewritten"),
        "{said}"
    );
    assert!(said.contains(file), "{said}");
    let before = std::fs::read(&backup).unwrap();

    let erased = ok(cli(
        d,
        &["person", "erase", "--person", &p, "--yes", "--backups"],
    ));
    assert!(erased.contains("erased: Karim Benali"), "{erased}");
    assert!(
        erased.contains("1 backup(s) held them, rewritten"),
        "{erased}"
    );
    assert!(
        erased.contains("backups rewritten without them: 1"),
        "{erased}"
    );
    assert_ne!(std::fs::read(&backup).unwrap(), before, "rewritten");
    // Nothing left to purge: a second erasure is refused.
    let again = cli(d, &["person", "erase", "--person", &p, "--yes"]);
    assert!(!again.status.success());

    // The backup restored: the other person is there, the erased one is not.
    ok(cli(d, &["restore", file]));
    let people = json(d, &["people", "--mission", &m, "--json"]);
    let names: Vec<&str> = people
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Claire Moreau"]);
    assert_eq!(people[0]["id"].to_string(), other);
    assert!(ok(cli(d, &["check"])).starts_with("ok"));
}

/// A purge cut short (here: a person erased by the core alone, the backups left as they were)
/// is named by `backups` and finished by `backups --purge`.
#[test]
fn backups_name_an_unfinished_purge_and_purge_finishes_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (_m, p) = team_with_notes(d, &["2026-06-01"]);
    std::fs::create_dir_all(d.join("backups")).unwrap();
    let file = "mandat-20261110T093000.123Z-manual.sqlite3";
    let backup = d.join("backups").join(file);
    ok(cli(d, &["backup", "-o", backup.to_str().unwrap()]));
    {
        let store = mandat_core::vault::unlock(d, common::PASSPHRASE).unwrap();
        mandat_core::people::erase(&store, p.parse().unwrap()).unwrap();
    }
    let listed = ok(cli(d, &["backups"]));
    assert!(
        listed.contains("1 erased person(s) still in 1 backup(s)"),
        "{listed}"
    );
    let before = std::fs::read(&backup).unwrap();

    let out = cli(d, &["backups", "--purge"]);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("purged 1 erased person(s) from 1 backup(s)"),
        "{said}"
    );
    assert_ne!(std::fs::read(&backup).unwrap(), before, "rewritten");
    let listed = ok(cli(d, &["backups"]));
    assert!(!listed.contains("still in"), "{listed}");
}
