//! `person set --team-member`, `teams`, `checkin add`, `wellbeing` and `alerts`: the team wellbeing
//! notes from a script. Values go to mandat-core as typed, so a refusal names the field the
//! same way as in the app, exits 1 and writes nothing.

use clap::Subcommand;
use mandat_core::error::Error;
use mandat_core::wellbeing::{self, Action, CheckInInput, Signal};
use mandat_core::Store;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum CheckinCommand {
    /// Record how a team member is holding up and print the check-in's id.
    Add {
        #[arg(long, value_name = "PID")]
        person: i64,
        /// YYYY-MM-DD (default: today; never in the future).
        #[arg(long, default_value = "")]
        on: String,
        /// 1 (very low) to 5 (very good).
        #[arg(long, allow_negative_numbers = true)]
        mood: i64,
        /// 1 (calm) to 5 (at breaking point).
        #[arg(long, allow_negative_numbers = true)]
        stress: i64,
        /// Hours worked in the last 7 days, 0 to 168.
        #[arg(long, allow_negative_numbers = true)]
        hours: i64,
        /// A signal noticed (repeatable): tired, no_recovery, late_nights, withdrawn, cynical,
        /// irritable, mistakes, missed_deadlines, overwhelmed, broke_down, cannot_go_on,
        /// sick_leave, talks_of_leaving.
        #[arg(long = "signal", value_name = "KEY")]
        signals: Vec<String>,
        /// What you saw and heard, not a diagnosis.
        #[arg(long, default_value = "")]
        note: String,
        /// What was done (repeatable): one_to_one, time_off, lightened_load, shared_work,
        /// paired, referred, nothing_yet.
        #[arg(long = "action", value_name = "KEY")]
        actions: Vec<String>,
        /// When to look again, YYYY-MM-DD (an acute signal proposes one in 2 working days).
        #[arg(long, default_value = "")]
        follow_up: String,
    },
}

/// The core's refusal, with the known keys when a key was not one of them.
fn explain(e: Error) -> String {
    let fr = crate::said::french_chosen();
    let hint = match &e {
        Error::Invalid {
            field: "signals", ..
        } => Some(Signal::ALL.iter().map(|s| s.code()).collect::<Vec<_>>()),
        Error::Invalid {
            field: "actions", ..
        } => Some(Action::ALL.iter().map(|a| a.code()).collect()),
        _ => None,
    };
    let not_member = matches!(
        e,
        Error::Invalid {
            field: "personId",
            ..
        }
    );
    let said = crate::said::said(e);
    match (hint, not_member, fr) {
        (Some(codes), _, false) => format!("{said} (one of: {})", codes.join(", ")),
        (Some(codes), _, true) => format!("{said} (valeurs possibles : {})", codes.join(", ")),
        (None, true, false) => format!(
            "{said}: this person is not in the team; `mandat-cli person set --person PID \
             --team-member yes`, or `mandat-cli teams --mission ID --lead TEAM` for their \
             team, first"
        ),
        (None, true, true) => format!(
            "{said} : cette personne n’est pas dans l’équipe ; d’abord `mandat-cli person set \
             --person PID --team-member yes`, ou `mandat-cli teams --mission ID --lead TEAM` \
             pour son équipe"
        ),
        (None, false, _) => said,
    }
}

pub fn set_team_member(store: &Store, person: i64, member: bool) -> Result<ExitCode, String> {
    wellbeing::set_team_member(store, person, member).map_err(explain)?;
    Ok(ExitCode::SUCCESS)
}

pub fn yes_no(text: &str) -> Result<bool, String> {
    match text {
        "yes" | "true" => Ok(true),
        "no" | "false" => Ok(false),
        other => Err(crate::said::either(
            format!("{other:?}: yes or no"),
            format!("{other:?} : yes ou no"),
        )),
    }
}

pub fn checkin(store: &Store, command: CheckinCommand) -> Result<ExitCode, String> {
    let CheckinCommand::Add {
        person,
        on,
        mood,
        stress,
        hours,
        signals,
        note,
        actions,
        follow_up,
    } = command;
    let input = CheckInInput {
        checked_on: on,
        mood,
        stress,
        hours,
        signals,
        observation: note,
        actions,
        follow_up_on: follow_up,
    };
    let c = wellbeing::add_checkin(store, person, &input).map_err(explain)?;
    println!("{}", c.id);
    if c.acute() {
        if let Some(due) = &c.follow_up_on {
            eprintln!("acute signal: follow-up on {due}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn json<T: serde::Serialize>(value: &T) -> Result<ExitCode, String> {
    println!(
        "{}",
        serde_json::to_string_pretty(value).map_err(|e| e.to_string())?
    );
    Ok(ExitCode::SUCCESS)
}

fn figure<T: ToString>(value: Option<T>) -> String {
    value.map_or("-".into(), |v| v.to_string())
}

/// The team board: each member's latest check-in, open alerts and next follow-up.
pub fn board(store: &Store, mission: i64, as_json: bool) -> Result<ExitCode, String> {
    let board = wellbeing::board(store, mission, "").map_err(explain)?;
    if as_json {
        return json(&board);
    }
    if board.people.is_empty() {
        println!(
            "No one in the team yet: `mandat-cli person set --person PID --team-member yes`, \
             or `mandat-cli teams --mission ID --lead TEAM`."
        );
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:>5}  {:<28}  {:<10}  {:>4}  {:>6}  {:>5}  {:>6}  NEXT FOLLOW-UP",
        "ID", "NAME", "LATEST", "MOOD", "STRESS", "HOURS", "ALERTS"
    );
    for row in &board.people {
        let latest = row.latest.as_ref();
        println!(
            "{:>5}  {:<28}  {:<10}  {:>4}  {:>6}  {:>5}  {:>6}  {}",
            row.person_id,
            row.name,
            figure(latest.map(|c| c.checked_on.clone())),
            figure(latest.map(|c| c.mood)),
            figure(latest.map(|c| c.stress)),
            figure(latest.map(|c| c.hours)),
            row.open_alerts,
            figure(row.next_follow_up.clone()),
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `teams`: the changes asked for, in order, then the register's teams. A refusal names the
/// field and stops there; what came before it is kept.
pub fn teams(
    store: &Store,
    mission: i64,
    lead: &[String],
    stop_leading: &[String],
    as_json: bool,
) -> Result<ExitCode, String> {
    let changes = lead.iter().map(|t| (t, true));
    for (team, leads) in changes.chain(stop_leading.iter().map(|t| (t, false))) {
        wellbeing::lead_team(store, mission, team, leads).map_err(explain)?;
    }
    let teams = wellbeing::teams(store, mission).map_err(explain)?;
    if as_json {
        return json(&teams);
    }
    if teams.is_empty() {
        println!("No team in the register yet: `mandat-cli person add … --team NAME`.");
        return Ok(ExitCode::SUCCESS);
    }
    println!("{:<5}  {:>6}  TEAM", "LED", "PEOPLE");
    for t in &teams {
        let led = if t.led { "yes" } else { "no" };
        println!("{led:<5}  {:>6}  {}", t.people, t.team);
    }
    Ok(ExitCode::SUCCESS)
}

/// The open alerts of the team, red first: person, kind, since, why.
pub fn alerts(store: &Store, mission: i64, as_json: bool) -> Result<ExitCode, String> {
    let alerts = wellbeing::alerts(store, mission, "").map_err(explain)?;
    if as_json {
        return json(&alerts);
    }
    if alerts.is_empty() {
        println!("No open alert.");
    }
    for a in &alerts {
        let level = match a.level {
            wellbeing::Level::Red => "red",
            wellbeing::Level::Amber => "amber",
        };
        println!(
            "{level:<5}  {:>5}  {:<24}  {:<17}  since {}  {}",
            a.person_id,
            a.name,
            a.kind.code(),
            a.since,
            a.why
        );
    }
    Ok(ExitCode::SUCCESS)
}
