//! The demo's dates, counted from the day it runs, so its story holds on any day: the
//! mission began about four and a half months ago, the amendment was approved three weeks
//! ago, and the signatures are today's.

use chrono::{Duration, NaiveDate};

pub struct Timeline {
    today: NaiveDate,
}

impl Timeline {
    pub fn new(today: NaiveDate) -> Timeline {
        Timeline { today }
    }

    pub fn today() -> Timeline {
        Timeline::new(chrono::Local::now().date_naive())
    }

    /// `days` before today, `YYYY-MM-DD`.
    pub fn ago(&self, days: i64) -> String {
        (self.today - Duration::days(days)).to_string()
    }

    /// `days` after today, `YYYY-MM-DD`.
    pub fn ahead(&self, days: i64) -> String {
        (self.today + Duration::days(days)).to_string()
    }
}

/// When the mission started, in days before today.
pub const STARTED: i64 = 135;
/// When version 1 was approved (the kick-off committee).
pub const KICK_OFF: i64 = 128;
/// When the amendment, version 2, was approved.
pub const AMENDED: i64 = 20;
