//! `stakeholders`, `interaction add`, `cadence` and `audience`: the map as of a date, the
//! interaction log, the contact cadence, and the members of each audience.

use mandat_core::announcement::{self, Channel};
use mandat_core::stakeholder::{self, Cadence, InteractionChannel, InteractionInput};
use mandat_core::Store;
use std::process::ExitCode;

pub fn channel(text: &str) -> Result<InteractionChannel, String> {
    InteractionChannel::from_code(text).ok_or_else(|| {
        let known: Vec<_> = InteractionChannel::ALL.iter().map(|c| c.code()).collect();
        crate::said::either(
            format!("unknown channel {text:?} (one of: {})", known.join(", ")),
            format!(
                "canal inconnu {text:?} (valeurs possibles : {})",
                known.join(", ")
            ),
        )
    })
}

pub fn map(store: &Store, mission: i64, on: &str, json: bool) -> Result<ExitCode, String> {
    let map = stakeholder::map::map(store, mission, on).map_err(crate::said::said)?;
    if json {
        let text = serde_json::to_string_pretty(&map).map_err(|e| e.to_string())?;
        println!("{text}");
        return Ok(ExitCode::SUCCESS);
    }
    println!("Stakeholders on {}", map.on);
    println!(
        "{:>5}  {:<28}  {:>2} {:>2}  {:<15}  {:<11}  {:<10}  {:<7}  TOLD",
        "ID", "NAME", "P", "I", "QUADRANT", "ENGAGEMENT", "SEEN", "OVERDUE"
    );
    for s in map.people {
        let dash = |v: Option<String>| v.unwrap_or_else(|| "-".into());
        println!(
            "{:>5}  {:<28}  {:>2} {:>2}  {:<15}  {:<11}  {:<10}  {:<7}  {}",
            s.person_id,
            s.name,
            dash(s.power.map(|p| p.to_string())),
            dash(s.interest.map(|p| p.to_string())),
            dash(s.quadrant.map(|q| q.code().to_owned())),
            dash(s.engagement.map(|e| e.code().to_owned())),
            dash(s.last_contact),
            if s.overdue { "overdue" } else { "" },
            if s.told { "yes" } else { "no" },
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn add(store: &Store, mission: i64, input: InteractionInput) -> Result<ExitCode, String> {
    let done = stakeholder::interaction::add(store, mission, &input).map_err(crate::said::said)?;
    println!("{}", done.id);
    Ok(ExitCode::SUCCESS)
}

pub fn announcement_channel(text: &str) -> Result<Channel, String> {
    Channel::from_code(text).ok_or_else(|| {
        let known = "meeting, email, intranet, letter, other";
        crate::said::either(
            format!("unknown channel {text:?} (one of: {known})"),
            format!("canal inconnu {text:?} (valeurs possibles : {known})"),
        )
    })
}

/// `--set 14,30,30,90`: manage closely, keep satisfied, keep informed, monitor.
pub fn cadence_days(text: &str) -> Result<Cadence, String> {
    let days = text
        .split(',')
        .map(|d| d.trim().parse::<u16>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| {
            crate::said::either(
                format!("cadence {text:?}: four whole numbers of days, e.g. 14,30,30,90"),
                format!("cadence {text:?} : quatre nombres entiers de jours, par ex. 14,30,30,90"),
            )
        })?;
    match days[..] {
        [manage_closely, keep_satisfied, keep_informed, monitor] => Ok(Cadence {
            manage_closely,
            keep_satisfied,
            keep_informed,
            monitor,
        }),
        _ => Err(format!(
            "cadence {text:?}: four numbers (manage closely, keep satisfied, keep informed, monitor)"
        )),
    }
}

pub fn cadence(store: &Store, mission: i64, set: Option<Cadence>) -> Result<ExitCode, String> {
    let cadence = match set {
        Some(cadence) => stakeholder::map::set_cadence(store, mission, &cadence),
        None => stakeholder::map::map(store, mission, "").map(|m| m.cadence),
    }
    .map_err(crate::said::said)?;
    println!(
        "manage closely {} days, keep satisfied {}, keep informed {}, monitor {}",
        cadence.manage_closely, cadence.keep_satisfied, cadence.keep_informed, cadence.monitor
    );
    Ok(ExitCode::SUCCESS)
}

pub fn audiences(store: &Store, mission: i64) -> Result<ExitCode, String> {
    let board = announcement::board(store, mission).map_err(crate::said::said)?;
    println!("{:>5}  {:<32}  {:>7}  TOLD", "ID", "AUDIENCE", "MEMBERS");
    for status in board.audiences {
        let members =
            announcement::members(store, status.audience.id).map_err(crate::said::said)?;
        println!(
            "{:>5}  {:<32}  {:>7}  {}",
            status.audience.id,
            status.audience.name,
            members.len(),
            if status.told { "yes" } else { "no" }
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn member(store: &Store, audience: i64, person: i64, remove: bool) -> Result<ExitCode, String> {
    announcement::set_member(store, audience, person, !remove).map_err(crate::said::said)?;
    let members = announcement::members(store, audience).map_err(crate::said::said)?;
    println!("{} members", members.len());
    Ok(ExitCode::SUCCESS)
}
