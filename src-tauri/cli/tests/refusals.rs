//! Refusals in the language of the person at the terminal: `--lang`, else the language of the
//! mission the command names, else the system's (`LANG`), else English.

mod common;
use common::*;
use std::process::{Command, Output};

fn err(out: &Output) -> String {
    assert!(!out.status.success(), "refused");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_mission_refused_names_every_field_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let new = |lang: &str| {
        err(&cli(
            dir.path(),
            &[
                "mission",
                "new",
                "--client",
                " ",
                "--title",
                "",
                "--start",
                "2026-02-30",
                "--lang",
                lang,
            ],
        ))
    };
    let fr = new("fr");
    assert!(fr.contains("« client » est obligatoire"), "{fr}");
    assert!(fr.contains("« title » est obligatoire"), "{fr}");
    assert!(
        fr.contains("« startDate » est un jour qui n’existe pas (2026-02-30)"),
        "{fr}"
    );
    let en = new("en");
    assert!(en.contains("client is required"), "{en}");
    assert!(
        en.contains("startDate is a day that does not exist"),
        "{en}"
    );
    assert_eq!(ok(cli(dir.path(), &["missions", "--json"])), "[]");
}

#[test]
fn a_command_about_a_mission_refuses_in_the_mission_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mission = |lang: &str| {
        ok(cli(
            d,
            &[
                "mission", "new", "--client", "Ravel", "--title", "SI", "--lang", lang,
            ],
        ))
    };
    let (fr, en) = (mission("fr"), mission("en"));
    let add = |m: &str| err(&cli(d, &["person", "add", "--mission", m, "--name", " "]));
    assert!(
        add(&fr).contains("« name » est obligatoire"),
        "{}",
        add(&fr)
    );
    assert!(add(&en).contains("name is required"), "{}", add(&en));

    // Through a person: the person's mission decides.
    let p = ok(cli(
        d,
        &["person", "add", "--mission", &fr, "--name", "Sophie"],
    ));
    let out = err(&cli(
        d,
        &[
            "person",
            "assess",
            "--person",
            &p,
            "--power",
            "9",
            "--interest",
            "3",
            "--engagement",
            "neutral",
        ],
    ));
    assert!(out.contains("n’est pas entre 1 et 5"), "{out}");
}

#[test]
fn with_no_mission_named_mandat_lang_then_the_system_language_decides() {
    let dir = tempfile::tempdir().unwrap();
    let run = |system: &str, mandat: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_mandat-cli"));
        command
            .env_remove("MANDAT_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", system)
            .env("MANDAT_PASSPHRASE", PASSPHRASE)
            .arg("--data-dir")
            .arg(dir.path())
            .arg("people");
        if let Some(lang) = mandat {
            command.env("MANDAT_LANG", lang);
        }
        command.output().expect("mandat-cli runs")
    };
    let fr = err(&run("fr_FR.UTF-8", None));
    assert!(fr.contains("--mission ID est obligatoire"), "{fr}");
    let en = err(&run("C", None));
    assert!(en.contains("--mission ID is required"), "{en}");
    let asked = err(&run("C", Some("fr")));
    assert!(asked.contains("--mission ID est obligatoire"), "{asked}");
    let asked = err(&run("fr_FR.UTF-8", Some("en")));
    assert!(asked.contains("--mission ID is required"), "{asked}");
}
