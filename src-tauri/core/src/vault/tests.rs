use super::*;
use crate::backup::BackupReason;
use crate::mission::{self, tests::draft};

const SECRET: &str = "Le quai de Saône, 7h42";
const TITLE: &str = "Plan social confidentiel";

/// Every byte Mandat wrote in the data folder, file by file.
fn every_file(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        out.push((entry.clone(), std::fs::read(&entry).unwrap()));
    }
    out
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn first_passphrase_then_unlock_and_nothing_readable_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(status(dir.path()).unwrap().state, VaultState::New);
    assert!(matches!(
        create(dir.path(), "short"),
        Err(Error::Invalid {
            field: "passphrase",
            reason: Invalid::TooShort { min: 10 }
        })
    ));
    let store = create(dir.path(), SECRET).unwrap();
    mission::create(&store, &draft("Ravel", TITLE)).unwrap();
    backup::create(&store, BackupReason::Manual).unwrap();
    drop(store);
    assert_eq!(status(dir.path()).unwrap().state, VaultState::Locked);
    assert!(matches!(
        create(dir.path(), SECRET),
        Err(Error::AlreadySetUp)
    ));

    // No mission text in any file: database, WAL, backups, key file.
    let files = every_file(dir.path());
    assert!(
        files.len() >= 3,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for (path, bytes) in &files {
        assert!(
            !contains(bytes, TITLE),
            "{} holds the title in clear",
            path.display()
        );
        assert!(
            !contains(bytes, "Ravel"),
            "{} holds the client in clear",
            path.display()
        );
        assert!(
            !contains(bytes, "SQLite format 3"),
            "{} is a clear database",
            path.display()
        );
    }

    let before = every_file(dir.path());
    assert!(matches!(
        unlock(dir.path(), "not the passphrase"),
        Err(Error::WrongPassphrase)
    ));
    assert_eq!(
        every_file(dir.path()),
        before,
        "a wrong passphrase touches nothing"
    );
    let store = unlock(dir.path(), SECRET).unwrap();
    assert_eq!(mission::list(&store).unwrap()[0].title, TITLE);
}

#[test]
fn changing_the_passphrase_re_encrypts_the_database_and_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    let store = create(dir.path(), SECRET).unwrap();
    mission::create(&store, &draft("Ravel", TITLE)).unwrap();
    backup::create(&store, BackupReason::Manual).unwrap();
    assert!(matches!(
        change(&store, "wrong passphrase", "a brand new passphrase"),
        Err(Error::WrongPassphrase)
    ));
    assert!(matches!(
        change(&store, SECRET, "tiny"),
        Err(Error::Invalid {
            field: "newPassphrase",
            ..
        })
    ));
    change(&store, SECRET, "a brand new passphrase").unwrap();
    // Still working in this session, reads and writes.
    mission::create(&store, &draft("Ravel", "Après le changement")).unwrap();
    assert_eq!(mission::list(&store).unwrap().len(), 2);
    drop(store);

    assert!(matches!(
        unlock(dir.path(), SECRET),
        Err(Error::WrongPassphrase)
    ));
    let store = unlock(dir.path(), "a brand new passphrase").unwrap();
    assert_eq!(mission::list(&store).unwrap().len(), 2);
    let backups = backup::list(dir.path(), &store.key()).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        backups[0].summary.as_ref().unwrap().missions,
        1,
        "the backup still reads"
    );
}

#[test]
fn a_clear_database_from_an_earlier_mandat_is_encrypted_when_the_passphrase_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DATABASE_FILE);
    {
        // An unencrypted database at the current schema, as an earlier Mandat left it.
        let conn = Connection::open(&db).unwrap();
        conn.execute_batch(
            "CREATE TABLE missions (id INTEGER PRIMARY KEY, client TEXT, title TEXT);
             INSERT INTO missions (client, title) VALUES ('Ravel', 'Plan social confidentiel');
             PRAGMA user_version = 0;",
        )
        .unwrap();
    }
    assert!(status(dir.path()).unwrap().unencrypted_data);
    // Encrypting keeps every table and row: check with the raw export on a copy.
    let (key, _) = key::new(SECRET).unwrap();
    let copy = dir.path().join("copy.sqlite3");
    std::fs::copy(&db, &copy).unwrap();
    encrypt_file(&copy, &key).unwrap();
    assert!(!is_plain(&copy));
    let conn = Connection::open(&copy).unwrap();
    conn.execute_batch(&key.pragma("key")).unwrap();
    let title: String = conn
        .query_row("SELECT title FROM missions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(title, TITLE);
    assert!(!contains(&std::fs::read(&copy).unwrap(), TITLE));
}

#[test]
fn an_earlier_mandat_s_real_database_keeps_its_missions() {
    let dir = tempfile::tempdir().unwrap();
    // Build a clear database with the real schema by encrypting nothing: a store on a key,
    // exported back to clear through SQLCipher (what an earlier Mandat wrote).
    let db = dir.path().join(DATABASE_FILE);
    {
        let keyed = tempfile::tempdir().unwrap();
        let store = Store::open(keyed.path(), &crate::store::tests::key()).unwrap();
        mission::create(&store, &draft("Ravel", TITLE)).unwrap();
        drop(store);
        let conn = Connection::open(keyed.path().join(DATABASE_FILE)).unwrap();
        conn.execute_batch(&crate::store::tests::key().pragma("key"))
            .unwrap();
        conn.execute("ATTACH DATABASE ?1 AS plain KEY ''", [db.to_string_lossy()])
            .unwrap();
        conn.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(()))
            .unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        conn.pragma_update(Some("plain"), "user_version", v)
            .unwrap();
    }
    assert!(is_plain(&db));
    let store = create(dir.path(), SECRET).unwrap();
    assert_eq!(mission::list(&store).unwrap()[0].title, TITLE);
    assert!(!is_plain(&db));
    assert!(!contains(&std::fs::read(&db).unwrap(), TITLE));
}

#[test]
fn a_passphrase_change_cut_short_is_finished_or_forgotten_at_the_next_unlock() {
    const NEW: &str = "a brand new passphrase";
    // Cut after the database was re-encrypted, before the key files were swapped.
    let dir = tempfile::tempdir().unwrap();
    let store = create(dir.path(), SECRET).unwrap();
    mission::create(&store, &draft("Ravel", TITLE)).unwrap();
    let (next, next_file) = key::new(NEW).unwrap();
    key::write_next(dir.path(), &next_file).unwrap();
    store.rekey(&next).unwrap();
    drop(store);
    assert!(
        unlock(dir.path(), SECRET).is_err(),
        "the database needs the new key now"
    );
    let store = unlock(dir.path(), NEW).unwrap();
    assert_eq!(mission::list(&store).unwrap().len(), 1);
    assert!(
        !key::next_path(dir.path()).exists(),
        "the change is finished"
    );
    drop(store);
    assert!(unlock(dir.path(), NEW).is_ok());

    // Cut before the database was touched: the old passphrase still opens it.
    let dir = tempfile::tempdir().unwrap();
    let store = create(dir.path(), SECRET).unwrap();
    mission::create(&store, &draft("Ravel", TITLE)).unwrap();
    let (_, next_file) = key::new(NEW).unwrap();
    key::write_next(dir.path(), &next_file).unwrap();
    drop(store);
    assert!(matches!(
        unlock(dir.path(), NEW),
        Err(Error::WrongPassphrase)
    ));
    let store = unlock(dir.path(), SECRET).unwrap();
    assert_eq!(mission::list(&store).unwrap().len(), 1);
    assert!(
        !key::next_path(dir.path()).exists(),
        "the change is forgotten"
    );
}

/// While the app is open the database's write-ahead log holds the newest pages: it is
/// encrypted too. Looked at before the store is dropped (nothing checkpointed yet), for every
/// text typed: the client, the title, the sponsor, the context, a person and a wellbeing note.
#[test]
fn nothing_readable_in_the_live_database_and_its_log_while_open() {
    let dir = tempfile::tempdir().unwrap();
    let store = create(dir.path(), SECRET).unwrap();
    let m = mission::create(&store, &draft("Ravel", TITLE)).unwrap().id;
    let person = crate::people::add(
        &store,
        m,
        &crate::people::tests::person("Zoé Quokkabrume", crate::people::Group::Applications),
    )
    .unwrap();
    crate::wellbeing::set_team_member(&store, person.id, true).unwrap();
    let note = crate::wellbeing::CheckInInput {
        checked_on: crate::clock::today(),
        mood: 2,
        stress: 4,
        hours: 70,
        observation: "Pleure dans l'escalier, Wombatrivière".into(),
        ..crate::wellbeing::CheckInInput::default()
    };
    crate::wellbeing::add_checkin(&store, person.id, &note).unwrap();

    let wal = format!("{}-wal", store.path().display());
    let files = every_file(dir.path());
    assert!(
        files
            .iter()
            .any(|(p, b)| p.display().to_string() == wal && !b.is_empty()),
        "the control: the log is there and not empty while open"
    );
    for (path, bytes) in &files {
        for text in [
            TITLE,
            "Ravel",
            "Claire Moreau",
            "Directrice générale",
            "équipes épuisées",
            "Quokkabrume",
            "Wombatrivière",
            "SQLite format 3",
        ] {
            assert!(
                !contains(bytes, text),
                "{} holds {text:?} in clear while open",
                path.display()
            );
        }
    }
    drop(store);
}
