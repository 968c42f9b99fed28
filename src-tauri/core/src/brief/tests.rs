use super::*;
use crate::store::tests::temp_store;
use crate::{demo, mission::MissionDraft};

fn demo_brief(language: Language) -> Brief {
    let (_dir, store) = temp_store();
    let id = demo::create(&store, language).unwrap();
    brief(&store, id, None).unwrap()
}

fn section(b: &Brief, part: Part) -> &BriefSection {
    b.sections
        .iter()
        .find(|s| s.part == part)
        .unwrap_or_else(|| panic!("no {part:?}"))
}

#[test]
fn the_brief_says_what_the_approved_mandate_grants_refuses_and_leaves_out() {
    let b = demo_brief(Language::En);
    assert_eq!(b.version, 2, "the latest approved version");
    assert_eq!(b.document_id, format!("MANDAT-{}-V2", b.mission_id));
    assert!(b.sections[0].lines[0].starts_with("I have asked"));
    let order: Vec<Part> = b.sections.iter().map(|s| s.part).collect();
    assert_eq!(order.first(), Some(&Part::Why));
    assert_eq!(order.last(), Some(&Part::WhomToAsk));
    // Every authority of the version is in the section of its decision, by its wording.
    let (_dir, store) = temp_store();
    let id = demo::create(&store, Language::En).unwrap();
    let charter = charter::get(&store, id, Some(2)).unwrap().unwrap();
    for clause in charter
        .clauses
        .iter()
        .filter(|c| c.section == Section::Authority)
    {
        let part = match clause.decision {
            Some(Decision::Granted) => Part::MayDecide,
            Some(Decision::NeedsApproval) => Part::WithApproval,
            Some(Decision::NotGranted) => Part::MayNotDecide,
            None => continue,
        };
        let name = clause.name(Language::En);
        assert!(
            section(&b, part).lines.iter().any(|l| l.starts_with(&name)),
            "{name} under {part:?}"
        );
    }
    for clause in charter
        .clauses
        .iter()
        .filter(|c| c.section == Section::NonGoal)
    {
        let name = clause.name(Language::En);
        assert!(section(&b, Part::WillNotDo)
            .lines
            .iter()
            .any(|l| l.starts_with(&name)));
    }
    assert!(!b.talking_points.is_empty());
}

#[test]
fn the_job_cuts_question_is_answered_from_the_reduce_staff_authority() {
    let (_dir, store) = temp_store();
    let id = demo::create(&store, Language::En).unwrap();
    let charter = charter::get(&store, id, Some(2)).unwrap().unwrap();
    let decision = charter
        .clauses
        .iter()
        .find(|c| c.authority == Some(AuthorityKind::ReduceStaff))
        .and_then(|c| c.decision);
    let b = brief(&store, id, None).unwrap();
    let cuts = b
        .questions
        .iter()
        .find(|q| q.topic == "reduce_staff")
        .unwrap();
    assert_eq!(cuts.question, "Will there be job cuts?");
    let expected = decision.map_or("unsaid", Decision::code);
    assert_eq!(cuts.answer_kind, expected);
    let opening = match decision {
        Some(Decision::Granted) => "Yes.",
        Some(Decision::NotGranted) => "No.",
        Some(Decision::NeedsApproval) => "Only with the approval of",
        None => "The mandate does not say.",
    };
    assert!(cuts.answer.starts_with(opening), "{}", cuts.answer);
    assert!(b.questions.iter().any(|q| q.topic == "duration"));
    assert!(b.questions.iter().any(|q| q.topic == "whom"));
}

#[test]
fn in_french_with_french_spacing_and_in_english_on_demand() {
    let b = demo_brief(Language::Fr);
    assert!(b.sections[0].lines[0].starts_with("J’ai confié à"));
    let cuts = b
        .questions
        .iter()
        .find(|q| q.topic == "reduce_staff")
        .unwrap();
    assert_eq!(
        cuts.question,
        "Y aura-t-il des suppressions de postes\u{a0}?"
    );
    let text = text(&b);
    assert!(
        !text.contains(" :") && !text.contains(" ?"),
        "a breaking space before : or ?"
    );
    let (_dir, store) = temp_store();
    let id = demo::create(&store, Language::Fr).unwrap();
    let en = brief(&store, id, Some(Language::En)).unwrap();
    assert_eq!(en.language, Language::En);
    assert!(en.sections[0].lines[0].starts_with("I have asked"));
}

#[test]
fn nothing_approved_yet_is_said() {
    let (_dir, store) = temp_store();
    let m = crate::mission::create(
        &store,
        &MissionDraft {
            client: "Ravel".into(),
            title: "SI".into(),
            sponsor_name: String::new(),
            sponsor_title: String::new(),
            manager_name: String::new(),
            start_date: "2026-11-02".into(),
            planned_end: String::new(),
            context: String::new(),
            language: Language::En,
        },
    )
    .unwrap();
    assert!(matches!(
        brief(&store, m.id, None),
        Err(Error::NothingApproved)
    ));
    // Named nobody: the brief still reads as sentences.
    let w = Words::of(Language::En);
    assert_eq!(w.title(w.no_manager()), "The transition CIO’s mission");
    assert!(matches!(
        brief(&store, 999, None),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn text_and_html_carry_the_same_words_the_html_escaped() {
    let mut b = demo_brief(Language::En);
    b.sections[0]
        .lines
        .push("<script>alert(1)</script> & more".into());
    let html = html(&b);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
    assert!(!html.contains("<script>"));
    let text = text(&b);
    for s in &b.sections {
        assert!(text.contains(&s.heading.to_uppercase()));
        assert!(html.contains(&escape_for_test(&s.heading)));
    }
    assert!(text.contains(&b.document_id) && html.contains(&b.document_id));
}

fn escape_for_test(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
}

/// `pdftotext -layout` of a PDF, pages split.
fn pages_of(pdf: &[u8], dir: &std::path::Path) -> Vec<String> {
    let path = dir.join("brief.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext is needed (poppler-utils, `make deps`)");
    assert!(out.status.success());
    let png = std::process::Command::new("pdftoppm")
        .args(["-r", "30", "-png"])
        .arg(&path)
        .arg(dir.join("page"))
        .status()
        .expect("pdftoppm");
    assert!(png.success(), "every page renders");
    String::from_utf8_lossy(&out.stdout)
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_pdf_reads_as_the_brief_with_the_questions_on_its_second_page() {
    for language in [Language::En, Language::Fr] {
        let (dir, store) = temp_store();
        let id = demo::create(&store, language).unwrap();
        let b = brief(&store, id, None).unwrap();
        let pages = pages_of(&pdf(&store, id, None).unwrap(), dir.path());
        assert!(pages.len() >= 2, "{language:?}: {} pages", pages.len());
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        let first = squeeze(&pages[0]);
        assert!(
            first.contains(&squeeze(&b.title)),
            "{language:?}: the title"
        );
        // The letter fits on its page, signed by the CEO.
        assert!(
            first.contains(&squeeze(&b.signed)),
            "{language:?}: signed by the CEO"
        );
        assert!(
            first.contains(&b.document_id),
            "{language:?}: the charter's id"
        );
        let cuts = b
            .questions
            .iter()
            .find(|q| q.topic == "reduce_staff")
            .unwrap();
        let last = squeeze(&pages[pages.len() - 1]);
        assert!(
            pages[1..]
                .iter()
                .any(|p| squeeze(p).contains(&squeeze(&cuts.question))),
            "{language:?}: the job cuts question after the letter"
        );
        assert!(!last.is_empty());
    }
}

#[test]
fn the_pdf_is_written_whole_where_asked() {
    let (dir, store) = temp_store();
    let id = demo::create(&store, Language::En).unwrap();
    let path = dir.path().join("brief.pdf");
    let bytes = export(&store, id, Some(Language::Fr), &path).unwrap();
    let written = std::fs::read(&path).unwrap();
    assert_eq!(written.len() as u64, bytes);
    assert!(written.starts_with(b"%PDF-"));
    let page = dir.path().join("brief.html");
    write(&store, id, None, &page, true).unwrap();
    let html_text = std::fs::read_to_string(&page).unwrap();
    assert_eq!(html_text, html(&brief(&store, id, None).unwrap()));
    let plain = dir.path().join("brief.txt");
    write(&store, id, Some(Language::Fr), &plain, false).unwrap();
    assert!(std::fs::read_to_string(&plain)
        .unwrap()
        .contains("POURQUOI"));
}

#[test]
fn after_an_amendment_what_changed_is_said_for_the_audiences_told_only_of_the_old_version() {
    let (_dir, store) = temp_store();
    let id = demo::create(&store, Language::En).unwrap();
    let changed = what_changed(&store, id, None)
        .unwrap()
        .expect("two approved versions");
    assert_eq!((changed.from_version, changed.to_version), (1, 2));
    // The vendors authority went from "needs approval" to "granted" in the demo's amendment.
    let comparison = charter::compare(&store, id, 1, 2).unwrap();
    let moved = comparison
        .clauses
        .iter()
        .filter(|d| d.change != charter::Change::Unchanged)
        .count();
    assert_eq!(changed.lines.len(), moved, "a sentence per change");
    assert!(changed
        .lines
        .iter()
        .any(|l| l.contains("was subject to approval, now granted")));
    let board = crate::announcement::board(&store, id).unwrap();
    let old_only: Vec<String> = board
        .audiences
        .iter()
        .filter(|a| !a.told && !a.announcements.is_empty())
        .map(|a| a.audience.name.clone())
        .collect();
    assert!(
        !old_only.is_empty(),
        "the demo leaves some audiences on version 1"
    );
    assert_eq!(changed.audiences, old_only);
    for line in &changed.lines {
        assert!(changed.text.contains(line.as_str()));
    }
    let fr = what_changed(&store, id, Some(Language::Fr))
        .unwrap()
        .unwrap();
    assert!(fr.title.starts_with("Ce qui a changé"));
}

#[test]
fn the_two_latest_approved_versions_are_compared_never_a_draft() {
    let (_dir, store) = temp_store();
    let id = demo::create(&store, Language::En).unwrap();
    // A third version, still a draft: the latest two approved are still 1 and 2.
    charter::amend(&store, id, "Later").unwrap();
    assert_eq!(
        what_changed(&store, id, None).unwrap().unwrap().to_version,
        2
    );
    assert!(matches!(
        what_changed(&store, 999, None),
        Err(Error::NotFound { .. })
    ));
}
