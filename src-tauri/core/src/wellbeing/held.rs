//! Everything the wellbeing notes hold about one person, read inside the caller's snapshot so
//! that the person's copy (`person_copy`) shows the notes, the alerts they raise and what she
//! did about them as of one instant.

use super::{alerts, sql as rows, Acknowledgment, Alert, CheckIn};
use crate::error::Result;
use crate::people::Person;
use crate::store::Read;
use chrono::NaiveDate;

pub(crate) struct Held {
    /// Oldest first.
    pub check_ins: Vec<CheckIn>,
    /// Open on the day asked, as the board shows them: none for someone outside her team.
    pub alerts: Vec<Alert>,
    /// In the order they were recorded.
    pub acknowledgments: Vec<Acknowledgment>,
}

/// The person's check-ins, their open alerts on `on` and the alerts acknowledged about them.
/// Every check-in is read, so the alerts are judged on the whole history (the board reads
/// fewer only to be fast over a whole team).
pub(crate) fn held_in(r: &Read, person: &Person, on: NaiveDate) -> Result<Held> {
    let check_ins = rows::of_person(r, person.id)?;
    let acknowledgments: Vec<Acknowledgment> = rows::acknowledgments(r, person.mission_id)?
        .into_iter()
        .filter(|a| a.person_id == person.id)
        .collect();
    let alerts = if person.in_team() && !person.archived {
        let t = rows::thresholds(r, person.mission_id)?.unwrap_or_default();
        let on_text = on.to_string();
        let until: Vec<CheckIn> = check_ins
            .iter()
            .filter(|c| c.checked_on <= on_text)
            .cloned()
            .collect();
        let mut found = alerts::of_person(
            person.id,
            &person.name,
            &until,
            &[],
            &t,
            on,
            &acknowledgments,
        );
        found.sort_by(|a, b| (b.level, &a.since).cmp(&(a.level, &b.since)));
        found
    } else {
        Vec::new()
    };
    Ok(Held {
        check_ins,
        alerts,
        acknowledgments,
    })
}
