//! SQL for moving a mission: its rows, table by table, as column → value maps, and back in
//! with new ids.

use crate::error::{Error, Result};
use crate::store::{Read, Write};
use crate::transfer::ImportPreview;
use rusqlite::types::{Value, ValueRef};
use serde_json::{Map, Value as Json};
use std::collections::{BTreeMap, HashMap};

pub type Row = Map<String, Json>;
pub type Tables = BTreeMap<String, Vec<Row>>;

/// The tables of one mission, parents first, with the query that selects its rows. Every
/// table of the schema is either here or in [`EXCLUDED`] with its reason: a test over the
/// schema fails on a table that is in neither, so a new table cannot be lost silently when a
/// mission moves to another laptop.
pub(crate) const TABLES: &[(&str, &str)] = &[
    ("missions", "id = ?1"),
    ("charter_versions", "mission_id = ?1"),
    (
        "clauses",
        "version_id IN (SELECT id FROM charter_versions WHERE mission_id = ?1)",
    ),
    (
        "clause_comments",
        "version_id IN (SELECT id FROM charter_versions WHERE mission_id = ?1)",
    ),
    (
        "signatures",
        "version_id IN (SELECT id FROM charter_versions WHERE mission_id = ?1)",
    ),
    ("audiences", "mission_id = ?1"),
    ("people", "mission_id = ?1"),
    (
        "assessments",
        "person_id IN (SELECT id FROM people WHERE mission_id = ?1)",
    ),
    ("interactions", "mission_id = ?1"),
    (
        "interaction_people",
        "interaction_id IN (SELECT id FROM interactions WHERE mission_id = ?1)",
    ),
    ("contact_cadence", "mission_id = ?1"),
    (
        "audience_members",
        "audience_id IN (SELECT id FROM audiences WHERE mission_id = ?1)",
    ),
    (
        "briefings",
        "person_id IN (SELECT id FROM people WHERE mission_id = ?1)",
    ),
    (
        "announcements",
        "audience_id IN (SELECT id FROM audiences WHERE mission_id = ?1)",
    ),
    ("wellbeing_thresholds", "mission_id = ?1"),
    // The teams she leads: names of the register's teams, no one named.
    ("led_teams", "mission_id = ?1"),
    // The notes' retention period, and her past decisions (dates and counts, no one named):
    // the mission's settings and record, which go with it like its thresholds.
    ("wellbeing_retention", "mission_id = ?1"),
    ("retention_decisions", "mission_id = ?1"),
];

/// The tables carried only when she asks for them ("include wellbeing notes"), after the
/// carried ones: notes about a named person's health stay on her laptop by default. A file
/// may hold them or not; import takes what it holds.
pub(crate) const OPT_IN: &[(&str, &str)] = &[
    (
        "checkins",
        "person_id IN (SELECT id FROM people WHERE mission_id = ?1)",
    ),
    (
        "alert_acknowledgments",
        "person_id IN (SELECT id FROM people WHERE mission_id = ?1)",
    ),
];

/// The tables that never travel in a `.mandat` file, and why. Read by the test over the
/// schema, which holds every table to be either here or in [`TABLES`].
#[cfg_attr(not(test), expect(dead_code, reason = "the schema test reads it"))]
pub(crate) const EXCLUDED: &[(&str, &str)] = &[
    (
        "settings",
        "this laptop's preferences (language, idle lock), not the mission's",
    ),
    (
        "signing_identity",
        "the signing key stays on the laptop it was made on or imported to",
    ),
    (
        "trusted_keys",
        "whose seals this laptop trusts is her own judgement, like its signing key: a mission \
         file must not make the recipient trust a key she never checked (whoever made the file \
         could slip in the key of a forged charter)",
    ),
    (
        "erased_people",
        "which backups of this laptop still hold an erased person: its ids and backups mean \
         nothing on another laptop, where a moved mission's people get new ids",
    ),
];

/// Which renumbered table each reference column points to.
const REFERENCES: &[(&str, &str)] = &[
    ("mission_id", "missions"),
    ("version_id", "charter_versions"),
    ("audience_id", "audiences"),
    ("person_id", "people"),
    ("interaction_id", "interactions"),
];

/// References within one table (who a person reports to): written once every row of the
/// table is in, since the row referred to may come later.
const LATE_REFERENCES: &[(&str, &str)] = &[("people", "reports_to")];

fn to_json(v: ValueRef) -> Json {
    match v {
        ValueRef::Null => Json::Null,
        ValueRef::Integer(i) => Json::from(i),
        ValueRef::Real(f) => serde_json::Number::from_f64(f).map_or(Json::Null, Json::Number),
        ValueRef::Text(t) => Json::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => {
            let mut m = Map::new();
            m.insert("blob".into(), Json::from(hex::encode(b)));
            Json::Object(m)
        }
    }
}

fn from_json(v: &Json) -> Option<Value> {
    Some(match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64()?),
        },
        Json::String(s) => Value::Text(s.clone()),
        Json::Object(m) => Value::Blob(hex::decode(m.get("blob")?.as_str()?).ok()?),
        Json::Array(_) => return None,
    })
}

/// Every table a file may hold, in the order they are written back.
fn all_tables() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    TABLES.iter().chain(OPT_IN)
}

/// The mission's rows; the wellbeing notes ([`OPT_IN`]) only with `include_wellbeing`.
pub fn export(r: &Read, mission_id: i64, include_wellbeing: bool) -> Result<Tables> {
    let mut tables = Tables::new();
    let opt_in: &[(&str, &str)] = if include_wellbeing { OPT_IN } else { &[] };
    for (table, filter) in TABLES.iter().chain(opt_in) {
        let mut stmt = r
            .conn()
            .prepare(&format!("SELECT * FROM {table} WHERE {filter}"))?;
        let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
        let rows = stmt
            .query_map([mission_id], |row| {
                let mut out = Row::new();
                for (i, name) in names.iter().enumerate() {
                    out.insert(name.clone(), to_json(row.get_ref(i)?));
                }
                Ok(out)
            })?
            .collect::<Result<Vec<_>, _>>()?;
        tables.insert((*table).to_owned(), rows);
    }
    if tables.get("missions").is_none_or(Vec::is_empty) {
        return Err(Error::NotFound {
            what: "mission",
            id: mission_id,
        });
    }
    Ok(tables)
}

fn text(row: &Row, column: &str) -> String {
    row.get(column)
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_owned()
}

pub fn preview(tables: &Tables) -> Option<ImportPreview> {
    let mission = tables.get("missions")?.first()?;
    let count = |t: &str| tables.get(t).map_or(0, |rows| rows.len() as u32);
    Some(ImportPreview {
        client: text(mission, "client"),
        title: text(mission, "title"),
        start_date: text(mission, "start_date"),
        exported_at: String::new(),
        versions: count("charter_versions"),
        signatures: count("signatures"),
        audiences: count("audiences"),
        wellbeing_notes: count("checkins"),
        wellbeing_people: tables.get("checkins").map_or(0, |rows| {
            let mut people: Vec<i64> = rows
                .iter()
                .filter_map(|r| r.get("person_id").and_then(Json::as_i64))
                .collect();
            people.sort_unstable();
            people.dedup();
            people.len() as u32
        }),
        existing: None,
    })
}

pub fn find(r: &Read, client: &str, title: &str) -> Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    Ok(r.conn()
        .query_row(
            "SELECT id FROM missions WHERE client = ?1 AND title = ?2 ORDER BY id LIMIT 1",
            [client, title],
            |row| row.get(0),
        )
        .optional()?)
}

pub fn delete_mission(w: &Write, id: i64) -> Result<()> {
    w.conn()
        .execute("DELETE FROM missions WHERE id = ?1", [id])?;
    Ok(())
}

fn bad(why: String) -> Error {
    Error::MissionFile { problem: why }
}

/// Inserts every row with a new id, references renumbered; returns the new mission's id.
pub fn import(w: &Write, tables: &Tables) -> Result<i64> {
    if let Some(unknown) = tables.keys().find(|t| !all_tables().any(|(k, _)| k == t)) {
        return Err(bad(format!("unknown table {unknown}")));
    }
    if tables.get("missions").map_or(0, Vec::len) != 1 {
        return Err(bad("one mission expected".into()));
    }
    let mut new_ids: HashMap<&str, HashMap<i64, i64>> = HashMap::new();
    for (table, _) in all_tables() {
        let columns: Vec<String> = w
            .conn()
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))?
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        let mut late: Vec<(&str, i64, i64)> = Vec::new();
        for row in tables.get(*table).into_iter().flatten() {
            let mut names = Vec::new();
            let mut values = Vec::new();
            let mut later: Vec<(&str, i64)> = Vec::new();
            for (name, value) in row {
                if !columns.iter().any(|c| c == name) {
                    return Err(bad(format!("unknown column {table}.{name}")));
                }
                if name == "id" {
                    continue;
                }
                let mut value = from_json(value).ok_or_else(|| bad(format!("{table}.{name}")))?;
                if LATE_REFERENCES.contains(&(*table, name.as_str())) {
                    match value {
                        Value::Null => {}
                        Value::Integer(old) => later.push((name.as_str(), old)),
                        _ => return Err(bad(format!("{table}.{name}"))),
                    }
                    continue;
                }
                if let Some((_, target)) = REFERENCES.iter().find(|(c, _)| c == name) {
                    let Value::Integer(old) = value else {
                        return Err(bad(format!("{table}.{name}")));
                    };
                    let new = new_ids
                        .get(target)
                        .and_then(|m| m.get(&old))
                        .ok_or_else(|| bad(format!("{table}.{name} refers to nothing")))?;
                    value = Value::Integer(*new);
                }
                names.push(name.as_str());
                values.push(value);
            }
            let marks = vec!["?"; names.len()].join(", ");
            w.conn().execute(
                &format!(
                    "INSERT INTO {table} ({}) VALUES ({marks})",
                    names.join(", ")
                ),
                rusqlite::params_from_iter(values),
            )?;
            let inserted = w.conn().last_insert_rowid();
            if let Some(old) = row.get("id").and_then(Json::as_i64) {
                new_ids.entry(table).or_default().insert(old, inserted);
            }
            late.extend(later.into_iter().map(|(name, old)| (name, inserted, old)));
        }
        for (name, row_id, old) in late {
            let new = new_ids
                .get(table)
                .and_then(|m| m.get(&old))
                .ok_or_else(|| bad(format!("{table}.{name} refers to nothing")))?;
            w.conn().execute(
                &format!("UPDATE {table} SET {name} = ?1 WHERE id = ?2"),
                [*new, row_id],
            )?;
        }
    }
    new_ids
        .get("missions")
        .and_then(|m| m.values().next().copied())
        .ok_or_else(|| bad("no mission".into()))
}
