//! The stakeholder map at scale: 5,000 people, 20,000 assessments, 50,000 interactions in
//! one mission. Each query Mandat runs is printed beside the same question asked in plain SQL
//! on the same data (the baseline the issue names: at most twice its time, under 20 ms).
//! `make bench` prints them; nothing here asserts on time.

use criterion::{criterion_group, criterion_main, Criterion};
use mandat_core::mission::{self, Language, MissionDraft};
use mandat_core::stakeholder::{interaction, map};
use mandat_core::{clock, demo, people, vault, Store};
use rusqlite::Connection;
use std::hint::black_box;

const PASSPHRASE: &str = "benchmark passphrase";
const PEOPLE: usize = 5_000;

fn crowd() -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = vault::create(dir.path(), PASSPHRASE).expect("open");
    let draft = MissionDraft {
        client: "Ravel".into(),
        title: "À l'échelle".into(),
        start_date: "2026-01-05".into(),
        language: Language::Fr,
        ..MissionDraft::default()
    };
    let id = mission::create(&store, &draft).expect("mission").id;
    demo::crowd::create(&store, id, PEOPLE).expect("crowd");
    (dir, store, id)
}

/// A plain connection on the same encrypted file, opened as the store opens its reader, for
/// the baselines.
fn plain(store: &Store) -> Connection {
    let conn = Connection::open_with_flags(
        store.path(),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .expect("open");
    conn.execute_batch(&store.key().pragma("key")).expect("key");
    conn.pragma_update(None, "cache_size", -32_768)
        .expect("cache");
    conn
}

/// The map's two queries (each person with the latest assessment and the last contact as of
/// `on`; who was told) as plain rows, without Mandat's types or judgements.
#[allow(clippy::type_complexity)]
fn plain_map(conn: &Connection, mission: i64, on: &str) -> (usize, usize) {
    let mut stmt = conn
        .prepare_cached(
            "SELECT p.id, p.name, p.job_title, p.person_group, p.team, a.power, a.interest, \
               a.engagement, a.target, a.assessed_on, (SELECT max(ip.happened_on) \
               FROM interaction_people ip WHERE ip.person_id = p.id AND ip.happened_on <= ?2) \
             FROM people p LEFT JOIN assessments a ON a.id = (SELECT a2.id FROM assessments a2 \
               WHERE a2.person_id = p.id AND a2.assessed_on <= ?2 \
               ORDER BY a2.assessed_on DESC, a2.id DESC LIMIT 1) \
             WHERE p.mission_id = ?1 AND p.archived = 0 ORDER BY p.name COLLATE NOCASE, p.id",
        )
        .expect("prepare");
    let rows: Vec<(i64, String, String, String, String, Option<u8>, Option<u8>)> = stmt
        .query_map(rusqlite::params![mission, on], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let mut told = conn
        .prepare_cached(
            "SELECT m.person_id FROM audience_members m JOIN announcements a \
               ON a.audience_id = m.audience_id WHERE a.version_id = ?1 \
             UNION SELECT person_id FROM briefings WHERE version_id = ?1",
        )
        .expect("prepare");
    let told = told.query_map([0], |_| Ok(())).expect("told").count();
    (rows.len(), told)
}

fn stakeholders(c: &mut Criterion) {
    let (_dir, store, id) = crowd();
    let conn = plain(&store);
    let on = clock::today();
    let earlier = chrono::Local::now().date_naive() - chrono::Duration::days(60);
    let earlier = earlier.to_string();

    let mut g = c.benchmark_group("register search as you type (5,000 people)");
    for typed in ["mar", "martin 12"] {
        g.bench_function(format!("Mandat: {typed:?}"), |b| {
            b.iter(|| black_box(people::search(&store, id, typed, 200).expect("search")))
        });
        g.bench_function(format!("plain SQL: {typed:?}"), |b| {
            let mut stmt = conn
                .prepare(
                    "SELECT id, name, job_title, team FROM people WHERE mission_id = ?1 \
                     AND archived = 0 AND (name LIKE ?2 OR job_title LIKE ?2 OR team LIKE ?2) \
                     ORDER BY name COLLATE NOCASE LIMIT 200",
                )
                .expect("prepare");
            let pattern = format!("%{typed}%");
            b.iter(|| {
                let rows: Vec<(i64, String, String, String)> = stmt
                    .query_map(rusqlite::params![id, pattern], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                    })
                    .expect("query")
                    .collect::<Result<_, _>>()
                    .expect("rows");
                black_box(rows)
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("the grid as of a date (5,000 people, 20,000 assessments)");
    g.sample_size(20);
    g.bench_function("Mandat: map as of 60 days ago", |b| {
        b.iter(|| black_box(map::map(&store, id, &earlier).expect("map")))
    });
    g.bench_function("plain SQL: the same rows, unjudged", |b| {
        b.iter(|| black_box(plain_map(&conn, id, &earlier)))
    });
    g.finish();

    let mut g = c.benchmark_group("overdue contacts (5,000 people, 50,000 interactions)");
    g.sample_size(20);
    g.bench_function("Mandat: overdue today", |b| {
        b.iter(|| black_box(map::overdue(&store, id, &on).expect("overdue")))
    });
    g.bench_function("plain SQL: the same rows, unjudged", |b| {
        b.iter(|| black_box(plain_map(&conn, id, &on)))
    });
    g.bench_function("Mandat: follow-ups past due", |b| {
        b.iter(|| black_box(interaction::follow_ups_due(&store, id, &on).expect("due")))
    });
    g.bench_function("plain SQL: follow-ups past due", |b| {
        let mut stmt = conn
            .prepare(
                "SELECT i.id, i.summary, i.follow_up_on, (SELECT group_concat(person_id) \
                   FROM interaction_people WHERE interaction_id = i.id) FROM interactions i \
                 WHERE i.mission_id = ?1 AND i.follow_up_done = 0 \
                   AND i.follow_up_on IS NOT NULL AND i.follow_up_on < ?2 \
                 ORDER BY i.follow_up_on, i.id",
            )
            .expect("prepare");
        b.iter(|| {
            let rows: Vec<(i64, String, String, Option<String>)> = stmt
                .query_map(rusqlite::params![id, on], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .expect("query")
                .collect::<Result<_, _>>()
                .expect("rows");
            black_box(rows)
        })
    });
    g.finish();
}

criterion_group!(benches, stakeholders);
criterion_main!(benches);
