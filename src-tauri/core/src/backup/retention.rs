//! Which backups are kept, and why. Three tiers, so that neither a busy morning (every unlock
//! makes a launch backup) nor a quiet month pushes out the copies she may need: the [`RECENT`]
//! newest; the newest of each of the [`DAYS`] latest days that have one; the newest of each of
//! the [`WEEKS`] latest weeks (ISO weeks) that have one. Days and weeks are those that have a
//! backup, not the calendar's: a laptop left closed for a fortnight keeps the copies from
//! before it. A backup is listed with the first reason that keeps it; one that none keeps is
//! pruned.

use super::model::{BackupInfo, Kept};
use chrono::{Datelike, NaiveDate};

/// The newest backups kept, whatever their day.
pub const RECENT: usize = 10;
/// The newest backup of each of this many latest days that have one is kept.
pub const DAYS: usize = 7;
/// The newest backup of each of this many latest weeks that have one is kept.
pub const WEEKS: usize = 8;

/// The day of a backup (`YYYY-MM-DD`, UTC, from its name).
fn day(b: &BackupInfo) -> &str {
    b.created_at.get(..10).unwrap_or_default()
}

/// The ISO week of a backup; its day where the date cannot be read (a week of its own).
fn week(b: &BackupInfo) -> String {
    match NaiveDate::parse_from_str(day(b), "%Y-%m-%d") {
        Ok(date) => {
            let w = date.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        Err(_) => day(b).to_owned(),
    }
}

/// For backups listed newest first, why each is kept; `None` for those pruning removes.
pub fn kept(newest_first: &[BackupInfo]) -> Vec<Option<Kept>> {
    let mut why = vec![None; newest_first.len()];
    let mut days: Vec<&str> = Vec::new();
    let mut weeks: Vec<String> = Vec::new();
    for (i, b) in newest_first.iter().enumerate() {
        let new_day = days.len() < DAYS && !days.contains(&day(b));
        if new_day {
            days.push(day(b));
        }
        let w = week(b);
        let new_week = weeks.len() < WEEKS && !weeks.contains(&w);
        if new_week {
            weeks.push(w);
        }
        why[i] = if i < RECENT {
            Some(Kept::Recent)
        } else if new_day {
            Some(Kept::Daily)
        } else if new_week {
            Some(Kept::Weekly)
        } else {
            None
        };
    }
    why
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backup::tests::made_on;

    fn newest_first(mut all: Vec<BackupInfo>) -> Vec<BackupInfo> {
        all.sort_by(|a, b| b.created_at.cmp(&a.created_at));
        all
    }

    /// (created_at, why) of the backups kept.
    fn kept_of(all: &[BackupInfo]) -> Vec<(&str, Kept)> {
        all.iter()
            .zip(kept(all))
            .filter_map(|(b, k)| k.map(|k| (b.created_at.as_str(), k)))
            .collect()
    }

    #[test]
    fn a_morning_of_unlocks_keeps_the_days_and_the_weeks_before() {
        // Fifteen launches this morning; one a day for the ten days before; one a week for the
        // twelve weeks before that.
        let mut all: Vec<BackupInfo> = (0..15)
            .map(|m| made_on(&format!("2026-12-02T09:{m:02}:00.000Z")))
            .collect();
        let base = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        for d in 1..=10 {
            all.push(made_on(&format!(
                "{}T18:00:00.000Z",
                base - chrono::Days::new(d)
            )));
        }
        for w in 2..=13 {
            all.push(made_on(&format!(
                "{}T18:00:00.000Z",
                base - chrono::Days::new(7 * w)
            )));
        }
        let all = newest_first(all);
        let kept = kept_of(&all);
        let recent: Vec<&str> = kept
            .iter()
            .filter(|(_, k)| *k == Kept::Recent)
            .map(|(at, _)| *at)
            .collect();
        assert_eq!(recent.len(), RECENT);
        assert!(recent.iter().all(|at| at.starts_with("2026-12-02")));
        // Today is a day already kept: the six days before it.
        let daily: Vec<&str> = kept
            .iter()
            .filter(|(_, k)| *k == Kept::Daily)
            .map(|(at, _)| &at[..10])
            .collect();
        assert_eq!(
            daily,
            [
                "2026-12-01",
                "2026-11-30",
                "2026-11-29",
                "2026-11-28",
                "2026-11-27",
                "2026-11-26"
            ]
        );
        let weekly: Vec<&str> = kept
            .iter()
            .filter(|(_, k)| *k == Kept::Weekly)
            .map(|(at, _)| &at[..10])
            .collect();
        // Eight weeks in all, the first ones already counted by the days kept.
        assert!(weekly.len() >= WEEKS - 2, "{weekly:?}");
        assert_eq!(kept.len(), RECENT + daily.len() + weekly.len());
        assert!(kept.len() <= RECENT + DAYS + WEEKS);
        // The oldest weeks go.
        assert!(!kept.iter().any(|(at, _)| at.starts_with("2026-09-02")));
    }

    #[test]
    fn backups_far_apart_are_kept_by_count_whatever_their_age() {
        // One backup a month for a year (a laptop mostly left closed): the newest ten are
        // kept, months old as some are; the days and weeks that have one are among them.
        let all = newest_first(
            (1..=12)
                .map(|m| made_on(&format!("2026-{m:02}-15T10:00:00.000Z")))
                .collect(),
        );
        let kept = kept_of(&all);
        assert_eq!(kept.len(), RECENT);
        assert!(kept.iter().all(|(_, k)| *k == Kept::Recent));
        assert_eq!(kept.last().map(|(at, _)| &at[..7]), Some("2026-03"));
    }

    #[test]
    fn a_name_whose_date_cannot_be_read_is_a_day_and_a_week_of_its_own() {
        let all = vec![made_on("not a date"), made_on("2026-12-02T09:00:00.000Z")];
        assert_eq!(kept(&all), [Some(Kept::Recent), Some(Kept::Recent)]);
    }
}
