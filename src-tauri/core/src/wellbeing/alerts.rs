//! Alerts, computed from a person's check-ins each time they are asked for, so they can never
//! disagree with the notes. What is stored is only that she acknowledged one (and what she
//! did): an acknowledged alert is no longer open.
//!
//! An alert about a state (long weeks, a high average, a streak of low moods or high stress)
//! describes the trailing run of check-ins where the state holds, up to the latest one: it is
//! known by the day that run began (`since`), ends by itself when a later check-in shows the
//! state has passed, and a new episode later is a new alert. An acute signal, a follow-up
//! past due and a silence are alerts of their own check-in or date.

use super::model::*;
use chrono::{Days, NaiveDate};

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Where the trailing run of check-ins meeting `holds` begins (None if the latest does not).
fn trailing(checks: &[CheckIn], holds: impl Fn(usize) -> bool) -> Option<usize> {
    let mut start = None;
    for i in (0..checks.len()).rev() {
        if !holds(i) {
            break;
        }
        start = Some(i);
    }
    start
}

fn ids(checks: &[CheckIn]) -> Vec<i64> {
    checks.iter().map(|c| c.id).collect()
}

/// The check-ins in the four weeks ending with check-in `i`.
fn four_weeks(checks: &[CheckIn], i: usize) -> &[CheckIn] {
    let end = day(&checks[i].checked_on);
    let start = checks[..=i]
        .iter()
        .position(|c| match (day(&c.checked_on), end) {
            (Some(d), Some(end)) => (end - d).num_days() < 28,
            _ => false,
        })
        .unwrap_or(i);
    &checks[start..=i]
}

fn average_hours(window: &[CheckIn]) -> f64 {
    let total: u32 = window.iter().map(|c| u32::from(c.hours)).sum();
    f64::from(total) / window.len().max(1) as f64
}

struct Raised {
    kind: AlertKind,
    level: Level,
    since: String,
    why: String,
    facts: AlertFacts,
    check_ins: Vec<i64>,
}

fn state_alerts(checks: &[CheckIn], t: &Thresholds, out: &mut Vec<Raised>) {
    let Some(latest) = checks.last() else {
        return;
    };
    if let Some(s) = trailing(checks, |i| checks[i].hours >= t.long_week_hours) {
        let run = &checks[s..];
        let top = run.iter().map(|c| c.hours).max().unwrap_or(latest.hours);
        out.push(Raised {
            kind: AlertKind::LongWeek,
            level: Level::Red,
            since: run[0].checked_on.clone(),
            why: format!(
                "{} h in the last 7 days on {} (up to {top} h; {} h or more is red)",
                latest.hours, latest.checked_on, t.long_week_hours
            ),
            facts: AlertFacts {
                on: latest.checked_on.clone(),
                value: f64::from(latest.hours),
                limit: t.long_week_hours,
                count: run.len() as u32,
                values: run.iter().map(|c| c.hours).collect(),
                ..AlertFacts::default()
            },
            check_ins: ids(run),
        });
    }
    let limit = f64::from(t.average_hours);
    if let Some(s) = trailing(checks, |i| average_hours(four_weeks(checks, i)) > limit) {
        let window = four_weeks(checks, checks.len() - 1);
        out.push(Raised {
            kind: AlertKind::AverageHours,
            level: Level::Amber,
            since: checks[s].checked_on.clone(),
            why: format!(
                "{:.0} h a week on average over the 4 weeks to {} ({} check-ins; above {} h)",
                average_hours(window),
                latest.checked_on,
                window.len(),
                t.average_hours
            ),
            facts: AlertFacts {
                on: latest.checked_on.clone(),
                value: average_hours(window),
                limit: t.average_hours,
                count: window.len() as u32,
                values: window.iter().map(|c| c.hours).collect(),
                ..AlertFacts::default()
            },
            check_ins: ids(window),
        });
    }
    let streaks = [
        (
            AlertKind::LowMood,
            Level::Red,
            t.low_mood_streak,
            t.low_mood,
            &(|c: &CheckIn| c.mood <= t.low_mood) as &dyn Fn(&CheckIn) -> bool,
            format!("mood {} or less", t.low_mood),
        ),
        (
            AlertKind::HighStress,
            Level::Amber,
            t.high_stress_streak,
            t.high_stress,
            &(|c: &CheckIn| c.stress >= t.high_stress) as &dyn Fn(&CheckIn) -> bool,
            format!("stress {} or more", t.high_stress),
        ),
    ];
    for (kind, level, streak, limit, holds, what) in streaks {
        if let Some(s) = trailing(checks, |i| holds(&checks[i])) {
            let run = &checks[s..];
            if run.len() >= usize::from(streak) {
                let scores: Vec<u8> = run
                    .iter()
                    .map(|c| match kind {
                        AlertKind::LowMood => c.mood,
                        _ => c.stress,
                    })
                    .collect();
                let values: Vec<String> = scores.iter().map(u8::to_string).collect();
                out.push(Raised {
                    kind,
                    level,
                    since: run[0].checked_on.clone(),
                    why: format!(
                        "{what} {} times in a row since {} ({})",
                        run.len(),
                        run[0].checked_on,
                        values.join(", ")
                    ),
                    facts: AlertFacts {
                        on: run[0].checked_on.clone(),
                        value: run.len() as f64,
                        limit,
                        count: run.len() as u32,
                        values: scores,
                        ..AlertFacts::default()
                    },
                    check_ins: ids(run),
                });
            }
        }
    }
}

fn dated_alerts(checks: &[CheckIn], on: NaiveDate, out: &mut Vec<Raised>) {
    for c in checks {
        if c.acute() && !c.follow_up_done {
            let signals: Vec<&str> = c
                .signals
                .iter()
                .filter(|s| s.acute())
                .map(|s| s.code())
                .collect();
            out.push(Raised {
                kind: AlertKind::Acute,
                level: Level::Red,
                since: c.checked_on.clone(),
                why: format!(
                    "{} on {}; follow-up due {}",
                    signals.join(", "),
                    c.checked_on,
                    c.follow_up_on.as_deref().unwrap_or("-")
                ),
                facts: AlertFacts {
                    on: c.checked_on.clone(),
                    due: c.follow_up_on.clone(),
                    signals: c.signals.iter().copied().filter(|s| s.acute()).collect(),
                    ..AlertFacts::default()
                },
                check_ins: vec![c.id],
            });
        }
        let due = c.follow_up_on.as_deref().and_then(day);
        if let (Some(due), false) = (due, c.follow_up_done) {
            if due < on {
                out.push(Raised {
                    kind: AlertKind::FollowUpOverdue,
                    level: Level::Amber,
                    since: due.to_string(),
                    why: format!(
                        "follow-up of the check-in of {} was due {due}, {} days ago",
                        c.checked_on,
                        (on - due).num_days()
                    ),
                    facts: AlertFacts {
                        on: c.checked_on.clone(),
                        value: (on - due).num_days() as f64,
                        due: Some(due.to_string()),
                        ..AlertFacts::default()
                    },
                    check_ins: vec![c.id],
                });
            }
        }
    }
}

/// Whether check-ins read from `horizon` on are too few to judge the person's states: none at
/// all, or a run of long weeks, low moods or high stress that may have begun before the
/// horizon, or a 4-week average whose window reaches past it. Then the whole history is read.
pub(crate) fn needs_history(recent: &[CheckIn], t: &Thresholds, horizon: NaiveDate) -> bool {
    if recent.is_empty() {
        return true;
    }
    let runs = [
        trailing(recent, |i| recent[i].hours >= t.long_week_hours),
        trailing(recent, |i| recent[i].mood <= t.low_mood),
        trailing(recent, |i| recent[i].stress >= t.high_stress),
    ];
    if runs.contains(&Some(0)) {
        return true;
    }
    let limit = f64::from(t.average_hours);
    match trailing(recent, |i| average_hours(four_weeks(recent, i)) > limit) {
        None => false,
        Some(0) => true,
        Some(s) => day(&recent[s - 1].checked_on).is_none_or(|d| (d - horizon).num_days() < 28),
    }
}

/// The open alerts of one person: their states judged on `checks` (oldest first, none after
/// `on`, back far enough — see [`needs_history`]), their follow-ups on `checks` and on
/// `older_open` (earlier check-ins whose follow-up is not done).
pub(crate) fn of_person(
    person_id: i64,
    name: &str,
    checks: &[CheckIn],
    older_open: &[CheckIn],
    t: &Thresholds,
    on: NaiveDate,
    acknowledged: &[Acknowledgment],
) -> Vec<Alert> {
    let mut raised = Vec::new();
    state_alerts(checks, t, &mut raised);
    dated_alerts(older_open, on, &mut raised);
    dated_alerts(checks, on, &mut raised);
    let seen = |kind: AlertKind, since: &str| {
        acknowledged
            .iter()
            .any(|a| a.person_id == person_id && a.kind == kind && a.since == since)
    };
    raised.retain(|r| !seen(r.kind, &r.since));
    if let Some(latest) = checks.last() {
        let quiet_from = day(&latest.checked_on)
            .and_then(|d| d.checked_add_days(Days::new(u64::from(t.silence_days))));
        if let Some(quiet_from) = quiet_from {
            let since = quiet_from.to_string();
            if !raised.is_empty() && quiet_from <= on && !seen(AlertKind::NoCheckIn, &since) {
                let days = day(&latest.checked_on).map_or(0, |d| (on - d).num_days());
                raised.push(Raised {
                    kind: AlertKind::NoCheckIn,
                    level: Level::Amber,
                    since,
                    why: format!(
                        "no check-in since {}, {days} days ago, with an alert open",
                        latest.checked_on,
                    ),
                    facts: AlertFacts {
                        on: latest.checked_on.clone(),
                        value: days as f64,
                        limit: t.silence_days,
                        ..AlertFacts::default()
                    },
                    check_ins: vec![latest.id],
                });
            }
        }
    }
    raised
        .into_iter()
        .map(|r| Alert {
            person_id,
            name: name.to_owned(),
            kind: r.kind,
            level: r.level,
            since: r.since,
            why: r.why,
            facts: r.facts,
            check_ins: r.check_ins,
        })
        .collect()
}
