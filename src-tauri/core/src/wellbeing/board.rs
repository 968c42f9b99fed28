//! The team board: each team member's latest check-in, eight weeks of mood, stress and hours,
//! their open alerts and the next follow-up — the whole team in one read.

use super::model::*;
use chrono::{Days, NaiveDate};

pub const WEEKS: u64 = 8;

/// The first and last day (`YYYY-MM-DD`) of each of the eight weeks ending on `on`, oldest
/// first: the same for every member, so written once per board.
pub(crate) fn week_bounds(on: NaiveDate) -> Vec<(String, String)> {
    (0..WEEKS)
        .rev()
        .map(|k| {
            let end = on.checked_sub_days(Days::new(7 * k)).unwrap_or(on);
            let start = end.checked_sub_days(Days::new(6)).unwrap_or(end);
            (start.to_string(), end.to_string())
        })
        .collect()
}

/// The weeks of `bounds`: mood and stress averaged over the week's check-ins, hours the most
/// reported (each figure already covers seven days). `checks` are oldest first, so each week
/// is the run that follows the previous one.
pub(crate) fn weeks(checks: &[CheckIn], bounds: &[(String, String)]) -> Vec<WeekPoint> {
    let mut rest = checks;
    bounds
        .iter()
        .map(|(start, end)| {
            let skip = rest.iter().take_while(|c| c.checked_on < *start).count();
            rest = &rest[skip..];
            let len = rest.iter().take_while(|c| c.checked_on <= *end).count();
            let (week, after) = rest.split_at(len);
            rest = after;
            let mean = |f: fn(&CheckIn) -> u8| {
                (!week.is_empty())
                    .then(|| week.iter().map(|c| f64::from(f(c))).sum::<f64>() / week.len() as f64)
            };
            WeekPoint {
                mood: mean(|c| c.mood),
                stress: mean(|c| c.stress),
                hours: week.iter().map(|c| c.hours).max(),
                week_ending: end.clone(),
            }
        })
        .collect()
}

/// The earliest follow-up not done yet, whether due or past.
pub(crate) fn next_follow_up(checks: &[CheckIn]) -> Option<String> {
    checks
        .iter()
        .filter(|c| !c.follow_up_done)
        .filter_map(|c| c.follow_up_on.as_deref())
        .min()
        .map(str::to_owned)
}
