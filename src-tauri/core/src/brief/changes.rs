//! After an amendment: what changed between the two latest approved versions, in plain words,
//! for the audiences told only of the older one — "anything is acceptable, as long as it is
//! said", including that the mandate moved.

use super::words::Words;
use crate::announcement;
use crate::charter::{self, Change, Clause, ClauseDiff, Section, VersionStatus};
use crate::document::data;
use crate::mandate::Decision;
use crate::mission::{self, Language};
use crate::{Result, Store};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WhatChanged {
    pub language: Language,
    pub from_version: i64,
    pub to_version: i64,
    pub title: String,
    /// One sentence per change, in the order of the charter.
    pub lines: Vec<String>,
    /// The audiences told of an older version and not of the latest one.
    pub audiences: Vec<String>,
    /// The whole of it as plain text, ready to send.
    pub text: String,
}

fn decision_word(decision: Option<Decision>, fr: bool) -> &'static str {
    match (decision, fr) {
        (Some(Decision::Granted), false) => "granted",
        (Some(Decision::Granted), true) => "accordé",
        (Some(Decision::NotGranted), false) => "not granted",
        (Some(Decision::NotGranted), true) => "non accordé",
        (Some(Decision::NeedsApproval), false) => "subject to approval",
        (Some(Decision::NeedsApproval), true) => "soumis à accord",
        (None, false) => "undecided",
        (None, true) => "à décider",
    }
}

/// A clause with its amount and detail: "Mission budget, €240,000 — External help".
fn named(w: &Words, clause: &Clause) -> String {
    let mut out = clause.name(w.language);
    if let Some(amount) = amount_of(w, clause) {
        out = format!("{out}, {amount}");
    }
    let detail = clause.detail.trim().trim_end_matches('.');
    if !detail.is_empty() {
        out = format!("{out} — {detail}");
    }
    out
}

fn amount_of(w: &Words, clause: &Clause) -> Option<String> {
    clause
        .amount
        .map(|a| data::amount(w.language, a, clause.currency.as_deref().unwrap_or("EUR")))
}

/// A change said in one sentence.
fn sentence(w: &Words, diff: &ClauseDiff) -> Option<String> {
    let fr = w.language == Language::Fr;
    let section = diff.section.label(w.language);
    match (diff.change, &diff.before, &diff.after) {
        (Change::Added, _, Some(after)) => Some(if fr {
            format!("Nouveau — {section}{}{}", w.colon, named(w, after))
        } else {
            format!("New — {section}: {}", named(w, after))
        }),
        (Change::Removed, Some(before), _) => Some(if fr {
            format!("Retiré — {section}{}{}", w.colon, before.name(w.language))
        } else {
            format!("Removed — {section}: {}", before.name(w.language))
        }),
        (Change::Changed, Some(before), Some(after))
            if diff.section == Section::Authority && before.decision != after.decision =>
        {
            let (was, now) = (
                decision_word(before.decision, fr),
                decision_word(after.decision, fr),
            );
            Some(if fr {
                format!(
                    "Modifié — {}{}{was} auparavant, désormais {now}",
                    after.name(w.language),
                    w.colon
                )
            } else {
                format!("Changed — {}: was {was}, now {now}", after.name(w.language))
            })
        }
        (Change::Changed, Some(before), Some(after)) => {
            let was = match (amount_of(w, before), before.amount != after.amount, fr) {
                (Some(old), true, true) => format!(" (auparavant {old})"),
                (Some(old), true, false) => format!(" (was {old})"),
                _ => String::new(),
            };
            Some(if fr {
                format!("Modifié — {section}{}{}{was}", w.colon, named(w, after))
            } else {
                format!("Changed — {section}: {}{was}", named(w, after))
            })
        }
        _ => None,
    }
}

/// What changed between the two latest approved versions; `None` before a second approval.
pub fn what_changed(
    store: &Store,
    mission_id: i64,
    language: Option<Language>,
) -> Result<Option<WhatChanged>> {
    let mission = mission::get(store, mission_id)?;
    let approved: Vec<_> = charter::versions(store, mission_id)?
        .into_iter()
        .filter(|v| v.status == VersionStatus::Approved)
        .collect();
    let [.., from, to] = approved.as_slice() else {
        return Ok(None);
    };
    let w = Words::of(language.unwrap_or(mission.language));
    let fr = w.language == Language::Fr;
    let comparison = charter::compare(store, mission_id, from.number, to.number)?;
    let lines: Vec<String> = comparison
        .clauses
        .iter()
        .filter_map(|d| sentence(&w, d))
        .map(|l| super::typeset_line(&l, w.language))
        .collect();
    let audiences = announcement::board(store, mission_id)?
        .audiences
        .into_iter()
        .filter(|a| !a.told && !a.announcements.is_empty())
        .map(|a| a.audience.name)
        .collect();
    let on = to
        .decided_on
        .as_deref()
        .map(|d| data::date(w.language, d))
        .unwrap_or_default();
    let title = if fr {
        format!(
            "Ce qui a changé depuis la version {} du mandat",
            from.number
        )
    } else {
        format!("What changed since version {} of the mandate", from.number)
    };
    let intro = if fr {
        format!(
            "La version {} de la charte de mission a été approuvée le {on}. Voici ce qui change\u{a0}:",
            to.number
        )
    } else {
        format!(
            "Version {} of the mission charter was approved on {on}. This is what changes:",
            to.number
        )
    };
    let rest = if lines.is_empty() {
        if fr {
            "Rien de ce qui vous a été annoncé ne change.".to_owned()
        } else {
            "Nothing of what you were told changes.".to_owned()
        }
    } else if fr {
        "Tout le reste de ce qui vous a été annoncé demeure.".to_owned()
    } else {
        "Everything else you were told stands.".to_owned()
    };
    let mut text = format!("{title}\n\n{intro}\n");
    for line in &lines {
        text += &format!("- {line}\n");
    }
    text += &format!("\n{rest}\n\n{}\n", mission.sponsor_name);
    Ok(Some(WhatChanged {
        language: w.language,
        from_version: from.number,
        to_version: to.number,
        title,
        lines,
        audiences,
        text,
    }))
}
