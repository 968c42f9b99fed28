//! Every file of the committed corpus (`tests/corpus`, remade by its `make.py`) through every
//! reader that takes a file from outside: the PDF verifier, the `.mandat` reader, the
//! register's CSV importer and the signing-key importer. None may panic (the release build
//! aborts on a panic, taking her unsaved work with it); each says no, or reads the file for
//! what it is, and a refused file writes nothing.

use mandat_core::document::{self, Outcome};
use mandat_core::mission::{self, Language, MissionDraft};
use mandat_core::stakeholder::spreadsheet;
use mandat_core::{people, signing, transfer, vault};
use std::path::PathBuf;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("the corpus folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x != "py"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).expect("a corpus file"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_hostile_file_is_refused_or_read_by_every_reader_without_a_panic() {
    let files = corpus();
    for kind in ["pdf-", "mandat-", "csv-", "p12-"] {
        assert!(
            files.iter().filter(|(n, _)| n.starts_with(kind)).count() >= 2,
            "the corpus lost its {kind} files"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let store = vault::create(dir.path(), "a passphrase for the corpus").unwrap();
    let draft = MissionDraft {
        client: "Ravel".into(),
        title: "Fichiers hostiles".into(),
        start_date: "2026-11-02".into(),
        language: Language::Fr,
        ..MissionDraft::default()
    };
    let m = mission::create(&store, &draft).unwrap().id;

    for (name, bytes) in &files {
        let report = document::verify(bytes);
        assert_ne!(report.outcome, Outcome::Valid, "{name}: verify");
        assert!(!report.detail.is_empty(), "{name}: verify says why");

        let missions = mission::list(&store).unwrap().len();
        assert!(
            transfer::preview(&store, bytes, "a passphrase long enough").is_err(),
            "{name}: a mission file"
        );
        assert!(
            transfer::import(
                &store,
                bytes,
                "a passphrase long enough",
                transfer::ImportMode::KeepBoth
            )
            .is_err(),
            "{name}: imported"
        );
        assert_eq!(
            mission::list(&store).unwrap().len(),
            missions,
            "{name}: wrote"
        );

        // The register's importer may take some of these for what they are (a row with an
        // odd name): what it takes must read back; what it refuses, it refuses whole.
        let before = people::list(&store, m, true).unwrap().len();
        match spreadsheet::import(&store, m, bytes) {
            Ok(_) => {
                for p in people::list(&store, m, true).unwrap() {
                    people::get(&store, p.id).unwrap();
                }
            }
            Err(_) => assert_eq!(
                people::list(&store, m, true).unwrap().len(),
                before,
                "{name}: a refused CSV wrote"
            ),
        }
        let _ = spreadsheet::preview(&store, m, bytes);

        assert!(
            signing::import_identity(&store, bytes, "password").is_err(),
            "{name}: a key file"
        );
        assert!(
            signing::identity(&store).unwrap().is_none(),
            "{name}: a key kept"
        );
    }
}
