use super::*;
use crate::backup::{self, BackupReason};
use crate::mission::{self, tests::draft};
use crate::people::{self, tests::person, Group};
use crate::store::tests::{key, temp_store};
use crate::wellbeing::{self, CheckInInput};
use aes::cipher::{BlockDecryptMut, KeyIvInit};

/// What she wrote about the person erased: found nowhere once the backups are purged.
const SECRET: &str = "a pleuré en réunion, Quokkabrume";
const NAME: &str = "Zoé Quokkabrume";
/// What she wrote about someone else: stays.
const KEPT: &str = "va mieux, Wombatrivière";

/// A mission with two team members, each with a check-in; returns (erased, kept) ids.
fn team(store: &Store) -> (i64, i64) {
    let m = mission::create(store, &draft("Ravel", "SI")).unwrap().id;
    let mut ids = Vec::new();
    for (name, note) in [(NAME, SECRET), ("Karim Benali", KEPT)] {
        let p = people::add(store, m, &person(name, Group::Applications)).unwrap();
        wellbeing::set_team_member(store, p.id, true).unwrap();
        let input = CheckInInput {
            checked_on: crate::clock::today(),
            mood: 2,
            stress: 4,
            hours: 60,
            observation: note.into(),
            ..CheckInInput::default()
        };
        wellbeing::add_checkin(store, p.id, &input).unwrap();
        ids.push(p.id);
    }
    (ids[0], ids[1])
}

/// Every page of a backup, decrypted as SQLCipher 4 writes them with a raw key (4096-byte
/// pages, AES-256-CBC, each page's IV in its last 80 reserved bytes, the first 16 bytes of
/// the file the salt): the bytes a forensic look at the file would find, free pages included.
fn plain_bytes(path: &str) -> Vec<u8> {
    const PAGE: usize = 4096;
    const RESERVE: usize = 80;
    let file = std::fs::read(path).unwrap();
    assert_eq!(file.len() % PAGE, 0);
    let mut out = Vec::with_capacity(file.len());
    for (i, page) in file.chunks(PAGE).enumerate() {
        let start = if i == 0 { 16 } else { 0 };
        let iv = &page[PAGE - RESERVE..PAGE - RESERVE + 16];
        let mut data = page[start..PAGE - RESERVE].to_vec();
        cbc::Decryptor::<aes::Aes256>::new(key().bytes().into(), iv.into())
            .decrypt_padded_mut::<aes::cipher::block_padding::NoPadding>(&mut data)
            .unwrap();
        if i == 0 {
            // The database header's page size, big-endian: the decryption is right.
            assert_eq!(&data[..2], &[0x10, 0x00], "not decrypted");
        }
        out.extend_from_slice(&data);
    }
    out
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// (people with that id, check-ins whose observation is `note`) in a backup, by query.
fn rows_in(path: &str, person_id: i64, note: &str) -> (i64, i64) {
    let conn = open_checked(Path::new(path), &key()).unwrap();
    let count = |sql: &str, p: &dyn rusqlite::ToSql| -> i64 {
        conn.query_row(sql, [p], |r| r.get(0)).unwrap()
    };
    (
        count("SELECT count(*) FROM people WHERE id = ?1", &person_id),
        count(
            "SELECT count(*) FROM checkins WHERE observation = ?1",
            &note,
        ),
    )
}

fn files(list: &[BackupInfo]) -> Vec<String> {
    list.iter().map(|b| b.file.clone()).collect()
}

fn partial_files(store: &Store) -> usize {
    std::fs::read_dir(backup::dir(store.data_dir()))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .count()
}

#[test]
fn an_erased_person_is_purged_from_every_backup_and_the_text_is_gone_from_the_files() {
    let (_dir, store) = temp_store();
    let (gone, kept) = team(&store);
    let first = backup::create(&store, BackupReason::Launch).unwrap();
    let second = backup::create(&store, BackupReason::Manual).unwrap();
    assert_eq!(
        files(&holding(&store, gone).unwrap()),
        [second.file.clone(), first.file.clone()],
        "before the erasure, the dialog names both"
    );
    assert!(contains(&plain_bytes(&first.path), SECRET), "the control");

    people::erase(&store, gone).unwrap();
    backup::create(&store, BackupReason::Manual).unwrap();
    assert_eq!(
        files(&holding(&store, gone).unwrap()),
        [second.file.clone(), first.file.clone()],
        "after the erasure, the older backups still hold them; the newer does not"
    );
    let waiting = pending(&store).unwrap();
    assert_eq!(waiting.people, 1);
    assert_eq!(waiting.backups.len(), 2);
    let order = files(&backup::all(&store).unwrap());

    let report = purge_pending(&store).unwrap();
    assert_eq!(
        report,
        PurgeReport {
            people: 1,
            backups_rewritten: 2,
            // In each: their check-in and their row.
            rows_removed: 4,
            unreadable: 0,
        }
    );
    assert_eq!(
        files(&backup::all(&store).unwrap()),
        order,
        "same names, same order"
    );
    for b in backup::all(&store).unwrap() {
        assert_eq!(rows_in(&b.path, gone, SECRET), (0, 0), "{}", b.file);
        assert_eq!(rows_in(&b.path, kept, KEPT), (1, 1), "{}", b.file);
        let bytes = plain_bytes(&b.path);
        assert!(!contains(&bytes, SECRET), "{}: the note lingers", b.file);
        assert!(!contains(&bytes, NAME), "{}: the name lingers", b.file);
        assert!(contains(&bytes, KEPT), "{}", b.file);
    }
    assert_eq!(partial_files(&store), 0);
    assert_eq!(pending(&store).unwrap(), PendingPurge::default());
    assert!(
        matches!(holding(&store, gone), Err(Error::NotFound { .. })),
        "purged and forgotten"
    );
    assert!(matches!(
        purge_person(&store, gone),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(purge_pending(&store).unwrap(), PurgeReport::default());

    // A purged backup restores, without them.
    backup::restore(&store, &first.file).unwrap();
    assert!(people::get(&store, gone).is_err());
    assert_eq!(wellbeing::list_checkins(&store, kept).unwrap().len(), 1);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn a_purge_cut_short_leaves_every_backup_readable_and_the_next_one_finishes() {
    let (_dir, store) = temp_store();
    let (gone, _) = team(&store);
    for _ in 0..3 {
        backup::create(&store, BackupReason::Manual).unwrap();
    }
    people::erase(&store, gone).unwrap();
    let who = store.read(erase::erased).unwrap();
    let mut seen = 0;
    let err = purge(&store, &who, |_| {
        seen += 1;
        if seen == 2 {
            Err(Error::NotFound {
                what: "disk",
                id: 0,
            })
        } else {
            Ok(())
        }
    })
    .unwrap_err();
    assert!(matches!(err, Error::NotFound { what: "disk", .. }));
    let all = backup::all(&store).unwrap();
    assert_eq!(all.len(), 3);
    assert!(all.iter().all(|b| b.summary.is_some()), "all readable");
    assert_eq!(partial_files(&store), 0, "the unfinished copy is gone");
    assert_eq!(
        holding(&store, gone).unwrap().len(),
        2,
        "one purged, two intact"
    );
    assert_eq!(pending(&store).unwrap().people, 1, "still remembered");

    let report = purge_person(&store, gone).unwrap();
    assert_eq!(report.backups_rewritten, 2);
    assert!(holding(&store, gone).is_err());
}

#[test]
fn restoring_a_backup_older_than_an_erasure_erases_the_person_again() {
    let (_dir, store) = temp_store();
    let (gone, kept) = team(&store);
    let old = backup::create(&store, BackupReason::Manual).unwrap();
    people::erase(&store, gone).unwrap();
    backup::restore(&store, &old.file).unwrap();
    assert!(matches!(
        people::get(&store, gone),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(wellbeing::list_checkins(&store, kept).unwrap().len(), 1);
    assert!(store.check().unwrap().is_empty());
    // Still offered: the backup restored (and the others) hold them.
    assert_eq!(files(&holding(&store, gone).unwrap()), [old.file]);
    assert_eq!(purge_pending(&store).unwrap().backups_rewritten, 1);
}

#[test]
fn a_later_person_given_the_same_id_is_not_purged() {
    let (_dir, store) = temp_store();
    let (gone, _) = team(&store);
    // The erased person had the highest id: SQLite gives it to the next person added.
    let mid = people::get(&store, gone).unwrap().mission_id;
    let older = people::add(&store, mid, &person("Dernier Arrivé", Group::Other)).unwrap();
    let first = backup::create(&store, BackupReason::Manual).unwrap();
    people::erase(&store, older.id).unwrap();
    let later = people::add(&store, mid, &person("Nouvelle Venue", Group::Other)).unwrap();
    assert_eq!(later.id, older.id, "the id is reused");
    // A later second, as it would be for anyone typing the new person in.
    store
        .write(|w| {
            w.conn().execute(
                "UPDATE people SET created_at = '2099-01-01T00:00:00Z' WHERE id = ?1",
                [later.id],
            )?;
            Ok(())
        })
        .unwrap();
    let second = backup::create(&store, BackupReason::Manual).unwrap();
    assert_eq!(
        files(&holding(&store, later.id).unwrap()),
        [second.file.clone(), first.file.clone()],
        "the id in both, a different person in each"
    );
    let report = purge_person(&store, older.id).unwrap();
    assert_eq!((report.backups_rewritten, report.rows_removed), (1, 1));
    let names = |path: &str| -> Vec<String> {
        let conn = open_checked(Path::new(path), &key()).unwrap();
        let mut stmt = conn.prepare("SELECT name FROM people ORDER BY id").unwrap();
        let names = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<Vec<String>>>()
            .unwrap();
        names
    };
    assert!(!names(&first.path).contains(&"Dernier Arrivé".to_owned()));
    assert!(names(&second.path).contains(&"Nouvelle Venue".to_owned()));
}

/// The live database too: once a person is erased, what she wrote about them is in neither the
/// database file nor its write-ahead log (checkpointed and truncated by the erasure), while the
/// note about someone else is there, readable in the decrypted pages.
#[test]
fn an_erased_person_s_note_is_gone_from_the_live_database_and_its_log() {
    let (_dir, store) = temp_store();
    let (gone, _kept) = team(&store);
    let wal = format!("{}-wal", store.path().display());
    assert!(
        std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0) > 0,
        "the control: the notes were written through the log"
    );
    people::erase(&store, gone).unwrap();
    assert_eq!(
        std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0),
        0,
        "the log is truncated"
    );
    let plain = plain_bytes(&store.path().display().to_string());
    assert!(
        contains(&plain, KEPT),
        "the control: the other note is there"
    );
    assert!(!contains(&plain, SECRET), "the erased note is gone");
    assert!(!contains(&plain, "Quokkabrume"), "and so is the name");
}
