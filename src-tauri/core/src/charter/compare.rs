//! Side-by-side comparison of two versions, clause by clause.
//!
//! Clauses are matched by key. Struck clauses count as absent: they were never part of what
//! was agreed. Reviews and order are not content: a clause that only moved or was re-reviewed
//! is unchanged.

use super::input::ValidClause;
use super::model::{Clause, Section, Version};
use crate::charter::sql as rows;
use crate::error::Result;
use crate::mission::sql as missions;
use crate::store::Store;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Added,
    Removed,
    Changed,
    Unchanged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClauseDiff {
    pub key: String,
    pub section: Section,
    pub change: Change,
    pub before: Option<Clause>,
    pub after: Option<Clause>,
    /// The fields that differ, for `changed` (camelCase names of [`Clause`]).
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub from: Version,
    pub to: Version,
    pub clauses: Vec<ClauseDiff>,
}

/// Compares version `from` with version `to` of a mission's charter (numbers, either order).
pub fn compare(store: &Store, mission_id: i64, from: i64, to: i64) -> Result<Comparison> {
    store.read(|r| {
        missions::get(r, mission_id)?;
        let from = rows::version_by_number(r, mission_id, from)?;
        let to = rows::version_by_number(r, mission_id, to)?;
        let kept = |v: &Version| -> Result<Vec<Clause>> {
            Ok(rows::clauses(r, v.id)?
                .into_iter()
                .filter(|c| c.review != super::Review::Struck)
                .collect())
        };
        let clauses = diff(&kept(&from)?, &kept(&to)?);
        Ok(Comparison { from, to, clauses })
    })
}

fn diff(before: &[Clause], after: &[Clause]) -> Vec<ClauseDiff> {
    let mut out: Vec<ClauseDiff> = after
        .iter()
        .map(|a| match before.iter().find(|b| b.key == a.key) {
            Some(b) => {
                let fields = changed_fields(b, a);
                let change = if fields.is_empty() {
                    Change::Unchanged
                } else {
                    Change::Changed
                };
                ClauseDiff {
                    key: a.key.clone(),
                    section: a.section,
                    change,
                    before: Some(b.clone()),
                    after: Some(a.clone()),
                    fields,
                }
            }
            None => ClauseDiff {
                key: a.key.clone(),
                section: a.section,
                change: Change::Added,
                before: None,
                after: Some(a.clone()),
                fields: vec![],
            },
        })
        .collect();
    for b in before
        .iter()
        .filter(|b| !after.iter().any(|a| a.key == b.key))
    {
        out.push(ClauseDiff {
            key: b.key.clone(),
            section: b.section,
            change: Change::Removed,
            before: Some(b.clone()),
            after: None,
            fields: vec![],
        });
    }
    // Document order: by section, then where the clause stands (in the newer version if any).
    out.sort_by_key(|d| {
        (
            d.section,
            d.after
                .as_ref()
                .or(d.before.as_ref())
                .map_or(0, |c| c.position),
        )
    });
    out
}

fn changed_fields(before: &Clause, after: &Clause) -> Vec<String> {
    let (b, a) = (ValidClause::from(before), ValidClause::from(after));
    let mut fields = Vec::new();
    let mut check = |name: &str, same: bool| {
        if !same {
            fields.push(name.to_owned());
        }
    };
    check("section", b.section == a.section);
    check("title", b.title == a.title);
    check("detail", b.detail == a.detail);
    check("due", b.due == a.due);
    check("amount", b.amount == a.amount);
    check("currency", b.currency == a.currency);
    check("authority", b.authority == a.authority);
    check("decision", b.decision == a.decision);
    check("approver", b.approver == a.approver);
    fields
}
