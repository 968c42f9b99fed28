//! The rows of a `.mandat` file, checked as typed input is before anything is written, then
//! read back through the same readers the window uses before the import commits.
//!
//! A file is encrypted with a passphrase its sender chose, so whoever knows that passphrase
//! can put anything in it: every row is input from outside. The schema's own checks (STRICT
//! types, statuses, dates, ranges, references) hold on insert; what they cannot say is
//! checked here: lengths, the mission's own rules, and signatures' strokes (which, malformed,
//! would break every later view and export of that version).

use super::sql::{Row, Tables};
use crate::error::{Error, Result};
use crate::mission::{Language, MissionDraft};
use crate::signing::Drawing;
use crate::store::Read;
use serde_json::Value as Json;

/// No field typed into Mandat is longer (the mission's context, 10,000 characters).
const TEXT_MAX: usize = 10_000;
/// Rows of one table: far more than any mission, small enough to refuse a file built to
/// fill the disk.
const ROWS_MAX: usize = 200_000;
/// The strokes of one signature as JSON (20,000 points at most, each under 30 characters).
const STROKES_MAX: usize = 700_000;
/// A signer's name and title, and the place (as `signing::sign` takes them).
const SIGNER_MAX: usize = 120;
const PLACE_MAX: usize = 80;

fn refused(table: &str, column: &str, why: impl std::fmt::Display) -> Error {
    Error::MissionFile {
        problem: format!("{table}.{column} {why}"),
    }
}

/// An `Error::Invalid` of a typed-input check, as the file's problem.
fn as_refusal(table: &str, e: Error) -> Error {
    match e {
        Error::Invalid { field, reason } => refused(table, field, reason),
        other => other,
    }
}

fn text<'a>(row: &'a Row, column: &str) -> &'a str {
    row.get(column).and_then(Json::as_str).unwrap_or_default()
}

fn number(row: &Row, column: &str) -> Option<f64> {
    row.get(column).and_then(Json::as_f64)
}

/// Every row of `tables`, before any is written.
pub(crate) fn rows(tables: &Tables) -> Result<()> {
    for (table, rows) in tables {
        if rows.len() > ROWS_MAX {
            return Err(refused(
                table,
                "*",
                format!("has more than {ROWS_MAX} rows"),
            ));
        }
        for row in rows {
            for (column, value) in row {
                let max = if (table.as_str(), column.as_str()) == ("signatures", "strokes") {
                    STROKES_MAX
                } else {
                    TEXT_MAX
                };
                if let Json::String(s) = value {
                    if s.chars().count() > max {
                        return Err(refused(
                            table,
                            column,
                            format!("is longer than {max} characters"),
                        ));
                    }
                }
            }
        }
    }
    for row in tables.get("missions").into_iter().flatten() {
        mission(row)?;
    }
    for row in tables.get("signatures").into_iter().flatten() {
        signature(row)?;
    }
    Ok(())
}

fn mission(row: &Row) -> Result<()> {
    let language = Language::from_code(text(row, "language"))
        .ok_or_else(|| refused("missions", "language", "is not fr or en"))?;
    MissionDraft {
        client: text(row, "client").to_owned(),
        title: text(row, "title").to_owned(),
        sponsor_name: text(row, "sponsor_name").to_owned(),
        sponsor_title: text(row, "sponsor_title").to_owned(),
        manager_name: text(row, "manager_name").to_owned(),
        start_date: text(row, "start_date").to_owned(),
        planned_end: text(row, "planned_end").to_owned(),
        context: text(row, "context").to_owned(),
        language,
    }
    .validate()
    .map(drop)
    .map_err(|e| as_refusal("missions", e))
}

fn signature(row: &Row) -> Result<()> {
    let t = "signatures";
    crate::validate::required("name", text(row, "name"), SIGNER_MAX)
        .and_then(|_| crate::validate::text("title", text(row, "title"), SIGNER_MAX))
        .and_then(|_| crate::validate::required("place", text(row, "place"), PLACE_MAX))
        .map_err(|e| as_refusal(t, e))?;
    if chrono::DateTime::parse_from_rfc3339(text(row, "signed_at")).is_err() {
        return Err(refused(t, "signed_at", "is not a date and time (RFC 3339)"));
    }
    let (Some(width), Some(height)) = (number(row, "width"), number(row, "height")) else {
        return Err(refused(t, "width", "is not a number"));
    };
    Drawing::from_json(width, height, text(row, "strokes"))
        .map(drop)
        .map_err(|e| as_refusal(t, e))
}

/// The imported mission `mission_id`, read back as the window reads it: a row that the
/// checks above let through but a reader refuses still fails the import, which then
/// writes nothing.
pub(crate) fn readable(r: &Read, mission_id: i64) -> Result<()> {
    crate::mission::sql::get(r, mission_id)?;
    for version in crate::charter::sql::versions(r, mission_id)? {
        crate::charter::sql::clauses(r, version.id)?;
        crate::signing::drawings(r, version.id)?;
        crate::signing::state_in(r, version.id)?;
    }
    crate::announcement::sql::board(r, mission_id, None)?;
    // The register and what hangs from it: the map, the log, the team's notes.
    for person in crate::people::sql::list(r, mission_id, true)? {
        crate::stakeholder::sql::history(r, person.id)?;
        crate::wellbeing::sql::of_person(r, person.id)?;
    }
    crate::stakeholder::sql::interactions(r, mission_id, None)?;
    crate::stakeholder::sql::cadence(r, mission_id)?;
    crate::wellbeing::sql::acknowledgments(r, mission_id)?;
    crate::wellbeing::sql::thresholds(r, mission_id)?;
    crate::wellbeing::retention::sql::months(r, mission_id)?;
    crate::wellbeing::retention::sql::decisions(r, mission_id)?;
    Ok(())
}
