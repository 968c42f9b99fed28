//! The current time, in the two shapes Mandat stores.

/// A timestamp: RFC 3339 in UTC, to the second.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Today's date in the local time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    chrono::Local::now().date_naive().to_string()
}

/// A stored day (`YYYY-MM-DD`, as the schema's `date(x) IS x` checks keep them), read without
/// chrono's format parser: the board and the alerts read one per check-in, 28,000 for a team
/// of 2,000, where `parse_from_str` was a tenth of the board's time. Anything else is `None`.
pub fn stored_day(text: &str) -> Option<chrono::NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    chrono::NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::stored_day;
    use chrono::NaiveDate;

    #[test]
    fn a_stored_day_reads_as_chrono_reads_it() {
        for text in ["2026-12-07", "2024-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(
                stored_day(text),
                NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(),
                "{text}"
            );
        }
        for text in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-12-32",
            "2026-1-07",
            "2026/12/07",
            "2026-12-07T10:00",
            "+2026-12-0",
            "２０２６-12-07",
            "",
            "2026-12-0a",
        ] {
            assert_eq!(stored_day(text), None, "{text}");
        }
    }
}
