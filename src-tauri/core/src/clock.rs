//! The current time, in the two shapes Mandat stores.

/// A timestamp: RFC 3339 in UTC, to the second.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Today's date in the local time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    chrono::Local::now().date_naive().to_string()
}
