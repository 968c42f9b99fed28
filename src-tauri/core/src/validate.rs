//! Field rules shared by every input type: trimming, required, length, dates.
//!
//! Input arrives as the user typed it (strings, even for dates) so that a bad value comes back
//! as a typed error naming its field, not as an opaque deserialisation failure.

use crate::error::{Error, Invalid, Result};
use chrono::NaiveDate;

/// Trims `value` and checks its length in characters (not bytes: "é" is one).
pub fn text(field: &'static str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.chars().count() > max {
        return Err(Error::invalid(field, Invalid::TooLong { max }));
    }
    Ok(value.to_owned())
}

/// Like [`text`], and refuses an empty value.
pub fn required(field: &'static str, value: &str, max: usize) -> Result<String> {
    let value = text(field, value, max)?;
    if value.is_empty() {
        return Err(Error::invalid(field, Invalid::Required));
    }
    Ok(value)
}

/// An ISO date (`YYYY-MM-DD`); empty means none.
pub fn optional_date(field: &'static str, value: &str) -> Result<Option<NaiveDate>> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    if let Ok(date) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        if value.len() == 10 {
            return Ok(Some(date));
        }
    }
    // Written as the form asks, yet no such day (30 February, month 13): say that, not "use
    // year-month-day".
    let shaped = value.len() == 10
        && value.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    Err(Error::invalid(
        field,
        if shaped {
            Invalid::NoSuchDate {
                day: value.to_owned(),
            }
        } else {
            Invalid::Date
        },
    ))
}

pub fn date(field: &'static str, value: &str) -> Result<NaiveDate> {
    optional_date(field, value)?.ok_or(Error::invalid(field, Invalid::Required))
}

/// Every refusal of one input at once: each field's check goes through [`Checks::take`], and
/// [`Checks::finish`] refuses the input with all of them (in the order taken, the form's) — one
/// `Error::Invalid`, or `Error::Invalids` for several — so a form can show them together.
#[derive(Debug, Default)]
pub struct Checks {
    refused: Vec<(&'static str, Invalid)>,
}

impl Checks {
    /// The value, or `None` with the refusal kept. Field checks only refuse with
    /// `Error::Invalid`; any other error is kept as a malformed input on no field.
    pub fn take<T>(&mut self, checked: Result<T>) -> Option<T> {
        match checked {
            Ok(value) => Some(value),
            Err(Error::Invalid { field, reason }) => {
                self.refused.push((field, reason));
                None
            }
            Err(Error::Invalids(all)) => {
                self.refused.extend(all);
                None
            }
            Err(_) => {
                self.refused.push(("input", Invalid::Malformed));
                None
            }
        }
    }

    /// Refuses `field` for `reason` (a rule across fields, such as an end before the start).
    pub fn refuse(&mut self, field: &'static str, reason: Invalid) {
        self.refused.push((field, reason));
    }

    /// Ok when nothing was refused.
    pub fn finish(mut self) -> Result<()> {
        match self.refused.len() {
            0 => Ok(()),
            1 => {
                let (field, reason) = self.refused.remove(0);
                Err(Error::Invalid { field, reason })
            }
            _ => Err(Error::Invalids(self.refused)),
        }
    }
}

/// `date` (`YYYY-MM-DD`) if it is neither after today nor before `earliest` (a date, or the
/// date part of a timestamp): the rule for a decision, an announcement, a briefing.
pub fn day_between(field: &'static str, date: &str, earliest: Option<&str>) -> Result<()> {
    if date > crate::clock::today().as_str() {
        return Err(Error::invalid(field, Invalid::Future));
    }
    if let Some(earliest) = earliest.map(|e| e.get(..10).unwrap_or(e)) {
        if date < earliest {
            return Err(Error::invalid(
                field,
                Invalid::TooEarly {
                    earliest: earliest.to_owned(),
                },
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_counts_characters_not_bytes() {
        assert_eq!(text("f", "  été ", 3).unwrap(), "été");
        assert!(matches!(
            text("f", "étés", 3),
            Err(Error::Invalid {
                field: "f",
                reason: Invalid::TooLong { max: 3 }
            })
        ));
    }

    #[test]
    fn required_refuses_blank() {
        assert!(matches!(
            required("client", "   ", 10),
            Err(Error::Invalid {
                field: "client",
                reason: Invalid::Required
            })
        ));
    }

    #[test]
    fn dates_must_be_real_and_iso() {
        assert_eq!(
            optional_date("d", "2026-02-28").unwrap(),
            NaiveDate::from_ymd_opt(2026, 2, 28)
        );
        assert_eq!(optional_date("d", " ").unwrap(), None);
        for no_such_day in ["2026-02-30", "2026-13-01", "2025-00-10"] {
            assert!(
                matches!(
                    optional_date("d", no_such_day),
                    Err(Error::Invalid {
                        reason: Invalid::NoSuchDate { .. },
                        ..
                    })
                ),
                "{no_such_day}"
            );
        }
        for bad in ["28/02/2026", "2026-2-28", "tomorrow", "2026-02-3x"] {
            assert!(
                matches!(
                    optional_date("d", bad),
                    Err(Error::Invalid {
                        reason: Invalid::Date,
                        ..
                    })
                ),
                "{bad} was accepted"
            );
        }
        assert!(matches!(
            date("d", ""),
            Err(Error::Invalid {
                reason: Invalid::Required,
                ..
            })
        ));
    }
}
