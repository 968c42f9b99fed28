//! Two thousand hostile mission files through the importer: the demo's file opened once, then
//! each time one row changed by a deterministic generator (a value of the wrong type, out of
//! range, too long, a date that does not exist, malformed strokes or JSON, a column dropped or
//! unknown, a row removed or repeated) — what someone who knows the file's passphrase can
//! send. The key derivation is left out (it guards the file, not the rows: `open` is tested on
//! its own), so the two thousand run in seconds.
//!
//! Each must be refused without a panic and without writing anything, or imported and then
//! read by everything the window reads after an import (the charter, the signing page, the
//! announcements, the register, the map, the team's board and alerts), and its PDF typeset
//! when its signatures or clauses were touched (a bad stroke used to abort the app there).

use super::*;
use crate::mission::Language;
use crate::store::tests::temp_store;
use crate::{
    announcement, charter, demo, document, mission, people, signing, stakeholder, wellbeing,
};
use serde_json::{json, Value as Json};

const CASES: usize = 2_000;
/// PDFs typeset for accepted files whose signatures or clauses changed (each takes a while).
const RENDERS: usize = 12;

fn hostile(n: u64) -> Json {
    match n % 16 {
        0 => Json::Null,
        1 => json!(-1),
        2 => json!(i64::MAX),
        3 => json!(1e308),
        4 => json!(""),
        5 => json!("x".repeat(20_000)),
        6 => json!("[[]]"),
        7 => json!("2026-02-31"),
        8 => json!("9999-99-99T99:99:99Z"),
        9 => json!({ "blob": "zz" }),
        10 => json!([1, 2, 3]),
        11 => json!(true),
        12 => json!("[[[1,2],[3]]]"),
        13 => json!("\u{0}\u{202E}é\u{FFFF}"),
        14 => json!(0),
        _ => json!("approved"),
    }
}

/// A change of one row of `tables`, chosen by `next`; says what it changed.
fn mutate(tables: &mut rows::Tables, next: &mut impl FnMut() -> u64) -> String {
    let names: Vec<String> = tables
        .iter()
        .filter(|(_, rows)| !rows.is_empty())
        .map(|(name, _)| name.clone())
        .collect();
    let table = names[next() as usize % names.len()].clone();
    let mut rows = tables
        .get_mut(&table)
        .map(std::mem::take)
        .unwrap_or_default();
    let at = next() as usize % rows.len();
    let what = match next() % 10 {
        0 => {
            rows.remove(at);
            format!("{table}: row {at} removed")
        }
        1 => {
            let copy = rows[at].clone();
            rows.push(copy);
            format!("{table}: row {at} repeated")
        }
        2 => {
            rows[at].insert("not_a_column".into(), hostile(next()));
            format!("{table}: an unknown column")
        }
        kind => {
            let columns: Vec<String> = rows[at].keys().cloned().collect();
            let column = columns[next() as usize % columns.len()].clone();
            if kind == 3 {
                rows[at].remove(&column);
                format!("{table}.{column} dropped")
            } else {
                let value = hostile(next());
                let shown = value.to_string().chars().take(40).collect::<String>();
                rows[at].insert(column.clone(), value);
                format!("{table}.{column} = {shown}")
            }
        }
    };
    tables.insert(table, rows);
    what
}

/// Everything the window reads of a mission after an import.
fn read_back(store: &Store, id: i64) -> Result<()> {
    mission::get(store, id)?;
    if let Some(current) = charter::get(store, id, None)? {
        for version in &current.history {
            let v = charter::get(store, id, Some(version.number))?;
            if let Some(v) = v {
                signing::state(store, v.version.id)?;
            }
        }
    }
    announcement::board(store, id)?;
    for person in people::list(store, id, true)? {
        stakeholder::card(store, person.id)?;
    }
    stakeholder::map::map(store, id, "")?;
    wellbeing::board(store, id, "")?;
    wellbeing::alerts(store, id, "")?;
    Ok(())
}

#[test]
fn two_thousand_mutated_files_are_refused_cleanly_or_read_back_whole() {
    let (dir, store) = temp_store();
    let id = demo::create(&store, Language::Fr).expect("demo");
    let tables = store
        .read(|r| rows::export(r, id, true))
        .expect("the demo's rows");
    drop(store);
    drop(dir);

    let (_dir, store) = temp_store();
    let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15u64);
    let (mut refused, mut imported, mut rendered) = (0, 0, 0);
    for case in 0..CASES {
        let mut changed = tables.clone();
        let mut what = vec![mutate(&mut changed, &mut next)];
        if case % 4 == 0 {
            what.push(mutate(&mut changed, &mut next));
        }
        let before = mission::list(&store).expect("list").len();
        // The preview's checks and the import's: neither may panic.
        let _ = check::rows(&changed);
        match import_tables(&store, &changed, ImportMode::KeepBoth, "hostile.mandat") {
            Err(_) => {
                refused += 1;
                assert_eq!(
                    mission::list(&store).expect("list").len(),
                    before,
                    "case {case} ({what:?}): a refused file wrote something"
                );
            }
            Ok(new) => {
                imported += 1;
                if let Err(e) = read_back(&store, new) {
                    panic!("case {case} ({what:?}): imported but cannot be read back: {e}");
                }
                let touched = what
                    .iter()
                    .any(|w| w.starts_with("signatures") || w.starts_with("clauses"));
                if touched && rendered < RENDERS {
                    rendered += 1;
                    // An error is fine (said to her); a panic is not.
                    let _ = document::render(&store, new, None, None, document::Sealing::Auto);
                }
                store
                    .write(|w| rows::delete_mission(w, new))
                    .expect("delete");
            }
        }
    }
    assert_eq!(refused + imported, CASES);
    assert!(
        refused > CASES / 10,
        "the generator finds refusals: {refused}"
    );
    assert!(imported > 0, "and harmless changes: {imported}");
}
