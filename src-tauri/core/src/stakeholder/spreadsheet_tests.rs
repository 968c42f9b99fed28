use super::*;
use crate::mission::{self, tests::draft};
use crate::people::{self, tests::person};
use crate::store::tests::temp_store;

fn mission_id(store: &Store) -> i64 {
    mission::create(store, &draft("Ravel", "SI")).unwrap().id
}

#[test]
fn a_utf8_comma_file_is_mapped_by_header_and_managers_are_linked() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    let file = "\u{feff}Name,Job title,Group,Team,Reports to,Email,Shoe size\n\
                Karim Benali,Responsable applications,applications,Applications,Hélène Roy,karim@ravel.fr,43\n\
                Hélène Roy,DSI adjointe,Direction,,,,\n\
                ,,,,,,\n";
    let preview = preview(&store, m, file.as_bytes()).unwrap();
    assert_eq!(
        (preview.encoding.as_str(), preview.separator.as_str()),
        ("utf-8", ",")
    );
    assert_eq!(
        preview.columns[6],
        ("Shoe size".to_owned(), None),
        "ignored column"
    );
    assert_eq!(preview.rows.len(), 2);
    assert!(preview.errors.is_empty(), "{:?}", preview.errors);
    assert!(
        people::list(&store, m, true).unwrap().is_empty(),
        "a preview writes nothing"
    );

    import(&store, m, file.as_bytes()).unwrap();
    let listed = people::list(&store, m, false).unwrap();
    let karim = listed.iter().find(|p| p.name == "Karim Benali").unwrap();
    let helene = listed.iter().find(|p| p.name == "Hélène Roy").unwrap();
    assert_eq!(karim.reports_to, Some(helene.id));
    assert_eq!(helene.group, Group::Management);
    assert_eq!(karim.email, "karim@ravel.fr");
}

#[test]
fn a_french_latin1_semicolon_file_reports_each_bad_row_and_each_duplicate() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    people::add(&store, m, &person("Claire Moreau", Group::Management)).unwrap();
    let text = "Prénom;Nom;Fonction;Groupe;Service;Rattaché à;Courriel\n\
                Éric;Lenoir;Chef d'équipe infra;Infra;Exploitation;Claire Moreau;eric@ravel.fr\n\
                ;;Sans nom;;;;\n\
                Sophie;Martin;Utilisatrice clé;Métier;Entrepôt;Inconnu Total;\n\
                Paul;Durand;Chef de projet;Marketing;;;\n\
                Marc;Petit;Technicien;infra;;;pas-un-mail\n\
                Claire;Moreau;DG;Direction;;;\n\
                Éric;Lenoir;Doublon;infra;;;\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(std::str::from_utf8(&bytes).is_err(), "really Latin-1");
    let preview = preview(&store, m, &bytes).unwrap();
    assert_eq!(
        (preview.encoding.as_str(), preview.separator.as_str()),
        ("windows-1252", ";")
    );
    let rows: Vec<_> = preview
        .rows
        .iter()
        .map(|r| r.person.name.as_str())
        .collect();
    assert_eq!(rows, ["Éric Lenoir"]);
    assert_eq!(preview.rows[0].person.job_title, "Chef d'équipe infra");
    let errors: Vec<_> = preview
        .errors
        .iter()
        .map(|e| (e.line, e.column.as_str(), e.problem))
        .collect();
    assert_eq!(
        errors,
        [
            (3, "Prénom", RowProblem::Required),
            (4, "Rattaché à", RowProblem::UnknownManager),
            (5, "Groupe", RowProblem::UnknownGroup),
            (6, "Courriel", RowProblem::Malformed),
        ]
    );
    let duplicates: Vec<_> = preview
        .duplicates
        .iter()
        .map(|d| (d.line, d.name.as_str(), d.in_register))
        .collect();
    assert_eq!(
        duplicates,
        [(7, "Claire Moreau", true), (8, "Éric Lenoir", false)]
    );

    import(&store, m, &bytes).unwrap();
    let names: Vec<_> = people::list(&store, m, false)
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Claire Moreau", "Éric Lenoir"]);
}

#[test]
fn a_file_without_a_name_column_or_too_large_is_refused() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    let err = preview(&store, m, b"Team,Email\nA,a@b.fr\n").unwrap_err();
    assert!(matches!(err, Error::Invalid { field: "name", .. }), "{err}");
    let huge = vec![b'a'; MAX_BYTES + 1];
    let err = preview(&store, m, &huge).unwrap_err();
    assert!(matches!(err, Error::Invalid { field: "file", .. }), "{err}");
}

/// Hostile bytes never panic and never write.
#[test]
fn random_and_damaged_files_never_panic() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    let good = "Nom;Groupe;Rattaché à\nA;infra;B\nB;autre;\n"
        .as_bytes()
        .to_vec();
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for case in 0..400 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut bytes = good.clone();
        match case % 3 {
            0 => {
                let at = (seed as usize) % bytes.len();
                bytes[at] = (seed >> 8) as u8;
            }
            1 => bytes.truncate((seed as usize) % bytes.len()),
            _ => {
                bytes = (0..(seed % 300))
                    .map(|i| (seed >> (i % 56)) as u8)
                    .collect()
            }
        }
        let _ = preview(&store, m, &bytes);
    }
    assert!(people::list(&store, m, true).unwrap().is_empty());
}

#[test]
fn the_export_reads_back_in_and_holds_the_latest_assessment() {
    use crate::stakeholder::{assess, AssessmentInput, Engagement};
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    let boss = people::add(&store, m, &person("Hélène Roy", Group::Management)).unwrap();
    let mut input = person("Karim Benali", Group::Applications);
    input.reports_to = Some(boss.id);
    let karim = people::add(&store, m, &input).unwrap();
    for (power, on) in [(2, "2026-08-01"), (4, "2026-10-01")] {
        assess(
            &store,
            karim.id,
            &AssessmentInput {
                power,
                interest: 5,
                engagement: Engagement::Resistant,
                target: Engagement::Supportive,
                assessed_on: on.into(),
                comment: String::new(),
            },
        )
        .unwrap();
    }
    let csv = export(&store, m).unwrap();
    let text = String::from_utf8(csv.clone()).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("Karim Benali;Responsable d'entrepôt;Ravel Distribution;applications;Entrepôt Nord;Hélène Roy;;;4;5;resistant;supportive;2026-10-01"), "{text}");

    let other = mission::create(&store, &draft("Autre", "Autre"))
        .unwrap()
        .id;
    let back = import(&store, other, &csv).unwrap();
    assert!(back.errors.is_empty(), "{:?}", back.errors);
    let moved = people::list(&store, other, false).unwrap();
    assert_eq!(moved.len(), 2);
    let k = moved.iter().find(|p| p.name == "Karim Benali").unwrap();
    let h = moved.iter().find(|p| p.name == "Hélène Roy").unwrap();
    assert_eq!(k.reports_to, Some(h.id));
}

/// A name or a phone that a spreadsheet would run as a formula leaves as text ("'=…") and
/// comes back in as typed.
#[test]
fn a_formula_in_a_typed_field_leaves_as_text_and_comes_back_as_typed() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    let mut input = person("=HYPERLINK(\"http://x.invalid\",\"Paie\")", Group::Business);
    input.phone = "+33 6 12 34 56 78".into();
    input.job_title = "-".into();
    people::add(&store, m, &input).unwrap();
    let csv = String::from_utf8(export(&store, m).unwrap()).unwrap();
    let line = csv.lines().nth(1).unwrap();
    assert!(
        line.starts_with("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Paie\"\")\";'-;"),
        "{line}"
    );
    assert!(line.contains(";'+33 6 12 34 56 78;"), "{line}");
    assert!(!line
        .split(';')
        .any(|cell| cell.starts_with(['=', '+', '-', '@'])));

    let other = mission::create(&store, &draft("Autre", "Autre"))
        .unwrap()
        .id;
    let back = import(&store, other, csv.as_bytes()).unwrap();
    assert!(back.errors.is_empty(), "{:?}", back.errors);
    let moved = &people::list(&store, other, false).unwrap()[0];
    assert_eq!(moved.name, input.name);
    assert_eq!(
        (moved.phone.as_str(), moved.job_title.as_str()),
        ("+33 6 12 34 56 78", "-")
    );
}
