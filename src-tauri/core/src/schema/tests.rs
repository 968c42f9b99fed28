use super::*;
use crate::error::Error;
use crate::store::{tests::key, DATABASE_FILE};
use rusqlite::Connection;

/// A connection to an encrypted test database, keyed like the store's.
fn keyed(path: impl AsRef<Path>) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(&key().pragma("key")).unwrap();
    conn
}

#[test]
fn migrations_are_named_by_timestamp_and_never_share_one() {
    let ids: Vec<&str> = schema().migrations().iter().map(|m| m.id).collect();
    for id in &ids {
        let (stamp, what) = id.split_once('_').expect("YYYYMMDDHHMMSS_what");
        assert_eq!(stamp.len(), 14, "{id}");
        assert!(stamp.bytes().all(|b| b.is_ascii_digit()), "{id}");
        assert!(!what.is_empty(), "{id}");
    }
    let stamps: Vec<&str> = ids.iter().map(|id| &id[..14]).collect();
    let mut unique = stamps.clone();
    unique.dedup();
    assert_eq!(stamps, unique, "two migrations claim the same moment");
    // The schema applies them in that order, whatever the order of FEATURES.
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
}

/// Databases written before the migrations moved into the features recorded a count in
/// `user_version`; the first files keep their place so those counts still mean the same.
#[test]
fn the_first_migrations_keep_their_released_order() {
    let ids: Vec<&str> = schema().migrations().iter().map(|m| m.id).collect();
    assert_eq!(
        &ids[..3],
        [
            "20261001000000_missions",
            "20261002000000_charter",
            "20261003000000_signing"
        ]
    );
}

/// Every earlier schema (0 = a new file) opens and reaches the latest one.
#[test]
fn every_earlier_schema_upgrades_to_the_latest() {
    for start in 0..=latest() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = keyed(dir.path().join(DATABASE_FILE));
        schema().apply_first(&mut conn, start).unwrap();
        drop(conn);
        let store = Store::open(dir.path(), &key()).unwrap();
        let conn = keyed(store.path());
        assert_eq!(
            store::schema_version(&conn).unwrap(),
            latest(),
            "from schema {start}"
        );
        assert!(store.check().unwrap().is_empty(), "from schema {start}");
        // An upgrade of existing data is preceded by a backup of it, at its old schema.
        let backups = crate::backup::list(dir.path(), &key()).unwrap();
        if start == 0 || start == latest() {
            assert!(backups.is_empty(), "from schema {start}");
        } else {
            assert_eq!(backups.len(), 1, "from schema {start}");
            assert_eq!(backups[0].reason, BackupReason::Migration);
            let copy = keyed(&backups[0].path);
            assert_eq!(store::schema_version(&copy).unwrap(), start);
        }
    }
}

#[test]
fn reopening_is_a_no_op() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path(), &key()).unwrap());
    drop(Store::open(dir.path(), &key()).unwrap());
    let conn = keyed(dir.path().join(DATABASE_FILE));
    assert_eq!(store::schema_version(&conn).unwrap(), latest());
}

#[test]
fn a_newer_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    let conn = keyed(&path);
    conn.pragma_update(None, "user_version", latest() as i64 + 1)
        .unwrap();
    conn.execute_batch("CREATE TABLE from_the_future(x)")
        .unwrap();
    drop(conn);
    let err = Store::open(dir.path(), &key()).err().expect("refused");
    assert!(
        matches!(err, Error::NewerDatabase { found, known } if found == latest() + 1 && known == latest())
    );
    assert!(err.to_string().contains("newer version of Mandat"));
    let conn = keyed(&path);
    assert_eq!(store::schema_version(&conn).unwrap(), latest() + 1);
    let missions: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'missions'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(missions, 0, "nothing was migrated");
}
