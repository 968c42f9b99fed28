use super::*;
use crate::mission::Language;
use crate::store::tests::temp_store;
use crate::{announcement, charter, demo, mission, signing};
use std::process::Command;

const FILE_PASSPHRASE: &str = "pour le nouveau portable";

fn demo_file() -> (Vec<u8>, i64, tempfile::TempDir, Store) {
    let (dir, store) = temp_store();
    let id = demo::create(&store, Language::Fr).unwrap();
    let bytes = export(&store, id, FILE_PASSPHRASE).unwrap();
    (bytes, id, dir, store)
}

#[test]
fn a_mission_moves_whole_to_another_laptop() {
    let (bytes, id, _dir, from) = demo_file();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        !text.contains("Ravel") && !text.contains("Claire"),
        "encrypted"
    );

    let (_dir2, to) = temp_store();
    mission::create(&to, &crate::mission::tests::draft("Autre", "Autre mission")).unwrap();
    let preview = preview(&to, &bytes, FILE_PASSPHRASE).unwrap();
    assert_eq!(preview.client, "Distribution Ravel SAS");
    assert_eq!(
        (preview.versions, preview.signatures, preview.audiences),
        (2, 2, 4)
    );
    assert_eq!(preview.existing, None);
    let new = import(&to, &bytes, FILE_PASSPHRASE, ImportMode::KeepBoth).unwrap();

    let before = charter::get(&from, id, None).unwrap().unwrap();
    let after = charter::get(&to, new, None).unwrap().unwrap();
    assert_eq!(after.clauses, before.clauses);
    assert_eq!(after.history.len(), 2);
    assert_eq!(after.version.approver_name, before.version.approver_name);
    assert_eq!(after.comments.len(), before.comments.len());
    let signed = signing::state(&to, after.version.id).unwrap();
    assert!(signed.complete);
    let board = announcement::board(&to, new).unwrap();
    assert_eq!(board.audiences.len(), 4);
    assert_eq!(board.audiences.iter().filter(|a| a.told).count(), 2);
    assert_eq!(
        mission::get(&to, new).unwrap().title,
        mission::get(&from, id).unwrap().title
    );
    assert!(to.check().unwrap().is_empty());
}

#[test]
fn the_same_mission_again_is_kept_twice_or_replaced() {
    let (bytes, _, _dir, store) = demo_file();
    let preview = preview(&store, &bytes, FILE_PASSPHRASE).unwrap();
    let existing = preview.existing.expect("the mission is already here");
    let both = import(&store, &bytes, FILE_PASSPHRASE, ImportMode::KeepBoth).unwrap();
    assert_ne!(both, existing);
    assert_eq!(mission::list(&store).unwrap().len(), 2);
    let replaced = import(&store, &bytes, FILE_PASSPHRASE, ImportMode::Replace).unwrap();
    // Replace takes the first one of that client and title.
    let ids: Vec<i64> = mission::list(&store)
        .unwrap()
        .iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(!ids.contains(&existing) && ids.contains(&replaced));
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn a_wrong_passphrase_or_a_short_one_is_refused() {
    let (bytes, id, _dir, store) = demo_file();
    assert!(matches!(
        preview(&store, &bytes, "pas la bonne phrase"),
        Err(Error::WrongPassphrase)
    ));
    assert!(matches!(
        export(&store, id, "court"),
        Err(Error::Invalid {
            field: "passphrase",
            ..
        })
    ));
}

#[test]
fn the_reader_never_panics_and_refuses_costly_parameters() {
    let (bytes, _, _dir, store) = demo_file();
    let mut next = crate::testing::xorshift(0x1234_5678_9ABC_DEF1u64);
    // Cheap cases first (no key derivation): wrong magic, truncated header, random bytes.
    for i in 0..300 {
        let b: Vec<u8> = match i % 3 {
            0 => bytes[..(next() as usize % 200).min(bytes.len())].to_vec(),
            1 => (0..(next() as usize % 512)).map(|_| next() as u8).collect(),
            _ => {
                let mut b = MAGIC.to_vec();
                b.extend(
                    (0..(next() as usize % 300)).map(|_| b"{}\"\n:,0123key"[next() as usize % 13]),
                );
                b
            }
        };
        assert!(open(&b, FILE_PASSPHRASE).is_err());
    }
    // Flipped bytes in the ciphertext: authentication fails (each costs one derivation).
    for _ in 0..4 {
        let mut b = bytes.clone();
        let at = bytes.len() - 1 - next() as usize % 2000;
        b[at] ^= 0x40;
        assert!(matches!(
            open(&b, FILE_PASSPHRASE),
            Err(Error::MissionFile { .. })
        ));
    }
    // A header asking for 64 GiB of memory is refused before any derivation.
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let costly = text.replacen("\"memory_kib\":65536", "\"memory_kib\":67108864", 1);
    assert_ne!(costly, text);
    assert!(matches!(
        open(costly.as_bytes(), FILE_PASSPHRASE),
        Err(Error::MissionFile { .. })
    ));
    let _ = store;
}

/// Every table of the schema is carried by the transfer or excluded with a reason, and no
/// list names a table that does not exist.
#[test]
fn every_table_is_carried_or_excluded_on_purpose() {
    let (_dir, store) = temp_store();
    let tables: Vec<String> = store
        .read(|r| {
            let mut stmt = r.conn().prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )?;
            let names = stmt
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            Ok(names)
        })
        .unwrap();
    assert!(tables.len() >= 9, "{tables:?}");
    let carried: Vec<&str> = super::sql::TABLES.iter().map(|(t, _)| *t).collect();
    let excluded: Vec<&str> = super::sql::EXCLUDED.iter().map(|(t, _)| *t).collect();
    let opt_in: Vec<&str> = super::sql::OPT_IN.iter().map(|(t, _)| *t).collect();
    for table in &tables {
        let t = table.as_str();
        let listed =
            carried.contains(&t) as u8 + excluded.contains(&t) as u8 + opt_in.contains(&t) as u8;
        assert_eq!(
            listed, 1,
            "table {table} must be in exactly one of: carried by the .mandat transfer \
             (transfer::sql::TABLES), carried only when asked (transfer::sql::OPT_IN), or \
             excluded with its reason (transfer::sql::EXCLUDED)"
        );
    }
    // The notes about people's health are never carried by default.
    for t in ["checkins", "alert_acknowledgments"] {
        assert!(opt_in.contains(&t), "{t}");
    }
    for named in carried.iter().chain(&excluded).chain(&opt_in) {
        assert!(tables.iter().any(|t| t == named), "{named} is not a table");
    }
    for (_, why) in super::sql::EXCLUDED {
        assert!(why.len() > 20, "say why");
    }
}

/// People travel with their assessments, and who reports to whom survives renumbering even
/// when a manager was added after the person who reports to them.
#[test]
fn people_and_their_assessments_move_with_the_mission() {
    use crate::people::{self, tests::person, Group};
    use crate::stakeholder::{self, AssessmentInput, Engagement};
    let (_dir, from) = temp_store();
    let m = mission::create(&from, &crate::mission::tests::draft("Ravel", "SI"))
        .unwrap()
        .id;
    let lead = people::add(&from, m, &person("Karim Lead", Group::Applications)).unwrap();
    let head = people::add(&from, m, &person("Hélène Head", Group::Management)).unwrap();
    let mut moved = person("Karim Lead", Group::Applications);
    moved.reports_to = Some(head.id);
    people::update(&from, lead.id, &moved).unwrap();
    stakeholder::assess(
        &from,
        head.id,
        &AssessmentInput {
            power: 5,
            interest: 3,
            engagement: Engagement::Supportive,
            target: Engagement::Leading,
            assessed_on: "2026-09-15".into(),
            comment: "Soutien acquis".into(),
        },
    )
    .unwrap();
    let bytes = export(&from, m, FILE_PASSPHRASE).unwrap();

    let (_dir2, to) = temp_store();
    // Ids on the receiving laptop differ: another mission's people come first.
    let other = mission::create(&to, &crate::mission::tests::draft("Autre", "Autre"))
        .unwrap()
        .id;
    for name in ["X", "Y", "Z"] {
        people::add(&to, other, &person(name, Group::Other)).unwrap();
    }
    let new = import(&to, &bytes, FILE_PASSPHRASE, ImportMode::KeepBoth).unwrap();
    let arrived = people::list(&to, new, true).unwrap();
    let names: Vec<_> = arrived.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Hélène Head", "Karim Lead"]);
    let (head2, lead2) = (&arrived[0], &arrived[1]);
    assert_eq!(lead2.reports_to, Some(head2.id));
    assert_ne!(head2.id, head.id, "renumbered");
    let history = stakeholder::history(&to, head2.id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].comment, "Soutien acquis");
    assert!(to.check().unwrap().is_empty());
}

fn team_with_notes(store: &Store) -> i64 {
    use crate::people::{self, tests::person, Group};
    use crate::wellbeing::{self, CheckInInput};
    let m = mission::create(store, &crate::mission::tests::draft("Ravel", "SI"))
        .unwrap()
        .id;
    for name in ["Karim", "Sophie"] {
        let p = people::add(store, m, &person(name, Group::Applications)).unwrap();
        wellbeing::set_team_member(store, p.id, true).unwrap();
        for hours in [70, 50] {
            let input = CheckInInput {
                checked_on: "2026-10-05".into(),
                mood: 2,
                stress: 4,
                hours,
                observation: format!("{name} a travaillé tout le week-end"),
                ..CheckInInput::default()
            };
            wellbeing::add_checkin(store, p.id, &input).unwrap();
        }
    }
    m
}

#[test]
fn wellbeing_notes_stay_behind_unless_asked_for() {
    let (_dir, from) = temp_store();
    let m = team_with_notes(&from);
    let without = export(&from, m, FILE_PASSPHRASE).unwrap();
    let with = export_with(
        &from,
        m,
        FILE_PASSPHRASE,
        &ExportOptions {
            include_wellbeing: true,
        },
    )
    .unwrap();

    let (_dir2, to) = temp_store();
    let p = preview(&to, &without, FILE_PASSPHRASE).unwrap();
    assert_eq!((p.wellbeing_notes, p.wellbeing_people), (0, 0));
    let contents = open(&without, FILE_PASSPHRASE).unwrap();
    assert!(!contents.tables.contains_key("checkins"));
    let id = import(&to, &without, FILE_PASSPHRASE, ImportMode::KeepBoth).unwrap();
    for person in crate::people::list(&to, id, true).unwrap() {
        assert!(crate::wellbeing::list_checkins(&to, person.id)
            .unwrap()
            .is_empty());
        assert!(crate::wellbeing::is_team_member(&to, person.id).unwrap());
    }

    let p = preview(&to, &with, FILE_PASSPHRASE).unwrap();
    assert_eq!((p.wellbeing_notes, p.wellbeing_people), (4, 2));
    let id = import(&to, &with, FILE_PASSPHRASE, ImportMode::KeepBoth).unwrap();
    let mut arrived = 0;
    for person in crate::people::list(&to, id, true).unwrap() {
        let notes = crate::wellbeing::list_checkins(&to, person.id).unwrap();
        assert!(notes.iter().all(|c| c.person_id == person.id));
        assert!(notes[0].observation.starts_with(&person.name));
        arrived += notes.len();
    }
    assert_eq!(arrived, 4);
    assert!(to.check().unwrap().is_empty());
}

/// The demo's file, opened, changed by `change`, and sealed again with the same passphrase:
/// what someone who knows the passphrase can send.
fn tampered(change: impl FnOnce(&mut sql::Tables)) -> Vec<u8> {
    let (bytes, _, _dir, _store) = demo_file();
    let mut contents = open(&bytes, FILE_PASSPHRASE).unwrap();
    change(&mut contents.tables);
    seal_contents(&contents, FILE_PASSPHRASE).unwrap()
}

fn first_row<'a>(tables: &'a mut sql::Tables, table: &str) -> &'a mut sql::Row {
    tables.get_mut(table).unwrap().first_mut().unwrap()
}

fn refusal(store: &Store, bytes: &[u8]) -> String {
    match import(store, bytes, FILE_PASSPHRASE, ImportMode::KeepBoth) {
        Err(Error::MissionFile { problem }) => problem,
        other => panic!("expected a refused file, got {other:?}"),
    }
}

#[test]
fn hostile_rows_are_refused_naming_what_is_wrong_and_nothing_is_imported() {
    use serde_json::json;
    type Change = Box<dyn FnOnce(&mut sql::Tables)>;
    let cases: Vec<(&str, Change)> = vec![
        (
            "signatures.strokes",
            Box::new(|t| {
                first_row(t, "signatures").insert("strokes".into(), json!("[[]]"));
            }),
        ),
        (
            "signatures.strokes",
            Box::new(|t| {
                first_row(t, "signatures").insert("strokes".into(), json!("not json"));
            }),
        ),
        (
            "signatures.strokes",
            Box::new(|t| {
                first_row(t, "signatures").insert("width".into(), json!(1e9));
            }),
        ),
        (
            "signatures.name",
            Box::new(|t| {
                first_row(t, "signatures").insert("name".into(), json!("   "));
            }),
        ),
        (
            "signatures.signed_at",
            Box::new(|t| {
                first_row(t, "signatures").insert("signed_at".into(), json!("yesterday"));
            }),
        ),
        (
            "missions.client",
            Box::new(|t| {
                first_row(t, "missions").insert("client".into(), json!("x".repeat(121)));
            }),
        ),
        (
            "missions.plannedEnd",
            Box::new(|t| {
                let m = first_row(t, "missions");
                m.insert("start_date".into(), json!("2026-10-01"));
                m.insert("planned_end".into(), json!("2026-01-01"));
            }),
        ),
        (
            "missions.language",
            Box::new(|t| {
                first_row(t, "missions").insert("language".into(), json!("de"));
            }),
        ),
        (
            "clauses.body",
            Box::new(|t| {
                first_row(t, "clauses").insert("body".into(), json!("x".repeat(10_001)));
            }),
        ),
    ];
    let (_dir, store) = temp_store();
    let before = mission::list(&store).unwrap().len();
    for (what, change) in cases {
        let bytes = tampered(change);
        // The preview refuses it as the import does, with the same words.
        let problem = refusal(&store, &bytes);
        match preview(&store, &bytes, FILE_PASSPHRASE) {
            Err(Error::MissionFile { problem: seen }) => assert_eq!(seen, problem),
            other => panic!("{what}: preview gave {other:?}"),
        }
        assert!(problem.starts_with(what), "{what}: {problem}");
        assert_eq!(
            mission::list(&store).unwrap().len(),
            before,
            "{what}: nothing written"
        );
    }
    // A status no reader knows, or a date the schema refuses, fails inside the transaction:
    // nothing is written either.
    let bytes = tampered(|t| {
        first_row(t, "charter_versions").insert("status".into(), json!("signed_by_god"));
    });
    assert!(import(&store, &bytes, FILE_PASSPHRASE, ImportMode::KeepBoth).is_err());
    let bytes = tampered(|t| {
        first_row(t, "interactions").insert("happened_on".into(), json!("2026-02-31"));
    });
    assert!(import(&store, &bytes, FILE_PASSPHRASE, ImportMode::KeepBoth).is_err());
    assert_eq!(mission::list(&store).unwrap().len(), before);
}

#[test]
fn imported_signatures_are_kept_as_received_not_as_witnessed_here() {
    let (bytes, id, _dir, from) = demo_file();
    let (_dir2, to) = temp_store();
    let new = import(&to, &bytes, FILE_PASSPHRASE, ImportMode::KeepBoth).unwrap();
    let version = charter::get(&to, new, None).unwrap().unwrap().version;
    let received = to
        .read(|r| signing::sql::received(r, version.id))
        .unwrap()
        .expect("marked as received");
    assert!(chrono::DateTime::parse_from_rfc3339(&received.at).is_ok());
    assert_eq!((received.from.as_str(), received.accepted_at), ("", None));
    // The signing page says so.
    let state = signing::state(&to, version.id).unwrap();
    assert!(state.complete);
    assert_eq!(state.received_at.as_deref(), Some(received.at.as_str()));
    // On the sender's laptop they stay witnessed there.
    let theirs = charter::get(&from, id, None).unwrap().unwrap().version;
    assert_eq!(
        from.read(|r| signing::sql::received(r, theirs.id)).unwrap(),
        None
    );
    assert_eq!(signing::state(&from, theirs.id).unwrap().received_at, None);
}

#[test]
fn the_reader_refuses_huge_files_and_fifos_before_reading_them() {
    let dir = tempfile::tempdir().unwrap();
    // A sparse file just over the limit: refused on its size, never read.
    let big = dir.path().join("big.mandat");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(FILE_MAX + 1)
        .unwrap();
    let err = read(&big).unwrap_err().to_string();
    assert!(err.contains("over the 64 MiB limit"), "{err}");
    // A FIFO with no writer would block a plain read for ever.
    let fifo = dir.path().join("pipe.mandat");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let err = read(&fifo).unwrap_err().to_string();
    assert!(err.contains("not a regular file"), "{err}");
    let err = read(dir.path()).unwrap_err().to_string();
    assert!(err.contains("not a regular file"), "{err}");
    // Bytes over the limit handed over directly are refused too, naming the cap.
    let over = vec![0u8; usize::try_from(FILE_MAX).unwrap() + 1];
    match open(&over, FILE_PASSPHRASE) {
        Err(Error::MissionFile { problem }) => assert!(problem.contains("64 MiB"), "{problem}"),
        other => panic!("{:?}", other.map(|_| ())),
    }
}

#[test]
fn argon2_parameters_above_mandat_s_own_are_refused_naming_the_parameter() {
    let (bytes, _, _dir, _store) = demo_file();
    let end = MAGIC.len()
        + bytes[MAGIC.len()..]
            .iter()
            .position(|&b| b == b'\n')
            .unwrap();
    let header = std::str::from_utf8(&bytes[..end]).unwrap().to_owned();
    // What Mandat itself writes passes these caps.
    assert!(header.contains("\"memory_kib\":65536"), "{header}");
    assert!(header.contains("\"iterations\":3"), "{header}");
    for (from, to, named) in [
        ("\"memory_kib\":65536", "\"memory_kib\":524288", "memory"),
        ("\"iterations\":3", "\"iterations\":10", "iterations"),
    ] {
        let mut b = header.replacen(from, to, 1).into_bytes();
        b.extend_from_slice(&bytes[end..]);
        match open(&b, FILE_PASSPHRASE) {
            Err(Error::MissionFile { problem }) => {
                assert!(problem.contains(named), "{problem}")
            }
            other => panic!("{:?}", other.map(|_| ())),
        }
    }
}
