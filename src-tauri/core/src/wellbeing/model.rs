//! The shapes of the wellbeing notes: a check-in as typed and as stored, its fixed lists of
//! signals and actions, the alerts and the team board.
//!
//! There is deliberately no field for a diagnosis or a medical detail: the notes say what she
//! saw and heard and what she did (CNIL: factual and objective; GDPR art. 5: minimal).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The three dimensions of burn-out in ICD-11 (QD85), and the acute signs that call for a
/// follow-up at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Exhaustion,
    MentalDistance,
    ReducedEfficacy,
    Acute,
}

/// What she noticed, from a fixed list so that notes stay comparable and factual.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    // Exhaustion.
    Tired,
    NoRecovery,
    LateNights,
    // Mental distance or cynicism.
    Withdrawn,
    Cynical,
    Irritable,
    // Reduced efficacy.
    Mistakes,
    MissedDeadlines,
    Overwhelmed,
    // Acute.
    BrokeDown,
    CannotGoOn,
    SickLeave,
    TalksOfLeaving,
}

impl Signal {
    pub const ALL: [Signal; 13] = [
        Signal::Tired,
        Signal::NoRecovery,
        Signal::LateNights,
        Signal::Withdrawn,
        Signal::Cynical,
        Signal::Irritable,
        Signal::Mistakes,
        Signal::MissedDeadlines,
        Signal::Overwhelmed,
        Signal::BrokeDown,
        Signal::CannotGoOn,
        Signal::SickLeave,
        Signal::TalksOfLeaving,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Signal::Tired => "tired",
            Signal::NoRecovery => "no_recovery",
            Signal::LateNights => "late_nights",
            Signal::Withdrawn => "withdrawn",
            Signal::Cynical => "cynical",
            Signal::Irritable => "irritable",
            Signal::Mistakes => "mistakes",
            Signal::MissedDeadlines => "missed_deadlines",
            Signal::Overwhelmed => "overwhelmed",
            Signal::BrokeDown => "broke_down",
            Signal::CannotGoOn => "cannot_go_on",
            Signal::SickLeave => "sick_leave",
            Signal::TalksOfLeaving => "talks_of_leaving",
        }
    }

    pub fn from_code(code: &str) -> Option<Signal> {
        Signal::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn dimension(self) -> Dimension {
        use Signal::*;
        match self {
            Tired | NoRecovery | LateNights => Dimension::Exhaustion,
            Withdrawn | Cynical | Irritable => Dimension::MentalDistance,
            Mistakes | MissedDeadlines | Overwhelmed => Dimension::ReducedEfficacy,
            BrokeDown | CannotGoOn | SickLeave | TalksOfLeaving => Dimension::Acute,
        }
    }

    pub fn acute(self) -> bool {
        self.dimension() == Dimension::Acute
    }
}

/// What was done about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    OneToOne,
    TimeOff,
    LightenedLoad,
    SharedWork,
    Paired,
    Referred,
    NothingYet,
}

impl Action {
    pub const ALL: [Action; 7] = [
        Action::OneToOne,
        Action::TimeOff,
        Action::LightenedLoad,
        Action::SharedWork,
        Action::Paired,
        Action::Referred,
        Action::NothingYet,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Action::OneToOne => "one_to_one",
            Action::TimeOff => "time_off",
            Action::LightenedLoad => "lightened_load",
            Action::SharedWork => "shared_work",
            Action::Paired => "paired",
            Action::Referred => "referred",
            Action::NothingYet => "nothing_yet",
        }
    }

    pub fn from_code(code: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// A check-in as typed. Field names in errors are these camelCase names. Dates are
/// `YYYY-MM-DD`; an empty `checkedOn` is today.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CheckInInput {
    pub checked_on: String,
    pub mood: i64,
    pub stress: i64,
    pub hours: i64,
    pub signals: Vec<String>,
    pub observation: String,
    pub actions: Vec<String>,
    pub follow_up_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckIn {
    pub id: i64,
    pub person_id: i64,
    pub checked_on: String,
    pub mood: u8,
    pub stress: u8,
    pub hours: u8,
    pub signals: Vec<Signal>,
    pub observation: String,
    pub actions: Vec<Action>,
    pub follow_up_on: Option<String>,
    pub follow_up_done: bool,
    pub created_at: String,
}

impl CheckIn {
    pub fn acute(&self) -> bool {
        self.signals.iter().any(|s| s.acute())
    }
}

/// The limits that raise alerts, per mission; the defaults come from the sources named on
/// each field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Thresholds {
    /// A week at this many hours or more is red (WHO/ILO 2021: ≥ 55 h raises stroke risk).
    pub long_week_hours: u8,
    /// A 4-week average above this is amber (EU Working Time Directive: 48 h).
    pub average_hours: u8,
    /// Moods at or below this, `lowMoodStreak` times in a row, are red (TeamMood's streak).
    pub low_mood: u8,
    pub low_mood_streak: u8,
    /// Stress at or above this, `highStressStreak` times in a row, is amber.
    pub high_stress: u8,
    pub high_stress_streak: u8,
    /// An acute signal proposes a follow-up within this many working days.
    pub acute_days: u8,
    /// No check-in for this many days, with another alert open, is an alert of its own.
    pub silence_days: u8,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            long_week_hours: 55,
            average_hours: 48,
            low_mood: 2,
            low_mood_streak: 3,
            high_stress: 4,
            high_stress_streak: 3,
            acute_days: 2,
            silence_days: 14,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Amber,
    Red,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    LongWeek,
    AverageHours,
    LowMood,
    HighStress,
    Acute,
    FollowUpOverdue,
    NoCheckIn,
}

impl AlertKind {
    pub const ALL: [AlertKind; 7] = [
        AlertKind::LongWeek,
        AlertKind::AverageHours,
        AlertKind::LowMood,
        AlertKind::HighStress,
        AlertKind::Acute,
        AlertKind::FollowUpOverdue,
        AlertKind::NoCheckIn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AlertKind::LongWeek => "long_week",
            AlertKind::AverageHours => "average_hours",
            AlertKind::LowMood => "low_mood",
            AlertKind::HighStress => "high_stress",
            AlertKind::Acute => "acute",
            AlertKind::FollowUpOverdue => "follow_up_overdue",
            AlertKind::NoCheckIn => "no_check_in",
        }
    }

    pub fn from_code(code: &str) -> Option<AlertKind> {
        AlertKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// One alert about one person: known by person, kind and `since` (the day it began).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Alert {
    pub person_id: i64,
    pub name: String,
    pub kind: AlertKind,
    pub level: Level,
    pub since: String,
    /// The numbers behind it, in words (e.g. "120 h in the week to 2026-10-04"), in English
    /// for the CLI; the window says it in its own language from `facts`.
    pub why: String,
    pub facts: AlertFacts,
    /// The check-ins behind it, oldest first.
    pub check_ins: Vec<i64>,
}

/// The numbers behind an alert, by kind:
/// - long week: `value` the latest week's hours, `values` the run's hours, `limit` the red line;
/// - average hours: `value` the 4-week average, `count` check-ins in it, `limit` the line;
/// - low mood / high stress: `count` in a row, `values` the scores, `limit` the score;
/// - acute: `signals`, `due` the follow-up date;
/// - follow-up overdue: `due`, `value` days past it;
/// - no check-in: `value` days since the last one (`on`), `limit` the silence allowed.
///
/// `on` is the day of the check-in it is judged on (the latest, or the one concerned).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AlertFacts {
    pub on: String,
    pub value: f64,
    pub limit: u8,
    pub count: u32,
    pub values: Vec<u8>,
    pub due: Option<String>,
    pub signals: Vec<Signal>,
}

/// That she saw an alert, and what she did (`YYYY-MM-DD`; empty is today).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct AcknowledgmentInput {
    pub person_id: i64,
    pub kind: String,
    pub since: String,
    pub acknowledged_on: String,
    pub what_was_done: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Acknowledgment {
    pub id: i64,
    pub person_id: i64,
    pub kind: AlertKind,
    pub since: String,
    pub acknowledged_on: String,
    pub what_was_done: String,
}

/// One week of a person's sparkline: the week ending on `weekEnding`; empty when no check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WeekPoint {
    pub week_ending: String,
    pub mood: Option<f64>,
    pub stress: Option<f64>,
    pub hours: Option<u8>,
}

/// What the board shows of a member's latest check-in: the figures, not the words. The note
/// itself is read on the person's page; the team's board, which anyone behind her may see,
/// carries no observation, and reads none (the board's rows come from an index).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Glance {
    pub checked_on: String,
    pub mood: u8,
    pub stress: u8,
    pub hours: u8,
}

/// A team member on the board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BoardRow {
    pub person_id: i64,
    pub name: String,
    pub job_title: String,
    pub latest: Option<Glance>,
    /// The last eight weeks, oldest first.
    pub weeks: Vec<WeekPoint>,
    pub open_alerts: u32,
    pub next_follow_up: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TeamBoard {
    pub on: String,
    pub people: Vec<BoardRow>,
}

/// How many check-ins the mission holds, about how many people: what the warning before
/// "include wellbeing notes" names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoteCounts {
    pub notes: u32,
    pub people: u32,
}
