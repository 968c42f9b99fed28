//! `people`, `person add`, `person assess`, `person erase` as a script would use them.

use std::path::Path;
use std::process::{Command, Output};

const PASSPHRASE: &str = "correct horse battery staple";

fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
        .env_remove("MANDAT_DATA_DIR")
        .env("MANDAT_PASSPHRASE", PASSPHRASE)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .expect("mandat-cli runs")
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn people_json(data: &Path, mission: &str) -> serde_json::Value {
    serde_json::from_str(&ok(cli(data, &["people", "--mission", mission, "--json"]))).unwrap()
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
    let m = ok(cli(
        d,
        &["mission", "new", "--client", "Ravel", "--title", "SI"],
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
