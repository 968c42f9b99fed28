//! `person report`: the person's copy (GDPR art. 15) written as PDF and JSON, as she would
//! hand it over; a person who is not there writes nothing.

mod common;

use common::{cli, json, ok};
use std::path::Path;
use std::process::Command;

/// The demo mission, and the id of its WMS lead (who broke down in the 120-hour week).
fn demo_lead(d: &Path) -> String {
    let m = ok(cli(d, &["demo", "--lang", "en"]));
    let people = json(d, &["people", "--mission", &m, "--json"]);
    people
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Yannick Bertrand")
        .expect("the lead is in the demo")["id"]
        .to_string()
}

#[test]
fn the_report_writes_the_pdf_and_the_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let lead = demo_lead(d);
    let (pdf, json_file) = (d.join("copy.pdf"), d.join("copy.json"));
    let said = ok(cli(
        d,
        &[
            "person",
            "report",
            "--person",
            &lead,
            "-o",
            pdf.to_str().unwrap(),
            "--json",
            json_file.to_str().unwrap(),
            "--lang",
            "fr",
        ],
    ));
    assert!(said.contains("Yannick Bertrand"), "{said}");

    let copy: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json_file).unwrap()).unwrap();
    assert_eq!(copy["person"]["name"], "Yannick Bertrand");
    let notes = copy["checkIns"].as_array().unwrap();
    assert_eq!(notes.len(), 8);
    let breakdown = notes[0]["observation"].as_str().unwrap();
    assert!(breakdown.contains("crisis meeting"), "{breakdown}");

    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext is needed (poppler-utils, `make deps`)");
    let text: String = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // Asked in French, about notes taken in English.
    assert!(text.contains("Vos droits"), "{text}");
    assert!(text.contains("Yannick Bertrand"), "{text}");
    assert!(text.contains("Fourth night on site"), "{text}");
}

#[test]
fn a_person_who_is_not_there_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    demo_lead(d);
    let (pdf, json_file) = (d.join("nobody.pdf"), d.join("nobody.json"));
    let out = cli(
        d,
        &[
            "person",
            "report",
            "--person",
            "99999",
            "-o",
            pdf.to_str().unwrap(),
            "--json",
            json_file.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("person 99999"), "{err}");
    assert!(!pdf.exists() && !json_file.exists());
}
