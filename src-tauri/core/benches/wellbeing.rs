//! The team wellbeing notes at scale: 2,000 team members and 200,000 check-ins (100 weeks
//! each) in one mission. The board, a person's timeline and all the mission's alerts are each
//! printed beside plain SQL reading the same rows (the baseline: at most twice its
//! time; board and timeline under 20 ms, alerts under 100 ms). The board has two baselines:
//! the eight weeks it shows, and every row it must read to count the alerts. `make bench` prints them;
//! nothing here asserts on time.

use criterion::{criterion_group, criterion_main, Criterion};
use mandat_core::mission::{self, Language, MissionDraft};
use mandat_core::{clock, vault, wellbeing, Store};
use rusqlite::Connection;
use std::hint::black_box;

const PASSPHRASE: &str = "benchmark passphrase";
const MEMBERS: i64 = 2_000;
const WEEKS: i64 = 100;

/// A connection on the store's encrypted file, keyed as the store keys its own.
fn connect(store: &Store, flags: rusqlite::OpenFlags) -> Connection {
    let conn = Connection::open_with_flags(store.path(), flags).expect("open");
    conn.execute_batch(&store.key().pragma("key")).expect("key");
    conn.pragma_update(None, "cache_size", -32_768)
        .expect("cache");
    conn
}

/// The team and its notes, written in one transaction (the generator, not what is measured).
fn team() -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = vault::create(dir.path(), PASSPHRASE).expect("open");
    let draft = MissionDraft {
        client: "Ravel".into(),
        title: "Équipe à l'échelle".into(),
        start_date: "2025-01-06".into(),
        language: Language::Fr,
        ..MissionDraft::default()
    };
    let id = mission::create(&store, &draft).expect("mission").id;
    let mut conn = connect(&store, rusqlite::OpenFlags::default());
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .expect("timeout");
    let tx = conn.transaction().expect("transaction");
    let today = chrono::Local::now().date_naive();
    {
        let mut person = tx
            .prepare(
                "INSERT INTO people (mission_id, name, job_title, team_member, created_at, \
                 updated_at) VALUES (?1, ?2, 'Ingénieur', 1, '2026-01-01T00:00:00Z', \
                 '2026-01-01T00:00:00Z')",
            )
            .expect("prepare");
        let mut check = tx
            .prepare(
                "INSERT INTO checkins (person_id, checked_on, mood, stress, hours, signals, \
                 observation, actions, follow_up_on, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, '2026-01-01T00:00:00Z')",
            )
            .expect("prepare");
        for p in 0..MEMBERS {
            person
                .execute(rusqlite::params![id, format!("Membre {p:04}")])
                .expect("person");
            let pid = tx.last_insert_rowid();
            for w in 0..WEEKS {
                let on = today - chrono::Duration::days(7 * w + p % 7);
                let n = p * 31 + w * 17;
                let acute = n % 97 == 0;
                check
                    .execute(rusqlite::params![
                        pid,
                        on.to_string(),
                        1 + n % 5,
                        1 + (n / 5) % 5,
                        30 + n % 35,
                        if acute { "tired broke_down" } else { "tired" },
                        "Semaine chargée, a tenu les délais",
                        "one_to_one",
                        (acute || n % 13 == 0)
                            .then(|| (on + chrono::Duration::days(7)).to_string()),
                    ])
                    .expect("check-in");
            }
        }
    }
    tx.commit().expect("commit");
    (dir, store, id)
}

fn plain_rows(stmt: &mut rusqlite::CachedStatement, params: impl rusqlite::Params) -> usize {
    stmt.query_map(params, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, Option<String>>(6)?,
        ))
    })
    .expect("query")
    .filter_map(|r| r.ok())
    .count()
}

fn benches(c: &mut Criterion) {
    let (_dir, store, id) = team();
    let conn = connect(&store, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY);
    let on = clock::today();
    let eight_weeks_ago =
        (chrono::Local::now().date_naive() - chrono::Duration::days(56)).to_string();
    let person: i64 = conn
        .query_row(
            "SELECT min(id) FROM people WHERE mission_id = ?1",
            [id],
            |r| r.get(0),
        )
        .expect("a person");

    let mut g = c.benchmark_group("team board (2,000 members, 200,000 check-ins)");
    g.sample_size(10);
    g.bench_function("Mandat: board today", |b| {
        b.iter(|| black_box(wellbeing::board(&store, id, "").expect("board")))
    });
    g.bench_function("plain SQL: the last 8 weeks of every member", |b| {
        let mut stmt = conn
            .prepare_cached(
                "SELECT c.person_id, c.checked_on, c.mood, c.stress, c.hours, c.signals, \
                   c.follow_up_on FROM people p JOIN checkins c ON c.person_id = p.id \
                 WHERE p.mission_id = ?1 AND p.team_member = 1 AND p.archived = 0 \
                   AND c.checked_on > ?2 AND c.checked_on <= ?3 ORDER BY p.id, c.checked_on",
            )
            .expect("prepare");
        b.iter(|| {
            black_box(plain_rows(
                &mut stmt,
                rusqlite::params![id, eight_weeks_ago, on],
            ))
        })
    });
    // The rows the board cannot do without, read and dropped: every member's last twelve
    // weeks (the eight shown and the 4-week average before them) and their older follow-ups
    // not done (each one an alert until ticked), as plain SQL reads them.
    let twelve_weeks_ago =
        (chrono::Local::now().date_naive() - chrono::Duration::days(84)).to_string();
    g.bench_function("plain SQL: every row the board reads", |b| {
        let mut recent = conn
            .prepare_cached(
                "SELECT c.person_id, c.checked_on, c.mood, c.stress, c.hours, c.signals, \
                   c.follow_up_on FROM people p JOIN checkins c ON c.person_id = p.id \
                 WHERE p.mission_id = ?1 AND p.team_member = 1 AND p.archived = 0 \
                   AND c.checked_on > ?2 AND c.checked_on <= ?3",
            )
            .expect("prepare");
        let mut open = conn
            .prepare_cached(
                "SELECT c.person_id, c.checked_on, 0, 0, 0, c.signals, c.follow_up_on \
                 FROM people p JOIN checkins c ON c.person_id = p.id \
                 WHERE p.mission_id = ?1 AND p.team_member = 1 AND p.archived = 0 \
                   AND c.follow_up_done = 0 AND c.follow_up_on IS NOT NULL \
                   AND c.checked_on <= ?2",
            )
            .expect("prepare");
        b.iter(|| {
            black_box(plain_rows(
                &mut recent,
                rusqlite::params![id, twelve_weeks_ago, on],
            )) + black_box(plain_rows(
                &mut open,
                rusqlite::params![id, twelve_weeks_ago],
            ))
        })
    });
    g.finish();

    let mut g = c.benchmark_group("a person's timeline (100 check-ins)");
    g.bench_function("Mandat: list_checkins", |b| {
        b.iter(|| black_box(wellbeing::list_checkins(&store, person).expect("timeline")))
    });
    g.bench_function("plain SQL: the person's check-ins", |b| {
        let mut stmt = conn
            .prepare_cached(
                "SELECT id, checked_on, mood, stress, hours, signals, follow_up_on \
                 FROM checkins WHERE person_id = ?1 ORDER BY checked_on, id",
            )
            .expect("prepare");
        b.iter(|| black_box(plain_rows(&mut stmt, [person])))
    });
    g.finish();

    let mut g = c.benchmark_group("all alerts of the mission (200,000 check-ins)");
    g.sample_size(10);
    g.bench_function("Mandat: alerts today", |b| {
        b.iter(|| black_box(wellbeing::alerts(&store, id, "").expect("alerts")))
    });
    g.bench_function("plain SQL: every check-in of the team", |b| {
        let mut stmt = conn
            .prepare_cached(
                "SELECT c.person_id, c.checked_on, c.mood, c.stress, c.hours, c.signals, \
                   c.follow_up_on FROM people p JOIN checkins c ON c.person_id = p.id \
                 WHERE p.mission_id = ?1 AND p.team_member = 1 AND p.archived = 0 \
                   AND c.checked_on <= ?2 ORDER BY p.id, c.checked_on, c.id",
            )
            .expect("prepare");
        b.iter(|| black_box(plain_rows(&mut stmt, rusqlite::params![id, on])))
    });
    g.finish();
}

criterion_group!(wellbeing_benches, benches);
criterion_main!(wellbeing_benches);
