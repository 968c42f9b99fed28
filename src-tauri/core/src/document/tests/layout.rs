//! The charter PDF as a reader turns its pages, in both languages: every page rendered, and
//! from `pdftotext -layout` no section heading left at the foot of a page, the mandate's
//! introduction on the page of its table, typographic apostrophes and amounts written as the
//! window writes them.

use super::{demo_store, export_to};
use crate::mission::Language;
use std::path::Path;
use std::process::Command;

/// `pdftotext -layout FILE -`.
fn text_of(pdf: &Path) -> String {
    let tool = "pdftotext";
    let out = Command::new(tool)
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed (poppler-utils, `make deps`): {e}"));
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A heading as `-layout` sets it: a section's, numbered with a final dot ("3.     Objectifs"),
/// or one of the mandate's two sub-headings ("13.1   Ce que le mandat n’inclut pas"). A clause
/// is numbered like a sub-heading ("5.3   Organisation cible") but is no heading: a page may
/// end on a clause of one line.
fn is_heading(line: &str) -> bool {
    const SUBHEADINGS: [&str; 4] = [
        "Ce que le mandat n’inclut pas",
        "Règle",
        "What the mandate does not include",
        "Escalation rule",
    ];
    let text = line.trim_start();
    let Some((number, rest)) = text.split_once(char::is_whitespace) else {
        return false;
    };
    let rest = rest.trim_start();
    let numbered = number.chars().next().is_some_and(|c| c.is_ascii_digit())
        && number.chars().all(|c| c.is_ascii_digit() || c == '.');
    numbered
        && line.len() - text.len() < 12
        && (number.ends_with('.') || SUBHEADINGS.iter().any(|h| rest.starts_with(h)))
}

/// Each page's lines of text, without the running footer (the document id and "page n / m").
fn pages(text: &str) -> Vec<Vec<&str>> {
    text.split('\u{c}')
        .map(|page| {
            page.lines()
                .filter(|l| !l.trim().is_empty())
                .filter(|l| !(l.contains(" · version ") && l.contains(" / ")))
                .collect::<Vec<_>>()
        })
        .filter(|lines| !lines.is_empty())
        .collect()
}

#[test]
fn every_page_reads_well_in_both_languages() {
    for (language, mandate, table_head) in [
        (Language::Fr, "Le mandat", ["Délégation", "Décision"]),
        (Language::En, "The mandate", ["Authority", "Decision"]),
    ] {
        let (dir, store, id) = demo_store(language);
        let (_, pdf) = export_to(&store, dir.path(), id, None, None, "charter.pdf");
        // Every page renders.
        let prefix = dir.path().join("page");
        let out = Command::new("pdftoppm")
            .args(["-r", "40", "-png"])
            .arg(&pdf)
            .arg(&prefix)
            .status()
            .expect("pdftoppm");
        assert!(out.success());
        let text = text_of(&pdf);
        let pages = pages(&text);
        let rendered = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with("page")
            })
            .count();
        assert_eq!(rendered, pages.len(), "{language:?}: a PNG per page");

        for (n, lines) in pages.iter().enumerate() {
            // Nothing but the heading and at most one line of what follows it at a page's foot.
            for line in lines.iter().rev().take(2) {
                assert!(
                    !is_heading(line),
                    "{language:?} page {}: heading at the foot: {line:?}\n{}",
                    n + 1,
                    lines.join("\n")
                );
            }
        }
        // The table's header: its first two column names on one line.
        let table = pages
            .iter()
            .position(|lines| {
                lines
                    .iter()
                    .any(|l| table_head.iter().all(|word| l.contains(word)))
            })
            .unwrap_or_else(|| panic!("{language:?}: no table header {table_head:?}"));
        let heading = pages
            .iter()
            .position(|lines| lines.iter().any(|l| is_heading(l) && l.ends_with(mandate)))
            .unwrap_or_else(|| panic!("{language:?}: no heading {mandate:?}"));
        assert_eq!(
            heading, table,
            "{language:?}: the mandate's heading and introduction on the page of its table"
        );
        // The demo's text types straight apostrophes ("l'intégrateur"): set as typographic.
        assert!(!text.contains('\''), "{language:?}: a straight apostrophe");
        assert!(text.contains('’'));
        assert!(
            text.contains('€') && !text.contains("EUR"),
            "{language:?}: amounts as in the app"
        );
    }
}
