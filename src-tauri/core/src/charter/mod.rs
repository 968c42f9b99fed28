//! The mission charter and its mandate, drafted with the CEO, reviewed clause by clause,
//! approved, versioned and amended.
//!
//! Rules kept here (and tested in `tests.rs`): only the latest version changes, and only while
//! it is a draft, in review or sent back for changes; approved and rejected versions are
//! frozen, and changing them means an amendment, a new version with its reason; a version with
//! clauses still "to discuss" cannot be approved; editing a clause's content sends its review
//! back to pending, since what was agreed was the old wording.

mod compare;
pub(crate) mod input;
mod labels;
pub mod model;
mod seed;
pub(crate) mod sql;

pub use compare::{compare, Change, ClauseDiff, Comparison};
pub use input::ClauseInput;
pub use model::*;

use crate::clock::{self, now};
use crate::error::{Error, Result};
use crate::mission::sql as missions;
use crate::mission::{self, MissionStatus};
use crate::store::{Read, Store, Write};
use crate::validate;
use serde::{Deserialize, Serialize};
use sql as rows;
use ts_rs::TS;

/// The decision recorded on a version in review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DecisionInput {
    pub verdict: Verdict,
    pub approver_name: String,
    pub approver_title: String,
    /// `YYYY-MM-DD`; today when empty.
    #[serde(default)]
    pub decided_on: String,
    #[serde(default)]
    pub note: String,
}

/// The latest version of a mission's charter, or version `number`; `None` before one exists.
pub fn get(store: &Store, mission_id: i64, number: Option<i64>) -> Result<Option<Charter>> {
    store.read(|r| {
        missions::get(r, mission_id)?;
        let version = match number {
            Some(n) => Some(rows::version_by_number(r, mission_id, n)?),
            None => rows::latest(r, mission_id)?,
        };
        version.map(|v| view(r, v)).transpose()
    })
}

/// Every version of a mission's charter, oldest first.
pub fn versions(store: &Store, mission_id: i64) -> Result<Vec<Version>> {
    store.read(|r| {
        missions::get(r, mission_id)?;
        rows::versions(r, mission_id)
    })
}

/// Starts version 1: a draft holding the catalogue of authorities, still to decide, and the
/// usual governance, in the mission's language.
pub fn start(store: &Store, mission_id: i64) -> Result<Charter> {
    store.write(|w| {
        let mission = open_mission(w, mission_id)?;
        if rows::latest(&w.as_read(), mission_id)?.is_some() {
            return Err(Error::CharterExists);
        }
        let id = rows::insert_version(w, mission_id, 1, "", &now())?;
        for (position, clause) in seed::clauses(mission.language).iter().enumerate() {
            let key = rows::next_key(&w.as_read(), mission_id)?;
            rows::insert_clause(
                w,
                id,
                &key,
                position as i64,
                &clause.validate()?,
                Review::Pending,
            )?;
        }
        view(&w.as_read(), rows::version_by_id(&w.as_read(), id)?)
    })
}

/// Adds a clause at the end of its section.
pub fn add_clause(store: &Store, version_id: i64, input: &ClauseInput) -> Result<Charter> {
    let valid = input.validate()?;
    edit(store, version_id, |w, v| {
        let key = rows::next_key(&w.as_read(), v.mission_id)?;
        let position = rows::next_position(&w.as_read(), v.id, valid.section)?;
        rows::insert_clause(w, v.id, &key, position, &valid, Review::Pending)
    })
}

/// Replaces a clause's content; a change of wording sends its review back to pending.
pub fn update_clause(
    store: &Store,
    version_id: i64,
    key: &str,
    input: &ClauseInput,
) -> Result<Charter> {
    let valid = input.validate()?;
    edit(store, version_id, |w, v| {
        let before = rows::clause(&w.as_read(), v.id, key)?;
        let same = input::ValidClause::from(&before) == valid;
        let review = if same { before.review } else { Review::Pending };
        rows::update_clause(w, v.id, key, &valid, review)
    })
}

pub fn remove_clause(store: &Store, version_id: i64, key: &str) -> Result<Charter> {
    edit(store, version_id, |w, v| {
        rows::clause(&w.as_read(), v.id, key)?;
        rows::delete_clause(w, v.id, key)
    })
}

/// Moves a clause `offset` places up (negative) or down within its section.
pub fn move_clause(store: &Store, version_id: i64, key: &str, offset: i64) -> Result<Charter> {
    edit(store, version_id, |w, v| {
        let moved = rows::clause(&w.as_read(), v.id, key)?;
        let mut keys: Vec<String> = rows::clauses(&w.as_read(), v.id)?
            .into_iter()
            .filter(|c| c.section == moved.section)
            .map(|c| c.key)
            .collect();
        let from = keys.iter().position(|k| k == key).unwrap_or_default();
        let to = (from as i64 + offset).clamp(0, keys.len() as i64 - 1) as usize;
        let k = keys.remove(from);
        keys.insert(to, k);
        for (position, k) in keys.iter().enumerate() {
            rows::set_position(w, v.id, k, position as i64)?;
        }
        Ok(())
    })
}

/// Marks a clause agreed, to discuss, struck, or back to pending.
pub fn review_clause(store: &Store, version_id: i64, key: &str, review: Review) -> Result<Charter> {
    edit(store, version_id, |w, v| {
        rows::clause(&w.as_read(), v.id, key)?;
        rows::set_review(w, v.id, key, review)
    })
}

pub const MAX_COMMENT: usize = 2_000;

/// Adds a comment to a clause, marked as the CEO's or the transition manager's.
pub fn comment(
    store: &Store,
    version_id: i64,
    key: &str,
    author: Author,
    body: &str,
) -> Result<Charter> {
    let body = validate::required("body", body, MAX_COMMENT)?;
    edit(store, version_id, |w, v| {
        rows::clause(&w.as_read(), v.id, key)?;
        rows::insert_comment(w, v.id, key, author, &body, &now())
    })
}

/// Puts a draft (or a version sent back for changes) in front of the approver.
pub fn submit(store: &Store, version_id: i64) -> Result<Charter> {
    transition(
        store,
        version_id,
        "submit",
        &[VersionStatus::Draft, VersionStatus::ChangesRequested],
        |w, v| {
            rows::set_status(w, v.id, VersionStatus::InReview, &now())?;
            rows::set_submitted_on(w, v.id, &clock::today())
        },
    )
}

/// Approves, rejects, or asks for more information on a version in review.
pub fn decide(store: &Store, version_id: i64, decision: &DecisionInput) -> Result<Charter> {
    let approver_name =
        validate::required("approverName", &decision.approver_name, input::MAX_NAME)?;
    let approver_title =
        validate::required("approverTitle", &decision.approver_title, input::MAX_NAME)?;
    let decided_on = match validate::optional_date("decidedOn", &decision.decided_on)? {
        Some(date) => date.to_string(),
        None => clock::today(),
    };
    // A decision is taken, not planned: never dated in the future.
    validate::day_between("decidedOn", &decided_on, None)?;
    let note = validate::text("note", &decision.note, input::MAX_DETAIL)?;
    transition(
        store,
        version_id,
        "decide on",
        &[VersionStatus::InReview],
        |w, v| {
            // Nor before the version was put in front of the approver.
            let submitted = rows::submitted_on(&w.as_read(), v.id)?;
            validate::day_between("decidedOn", &decided_on, submitted.as_deref())?;
            let status = match decision.verdict {
                Verdict::Approve => {
                    let language = missions::get(&w.as_read(), v.mission_id)?.language;
                    let open: Vec<String> = rows::clauses(&w.as_read(), v.id)?
                        .iter()
                        .filter(|c| c.review == Review::ToDiscuss)
                        .map(|c| c.name(language))
                        .collect();
                    if !open.is_empty() {
                        return Err(Error::OpenClauses(open));
                    }
                    VersionStatus::Approved
                }
                Verdict::RequestChanges => VersionStatus::ChangesRequested,
                Verdict::Reject => VersionStatus::Rejected,
            };
            let record = rows::DecisionRecord {
                status,
                decided_on: &decided_on,
                approver_name: &approver_name,
                approver_title: &approver_title,
                note: &note,
            };
            rows::record_decision(w, v.id, &record, &now())
        },
    )
}

pub const MAX_REASON: usize = 2_000;

/// Starts an amendment of the latest version, which must be approved or rejected: a new
/// draft with the same clauses (struck ones left out) and the reason for the change.
pub fn amend(store: &Store, mission_id: i64, reason: &str) -> Result<Charter> {
    let reason = validate::required("reason", reason, MAX_REASON)?;
    store.write(|w| {
        open_mission(w, mission_id)?;
        let latest = rows::latest(&w.as_read(), mission_id)?.ok_or(Error::NothingApproved)?;
        if !latest.status.is_frozen() {
            return Err(Error::WrongStatus {
                number: latest.number,
                status: latest.status.code(),
                action: "amend",
            });
        }
        let id = rows::insert_version(w, mission_id, latest.number + 1, &reason, &now())?;
        rows::copy_clauses(w, latest.id, id)?;
        view(&w.as_read(), rows::version_by_id(&w.as_read(), id)?)
    })
}

/// Runs a change on an editable version and returns the charter as it now stands.
fn edit(
    store: &Store,
    version_id: i64,
    change: impl FnOnce(&Write, &Version) -> Result<()>,
) -> Result<Charter> {
    store.write(|w| {
        let v = rows::version_by_id(&w.as_read(), version_id)?;
        open_mission(w, v.mission_id)?;
        if v.status.is_frozen() {
            return Err(Error::Frozen(v.number));
        }
        change(w, &v)?;
        rows::touch(w, v.id, &now())?;
        view(&w.as_read(), rows::version_by_id(&w.as_read(), v.id)?)
    })
}

/// Runs a status change allowed only from the given statuses.
fn transition(
    store: &Store,
    version_id: i64,
    action: &'static str,
    from: &[VersionStatus],
    change: impl FnOnce(&Write, &Version) -> Result<()>,
) -> Result<Charter> {
    store.write(|w| {
        let v = rows::version_by_id(&w.as_read(), version_id)?;
        open_mission(w, v.mission_id)?;
        if !from.contains(&v.status) {
            return Err(Error::WrongStatus {
                number: v.number,
                status: v.status.code(),
                action,
            });
        }
        change(w, &v)?;
        view(&w.as_read(), rows::version_by_id(&w.as_read(), v.id)?)
    })
}

fn open_mission(w: &Write, mission_id: i64) -> Result<mission::Mission> {
    let m = missions::get(&w.as_read(), mission_id)?;
    if m.status == MissionStatus::Closed {
        return Err(Error::Closed(mission_id));
    }
    Ok(m)
}

fn view(r: &Read, version: Version) -> Result<Charter> {
    let clauses = rows::clauses(r, version.id)?;
    let comments = rows::comments(r, version.id)?;
    let history = rows::versions(r, version.mission_id)?;
    Ok(Charter {
        summary: summarise(&clauses),
        version,
        clauses,
        comments,
        history,
    })
}

fn summarise(clauses: &[Clause]) -> ReviewSummary {
    let count = |review| clauses.iter().filter(|c| c.review == review).count() as u32;
    ReviewSummary {
        total: clauses.len() as u32,
        agreed: count(Review::Agreed),
        to_discuss: count(Review::ToDiscuss),
        struck: count(Review::Struck),
        pending: count(Review::Pending),
        open: clauses
            .iter()
            .filter(|c| c.review == Review::ToDiscuss)
            .map(|c| c.key.clone())
            .collect(),
    }
}

#[cfg(test)]
mod tests;
