use super::*;
use crate::mission::{self, tests::draft};
use crate::store::tests::{key, temp_store};

fn titles(store: &Store) -> Vec<String> {
    let mut t: Vec<String> = mission::list(store)
        .unwrap()
        .into_iter()
        .map(|m| m.title)
        .collect();
    t.sort();
    t
}

#[test]
fn a_backup_is_listed_with_what_it_holds_and_only_the_newest_are_kept() {
    let (dir, store) = temp_store();
    assert!(due(&store).unwrap(), "no backup yet");
    mission::create(&store, &draft("Ravel", "Redresser le SI")).unwrap();
    let made = create(&store, BackupReason::Launch).unwrap();
    assert!(!due(&store).unwrap());
    assert_eq!(made.reason, BackupReason::Launch);
    let summary = made.summary.clone().expect("a sound backup");
    assert_eq!(summary.missions, 1);
    assert_eq!(summary.mission_names, ["Ravel — Redresser le SI"]);
    assert_eq!(
        list(dir.path(), &key()).unwrap(),
        std::slice::from_ref(&made)
    );

    // Each backup holds one mission more than the one before, so each is told apart.
    for n in 0..retention::RECENT + 3 {
        mission::create(&store, &draft("Ravel", &format!("Mission {n}"))).unwrap();
        create(&store, BackupReason::Manual).unwrap();
    }
    let all = list(dir.path(), &key()).unwrap();
    assert_eq!(
        all.len(),
        retention::RECENT,
        "all made today: the newest only"
    );
    assert!(
        all.iter().all(|b| b.reason == BackupReason::Manual),
        "the oldest went first"
    );
    let missions: Vec<u32> = all
        .iter()
        .map(|b| b.summary.as_ref().expect("sound").missions)
        .collect();
    let newest = 1 + retention::RECENT as u32 + 3;
    assert_eq!(missions, (newest - 9..=newest).rev().collect::<Vec<_>>());
    assert!(all.iter().all(|b| b.kept == Some(Kept::Recent)));
    assert!(
        all.windows(2).all(|w| w[0].created_at >= w[1].created_at),
        "newest first"
    );
}

#[test]
fn restoring_brings_the_backup_back_and_keeps_what_it_replaced() {
    let (dir, store) = temp_store();
    mission::create(&store, &draft("Ravel", "Avant")).unwrap();
    let before = create(&store, BackupReason::Manual).unwrap();
    mission::create(&store, &draft("Ravel", "Après")).unwrap();

    let safety = restore(&store, &before.file).unwrap();
    assert_eq!(
        titles(&store),
        ["Avant"],
        "the live store reads the restored data"
    );
    assert_eq!(safety.reason, BackupReason::BeforeRestore);
    assert_eq!(safety.summary.unwrap().missions, 2);
    assert!(store.check().unwrap().is_empty());
    // And the restored database keeps working.
    mission::create(&store, &draft("Ravel", "Encore")).unwrap();
    drop(store);
    let store = Store::open(dir.path(), &key()).unwrap();
    assert_eq!(titles(&store), ["Avant", "Encore"]);
}

#[test]
fn a_file_that_is_not_a_sound_mandat_database_is_never_restored() {
    let (dir, store) = temp_store();
    mission::create(&store, &draft("Ravel", "Gardée")).unwrap();
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, b"this is not a database at all, just some bytes").unwrap();
    let err = restore(&store, junk.to_str().unwrap()).unwrap_err();
    assert!(
        matches!(err, Error::Corrupt { .. } | Error::Sqlite(_)),
        "{err:?}"
    );
    let empty = dir.path().join("empty.sqlite3");
    Connection::open(&empty)
        .unwrap()
        .execute_batch("CREATE TABLE t(x)")
        .unwrap();
    assert!(matches!(
        restore(&store, empty.to_str().unwrap()),
        Err(Error::Corrupt { .. })
    ));
    assert_eq!(titles(&store), ["Gardée"]);
    assert!(
        list(dir.path(), &key()).unwrap().is_empty(),
        "no safety backup for a refused restore"
    );
}

#[test]
fn a_damaged_database_is_reported_then_restored_from_a_backup_and_kept_aside() {
    let (dir, store) = temp_store();
    mission::create(&store, &draft("Ravel", "Sauvée")).unwrap();
    create(&store, BackupReason::Launch).unwrap();
    drop(store);
    // Damage the database: overwrite its pages past the header.
    let db = dir.path().join(store::DATABASE_FILE);
    let mut bytes = std::fs::read(&db).unwrap();
    for b in bytes.iter_mut().skip(100) {
        *b = 0xA5;
    }
    std::fs::write(&db, &bytes).unwrap();
    let _ = std::fs::remove_file(dir.path().join("mandat.sqlite3-wal"));

    let err = Store::open(dir.path(), &key()).err().expect("refused");
    assert!(matches!(err, Error::Corrupt { .. }), "{err:?}");
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "nothing was written");

    let good = latest_good(dir.path(), &key()).expect("a good backup");
    let aside = restore_offline(dir.path(), &good.file, &key()).unwrap();
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        bytes,
        "the damaged file is kept"
    );
    let store = Store::open(dir.path(), &key()).unwrap();
    assert_eq!(titles(&store), ["Sauvée"]);
}

#[test]
fn backup_names_carry_their_time_and_reason() {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-23T06:55:01.250Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let n = name(at, BackupReason::BeforeRestore, 2);
    assert_eq!(n, "mandat-20261123T065501.250Z-before-restore-2.sqlite3");
    assert_eq!(
        parse_name(&n),
        Some((
            "2026-11-23T06:55:01.250Z".into(),
            BackupReason::BeforeRestore,
            2
        ))
    );
    assert_eq!(
        parse_name(&name(at, BackupReason::Launch, 0)).map(|p| p.1),
        Some(BackupReason::Launch)
    );
    assert_eq!(
        parse_name("mandat-20261123T065501.250Z-launchx.sqlite3"),
        None
    );
    assert_eq!(parse_name("mandat-x-launch.sqlite3"), None);
    assert_eq!(parse_name("notes.txt"), None);
}

/// A listed backup made at `created_at`, for the retention rules.
pub(crate) fn made_on(created_at: &str) -> BackupInfo {
    BackupInfo {
        file: format!("{created_at}.sqlite3"),
        path: format!("/backups/{created_at}.sqlite3"),
        created_at: created_at.to_owned(),
        reason: BackupReason::Launch,
        bytes: 1,
        summary: None,
        kept: None,
    }
}

#[test]
fn pruning_removes_what_retention_does_not_keep_but_never_the_spare_one() {
    // Fifteen launch backups this morning, newest first: ten kept.
    let mut all: Vec<BackupInfo> = (0..15)
        .rev()
        .map(|m| made_on(&format!("2026-12-02T09:{m:02}:00.000Z")))
        .collect();
    let kept = retention::kept(&all);
    for (b, kept) in all.iter_mut().zip(kept) {
        b.kept = kept;
    }
    let gone: Vec<&str> = doomed(&all, |_| false)
        .iter()
        .map(|b| b.created_at.as_str())
        .collect();
    assert_eq!(
        gone,
        [
            "2026-12-02T09:04:00.000Z",
            "2026-12-02T09:03:00.000Z",
            "2026-12-02T09:02:00.000Z",
            "2026-12-02T09:01:00.000Z",
            "2026-12-02T09:00:00.000Z",
        ]
    );
    // A spare backup (being restored) stays whatever its age.
    let spared = doomed(&all, |b| b.created_at == "2026-12-02T09:00:00.000Z");
    assert_eq!(spared.len(), 4);
    assert!(spared
        .iter()
        .all(|b| b.created_at != "2026-12-02T09:00:00.000Z"));
}

#[test]
fn restoring_the_oldest_of_a_full_set_of_backups_works_and_keeps_it() {
    let (dir, store) = temp_store();
    mission::create(&store, &draft("Ravel", "Le plus ancien")).unwrap();
    let oldest = create(&store, BackupReason::Manual).unwrap();
    mission::create(&store, &draft("Ravel", "Ensuite")).unwrap();
    for _ in 0..retention::RECENT - 1 {
        create(&store, BackupReason::Manual).unwrap();
    }
    let all = list(dir.path(), &key()).unwrap();
    assert_eq!(all.len(), retention::RECENT);
    assert_eq!(
        all.last().unwrap().file,
        oldest.file,
        "the oldest of a full set"
    );

    restore(&store, &oldest.file).unwrap();
    assert_eq!(titles(&store), ["Le plus ancien"]);
    assert!(
        list(dir.path(), &key())
            .unwrap()
            .iter()
            .any(|b| b.file == oldest.file),
        "the backup restored is still there"
    );
}
