//! Alerts, computed from a person's check-ins each time they are asked for, so they can never
//! disagree with the notes. What is stored is only that she acknowledged one (and what she
//! did): an acknowledged alert is no longer open.
//!
//! An alert about a state (long weeks, a high average, a streak of low moods or high stress)
//! describes the trailing run of check-ins where the state holds, up to the latest one: it is
//! known by the day that run began (`since`), ends by itself when a later check-in shows the
//! state has passed, and a new episode later is a new alert. An acute signal, a follow-up
//! past due and a silence are alerts of their own check-in or date.
//!
//! Judging is apart from describing: an alert is first raised with only what tells whether it
//! was acknowledged (its kind and `since`) and the check-ins it rests on; its sentence and its
//! facts are written only for the alerts asked for, so the board, which only counts them over
//! a whole team, writes none. Each check-in's date is read once per person.

use super::model::*;
use chrono::{Days, NaiveDate};
use std::borrow::Cow;

fn day(text: &str) -> Option<NaiveDate> {
    crate::clock::stored_day(text)
}

/// Where the trailing run of check-ins meeting `holds` begins (None if the latest does not).
fn trailing(len: usize, holds: impl Fn(usize) -> bool) -> Option<usize> {
    let mut start = None;
    for i in (0..len).rev() {
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

/// A person's check-ins (oldest first) with each one's day, read once.
struct Dated<'a> {
    checks: &'a [CheckIn],
    days: Vec<Option<NaiveDate>>,
}

impl<'a> Dated<'a> {
    fn new(checks: &'a [CheckIn]) -> Self {
        Dated {
            checks,
            days: checks.iter().map(|c| day(&c.checked_on)).collect(),
        }
    }

    /// The check-ins in the four weeks ending with check-in `i` (they are oldest first, so
    /// the window is the run before `i` less than 28 days older than it).
    fn four_weeks(&self, i: usize) -> &'a [CheckIn] {
        let mut start = i;
        if let Some(end) = self.days[i] {
            while start > 0 && self.days[start - 1].is_some_and(|d| (end - d).num_days() < 28) {
                start -= 1;
            }
        }
        &self.checks[start..=i]
    }

    fn average_above(&self, i: usize, limit: f64) -> bool {
        average_hours(self.four_weeks(i)) > limit
    }
}

fn average_hours(window: &[CheckIn]) -> f64 {
    let total: u32 = window.iter().map(|c| u32::from(c.hours)).sum();
    f64::from(total) / window.len().max(1) as f64
}

/// An alert judged but not yet described: its kind, level and `since` (what an acknowledgment
/// names), and the check-ins it rests on.
struct Raised<'a> {
    kind: AlertKind,
    level: Level,
    /// Borrowed from the check-in it is known by (no copy for the board, which only counts).
    since: Cow<'a, str>,
    /// The run of check-ins in the state (long week, low mood, high stress), the 4-week window
    /// to the latest (average hours), or the one check-in concerned (acute, follow-up overdue,
    /// no check-in: the latest).
    on: &'a [CheckIn],
}

fn state_alerts<'a>(dated: &Dated<'a>, t: &Thresholds, out: &mut Vec<Raised<'a>>) {
    let checks = dated.checks;
    if checks.is_empty() {
        return;
    }
    if let Some(s) = trailing(checks.len(), |i| checks[i].hours >= t.long_week_hours) {
        let run = &checks[s..];
        out.push(Raised {
            kind: AlertKind::LongWeek,
            level: Level::Red,
            since: Cow::Borrowed(&run[0].checked_on),
            on: run,
        });
    }
    let limit = f64::from(t.average_hours);
    if let Some(s) = trailing(checks.len(), |i| dated.average_above(i, limit)) {
        out.push(Raised {
            kind: AlertKind::AverageHours,
            level: Level::Amber,
            since: Cow::Borrowed(&checks[s].checked_on),
            on: dated.four_weeks(checks.len() - 1),
        });
    }
    let streaks = [
        (
            AlertKind::LowMood,
            Level::Red,
            t.low_mood_streak,
            &(|c: &CheckIn| c.mood <= t.low_mood) as &dyn Fn(&CheckIn) -> bool,
        ),
        (
            AlertKind::HighStress,
            Level::Amber,
            t.high_stress_streak,
            &(|c: &CheckIn| c.stress >= t.high_stress) as &dyn Fn(&CheckIn) -> bool,
        ),
    ];
    for (kind, level, streak, holds) in streaks {
        if let Some(s) = trailing(checks.len(), |i| holds(&checks[i])) {
            let run = &checks[s..];
            if run.len() >= usize::from(streak) {
                out.push(Raised {
                    kind,
                    level,
                    since: Cow::Borrowed(&run[0].checked_on),
                    on: run,
                });
            }
        }
    }
}

fn dated_alerts<'a>(checks: &'a [CheckIn], on: NaiveDate, out: &mut Vec<Raised<'a>>) {
    for (i, c) in checks.iter().enumerate() {
        if c.follow_up_done {
            continue;
        }
        let this = &checks[i..=i];
        if c.acute() {
            out.push(Raised {
                kind: AlertKind::Acute,
                level: Level::Red,
                since: Cow::Borrowed(&c.checked_on),
                on: this,
            });
        }
        let Some(due_text) = c.follow_up_on.as_deref() else {
            continue;
        };
        if let Some(due) = day(due_text) {
            if due < on {
                out.push(Raised {
                    kind: AlertKind::FollowUpOverdue,
                    level: Level::Amber,
                    since: Cow::Borrowed(due_text),
                    on: this,
                });
            }
        }
    }
}

/// The alert in full: the sentence and the facts of a raised one.
fn describe(r: Raised, person_id: i64, name: &str, t: &Thresholds, on: NaiveDate) -> Alert {
    let (why, facts) = match r.kind {
        AlertKind::LongWeek => {
            let run = r.on;
            let latest = &run[run.len() - 1];
            let top = run.iter().map(|c| c.hours).max().unwrap_or(latest.hours);
            (
                format!(
                    "{} h in the last 7 days on {} (up to {top} h; {} h or more is red)",
                    latest.hours, latest.checked_on, t.long_week_hours
                ),
                AlertFacts {
                    on: latest.checked_on.clone(),
                    value: f64::from(latest.hours),
                    limit: t.long_week_hours,
                    count: run.len() as u32,
                    values: run.iter().map(|c| c.hours).collect(),
                    ..AlertFacts::default()
                },
            )
        }
        AlertKind::AverageHours => {
            let window = r.on;
            let latest = &window[window.len() - 1];
            (
                format!(
                    "{:.0} h a week on average over the 4 weeks to {} ({} check-ins; above {} h)",
                    average_hours(window),
                    latest.checked_on,
                    window.len(),
                    t.average_hours
                ),
                AlertFacts {
                    on: latest.checked_on.clone(),
                    value: average_hours(window),
                    limit: t.average_hours,
                    count: window.len() as u32,
                    values: window.iter().map(|c| c.hours).collect(),
                    ..AlertFacts::default()
                },
            )
        }
        AlertKind::LowMood | AlertKind::HighStress => {
            let run = r.on;
            let (limit, what) = match r.kind {
                AlertKind::LowMood => (t.low_mood, format!("mood {} or less", t.low_mood)),
                _ => (t.high_stress, format!("stress {} or more", t.high_stress)),
            };
            let scores: Vec<u8> = run
                .iter()
                .map(|c| match r.kind {
                    AlertKind::LowMood => c.mood,
                    _ => c.stress,
                })
                .collect();
            let values: Vec<String> = scores.iter().map(u8::to_string).collect();
            (
                format!(
                    "{what} {} times in a row since {} ({})",
                    run.len(),
                    run[0].checked_on,
                    values.join(", ")
                ),
                AlertFacts {
                    on: run[0].checked_on.clone(),
                    value: run.len() as f64,
                    limit,
                    count: run.len() as u32,
                    values: scores,
                    ..AlertFacts::default()
                },
            )
        }
        AlertKind::Acute => {
            let c = &r.on[0];
            let signals: Vec<&str> = c
                .signals
                .iter()
                .filter(|s| s.acute())
                .map(|s| s.code())
                .collect();
            (
                format!(
                    "{} on {}; follow-up due {}",
                    signals.join(", "),
                    c.checked_on,
                    c.follow_up_on.as_deref().unwrap_or("-")
                ),
                AlertFacts {
                    on: c.checked_on.clone(),
                    due: c.follow_up_on.clone(),
                    signals: c.signals.iter().copied().filter(|s| s.acute()).collect(),
                    ..AlertFacts::default()
                },
            )
        }
        AlertKind::FollowUpOverdue => {
            let c = &r.on[0];
            let days = day(&r.since).map_or(0, |due| (on - due).num_days());
            (
                format!(
                    "follow-up of the check-in of {} was due {}, {days} days ago",
                    c.checked_on, r.since
                ),
                AlertFacts {
                    on: c.checked_on.clone(),
                    value: days as f64,
                    due: Some(r.since.to_string()),
                    ..AlertFacts::default()
                },
            )
        }
        AlertKind::NoCheckIn => {
            let latest = &r.on[0];
            let days = day(&latest.checked_on).map_or(0, |d| (on - d).num_days());
            (
                format!(
                    "no check-in since {}, {days} days ago, with an alert open",
                    latest.checked_on,
                ),
                AlertFacts {
                    on: latest.checked_on.clone(),
                    value: days as f64,
                    limit: t.silence_days,
                    ..AlertFacts::default()
                },
            )
        }
    };
    Alert {
        person_id,
        name: name.to_owned(),
        kind: r.kind,
        level: r.level,
        since: r.since.into_owned(),
        why,
        facts,
        check_ins: ids(r.on),
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
        trailing(recent.len(), |i| recent[i].hours >= t.long_week_hours),
        trailing(recent.len(), |i| recent[i].mood <= t.low_mood),
        trailing(recent.len(), |i| recent[i].stress >= t.high_stress),
    ];
    if runs.contains(&Some(0)) {
        return true;
    }
    let dated = Dated::new(recent);
    let limit = f64::from(t.average_hours);
    match trailing(recent.len(), |i| dated.average_above(i, limit)) {
        None => false,
        Some(0) => true,
        Some(s) => dated.days[s - 1].is_none_or(|d| (d - horizon).num_days() < 28),
    }
}

/// The open alerts of one person, raised but not described (see [`of_person`]).
fn raise<'a>(
    person_id: i64,
    checks: &'a [CheckIn],
    older_open: &'a [CheckIn],
    t: &Thresholds,
    on: NaiveDate,
    acknowledged: &[Acknowledgment],
) -> Vec<Raised<'a>> {
    let mut raised = Vec::new();
    state_alerts(&Dated::new(checks), t, &mut raised);
    dated_alerts(older_open, on, &mut raised);
    dated_alerts(checks, on, &mut raised);
    let seen = |kind: AlertKind, since: &str| {
        acknowledged
            .iter()
            .any(|a| a.person_id == person_id && a.kind == kind && a.since == since)
    };
    raised.retain(|r| !seen(r.kind, &r.since));
    if let Some(latest) = checks.len().checked_sub(1) {
        let quiet_from = day(&checks[latest].checked_on)
            .and_then(|d| d.checked_add_days(Days::new(u64::from(t.silence_days))));
        if let Some(quiet_from) = quiet_from {
            let since = quiet_from.to_string();
            if !raised.is_empty() && quiet_from <= on && !seen(AlertKind::NoCheckIn, &since) {
                raised.push(Raised {
                    kind: AlertKind::NoCheckIn,
                    level: Level::Amber,
                    since: Cow::Owned(since),
                    on: &checks[latest..],
                });
            }
        }
    }
    raised
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
    raise(person_id, checks, older_open, t, on, acknowledged)
        .into_iter()
        .map(|r| describe(r, person_id, name, t, on))
        .collect()
}

/// How many alerts [`of_person`] would give, without writing them.
pub(crate) fn count(
    person_id: i64,
    checks: &[CheckIn],
    older_open: &[CheckIn],
    t: &Thresholds,
    on: NaiveDate,
    acknowledged: &[Acknowledgment],
) -> usize {
    raise(person_id, checks, older_open, t, on, acknowledged).len()
}
