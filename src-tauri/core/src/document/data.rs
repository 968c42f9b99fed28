//! The data the template typesets, as one JSON value with every string already worded and
//! formatted in the document's language. Its canonical bytes (sorted keys) are what the
//! certificate page's SHA-256 covers: "the signed content".

use crate::charter::{Clause, Review, Section, Version, VersionStatus};
use crate::mandate::Decision;
use crate::mission::{Language, Mission};
use crate::signing::{Signature, SignerRole};
use chrono::NaiveDate;
use serde_json::{json, Value};

/// Everything one document is made of.
pub struct Content<'a> {
    pub language: Language,
    pub draft: bool,
    pub document_id: &'a str,
    pub mission: &'a Mission,
    pub version: &'a Version,
    pub clauses: &'a [Clause],
    pub history: &'a [Version],
    /// Sponsor first; with the virtual file name of each drawing.
    pub signatures: &'a [(Signature, String)],
}

/// `2 novembre 2026` / `2 November 2026`; the input as is when it is not a date.
pub fn date(language: Language, iso: &str) -> String {
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    use chrono::Datelike;
    let Ok(d) = NaiveDate::parse_from_str(iso.get(..10).unwrap_or(iso), "%Y-%m-%d") else {
        return iso.to_owned();
    };
    let month = d.month0() as usize;
    match language {
        Language::Fr if d.day() == 1 => format!("1er {} {}", FR[month], d.year()),
        Language::Fr => format!("{} {} {}", d.day(), FR[month], d.year()),
        Language::En => format!("{} {} {}", d.day(), EN[month], d.year()),
    }
}

/// An RFC 3339 timestamp as a date and a UTC time: `23 novembre 2026, 10:42 UTC`.
pub fn timestamp(language: Language, rfc3339: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(rfc3339) {
        Ok(t) => {
            let t = t.with_timezone(&chrono::Utc);
            let day = date(language, &t.format("%Y-%m-%d").to_string());
            format!("{day}, {} UTC", t.format("%H:%M"))
        }
        Err(_) => rfc3339.to_owned(),
    }
}

/// An amount written as the window writes it (`Intl.NumberFormat` in `fr-FR` and `en-GB`):
/// `120 000 €` (narrow no-break spaces between thousands) / `€120,000`, `CHF 120,000`. No
/// currency is the window's default, the euro.
pub fn amount(language: Language, value: i64, currency: &str) -> String {
    let digits = value.unsigned_abs().to_string();
    let sep = match language {
        Language::Fr => '\u{202F}',
        Language::En => ',',
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    let sign = if value < 0 { "-" } else { "" };
    let code = match currency.trim() {
        "" => "EUR".to_owned(),
        code => code.to_uppercase(),
    };
    let symbol = match (code.as_str(), language) {
        ("EUR", _) => "€",
        ("GBP", Language::En) => "£",
        ("GBP", Language::Fr) => "£GB",
        ("USD", Language::En) => "US$",
        ("USD", Language::Fr) => "$US",
        _ => code.as_str(),
    };
    match language {
        Language::Fr => format!("{sign}{grouped}\u{00A0}{symbol}"),
        Language::En if symbol == code => format!("{sign}{symbol}\u{00A0}{grouped}"),
        Language::En => format!("{sign}{symbol}{grouped}"),
    }
}

fn undecided(language: Language) -> &'static str {
    match language {
        Language::Fr => "à décider",
        Language::En => "to decide",
    }
}

fn item(language: Language, clause: &Clause) -> Value {
    json!({
        "title": clause.name(language),
        "detail": clause.detail,
        "due": clause.due.as_deref().map(|d| date(language, d)).unwrap_or_default(),
        "amount": clause.amount
            .map(|a| amount(language, a, clause.currency.as_deref().unwrap_or("")))
            .unwrap_or_default(),
    })
}

fn plain(language: Language, clause: &Clause) -> Value {
    json!({ "title": clause.name(language), "detail": clause.detail })
}

/// The template's data, without the certificate (added once the content hash is known).
pub fn build(c: &Content) -> Value {
    let lang = c.language;
    let live: Vec<&Clause> = c
        .clauses
        .iter()
        .filter(|cl| cl.review != Review::Struck)
        .collect();
    // Each section in its reading order (milestones by date).
    let in_section = |s: Section| {
        let mut clauses: Vec<&Clause> = live.iter().copied().filter(|cl| cl.section == s).collect();
        clauses.sort_by(|a, b| Clause::reading_order(a, b));
        clauses.into_iter()
    };
    let sections: Vec<Value> = Section::ALL
        .into_iter()
        .filter(|s| {
            !matches!(
                s,
                Section::Authority | Section::NonGoal | Section::Escalation
            )
        })
        .filter_map(|s| {
            let items: Vec<Value> = in_section(s).map(|cl| item(lang, cl)).collect();
            (!items.is_empty())
                .then(|| json!({ "code": s.code(), "title": s.label(lang), "items": items }))
        })
        .collect();
    let authorities: Vec<Value> = in_section(Section::Authority)
        .map(|cl| {
            json!({
                "name": cl.name(lang),
                "decision": cl.decision.map_or("undecided", Decision::code),
                "decision_label": cl.decision.map_or(undecided(lang), |d| d.label(lang)),
                "approver": if cl.decision == Some(Decision::NeedsApproval) { cl.approver.as_str() } else { "" },
                "limit": cl.amount
                    .map(|a| amount(lang, a, cl.currency.as_deref().unwrap_or("")))
                    .unwrap_or_default(),
                "detail": cl.detail,
            })
        })
        .collect();
    let m = c.mission;
    let v = c.version;
    let approved = v.status == VersionStatus::Approved;
    let signer = |role: SignerRole| {
        let found = c.signatures.iter().find(|(s, _)| s.role == role);
        let (name, title) = match role {
            SignerRole::Sponsor => (m.sponsor_name.as_str(), m.sponsor_title.as_str()),
            SignerRole::Manager => (m.manager_name.as_str(), ""),
        };
        match found {
            Some((s, file)) => json!({
                "role": role.code(), "name": s.name, "title": s.title, "place": s.place,
                "date": date(lang, &s.signed_at), "signed_at": timestamp(lang, &s.signed_at),
                "image": file,
            }),
            None => json!({
                "role": role.code(), "name": name, "title": title, "place": "",
                "date": "", "signed_at": "", "image": "",
            }),
        }
    };
    json!({
        "lang": lang.code(),
        "draft": c.draft,
        "document_id": c.document_id,
        "mission": {
            "client": m.client,
            "title": m.title,
            "sponsor_name": m.sponsor_name,
            "sponsor_title": m.sponsor_title,
            "manager_name": m.manager_name,
            "start": date(lang, &m.start_date),
            "end": m.planned_end.as_deref().map(|d| date(lang, d)).unwrap_or_default(),
            "context": m.context,
        },
        "version": {
            "number": v.number,
            "status": v.status.code(),
            // A sealed export is signed by both: its title page says so, not "approved" alone.
            "status_label": if approved && !c.draft { VersionStatus::signed_label(lang) } else { v.status.label(lang) },
            "reason": v.reason,
            "approved_by": if approved { v.approver_name.as_str() } else { "" },
            "approver_title": if approved { v.approver_title.as_str() } else { "" },
            "approved_on": if approved { v.decided_on.as_deref().map(|d| date(lang, d)).unwrap_or_default() } else { String::new() },
            "note": v.decision_note,
        },
        "sections": sections,
        "authorities": authorities,
        "non_goals": in_section(Section::NonGoal).map(|cl| plain(lang, cl)).collect::<Vec<_>>(),
        "escalation": in_section(Section::Escalation).map(|cl| plain(lang, cl)).collect::<Vec<_>>(),
        "signers": [signer(SignerRole::Sponsor), signer(SignerRole::Manager)],
        "history": c.history.iter().filter(|h| h.number <= v.number).map(|h| json!({
            "number": h.number,
            "status_label": h.status.label(lang),
            "reason": h.reason,
            "decided_on": h.decided_on.as_deref().map(|d| date(lang, d)).unwrap_or_default(),
            "approved_by": if h.status == VersionStatus::Approved { h.approver_name.as_str() } else { "" },
        })).collect::<Vec<_>>(),
        "certificate": null,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_amounts_read_naturally_in_both_languages() {
        assert_eq!(date(Language::Fr, "2026-11-02"), "2 novembre 2026");
        assert_eq!(date(Language::Fr, "2027-04-01"), "1er avril 2027");
        assert_eq!(date(Language::En, "2026-08-15"), "15 August 2026");
        assert_eq!(date(Language::En, "not a date"), "not a date");
        assert_eq!(
            timestamp(Language::Fr, "2026-11-23T10:42:07Z"),
            "23 novembre 2026, 10:42 UTC"
        );
        // As the window's Intl.NumberFormat writes them (ui/src/lib/charter/clause.test.ts).
        assert_eq!(
            amount(Language::Fr, 120_000, "EUR"),
            "120\u{202F}000\u{00A0}€"
        );
        assert_eq!(amount(Language::En, 1_240_000, "EUR"), "€1,240,000");
        assert_eq!(amount(Language::En, 999, ""), "€999");
        assert_eq!(amount(Language::En, 5_000, "chf"), "CHF\u{00A0}5,000");
        assert_eq!(
            amount(Language::Fr, 5_000, "CHF"),
            "5\u{202F}000\u{00A0}CHF"
        );
        assert_eq!(amount(Language::En, -1_000, "GBP"), "-£1,000");
        assert_eq!(amount(Language::Fr, 7, "USD"), "7\u{00A0}$US");
    }
}
