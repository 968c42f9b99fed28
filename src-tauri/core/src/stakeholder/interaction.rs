//! The interaction log: a dated exchange with one or more people of the register, how it
//! felt, what was promised, and the follow-up owed.

use super::sql as rows;
use crate::clock::{now, today};
use crate::error::{Error, Invalid, Result};
use crate::people::sql as people;
use crate::store::Store;
use crate::validate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const MAX_SUMMARY: usize = 4_000;
pub const MAX_PEOPLE: usize = 200;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InteractionChannel {
    #[default]
    Meeting,
    OneToOne,
    Call,
    Email,
    Message,
    Informal,
}

impl InteractionChannel {
    pub const ALL: [InteractionChannel; 6] = [
        InteractionChannel::Meeting,
        InteractionChannel::OneToOne,
        InteractionChannel::Call,
        InteractionChannel::Email,
        InteractionChannel::Message,
        InteractionChannel::Informal,
    ];

    pub fn code(self) -> &'static str {
        match self {
            InteractionChannel::Meeting => "meeting",
            InteractionChannel::OneToOne => "one_to_one",
            InteractionChannel::Call => "call",
            InteractionChannel::Email => "email",
            InteractionChannel::Message => "message",
            InteractionChannel::Informal => "informal",
        }
    }

    pub fn from_code(code: &str) -> Option<InteractionChannel> {
        InteractionChannel::ALL
            .into_iter()
            .find(|c| c.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Interaction {
    pub id: i64,
    pub mission_id: i64,
    pub happened_on: String,
    pub channel: InteractionChannel,
    pub summary: String,
    /// −2 (very negative) … 2 (very positive).
    pub sentiment: i8,
    pub commitments: String,
    pub follow_up: String,
    pub follow_up_on: Option<String>,
    pub follow_up_done: bool,
    pub people: Vec<i64>,
}

/// An interaction as typed; the date empty for today.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct InteractionInput {
    pub people: Vec<i64>,
    pub happened_on: String,
    pub channel: InteractionChannel,
    pub summary: String,
    pub sentiment: i8,
    pub commitments: String,
    pub follow_up: String,
    pub follow_up_on: String,
}

pub(crate) struct ValidInteraction {
    pub people: Vec<i64>,
    pub happened_on: String,
    pub channel: InteractionChannel,
    pub summary: String,
    pub sentiment: i8,
    pub commitments: String,
    pub follow_up: String,
    pub follow_up_on: Option<String>,
}

impl InteractionInput {
    pub(crate) fn validate(&self) -> Result<ValidInteraction> {
        let mut people = self.people.clone();
        people.sort_unstable();
        people.dedup();
        if people.is_empty() {
            return Err(Error::invalid("people", Invalid::Required));
        }
        if people.len() > MAX_PEOPLE {
            return Err(Error::invalid(
                "people",
                Invalid::TooLong { max: MAX_PEOPLE },
            ));
        }
        let happened_on = match validate::optional_date("happenedOn", &self.happened_on)? {
            Some(day) => day.to_string(),
            None => today(),
        };
        if happened_on > today() {
            return Err(Error::invalid("happenedOn", Invalid::Future));
        }
        if !(-2..=2).contains(&self.sentiment) {
            return Err(Error::invalid(
                "sentiment",
                Invalid::OutOfRange { min: -2, max: 2 },
            ));
        }
        let follow_up_on = validate::optional_date("followUpOn", &self.follow_up_on)?;
        if follow_up_on.is_some_and(|d| d.to_string() < happened_on) {
            return Err(Error::invalid("followUpOn", Invalid::EndBeforeStart));
        }
        Ok(ValidInteraction {
            people,
            happened_on,
            channel: self.channel,
            summary: validate::required("summary", &self.summary, MAX_SUMMARY)?,
            sentiment: self.sentiment,
            commitments: validate::text("commitments", &self.commitments, MAX_SUMMARY)?,
            follow_up: validate::text("followUp", &self.follow_up, MAX_SUMMARY)?,
            follow_up_on: follow_up_on.map(|d| d.to_string()),
        })
    }
}

/// Records an interaction with people of the mission's register.
pub fn add(store: &Store, mission_id: i64, input: &InteractionInput) -> Result<Interaction> {
    let valid = input.validate()?;
    store.write(|w| {
        let r = w.as_read();
        crate::mission::sql::get(&r, mission_id)?;
        for person in &valid.people {
            match people::get(&r, *person) {
                Ok(p) if p.mission_id == mission_id => {}
                _ => return Err(Error::invalid("people", Invalid::Malformed)),
            }
        }
        let id = rows::insert_interaction(w, mission_id, &valid, &now())?;
        rows::interaction(&w.as_read(), id)
    })
}

/// The mission's interactions, newest first; only those with `person` when given.
pub fn list(store: &Store, mission_id: i64, person: Option<i64>) -> Result<Vec<Interaction>> {
    store.read(|r| rows::interactions(r, mission_id, person))
}

/// Marks a follow-up as done (or not yet).
pub fn set_follow_up_done(store: &Store, interaction_id: i64, done: bool) -> Result<Interaction> {
    store.write(|w| {
        rows::set_follow_up_done(w, interaction_id, done)?;
        rows::interaction(&w.as_read(), interaction_id)
    })
}

/// Follow-ups not done whose date is past on `on` (today when empty), oldest first.
pub fn follow_ups_due(store: &Store, mission_id: i64, on: &str) -> Result<Vec<Interaction>> {
    let on = match validate::optional_date("on", on)? {
        Some(d) => d.to_string(),
        None => today(),
    };
    store.read(|r| rows::follow_ups_due(r, mission_id, &on))
}
