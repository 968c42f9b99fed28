//! `stakeholders` and `interaction add`: the map as of a date and the interaction log.

use mandat_core::stakeholder::{self, InteractionChannel, InteractionInput};
use mandat_core::Store;
use std::process::ExitCode;

pub fn channel(text: &str) -> Result<InteractionChannel, String> {
    InteractionChannel::from_code(text).ok_or_else(|| {
        let known: Vec<_> = InteractionChannel::ALL.iter().map(|c| c.code()).collect();
        format!("unknown channel {text:?} (one of: {})", known.join(", "))
    })
}

pub fn map(store: &Store, mission: i64, on: &str, json: bool) -> Result<ExitCode, String> {
    let map = stakeholder::map::map(store, mission, on).map_err(|e| e.to_string())?;
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
    let done = stakeholder::interaction::add(store, mission, &input).map_err(|e| e.to_string())?;
    println!("{}", done.id);
    Ok(ExitCode::SUCCESS)
}
