//! The shapes of a charter: versions, clauses, reviews, comments, and the view the UI gets.

use crate::mandate::{AuthorityKind, Decision};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a clause belongs. The order here is the order of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Context,
    Objective,
    ScopeIn,
    ScopeOut,
    Deliverable,
    Milestone,
    Budget,
    Assumption,
    Constraint,
    Risk,
    Governance,
    Communication,
    Authority,
    NonGoal,
    Escalation,
}

/// Where a version stands. Approved and rejected versions are frozen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VersionStatus {
    Draft,
    InReview,
    Approved,
    ChangesRequested,
    Rejected,
}

/// How the CEO and the transition manager stand on one clause.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    #[default]
    Pending,
    Agreed,
    ToDiscuss,
    Struck,
}

/// Who wrote a comment during the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    Ceo,
    Manager,
}

/// The decision on a version in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Approve,
    RequestChanges,
    Reject,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Version {
    pub id: i64,
    pub mission_id: i64,
    pub number: i64,
    pub status: VersionStatus,
    /// Why this amendment was made (empty for version 1).
    pub reason: String,
    pub created_at: String,
    pub updated_at: String,
    /// The date of the decision, `YYYY-MM-DD`.
    pub decided_on: Option<String>,
    pub approver_name: String,
    pub approver_title: String,
    pub decision_note: String,
    /// How many of its two signers (the sponsor and the transition manager) have signed it:
    /// 2 is a signed version, which every screen that shows its status says.
    pub signatures: u32,
}

/// One item of the charter or the mandate. `key` names the same clause in every version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Clause {
    pub key: String,
    pub section: Section,
    pub position: i64,
    /// The clause itself (an objective, a risk, a custom authority's wording…). Empty for a
    /// catalogue authority, whose wording comes from the catalogue in the reader's language.
    pub title: String,
    /// Success criteria, description, mitigation, limits, notes.
    pub detail: String,
    /// A date (milestones, deliverables), `YYYY-MM-DD`.
    pub due: Option<String>,
    /// An amount in whole currency units (budget, spending limit).
    pub amount: Option<i64>,
    /// ISO 4217 code, with `amount`.
    pub currency: Option<String>,
    pub authority: Option<AuthorityKind>,
    /// `None` while an authority is still to be decided.
    pub decision: Option<Decision>,
    /// Whose approval a `needs_approval` authority waits for.
    pub approver: String,
    pub review: Review,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub id: i64,
    pub clause_key: String,
    pub author: Author,
    pub body: String,
    pub created_at: String,
}

/// What is still open in a version: the running summary of the review.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewSummary {
    pub total: u32,
    pub agreed: u32,
    pub to_discuss: u32,
    pub struck: u32,
    pub pending: u32,
    /// Keys of the clauses still to discuss, in document order.
    pub open: Vec<String>,
}

/// One version with everything in it: what the charter screens show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Charter {
    pub version: Version,
    pub clauses: Vec<Clause>,
    pub comments: Vec<Comment>,
    pub summary: ReviewSummary,
    /// Every version of this mission's charter, oldest first.
    pub history: Vec<Version>,
}

impl VersionStatus {
    pub fn code(self) -> &'static str {
        match self {
            VersionStatus::Draft => "draft",
            VersionStatus::InReview => "in_review",
            VersionStatus::Approved => "approved",
            VersionStatus::ChangesRequested => "changes_requested",
            VersionStatus::Rejected => "rejected",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        use VersionStatus::*;
        [Draft, InReview, Approved, ChangesRequested, Rejected]
            .into_iter()
            .find(|s| s.code() == code)
    }

    /// Approved and rejected versions never change again.
    pub fn is_frozen(self) -> bool {
        matches!(self, VersionStatus::Approved | VersionStatus::Rejected)
    }
}

impl Review {
    pub fn code(self) -> &'static str {
        match self {
            Review::Pending => "pending",
            Review::Agreed => "agreed",
            Review::ToDiscuss => "to_discuss",
            Review::Struck => "struck",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        use Review::*;
        [Pending, Agreed, ToDiscuss, Struck]
            .into_iter()
            .find(|r| r.code() == code)
    }
}

impl Author {
    pub fn code(self) -> &'static str {
        match self {
            Author::Ceo => "ceo",
            Author::Manager => "manager",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Author::Ceo, Author::Manager]
            .into_iter()
            .find(|a| a.code() == code)
    }
}

impl Section {
    pub const ALL: [Section; 15] = [
        Section::Context,
        Section::Objective,
        Section::ScopeIn,
        Section::ScopeOut,
        Section::Deliverable,
        Section::Milestone,
        Section::Budget,
        Section::Assumption,
        Section::Constraint,
        Section::Risk,
        Section::Governance,
        Section::Communication,
        Section::Authority,
        Section::NonGoal,
        Section::Escalation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Section::Context => "context",
            Section::Objective => "objective",
            Section::ScopeIn => "scope_in",
            Section::ScopeOut => "scope_out",
            Section::Deliverable => "deliverable",
            Section::Milestone => "milestone",
            Section::Budget => "budget",
            Section::Assumption => "assumption",
            Section::Constraint => "constraint",
            Section::Risk => "risk",
            Section::Governance => "governance",
            Section::Communication => "communication",
            Section::Authority => "authority",
            Section::NonGoal => "non_goal",
            Section::Escalation => "escalation",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl Clause {
    /// The order clauses of one section are read in: milestones by date (undated ones last,
    /// as arranged), every other section as arranged. For clauses of one section only (across
    /// sections it is no total order). The window follows the same rule (`inSection` in
    /// `ui/src/lib/charter/clause.ts`).
    pub fn reading_order(a: &Clause, b: &Clause) -> std::cmp::Ordering {
        let arranged = a.position.cmp(&b.position);
        if a.section != Section::Milestone || b.section != Section::Milestone {
            return arranged;
        }
        (a.due.is_none(), &a.due)
            .cmp(&(b.due.is_none(), &b.due))
            .then(arranged)
    }

    /// How the clause is named in messages: its title, or its catalogue wording.
    pub fn name(&self, language: crate::mission::Language) -> String {
        match self.authority.and_then(|k| k.label(language)) {
            Some(label) if self.title.is_empty() => label.to_owned(),
            _ => self.title.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn milestone(position: i64, due: Option<&str>) -> Clause {
        Clause {
            key: format!("m{position}"),
            section: Section::Milestone,
            position,
            title: String::new(),
            detail: String::new(),
            due: due.map(str::to_owned),
            amount: None,
            currency: None,
            authority: None,
            decision: None,
            approver: String::new(),
            review: Review::Pending,
        }
    }

    #[test]
    fn milestones_are_read_by_date_undated_last_and_other_sections_as_arranged() {
        let mut clauses = vec![
            milestone(0, Some("2027-04-30")),
            milestone(1, None),
            milestone(2, Some("2027-02-20")),
            milestone(3, Some("2027-02-20")),
        ];
        clauses.sort_by(Clause::reading_order);
        let keys: Vec<&str> = clauses.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["m2", "m3", "m0", "m1"]);
        for c in &mut clauses {
            c.section = Section::Objective;
        }
        clauses.sort_by(Clause::reading_order);
        let keys: Vec<&str> = clauses.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["m0", "m1", "m2", "m3"]);
    }
}
