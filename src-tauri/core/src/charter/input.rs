//! A clause as typed, and the rules each section sets on it.

use super::model::Section;
use crate::error::{Error, Invalid, Result};
use crate::mandate::{AuthorityKind, Decision};
use crate::validate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const MAX_TITLE: usize = 300;
pub const MAX_DETAIL: usize = 5_000;
pub const MAX_NAME: usize = 160;

/// The editable content of a clause. Dates and amounts are strings as typed; fields that a
/// section does not use are ignored. Field names in errors are these camelCase names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClauseInput {
    pub section: Section,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub detail: String,
    /// `YYYY-MM-DD`; required for a milestone, optional for a deliverable.
    #[serde(default)]
    pub due: String,
    /// Whole units; spaces as thousands separators are accepted. Budget and spending limit.
    #[serde(default)]
    pub amount: String,
    /// Three letters; EUR when empty and an amount is given.
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub authority: Option<AuthorityKind>,
    #[serde(default)]
    pub decision: Option<Decision>,
    /// Whose approval a `needs_approval` authority waits for.
    #[serde(default)]
    pub approver: String,
}

/// A clause's content once checked: exactly what will be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ValidClause {
    pub section: Section,
    pub title: String,
    pub detail: String,
    pub due: Option<String>,
    pub amount: Option<i64>,
    pub currency: Option<String>,
    pub authority: Option<AuthorityKind>,
    pub decision: Option<Decision>,
    pub approver: String,
}

impl From<&super::model::Clause> for ValidClause {
    fn from(c: &super::model::Clause) -> Self {
        ValidClause {
            section: c.section,
            title: c.title.clone(),
            detail: c.detail.clone(),
            due: c.due.clone(),
            amount: c.amount,
            currency: c.currency.clone(),
            authority: c.authority,
            decision: c.decision,
            approver: c.approver.clone(),
        }
    }
}

impl ClauseInput {
    pub fn new(section: Section, title: &str) -> ClauseInput {
        ClauseInput {
            section,
            title: title.into(),
            detail: String::new(),
            due: String::new(),
            amount: String::new(),
            currency: String::new(),
            authority: None,
            decision: None,
            approver: String::new(),
        }
    }

    pub(crate) fn validate(&self) -> Result<ValidClause> {
        let section = self.section;
        let authority = match section {
            Section::Authority => Some(
                self.authority
                    .ok_or(Error::invalid("authority", Invalid::Required))?,
            ),
            _ => None,
        };
        // A catalogue authority is worded by the catalogue; any other clause needs its words.
        let title = match authority {
            Some(kind) if kind != AuthorityKind::Custom => {
                validate::text("title", &self.title, MAX_TITLE)?
            }
            _ => validate::required("title", &self.title, MAX_TITLE)?,
        };
        let detail = validate::text("detail", &self.detail, MAX_DETAIL)?;
        let due = match section {
            Section::Milestone => Some(validate::date("due", &self.due)?),
            Section::Deliverable => validate::optional_date("due", &self.due)?,
            _ => None,
        }
        .map(|d| d.to_string());
        let amount = match (section, authority) {
            (Section::Budget, _) | (_, Some(AuthorityKind::Spend)) => amount(&self.amount)?,
            _ => None,
        };
        let currency = match amount {
            Some(_) => Some(currency(&self.currency)?),
            None => None,
        };
        let decision = authority.and(self.decision);
        let approver = match decision {
            Some(Decision::NeedsApproval) => {
                validate::required("approver", &self.approver, MAX_NAME)?
            }
            _ => String::new(),
        };
        Ok(ValidClause {
            section,
            title,
            detail,
            due,
            amount,
            currency,
            authority,
            decision,
            approver,
        })
    }
}

fn amount(typed: &str) -> Result<Option<i64>> {
    let digits: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '_')
        .collect();
    if digits.is_empty() {
        return Ok(None);
    }
    match digits.parse::<i64>() {
        Ok(n) if n >= 0 => Ok(Some(n)),
        _ => Err(Error::invalid("amount", Invalid::Amount)),
    }
}

fn currency(typed: &str) -> Result<String> {
    let code = typed.trim().to_ascii_uppercase();
    if code.is_empty() {
        return Ok("EUR".into());
    }
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(Error::invalid("currency", Invalid::Currency))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(input: ClauseInput) -> (&'static str, Invalid) {
        match input.validate() {
            Err(Error::Invalid { field, reason }) => (field, reason),
            other => panic!("accepted: {other:?}"),
        }
    }

    #[test]
    fn each_section_keeps_only_what_it_uses() {
        let input = ClauseInput {
            due: "2026-12-01".into(),
            amount: "1000".into(),
            authority: Some(AuthorityKind::Hire),
            decision: Some(Decision::Granted),
            approver: "X".into(),
            ..ClauseInput::new(Section::Objective, " Stabiliser ")
        };
        let valid = input.validate().unwrap();
        assert_eq!(valid.title, "Stabiliser");
        assert_eq!(
            (valid.due, valid.amount, valid.authority, valid.decision),
            (None, None, None, None)
        );
        assert!(valid.approver.is_empty());
    }

    #[test]
    fn milestones_need_a_real_date() {
        assert_eq!(
            refused(ClauseInput::new(Section::Milestone, "Go-live")),
            ("due", Invalid::Required)
        );
        let bad = ClauseInput {
            due: "2026-02-30".into(),
            ..ClauseInput::new(Section::Milestone, "Go-live")
        };
        assert_eq!(
            refused(bad),
            (
                "due",
                Invalid::NoSuchDate {
                    day: "2026-02-30".into()
                }
            )
        );
        let ok = ClauseInput {
            due: "2027-03-01".into(),
            ..ClauseInput::new(Section::Milestone, "Go-live")
        };
        assert_eq!(ok.validate().unwrap().due.as_deref(), Some("2027-03-01"));
    }

    #[test]
    fn amounts_accept_thousands_separators_and_default_to_euros() {
        let budget = ClauseInput {
            amount: "250 000".into(),
            ..ClauseInput::new(Section::Budget, "Budget")
        };
        let valid = budget.validate().unwrap();
        assert_eq!(
            (valid.amount, valid.currency.as_deref()),
            (Some(250_000), Some("EUR"))
        );
        let nbsp = ClauseInput {
            amount: "12\u{202f}500".into(),
            currency: "usd".into(),
            ..ClauseInput::new(Section::Budget, "B")
        };
        assert_eq!(nbsp.validate().unwrap().currency.as_deref(), Some("USD"));
        for bad in ["-5", "12,5", "douze"] {
            let input = ClauseInput {
                amount: bad.into(),
                ..ClauseInput::new(Section::Budget, "B")
            };
            assert_eq!(refused(input), ("amount", Invalid::Amount), "{bad}");
        }
        let input = ClauseInput {
            amount: "5".into(),
            currency: "EURO".into(),
            ..ClauseInput::new(Section::Budget, "B")
        };
        assert_eq!(refused(input), ("currency", Invalid::Currency));
    }

    #[test]
    fn authorities_need_a_kind_and_an_approver_when_approval_is_needed() {
        assert_eq!(
            refused(ClauseInput::new(Section::Authority, "")),
            ("authority", Invalid::Required)
        );
        let catalogue = ClauseInput {
            authority: Some(AuthorityKind::Hire),
            ..ClauseInput::new(Section::Authority, "")
        };
        assert!(
            catalogue.validate().is_ok(),
            "catalogue wording needs no title"
        );
        let custom = ClauseInput {
            authority: Some(AuthorityKind::Custom),
            ..ClauseInput::new(Section::Authority, "")
        };
        assert_eq!(refused(custom), ("title", Invalid::Required));
        let needs = ClauseInput {
            authority: Some(AuthorityKind::ReduceStaff),
            decision: Some(Decision::NeedsApproval),
            ..ClauseInput::new(Section::Authority, "")
        };
        assert_eq!(refused(needs.clone()), ("approver", Invalid::Required));
        let named = ClauseInput {
            approver: "Conseil d'administration".into(),
            ..needs
        };
        assert_eq!(
            named.validate().unwrap().approver,
            "Conseil d'administration"
        );
        let spend = ClauseInput {
            authority: Some(AuthorityKind::Spend),
            decision: Some(Decision::Granted),
            amount: "50000".into(),
            ..ClauseInput::new(Section::Authority, "")
        };
        assert_eq!(spend.validate().unwrap().amount, Some(50_000));
    }
}
