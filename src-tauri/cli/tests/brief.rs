//! `mandat-cli brief`: the announcement written from the approved mandate, as text or HTML,
//! and its questions.

mod common;
use common::*;

#[test]
fn the_brief_as_text_and_html_and_its_questions() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let m = ok(cli(d, &["demo", "--lang", "fr"]));

    let txt = d.join("annonce.txt");
    let said = ok(cli(
        d,
        &["brief", "--mission", &m, "-o", txt.to_str().unwrap()],
    ));
    assert!(said.contains(&format!("MANDAT-{m}-V2")), "{said}");
    let text = std::fs::read_to_string(&txt).unwrap();
    assert!(
        text.contains("POURQUOI") && text.contains("J’ai confié à"),
        "{text}"
    );

    let html = d.join("annonce.html");
    ok(cli(
        d,
        &[
            "brief",
            "--mission",
            &m,
            "--lang",
            "en",
            "-o",
            html.to_str().unwrap(),
        ],
    ));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<html lang=\"en\">"));
    assert!(page.contains("<h2>Why</h2>"));

    let changes = json(d, &["brief", "changes", "--mission", &m, "--json"]);
    assert_eq!(changes["fromVersion"], 1);
    assert_eq!(changes["toVersion"], 2);
    assert!(!changes["audiences"].as_array().unwrap().is_empty());
    let said = ok(cli(d, &["brief", "changes", "--mission", &m]));
    assert!(
        said.starts_with("Ce qui a changé depuis la version 1"),
        "{said}"
    );

    let questions = json(d, &["brief", "questions", "--mission", &m, "--json"]);
    let cuts = questions
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["topic"] == "reduce_staff")
        .expect("the job cuts question");
    assert_eq!(
        cuts["question"],
        "Y aura-t-il des suppressions de postes\u{a0}?"
    );
    assert!(["granted", "not_granted", "needs_approval", "unsaid"]
        .contains(&cuts["answerKind"].as_str().unwrap()));
}

#[test]
fn a_brief_before_approval_or_to_an_unknown_kind_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let m = ok(cli(
        d,
        &["mission", "new", "--client", "Ravel", "--title", "SI"],
    ));
    let out = d.join("b.txt");
    let refused = cli(d, &["brief", "--mission", &m, "-o", out.to_str().unwrap()]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("pas encore de version approuvée"), "{err}");
    assert!(!out.exists());

    let demo = ok(cli(d, &["demo"]));
    let doc = d.join("b.docx");
    let refused = cli(
        d,
        &["brief", "--mission", &demo, "-o", doc.to_str().unwrap()],
    );
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains(".html"));
    assert!(!doc.exists());
    let pdf = d.join("b.pdf");
    ok(cli(
        d,
        &["brief", "--mission", &demo, "-o", pdf.to_str().unwrap()],
    ));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let missing = cli(d, &["brief", "--mission", &demo]);
    assert!(!missing.status.success());
}
