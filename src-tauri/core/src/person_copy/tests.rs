use super::*;
use crate::announcement::{self, BriefingInput, Channel};
use crate::demo;
use crate::people::{self, erase::NAMING};
use crate::stakeholder::{self, AssessmentInput, Engagement, InteractionChannel, InteractionInput};
use crate::store::tests::temp_store;
use crate::wellbeing;
use std::process::Command;

/// The demo mission in `language`, and the ids of two of its team: the WMS lead who broke
/// down (an acute signal, acknowledged) and the administrator whose long week is still open.
fn demo_store(language: Language) -> (tempfile::TempDir, Store, i64, i64, i64) {
    let (dir, store) = temp_store();
    let mission = demo::create(&store, language).unwrap();
    let id = |name: &str| {
        people::list(&store, mission, false)
            .unwrap()
            .into_iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} is in the demo"))
            .id
    };
    let (lead, on_call) = (id("Yannick Bertrand"), id("Karima Benali"));
    (dir, store, mission, lead, on_call)
}

/// Gives the person a row in every table that can name them.
fn in_every_table(store: &Store, mission: i64, person: i64) {
    stakeholder::assess(
        store,
        person,
        &AssessmentInput {
            power: 2,
            interest: 5,
            engagement: Engagement::Resistant,
            target: Engagement::Supportive,
            assessed_on: String::new(),
            comment: "Méfiant envers l'intégrateur".into(),
        },
    )
    .unwrap();
    stakeholder::interaction::add(
        store,
        mission,
        &InteractionInput {
            people: vec![person],
            channel: InteractionChannel::OneToOne,
            summary: "Point sur la reprise, seul à seul".into(),
            sentiment: 1,
            ..InteractionInput::default()
        },
    )
    .unwrap();
    let board = announcement::add_audience(store, mission, "Copie: équipe WMS").unwrap();
    let audience = board
        .audiences
        .iter()
        .find(|a| a.audience.name == "Copie: équipe WMS")
        .unwrap()
        .audience
        .id;
    announcement::set_member(store, audience, person, true).unwrap();
    announcement::brief(
        store,
        &BriefingInput {
            person_id: person,
            announced_by: "Hélène Vasseur".into(),
            announced_on: String::new(),
            channel: Channel::Meeting,
            note: "Expliqué le rôle de la DSI de transition".into(),
        },
    )
    .unwrap();
}

/// How many rows of `table` the copy holds; `None` for a table it does not know.
fn held(copy: &PersonCopy, table: &str) -> Option<usize> {
    Some(match table {
        "assessments" => copy.assessments.len(),
        "interaction_people" => copy.interactions.len(),
        "audience_members" => copy.told.audiences.len(),
        "briefings" => copy.told.briefings.len(),
        "checkins" => copy.check_ins.len(),
        "alert_acknowledgments" => copy.acknowledgments.len(),
        "people" => 1,
        _ => return None,
    })
}

#[test]
fn the_copy_holds_every_row_of_every_table_that_names_the_person() {
    let (_dir, store, mission, lead, _) = demo_store(Language::Fr);
    in_every_table(&store, mission, lead);
    let copy = gather(&store, lead).unwrap();
    let counted = people::erase_preview(&store, lead).unwrap();
    for (table, _) in NAMING {
        let in_copy = held(&copy, table).unwrap_or_else(|| {
            panic!("{table} names a person (people::erase) but the person's copy leaves it out")
        });
        let in_db = counted
            .rows
            .iter()
            .find(|r| r.table == *table)
            .map(|r| r.count as usize);
        assert_eq!(Some(in_copy), in_db, "rows of {table}");
        assert!(in_copy > 0, "the test person has no row in {table}");
    }
    assert_eq!(copy.mission.id, mission);
    assert_eq!(copy.generated_on, crate::clock::today());
}

#[test]
fn its_alerts_are_those_the_board_shows_and_its_json_reads_back() {
    let (dir, store, mission, lead, on_call) = demo_store(Language::En);
    let copy = gather(&store, on_call).unwrap();
    let shown: Vec<_> = wellbeing::alerts(&store, mission, "")
        .unwrap()
        .into_iter()
        .filter(|a| a.person_id == on_call)
        .collect();
    assert!(!shown.is_empty(), "the demo keeps one alert open");
    assert_eq!(copy.alerts, shown);
    let lead_copy = gather(&store, lead).unwrap();
    assert_eq!(lead_copy.acknowledgments.len(), 1);

    let path = dir.path().join("copy.json");
    write_json(&lead_copy, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"generatedOn\""), "camelCase keys: {text}");
    let back: PersonCopy = serde_json::from_str(&text).unwrap();
    assert_eq!(back, lead_copy);
}

/// The text of the PDF's pages without their running header and footer (so a note that runs
/// over a page reads on), whitespace, soft hyphens and zero-width breaks dropped (pdftotext
/// breaks lines), quotes straightened; poppler-utils is installed by `make deps`.
fn pdf_text(path: &Path) -> String {
    // A4 in points; the header ends 2.7 cm from the top, the footer starts 2.5 cm from the
    // bottom.
    let out = Command::new("pdftotext")
        .args(["-x", "0", "-y", "78", "-W", "595", "-H", "690"])
        .arg(path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext is needed (poppler-utils, `make deps`): {e}"));
    assert!(out.status.success(), "pdftotext read the file");
    squeeze(&String::from_utf8_lossy(&out.stdout))
}

fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{AD}' | '\u{200B}'))
        .map(|c| match c {
            '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect()
}

#[test]
fn the_pdf_names_the_person_and_holds_their_notes_and_their_rights_in_both_languages() {
    for (language, rights, signal, alerts) in [
        (
            Language::Fr,
            "Pourquoi ces notes existent, combien de temps elles sont conservées, vos droits",
            "Craquage, pleurs",
            "Alertes ouvertes",
        ),
        (
            Language::En,
            "Why these notes exist, how long they are kept, your rights",
            "Broke down or in tears",
            "Alerts open on",
        ),
    ] {
        let (dir, store, mission, lead, _) = demo_store(language);
        in_every_table(&store, mission, lead);
        let copy = gather(&store, lead).unwrap();
        let path = dir.path().join("copy.pdf");
        write_pdf(&copy, language, &path).unwrap();
        let text = pdf_text(&path);
        let acute = copy
            .check_ins
            .iter()
            .find(|c| c.acute())
            .expect("the breakdown");
        for expected in [
            "Yannick Bertrand",
            rights,
            "CNIL",
            "12",
            "30",
            signal,
            alerts,
            &acute.observation,
            &copy.acknowledgments[0].what_was_done,
            "Méfiant envers l'intégrateur",
            "Point sur la reprise, seul à seul",
            "Expliqué le rôle de la DSI de transition",
            "Copie: équipe WMS",
        ] {
            assert!(
                text.contains(&squeeze(expected)),
                "{language:?}: {expected:?} not in the PDF"
            );
        }
    }
}

#[test]
fn the_copy_states_the_mission_s_retention_period() {
    for (language, default, changed) in [
        (Language::Fr, "ici 12 mois", "ici 6 mois"),
        (Language::En, "12 months here", "1 month here"),
    ] {
        let (dir, store, mission, lead, _) = demo_store(language);
        let path = dir.path().join("copy.pdf");
        write_pdf(&gather(&store, lead).unwrap(), language, &path).unwrap();
        assert!(pdf_text(&path).contains(&squeeze(default)), "{language:?}");
        let months = if language == Language::Fr { 6 } else { 1 };
        wellbeing::retention::set_period(&store, mission, months).unwrap();
        let copy = gather(&store, lead).unwrap();
        assert_eq!(copy.retention_months, months as u32);
        write_pdf(&copy, language, &path).unwrap();
        let text = pdf_text(&path);
        assert!(text.contains(&squeeze(changed)), "{language:?}");
        assert!(!text.contains(&squeeze(default)), "{language:?}");
        let json = String::from_utf8(super::json(&copy, &path).unwrap()).unwrap();
        assert!(
            json.contains(&format!("\"retentionMonths\": {months}")),
            "{json}"
        );
    }
}

#[test]
fn an_open_alert_is_worded_and_an_empty_section_says_none() {
    let (dir, store, _, _, on_call) = demo_store(Language::En);
    let copy = gather(&store, on_call).unwrap();
    let path = dir.path().join("copy.pdf");
    write_pdf(&copy, Language::En, &path).unwrap();
    let text = pdf_text(&path);
    assert!(text.contains(&squeeze("Very long week (red)")), "{text}");
    assert!(text.contains(&squeeze("58 h in the 7 days to")), "{text}");
    // She never acknowledged anything about this person.
    assert!(
        text.contains(&squeeze("Alerts acknowledged None.")),
        "{text}"
    );
}

#[test]
fn hostile_and_long_text_is_printed_as_typed_never_as_markup() {
    let (dir, store, _, lead, _) = demo_store(Language::Fr);
    let markup = "#panic(\"boom\") $x^2$ *gras* _it_ ] [ } { \\ // /* <l> @ref = Titre `raw` ~ ";
    // 1,750 characters of markup, then a 250-letter word no line can hold: 2,000 in all.
    let observation: String = markup
        .chars()
        .cycle()
        .take(1_750)
        .chain(std::iter::repeat_n('x', 250))
        .collect();
    let checkin = wellbeing::list_checkins(&store, lead).unwrap()[0].id;
    wellbeing::update_observation(&store, checkin, &observation).unwrap();
    let mut details = people::get(&store, lead).unwrap();
    details.notes = "#set page(width: 1cm) ]] $ * #".into();
    let input = crate::people::PersonInput {
        name: details.name.clone(),
        job_title: "#strong[Chef] de projet $".into(),
        organisation: details.organisation,
        group: details.group,
        team: details.team,
        reports_to: details.reports_to,
        email: details.email,
        phone: details.phone,
        notes: details.notes,
    };
    people::update(&store, lead, &input).unwrap();

    let copy = gather(&store, lead).unwrap();
    assert_eq!(copy.check_ins[0].observation.chars().count(), 2_000);
    let path = dir.path().join("copy.pdf");
    write_pdf(&copy, Language::Fr, &path).unwrap();
    // The check-ins' table repeats its header on each page the observation runs over.
    let text = pdf_text(&path).replace("DateHumeurStressHeuressur7jours", "");
    for expected in [
        observation.as_str(),
        "#set page(width: 1cm) ]] $ * #",
        "#strong[Chef] de projet $",
    ] {
        assert!(
            text.contains(&squeeze(expected)),
            "{expected:?} not in the PDF"
        );
    }
}

#[test]
fn an_erased_person_has_no_copy_and_nothing_is_written() {
    let (dir, store, _, lead, _) = demo_store(Language::Fr);
    people::erase(&store, lead).unwrap();
    assert!(matches!(
        gather(&store, lead),
        Err(Error::NotFound { what: "person", .. })
    ));
    let (pdf_path, json_path) = (dir.path().join("c.pdf"), dir.path().join("c.json"));
    assert!(write(&store, lead, Language::Fr, &pdf_path, Some(&json_path)).is_err());
    assert!(!pdf_path.exists() && !json_path.exists());
}

#[test]
fn write_makes_both_files() {
    let (dir, store, _, _, on_call) = demo_store(Language::Fr);
    let (pdf_path, json_path) = (dir.path().join("c.pdf"), dir.path().join("c.json"));
    write(&store, on_call, Language::Fr, &pdf_path, Some(&json_path)).unwrap();
    assert!(std::fs::read(&pdf_path).unwrap().starts_with(b"%PDF-"));
    let back: PersonCopy = serde_json::from_slice(&std::fs::read(&json_path).unwrap()).unwrap();
    assert_eq!(back.person.id, on_call);
}
