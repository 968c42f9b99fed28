//! A table too long for one page breaks, its header repeated, but never leaves one of its rows
//! alone on a page: the first two rows stay together, and so do the last two. Checked on the
//! real PDF (`pdftotext -layout`), with milestone tables of many lengths so that the page
//! break falls after every row in turn.

use super::{demo_store, export_to};
use crate::charter::{self, ClauseInput, Section};
use crate::mission::Language;
use std::process::Command;

fn text_of(pdf: &std::path::Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is needed (poppler-utils, `make deps`)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn no_row_of_a_long_table_is_alone_on_a_page() {
    let (dir, store, mission) = demo_store(Language::En);
    let draft = charter::amend(&store, mission, "More milestones").unwrap();
    let version = draft.version.id;
    // Only these milestones in the table: each row is then one "Milestone M…" line.
    for clause in draft
        .clauses
        .iter()
        .filter(|c| c.section == Section::Milestone)
    {
        charter::remove_clause(&store, version, &clause.key).unwrap();
    }
    let mut broken = 0;
    for n in 1..=34 {
        charter::add_clause(
            &store,
            version,
            &ClauseInput {
                section: Section::Milestone,
                title: format!("Milestone M{n:02} of the plan"),
                detail: "Checked by the steering committee before the next one starts.".into(),
                due: format!("2027-{:02}-{:02}", 1 + n / 28, 1 + n % 28),
                amount: String::new(),
                currency: String::new(),
                authority: None,
                decision: None,
                approver: String::new(),
            },
        )
        .unwrap();
        // Past 12 rows, with a row added each time, the break falls in every place in turn.
        if n < 12 || n % 2 == 1 {
            continue;
        }
        let (_, pdf) = export_to(&store, dir.path(), mission, None, None, "long.pdf");
        let text = text_of(&pdf);
        let per_page: Vec<usize> = text
            .split('\u{c}')
            .map(|page| page.lines().filter(|l| l.contains("Milestone M")).count())
            .filter(|&rows| rows > 0)
            .collect();
        if per_page.len() > 1 {
            broken += 1;
        }
        assert!(
            per_page.iter().all(|&rows| rows >= 2),
            "{n} new milestones: rows per page {per_page:?}"
        );
    }
    assert!(broken > 0, "some table must have broken across pages");
}
