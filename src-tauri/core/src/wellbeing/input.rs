//! The rules a check-in, an acknowledgment and thresholds must meet before they are written.
//! A refusal names the camelCase field she typed in.

use super::model::*;
use crate::error::{Error, Invalid, Result};
use crate::validate;
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// "What you saw and heard": a few lines, not a file.
pub const MAX_OBSERVATION: usize = 2_000;
pub const MAX_WHAT_WAS_DONE: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ValidCheckIn {
    pub checked_on: NaiveDate,
    pub mood: u8,
    pub stress: u8,
    pub hours: u8,
    pub signals: Vec<Signal>,
    pub observation: String,
    pub actions: Vec<Action>,
    pub follow_up_on: Option<NaiveDate>,
}

fn range(field: &'static str, value: i64, min: i64, max: i64) -> Result<u8> {
    if !(min..=max).contains(&value) {
        return Err(Error::invalid(field, Invalid::OutOfRange { min, max }));
    }
    u8::try_from(value).map_err(|_| Error::invalid(field, Invalid::OutOfRange { min, max }))
}

/// A date typed in `field`; empty is `today`; never after `today`.
pub(crate) fn past_date(field: &'static str, value: &str, today: NaiveDate) -> Result<NaiveDate> {
    let day = validate::optional_date(field, value)?.unwrap_or(today);
    if day > today {
        return Err(Error::invalid(field, Invalid::Future));
    }
    Ok(day)
}

fn codes<T: Ord>(
    field: &'static str,
    typed: &[String],
    of: fn(&str) -> Option<T>,
) -> Result<Vec<T>> {
    let mut found = typed
        .iter()
        .map(|c| of(c.trim()).ok_or(Error::invalid(field, Invalid::Malformed)))
        .collect::<Result<Vec<T>>>()?;
    found.sort();
    found.dedup();
    Ok(found)
}

/// `days` working days (Monday to Friday) after `from`.
pub(crate) fn working_days_after(from: NaiveDate, days: u8) -> NaiveDate {
    let mut day = from;
    let mut left = days;
    while left > 0 {
        day = day + Days::new(1);
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    day
}

impl CheckInInput {
    /// Checks every field; `today` bounds the date. An acute signal with no follow-up date
    /// gets one `acute_days` working days later, proposed at once (she can move it).
    pub(crate) fn validate(&self, today: NaiveDate, acute_days: u8) -> Result<ValidCheckIn> {
        let checked_on = past_date("checkedOn", &self.checked_on, today)?;
        let signals = codes("signals", &self.signals, Signal::from_code)?;
        let mut follow_up_on = validate::optional_date("followUpOn", &self.follow_up_on)?;
        if follow_up_on.is_some_and(|d| d < checked_on) {
            return Err(Error::invalid("followUpOn", Invalid::EndBeforeStart));
        }
        if follow_up_on.is_none() && signals.iter().any(|s| s.acute()) {
            follow_up_on = Some(working_days_after(checked_on, acute_days));
        }
        Ok(ValidCheckIn {
            checked_on,
            mood: range("mood", self.mood, 1, 5)?,
            stress: range("stress", self.stress, 1, 5)?,
            hours: range("hours", self.hours, 0, 168)?,
            signals,
            observation: validate::text("observation", &self.observation, MAX_OBSERVATION)?,
            actions: codes("actions", &self.actions, Action::from_code)?,
            follow_up_on,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ValidAcknowledgment {
    pub person_id: i64,
    pub kind: AlertKind,
    pub since: NaiveDate,
    pub acknowledged_on: NaiveDate,
    pub what_was_done: String,
}

impl AcknowledgmentInput {
    pub(crate) fn validate(&self, today: NaiveDate) -> Result<ValidAcknowledgment> {
        Ok(ValidAcknowledgment {
            person_id: self.person_id,
            kind: AlertKind::from_code(self.kind.trim())
                .ok_or(Error::invalid("kind", Invalid::Malformed))?,
            since: validate::date("since", &self.since)?,
            acknowledged_on: past_date("acknowledgedOn", &self.acknowledged_on, today)?,
            what_was_done: validate::required(
                "whatWasDone",
                &self.what_was_done,
                MAX_WHAT_WAS_DONE,
            )?,
        })
    }
}

impl Thresholds {
    pub(crate) fn validate(&self) -> Result<Thresholds> {
        let check = |field: &'static str, value: u8, min: i64, max: i64| {
            range(field, i64::from(value), min, max).map(|_| ())
        };
        check("longWeekHours", self.long_week_hours, 1, 168)?;
        check("averageHours", self.average_hours, 1, 168)?;
        check("lowMood", self.low_mood, 1, 5)?;
        check("lowMoodStreak", self.low_mood_streak, 1, 20)?;
        check("highStress", self.high_stress, 1, 5)?;
        check("highStressStreak", self.high_stress_streak, 1, 20)?;
        check("acuteDays", self.acute_days, 0, 30)?;
        check("silenceDays", self.silence_days, 1, 120)?;
        Ok(*self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn two_working_days_skip_the_weekend() {
        // 2026-12-03 is a Thursday: Friday, then Monday.
        assert_eq!(working_days_after(day("2026-12-03"), 2), day("2026-12-07"));
        assert_eq!(working_days_after(day("2026-12-01"), 2), day("2026-12-03"));
        assert_eq!(working_days_after(day("2026-12-05"), 0), day("2026-12-05"));
    }
}
