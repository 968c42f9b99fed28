//! The brief: the announcement of the mission to the teams, in the CEO's voice, written from
//! the latest approved version of the charter — why she is here, what she is to achieve, what
//! she may decide (and what needs the CEO's approval, and what she may not), what she will not
//! do, how long, how the teams will be kept informed, whom to ask — with the questions the
//! teams will ask, answered from the mandate ("anything is acceptable, as long as it is
//! said"), and talking points for a meeting.
//!
//! It reads the mission and its charter only: nothing from the stakeholder map or the
//! wellbeing notes, ever. It is computed, never stored: the approved version is its only
//! source, so it cannot drift from it.

mod changes;
mod pdf;
mod render;
mod words;

#[cfg(test)]
mod tests;

pub use changes::{what_changed, WhatChanged};
pub use pdf::{export, pdf, write};
pub use render::{html, text};

use crate::charter::{self, Clause, Section, VersionStatus};
use crate::document::data;
use crate::mandate::{AuthorityKind, Decision};
use crate::mission::{self, Language, Mission};
use crate::{Error, Result, Store};
use serde::Serialize;
use ts_rs::TS;
use words::Words;

/// The parts of a brief, in the order they are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Why,
    Goals,
    MayDecide,
    WithApproval,
    MayNotDecide,
    WillNotDo,
    HowLong,
    KeptInformed,
    WhomToAsk,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BriefSection {
    pub part: Part,
    pub heading: String,
    /// Paragraphs (`Why`, `HowLong`) or the items of a list (the others).
    pub lines: Vec<String>,
}

/// A question the teams will ask, answered from the mandate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Question {
    /// The authority it is about (`reduce_staff`…), or `duration`, `whom`.
    pub topic: String,
    /// `granted`, `not_granted`, `needs_approval`, or `unsaid` when the mandate does not say.
    pub answer_kind: String,
    pub question: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Brief {
    pub mission_id: i64,
    pub language: Language,
    /// The approved version it is written from.
    pub version: i64,
    /// The id of that version's charter PDF (`MANDAT-<mission>-V<version>`).
    pub document_id: String,
    pub approved_on: String,
    pub title: String,
    pub opening: String,
    pub sections: Vec<BriefSection>,
    pub closing: String,
    /// The CEO's name and title, as she signs it.
    pub signed: String,
    pub talking_points: Vec<String>,
    pub questions: Vec<Question>,
}

/// The brief of a mission from its latest approved version, in `language` (the mission's when
/// `None`). `NothingApproved` before a version is approved.
pub fn brief(store: &Store, mission_id: i64, language: Option<Language>) -> Result<Brief> {
    let mission = mission::get(store, mission_id)?;
    let approved = charter::versions(store, mission_id)?
        .into_iter()
        .rfind(|v| v.status == VersionStatus::Approved)
        .ok_or(Error::NothingApproved)?;
    let charter =
        charter::get(store, mission_id, Some(approved.number))?.ok_or(Error::NothingApproved)?;
    let language = language.unwrap_or(mission.language);
    Ok(typeset(compose(
        &mission,
        &charter.version,
        &charter.clauses,
        Words::of(language),
    )))
}

fn of(clauses: &[Clause], section: Section) -> impl Iterator<Item = &Clause> {
    clauses.iter().filter(move |c| c.section == section)
}

/// A clause as one line: its title, then its detail.
fn line(w: &Words, clause: &Clause) -> String {
    let title = clause.name(w.language);
    let detail = clause.detail.trim();
    if detail.is_empty() {
        title
    } else {
        format!("{title}{}{detail}", w.colon)
    }
}

/// An authority's limits: its detail and its amount, as the charter states them.
fn limits(w: &Words, clause: &Clause) -> String {
    let amount = clause
        .amount
        .map(|a| data::amount(w.language, a, clause.currency.as_deref().unwrap_or("EUR")));
    let detail = clause.detail.trim().trim_end_matches('.');
    match (amount, detail.is_empty()) {
        (Some(a), true) => a,
        (Some(a), false) => format!("{a} — {detail}"),
        (None, false) => detail.to_owned(),
        (None, true) => String::new(),
    }
}

/// The first sentences of a text, at most `n`.
fn sentences(text: &str, n: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    for (i, c) in text.char_indices() {
        out.push(c);
        let end = matches!(c, '.' | '!' | '?')
            && text[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
        if end {
            count += 1;
            if count == n {
                break;
            }
        }
    }
    out.trim().to_owned()
}

fn compose(mission: &Mission, version: &charter::Version, clauses: &[Clause], w: Words) -> Brief {
    // A mission may not name them yet: the brief still reads as sentences.
    let manager = match mission.manager_name.trim() {
        "" => w.no_manager(),
        name => name,
    };
    let sponsor = match mission.sponsor_name.trim() {
        "" => w.no_sponsor(),
        name => name,
    };
    let authority = |decision: Decision| {
        of(clauses, Section::Authority)
            .filter(move |c| c.decision == Some(decision))
            .collect::<Vec<_>>()
    };
    let with_limits = |c: &Clause| {
        let limits = limits(&w, c);
        let name = c.name(w.language);
        if limits.is_empty() {
            name
        } else {
            format!("{name}{}{limits}", w.colon)
        }
    };

    let context = of(clauses, Section::Context)
        .map(|c| c.detail.trim())
        .find(|d| !d.is_empty())
        .unwrap_or(mission.context.trim());
    let mut why = vec![w.asked(manager, &mission.title)];
    if !context.is_empty() {
        why.push(sentences(context, 3));
    }
    let mut sections = vec![BriefSection {
        part: Part::Why,
        heading: w.heading(Part::Why, manager),
        lines: why,
    }];
    let mut list = |part: Part, lines: Vec<String>| {
        if !lines.is_empty() {
            sections.push(BriefSection {
                part,
                heading: w.heading(part, manager),
                lines,
            });
        }
    };
    list(
        Part::Goals,
        of(clauses, Section::Objective)
            .map(|c| line(&w, c))
            .collect(),
    );
    list(
        Part::MayDecide,
        authority(Decision::Granted)
            .into_iter()
            .map(with_limits)
            .collect(),
    );
    list(
        Part::WithApproval,
        authority(Decision::NeedsApproval)
            .into_iter()
            .map(|c| w.with_approval(&with_limits(c), c.approver.trim(), sponsor))
            .collect(),
    );
    list(
        Part::MayNotDecide,
        authority(Decision::NotGranted)
            .into_iter()
            .map(|c| c.name(w.language))
            .collect(),
    );
    list(
        Part::WillNotDo,
        of(clauses, Section::NonGoal).map(|c| line(&w, c)).collect(),
    );
    let start = data::date(w.language, &mission.start_date);
    let end = mission
        .planned_end
        .as_deref()
        .map(|e| data::date(w.language, e));
    list(Part::HowLong, vec![w.how_long(&start, end.as_deref())]);
    list(
        Part::KeptInformed,
        of(clauses, Section::Governance)
            .chain(of(clauses, Section::Communication))
            .map(|c| line(&w, c))
            .collect(),
    );
    let mut whom: Vec<String> = of(clauses, Section::Escalation)
        .map(|c| line(&w, c))
        .collect();
    whom.push(w.ask(manager));
    list(Part::WhomToAsk, whom);

    let questions = questions(&w, clauses, manager, sponsor, &start, end.as_deref());
    let talking_points = talking_points(&w, clauses, manager, end.as_deref());
    Brief {
        mission_id: mission.id,
        language: w.language,
        version: version.number,
        document_id: format!("MANDAT-{}-V{}", mission.id, version.number),
        approved_on: version
            .decided_on
            .as_deref()
            .map(|d| data::date(w.language, d))
            .unwrap_or_default(),
        title: w.title(manager),
        opening: w.opening(),
        sections,
        closing: w.closing(manager),
        signed: [mission.sponsor_name.trim(), mission.sponsor_title.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        talking_points,
        questions,
    }
}

/// French typography on what was typed: a no-break space before « : ; ? ! » and inside « ».
fn french_spacing(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            (' ', Some(':' | ';' | '?' | '!' | '»')) => out.push('\u{a0}'),
            ('«', Some(' ')) => {
                out.push_str("«\u{a0}");
                chars.next();
            }
            (c, _) => out.push(c),
        }
    }
    out
}

/// One sentence with typographic apostrophes, and French spacing in French.
pub(crate) fn typeset_line(line: &str, language: Language) -> String {
    let curly = line.replace('\'', "’");
    if language == Language::Fr {
        french_spacing(&curly)
    } else {
        curly
    }
}

/// Every sentence of the brief with typographic apostrophes (as the charter's PDF sets them),
/// and French spacing in French.
fn typeset(mut brief: Brief) -> Brief {
    let french = brief.language == Language::Fr;
    let fix = |s: &mut String| {
        let curly = s.replace('\'', "’");
        *s = if french {
            french_spacing(&curly)
        } else {
            curly
        };
    };
    fix(&mut brief.signed);
    fix(&mut brief.title);
    fix(&mut brief.closing);
    for section in &mut brief.sections {
        section.lines.iter_mut().for_each(fix);
    }
    brief.talking_points.iter_mut().for_each(fix);
    for q in &mut brief.questions {
        fix(&mut q.question);
        fix(&mut q.answer);
    }
    brief
}

fn questions(
    w: &Words,
    clauses: &[Clause],
    manager: &str,
    sponsor: &str,
    start: &str,
    end: Option<&str>,
) -> Vec<Question> {
    let mut out: Vec<Question> = AuthorityKind::CATALOGUE
        .into_iter()
        .map(|kind| {
            let clause = of(clauses, Section::Authority).find(|c| c.authority == Some(kind));
            let (answer_kind, answer) = match clause.and_then(|c| c.decision.map(|d| (c, d))) {
                Some((c, decision)) => (
                    decision.code(),
                    w.answer(
                        kind,
                        decision,
                        manager,
                        c.approver.trim(),
                        sponsor,
                        &limits(w, c),
                    ),
                ),
                None => ("unsaid", w.unsaid().to_owned()),
            };
            Question {
                topic: kind.code().to_owned(),
                answer_kind: answer_kind.to_owned(),
                question: w.question(kind, manager),
                answer,
            }
        })
        .collect();
    out.push(Question {
        topic: "duration".into(),
        answer_kind: "granted".into(),
        question: w.how_long_question().to_owned(),
        answer: w.how_long(start, end),
    });
    let escalation: Vec<String> = of(clauses, Section::Escalation)
        .map(|c| line(w, c))
        .collect();
    out.push(Question {
        topic: "whom".into(),
        answer_kind: "granted".into(),
        question: w.whom_question().to_owned(),
        answer: escalation
            .into_iter()
            .chain([w.ask(manager)])
            .collect::<Vec<_>>()
            .join(" "),
    });
    out
}

fn talking_points(w: &Words, clauses: &[Clause], manager: &str, end: Option<&str>) -> Vec<String> {
    let names = |section: Section, decision: Option<Decision>| {
        of(clauses, section)
            .filter(|c| decision.is_none() || c.decision == decision)
            .map(|c| c.name(w.language))
            .collect::<Vec<_>>()
    };
    let mut points = Vec::new();
    let goals = names(Section::Objective, None);
    if !goals.is_empty() {
        points.push(w.point_goals(manager, &goals));
    }
    let granted = names(Section::Authority, Some(Decision::Granted));
    if !granted.is_empty() {
        points.push(w.point_granted(manager, &granted));
    }
    let approval = names(Section::Authority, Some(Decision::NeedsApproval));
    if !approval.is_empty() {
        points.push(w.point_approval(&approval));
    }
    let not = names(Section::NonGoal, None);
    if !not.is_empty() {
        points.push(w.point_not(&not));
    }
    if let Some(end) = end {
        points.push(w.point_until(end));
    }
    points.push(w.point_ask(manager));
    points
}

/// What the window shows and copies: the brief, and the same as plain text and as HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BriefPage {
    pub brief: Brief,
    pub text: String,
    pub html: String,
}

/// The brief of a mission with its text and HTML ([`brief`]).
pub fn page(store: &Store, mission_id: i64, language: Option<Language>) -> Result<BriefPage> {
    let brief = brief(store, mission_id, language)?;
    Ok(BriefPage {
        text: text(&brief),
        html: html(&brief),
        brief,
    })
}
