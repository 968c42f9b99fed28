//! The copy as the template's data: one JSON value, every code already in words and every
//! date already written out in the document's language, so the template only lays it out
//! (and never evaluates a character of it as markup).

use super::model::PersonCopy;
use super::words;
use crate::document::data::date;
use crate::mission::Language;
use serde_json::{json, Value};

fn day(l: Language, iso: &str) -> String {
    date(l, iso)
}

fn optional_day(l: Language, iso: Option<&str>) -> String {
    iso.map(|d| day(l, d)).unwrap_or_default()
}

/// The retention period in words: "12 mois", "1 month", "6 months".
fn period(l: Language, months: u32) -> String {
    match (l, months) {
        (Language::Fr, n) => format!("{n}\u{a0}mois"),
        (Language::En, 1) => "1\u{a0}month".to_owned(),
        (Language::En, n) => format!("{n}\u{a0}months"),
    }
}

/// The register's details as (label, value) rows; empty values left out.
fn register(l: Language, c: &PersonCopy) -> Vec<Value> {
    let p = &c.person;
    let fr = l == Language::Fr;
    let manager = c.reports_to_name.clone().unwrap_or_default();
    let rows: [(&str, String); 11] = [
        (if fr { "Nom" } else { "Name" }, p.name.clone()),
        (
            if fr { "Fonction" } else { "Job title" },
            p.job_title.clone(),
        ),
        ("Organisation", p.organisation.clone()),
        (
            if fr { "Groupe" } else { "Group" },
            words::group(l, p.group).to_owned(),
        ),
        (if fr { "Équipe" } else { "Team" }, p.team.clone()),
        (if fr { "Responsable" } else { "Reports to" }, manager),
        ("E-mail", p.email.clone()),
        (if fr { "Téléphone" } else { "Phone" }, p.phone.clone()),
        ("Notes", p.notes.clone()),
        (
            if fr {
                "Dans l’équipe suivie"
            } else {
                "In the team followed"
            },
            words::yes_no(l, p.in_team()).to_owned(),
        ),
        (
            if fr {
                "Inscrit au registre le"
            } else {
                "In the register since"
            },
            day(l, &p.created_at),
        ),
    ];
    rows.into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| json!({ "label": label, "value": value }))
        .collect()
}

/// The template's data for `copy` in `l`.
pub fn build(copy: &PersonCopy, l: Language) -> Value {
    let mut interactions = copy.interactions.clone();
    interactions.sort_by(|a, b| (&a.happened_on, a.id).cmp(&(&b.happened_on, b.id)));
    let mut briefings = copy.told.briefings.clone();
    briefings.sort_by(|a, b| (&a.announced_on, a.id).cmp(&(&b.announced_on, b.id)));
    json!({
        "lang": l.code(),
        "name": copy.person.name,
        "generated_on": day(l, &copy.generated_on),
        "retention_period": period(l, copy.retention_months),
        "mission": {
            "client": copy.mission.client,
            "title": copy.mission.title,
            "manager": copy.mission.manager_name,
        },
        "register": register(l, copy),
        "assessments": copy.assessments.iter().map(|a| json!({
            "date": day(l, &a.assessed_on),
            "power": a.power,
            "interest": a.interest,
            "engagement": words::engagement(l, a.engagement),
            "target": words::engagement(l, a.target),
            "comment": a.comment,
        })).collect::<Vec<_>>(),
        "interactions": interactions.iter().map(|i| json!({
            "date": day(l, &i.happened_on),
            "channel": words::interaction_channel(l, i.channel),
            "summary": i.summary,
            "sentiment": words::sentiment(l, i.sentiment),
            "commitments": i.commitments,
            "follow_up": i.follow_up,
            "follow_up_on": optional_day(l, i.follow_up_on.as_deref()),
            "follow_up_done": i.follow_up_done,
            "others": i.people.iter().filter(|p| **p != copy.person.id).count(),
        })).collect::<Vec<_>>(),
        "audiences": copy.told.audiences.iter().map(|a| json!({
            "name": a.name,
            "version": a.told_version,
        })).collect::<Vec<_>>(),
        "briefings": briefings.iter().map(|b| json!({
            "date": day(l, &b.announced_on),
            "version": b.version,
            "by": b.announced_by,
            "channel": words::announcement_channel(l, b.channel),
            "note": b.note,
        })).collect::<Vec<_>>(),
        "check_ins": copy.check_ins.iter().map(|c| json!({
            "date": day(l, &c.checked_on),
            "mood": c.mood,
            "stress": c.stress,
            "hours": c.hours,
            "signals": c.signals.iter().map(|s| words::signal(l, *s)).collect::<Vec<_>>(),
            "observation": c.observation,
            "actions": c.actions.iter().map(|a| words::action(l, *a)).collect::<Vec<_>>(),
            "follow_up_on": optional_day(l, c.follow_up_on.as_deref()),
            "follow_up_done": c.follow_up_done,
        })).collect::<Vec<_>>(),
        "alerts": copy.alerts.iter().map(|a| json!({
            "kind": words::alert_kind(l, a.kind),
            "level": words::level(l, a.level),
            "since": day(l, &a.since),
            "why": words::why(l, a),
        })).collect::<Vec<_>>(),
        "acknowledgments": copy.acknowledgments.iter().map(|a| json!({
            "kind": words::alert_kind(l, a.kind),
            "since": day(l, &a.since),
            "on": day(l, &a.acknowledged_on),
            "what": a.what_was_done,
        })).collect::<Vec<_>>(),
    })
}
