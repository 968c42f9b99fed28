//! Store figures: opening an existing database and listing 1,000 missions.
//! `make bench` prints them; nothing here asserts on time.

use criterion::{criterion_group, criterion_main, Criterion};
use mandat_core::mission::{self, Language, MissionDraft};
use mandat_core::{vault, Store};
use std::hint::black_box;

const PASSPHRASE: &str = "benchmark passphrase";

fn with_missions(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = vault::create(dir.path(), PASSPHRASE).expect("open");
    for i in 0..n {
        let draft = MissionDraft {
            client: format!("Client {i}"),
            title: format!("Mission de transition n° {i}"),
            sponsor_name: "Claire Moreau".into(),
            start_date: format!("20{:02}-{:02}-01", 10 + i % 17, 1 + i % 12),
            context: "Contexte de crise après un go-live manqué. ".repeat(10),
            language: Language::Fr,
            ..MissionDraft::default()
        };
        mission::create(&store, &draft).expect("create");
    }
    dir
}

fn store(c: &mut Criterion) {
    let dir = with_missions(1_000);
    // Opening with the key: the passphrase's derivation (Argon2id) is a separate cost, once
    // per unlock, measured below.
    let key = vault::key_for(dir.path(), PASSPHRASE).expect("key");
    c.bench_function("open the store (1,000 missions)", |b| {
        b.iter(|| black_box(Store::open(dir.path(), &key).expect("open")))
    });
    let store = Store::open(dir.path(), &key).expect("open");
    c.bench_function("list 1,000 missions", |b| {
        b.iter(|| black_box(mission::list(&store).expect("list")))
    });
    c.bench_function("open the store and list 1,000 missions", |b| {
        b.iter(|| {
            let store = Store::open(dir.path(), &key).expect("open");
            black_box(mission::list(&store).expect("list"))
        })
    });
    let mut slow = c.benchmark_group("passphrase");
    slow.sample_size(10);
    slow.bench_function("unlock: derive the key (Argon2id, 64 MiB) and open", |b| {
        b.iter(|| black_box(vault::unlock(dir.path(), PASSPHRASE).expect("unlock")))
    });
    slow.finish();
}

criterion_group!(benches, store);
criterion_main!(benches);
