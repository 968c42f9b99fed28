//! The CLI as a script would use it: a fresh data folder per test, real process, real database.

use std::path::Path;
use std::process::{Command, Output};

/// Every test data folder is encrypted with this passphrase.
const PASSPHRASE: &str = "correct horse battery staple";

fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
        .env_remove("MANDAT_DATA_DIR")
        .env_remove("MANDAT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("MANDAT_PASSPHRASE", PASSPHRASE)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .expect("mandat-cli runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_new_mission_is_listed_in_json_and_as_a_table() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(
        dir.path(),
        &[
            "mission",
            "new",
            "--client",
            "Société Générale d'Entrepôts",
            "--title",
            "Go-live WMS",
            "--sponsor",
            "Claire Moreau",
            "--start",
            "2026-11-02",
            "--end",
            "2027-03-31",
            "--lang",
            "en",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let id: i64 = stdout(&out).trim().parse().expect("prints the new id");

    let out = cli(dir.path(), &["missions", "--json"]);
    assert!(out.status.success());
    let listed: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(listed[0]["id"], id);
    assert_eq!(listed[0]["client"], "Société Générale d'Entrepôts");
    assert_eq!(listed[0]["plannedEnd"], "2027-03-31");
    assert_eq!(listed[0]["status"], "preparing");

    let table = stdout(&cli(dir.path(), &["missions"]));
    assert!(
        table.contains("Go-live WMS") && table.contains("2026-11-02"),
        "{table}"
    );
}

#[test]
fn bad_input_is_named_exits_non_zero_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(
        dir.path(),
        &[
            "mission",
            "new",
            "--client",
            "C",
            "--title",
            "T",
            "--start",
            "2026-11-02",
            "--end",
            "2026-10-01",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("plannedEnd is before the start date"),
        "{}",
        stderr(&out)
    );
    let out = cli(
        dir.path(),
        &["mission", "new", "--client", " ", "--title", "T"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("client is required"),
        "{}",
        stderr(&out)
    );
    let out = cli(
        dir.path(),
        &[
            "mission",
            "new",
            "--client",
            "C",
            "--title",
            "T",
            "--start",
            "31/12/2026",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "refused, not crashed");
    assert!(
        stderr(&out).contains("startDate is not a valid date"),
        "{}",
        stderr(&out)
    );
    // Every field at fault at once: the empty title and the day that does not exist.
    let out = cli(
        dir.path(),
        &[
            "mission",
            "new",
            "--client",
            "C",
            "--title",
            " ",
            "--start",
            "2026-02-30",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("title is required")
            && stderr(&out).contains("startDate is a day that does not exist (2026-02-30)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        stdout(&cli(dir.path(), &["missions", "--json"])).trim(),
        "[]"
    );
}

#[test]
fn the_demo_is_complete_and_the_database_checks_out() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(dir.path(), &["demo", "--lang", "fr"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let id: i64 = stdout(&out).trim().parse().unwrap();
    let listed: serde_json::Value =
        serde_json::from_str(&stdout(&cli(dir.path(), &["missions", "--json"]))).unwrap();
    assert_eq!(listed[0]["id"], id);
    assert_eq!(listed[0]["status"], "active");
    assert!(listed[0]["title"].as_str().unwrap().contains("WMS"));
    let check = cli(dir.path(), &["check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stdout(&check).starts_with("ok"));
}

#[test]
fn the_data_folder_comes_from_the_environment_too() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
        .env("MANDAT_DATA_DIR", dir.path())
        .env("MANDAT_PASSPHRASE", PASSPHRASE)
        .args(["demo", "--lang", "en"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("mandat.sqlite3").exists());
}

#[test]
fn the_passphrase_comes_from_the_environment_or_a_terminal_and_a_wrong_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(cli(dir.path(), &["demo"]).status.success());
    // No variable and no terminal: a clear message, nothing opened.
    let out = Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
        .env_remove("MANDAT_PASSPHRASE")
        .arg("--data-dir")
        .arg(dir.path())
        .arg("missions")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("MANDAT_PASSPHRASE"),
        "{}",
        stderr(&out)
    );
    let out = Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
        .env("MANDAT_PASSPHRASE", "not the right one")
        .arg("--data-dir")
        .arg(dir.path())
        .arg("missions")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("wrong passphrase"),
        "{}",
        stderr(&out)
    );
    // The database itself is unreadable without the key.
    let bytes = std::fs::read(dir.path().join("mandat.sqlite3")).unwrap();
    assert!(!bytes.windows(15).any(|w| w == b"SQLite format 3"));
    assert!(!bytes.windows(5).any(|w| w == b"Ravel"));
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(cli(dir.path(), &["check"]).status.success());
    let db = dir.path().join("mandat.sqlite3");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let key = mandat_core::vault::key_for(dir.path(), PASSPHRASE).unwrap();
    conn.execute_batch(&key.pragma("key")).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let out = cli(dir.path(), &["missions"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("newer version of Mandat"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_demo_charter_shows_both_versions_and_the_mandate() {
    let dir = tempfile::tempdir().unwrap();
    let id = stdout(&cli(dir.path(), &["demo", "--lang", "fr"]))
        .trim()
        .to_owned();
    let versions = cli(dir.path(), &["charter", "versions", "--mission", &id]);
    assert!(versions.status.success(), "{}", stderr(&versions));
    let text = stdout(&versions);
    assert!(
        text.contains("v1") && text.contains("v2") && text.contains("approuvée"),
        "{text}"
    );
    assert!(text.contains("Rallonge budgétaire"), "{text}");

    let v1 = stdout(&cli(
        dir.path(),
        &["charter", "show", "--mission", &id, "--version", "1"],
    ));
    let v2 = stdout(&cli(dir.path(), &["charter", "show", "--mission", &id]));
    assert!(
        v1.contains("DÉLÉGATIONS DU MANDAT") && v1.contains("50000 EUR"),
        "{v1}"
    );
    assert!(
        v2.contains("120000 EUR") && v2.contains("Répétition générale"),
        "{v2}"
    );
    assert!(!v1.contains("Répétition générale"));

    let json: serde_json::Value = serde_json::from_str(&stdout(&cli(
        dir.path(),
        &["charter", "show", "--mission", &id, "--json"],
    )))
    .unwrap();
    assert_eq!(json["version"]["number"], 2);
    assert_eq!(json["version"]["status"], "approved");
    let out = cli(dir.path(), &["charter", "show", "--mission", "999"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("mission 999 does not exist"),
        "{}",
        stderr(&out)
    );
}

/// `verify` as a team member runs it: no data folder, just the file.
fn verify(file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
        .env_remove("MANDAT_DATA_DIR")
        .env_remove("MANDAT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("MANDAT_PASSPHRASE", PASSPHRASE)
        .env("XDG_DATA_HOME", "/nonexistent")
        .args(["verify", "--json"])
        .arg(file)
        .output()
        .expect("mandat-cli runs")
}

fn outcome(out: &Output) -> String {
    let report: serde_json::Value = serde_json::from_str(&stdout(out)).expect("JSON report");
    report["outcome"].as_str().unwrap_or_default().to_owned()
}

#[test]
fn the_demo_exports_a_signed_pdf_and_verify_exits_by_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let id = stdout(&cli(dir.path(), &["demo", "--lang", "en"]))
        .trim()
        .to_owned();
    let pdf = dir.path().join("charter.pdf");
    let out = cli(
        dir.path(),
        &["export-pdf", "--mission", &id, "-o", pdf.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("signed"), "{}", stdout(&out));

    // A team member has no database to know the key by: intact, but exit 0 only with the
    // fingerprint she was given (see tests/trust.rs).
    let out = verify(&pdf);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert_eq!(outcome(&out), "unknown_sealer");

    let mut bytes = std::fs::read(&pdf).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x20;
    let changed = dir.path().join("changed.pdf");
    std::fs::write(&changed, &bytes).unwrap();
    let out = verify(&changed);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(outcome(&out), "modified");

    // Version 1 was never signed: a draft, in French on demand.
    let draft = dir.path().join("draft.pdf");
    let out = cli(
        dir.path(),
        &[
            "export-pdf",
            "--mission",
            &id,
            "--version",
            "1",
            "--lang",
            "fr",
            "-o",
            draft.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = verify(&draft);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(outcome(&out), "draft");

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a pdf").unwrap();
    assert_eq!(verify(&text).status.code(), Some(1));
    assert_eq!(outcome(&verify(&text)), "not_mandat");
    let out = verify(&dir.path().join("missing.pdf"));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(outcome(&out), "unreadable");
}

#[test]
fn export_of_a_mission_without_a_charter_or_to_a_bad_folder_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let id = stdout(&cli(
        dir.path(),
        &["mission", "new", "--client", "A", "--title", "B"],
    ))
    .trim()
    .to_owned();
    let out = cli(dir.path(), &["export-pdf", "--mission", &id, "-o", "x.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    // A mission is French unless told otherwise, and so are the refusals about it.
    assert!(stderr(&out).contains("charte"), "{}", stderr(&out));

    let id = stdout(&cli(dir.path(), &["demo"])).trim().to_owned();
    let out = cli(
        dir.path(),
        &[
            "export-pdf",
            "--mission",
            &id,
            "-o",
            "/nonexistent/folder/x.pdf",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/nonexistent/folder/x.pdf"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn backup_and_restore_round_trip_even_from_a_damaged_database() {
    let dir = tempfile::tempdir().unwrap();
    let new = |title: &str| {
        let out = cli(
            dir.path(),
            &["mission", "new", "--client", "Ravel", "--title", title],
        );
        assert!(out.status.success(), "{}", stderr(&out));
    };
    new("Avant la sauvegarde");
    let copy = dir.path().join("copy.sqlite3");
    let out = cli(dir.path(), &["backup", "-o", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 mission(s)"), "{}", stdout(&out));
    new("Après la sauvegarde");

    let out = cli(dir.path(), &["restore", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list = stdout(&cli(dir.path(), &["missions"]));
    assert!(list.contains("Avant") && !list.contains("Après"), "{list}");
    // The state before the restore was kept as a backup.
    let backups = stdout(&cli(dir.path(), &["backups"]));
    assert!(
        backups.contains("before-restore") && backups.contains("2 mission(s)"),
        "{backups}"
    );

    // Damage the database: commands refuse, name the way back, and restore works.
    let db = dir.path().join("mandat.sqlite3");
    let mut bytes = std::fs::read(&db).unwrap();
    for b in bytes.iter_mut().skip(100) {
        *b = 0x5A;
    }
    std::fs::write(&db, &bytes).unwrap();
    let _ = std::fs::remove_file(dir.path().join("mandat.sqlite3-wal"));
    let out = cli(dir.path(), &["missions"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("damaged") && err.contains("mandat-cli restore"),
        "{err}"
    );
    let out = cli(dir.path(), &["restore", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&cli(dir.path(), &["missions"])).contains("Avant"));
    let out = cli(dir.path(), &["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_mission_moves_to_another_data_folder_in_one_file() {
    let from = tempfile::tempdir().unwrap();
    let to = tempfile::tempdir().unwrap();
    let id = stdout(&cli(from.path(), &["demo"])).trim().to_owned();
    let file = from.path().join("ravel.mandat");
    let with_file_passphrase = |data: &Path, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
            .env("MANDAT_PASSPHRASE", "another laptop's own passphrase")
            .env(
                "MANDAT_FILE_PASSPHRASE",
                "given separately to the recipient",
            )
            .arg("--data-dir")
            .arg(data)
            .args(args)
            .output()
            .unwrap()
    };
    let out = with_file_passphrase(
        from.path(),
        &["export", "--mission", &id, "-o", file.to_str().unwrap()],
    );
    // The source folder was made with the tests' passphrase, not this one.
    assert!(!out.status.success());
    let out = Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
        .env("MANDAT_PASSPHRASE", PASSPHRASE)
        .env(
            "MANDAT_FILE_PASSPHRASE",
            "given separately to the recipient",
        )
        .arg("--data-dir")
        .arg(from.path())
        .args(["export", "--mission", &id, "-o", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));

    let out = with_file_passphrase(to.path(), &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("2 charter version(s), 2 signature(s)"),
        "{}",
        stderr(&out)
    );
    let new_id = stdout(&out).trim().to_owned();
    let out = with_file_passphrase(to.path(), &["charter", "versions", "--mission", &new_id]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Again: refused without a choice, then kept twice.
    let out = with_file_passphrase(to.path(), &["import", file.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("--keep-both or --replace"),
        "{}",
        stderr(&out)
    );
    let out = with_file_passphrase(
        to.path(),
        &["import", "--keep-both", file.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let listed = stdout(&with_file_passphrase(to.path(), &["missions", "--json"]));
    let missions: Vec<serde_json::Value> = serde_json::from_str(&listed).unwrap();
    assert_eq!(missions.len(), 2);
    // A wrong file passphrase: refused, nothing imported.
    let out = Command::new(env!("CARGO_BIN_EXE_mandat-cli"))
        .env("MANDAT_PASSPHRASE", "another laptop's own passphrase")
        .env("MANDAT_FILE_PASSPHRASE", "not the one given")
        .arg("--data-dir")
        .arg(to.path())
        .args(["import", "--keep-both", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("wrong passphrase"),
        "{}",
        stderr(&out)
    );
}
