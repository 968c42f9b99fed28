//! `mandat-cli charter …`: the charter as text or JSON.

use crate::CharterCommand;
use mandat_core::charter::{self, Charter, Review, Section};
use mandat_core::mission::{self, Language};
use mandat_core::{signing, Store};
use std::process::ExitCode;

pub fn run(store: &Store, command: CharterCommand) -> Result<ExitCode, String> {
    match command {
        CharterCommand::Show {
            mission,
            version,
            json,
        } => {
            let language = mission::get(store, mission)
                .map_err(crate::said::said)?
                .language;
            let c = charter::get(store, mission, version)
                .map_err(crate::said::said)?
                .ok_or_else(|| no_charter(mission))?;
            if json {
                print_json(&c)?;
            } else {
                print!("{}", render(&c, language));
            }
        }
        CharterCommand::Versions { mission, json } => {
            let language = mission::get(store, mission)
                .map_err(crate::said::said)?
                .language;
            let versions = charter::versions(store, mission).map_err(crate::said::said)?;
            if json {
                print_json(&versions)?;
            } else if versions.is_empty() {
                println!("Mission {mission} has no charter yet.");
            } else {
                for v in versions {
                    let decided = match (&v.decided_on, v.approver_name.is_empty()) {
                        (Some(on), false) => {
                            format!("  {on}  {}, {}", v.approver_name, v.approver_title)
                        }
                        _ => String::new(),
                    };
                    println!("v{:<3} {:<26}{decided}", v.number, v.status.label(language));
                    if !v.reason.is_empty() {
                        println!("      {}", v.reason);
                    }
                }
            }
        }
        CharterCommand::AcceptReceived {
            mission,
            version,
            yes,
        } => {
            let c = charter::get(store, mission, version)
                .map_err(crate::said::said)?
                .ok_or_else(|| no_charter(mission))?;
            let state = signing::state(store, c.version.id).map_err(crate::said::said)?;
            let Some(at) = state.received_at.as_deref().filter(|_| state.complete) else {
                return Err(format!(
                    "version {} holds no signatures received from another laptop",
                    c.version.number
                ));
            };
            if let Some(accepted) = &state.accepted_at {
                return Err(format!(
                    "version {}: its received signatures were already accepted on {accepted}",
                    c.version.number
                ));
            }
            let from = match state.received_from.as_str() {
                "" => String::new(),
                name => format!(" in {name}"),
            };
            println!(
                "Version {}: signatures received{from} on {at}.",
                c.version.number
            );
            if !yes {
                println!(
                    "Pass --yes to accept them as received: this laptop's key will seal the PDF, \
                     which will say they were received, not witnessed here."
                );
                return Ok(ExitCode::FAILURE);
            }
            let state = signing::accept_received(store, c.version.id).map_err(crate::said::said)?;
            println!(
                "Accepted as received on {}.",
                state.accepted_at.unwrap_or_default()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), String> {
    println!(
        "{}",
        serde_json::to_string_pretty(value).map_err(|e| e.to_string())?
    );
    Ok(())
}

/// The charter as plain text, section by section, struck clauses left out.
pub fn render(c: &Charter, language: Language) -> String {
    let mut out = format!(
        "v{} — {}\n",
        c.version.number,
        c.version.status.label(language)
    );
    if !c.version.reason.is_empty() {
        out += &format!("{}\n", c.version.reason);
    }
    for section in Section::ALL {
        let clauses: Vec<_> = c
            .clauses
            .iter()
            .filter(|x| x.section == section && x.review != Review::Struck)
            .collect();
        if clauses.is_empty() {
            continue;
        }
        out += &format!("\n{}\n", section.label(language).to_uppercase());
        for x in clauses {
            let mut line = format!("  - {}", x.name(language));
            if let Some(d) = x.decision {
                line += &format!(" [{}", d.label(language));
                if !x.approver.is_empty() {
                    line += &format!(" {}", x.approver);
                }
                line += "]";
            }
            if let (Some(amount), Some(currency)) = (x.amount, &x.currency) {
                line += &format!(" {amount} {currency}");
            }
            if let Some(due) = &x.due {
                line += &format!(" ({due})");
            }
            out += &line;
            out += "\n";
            if !x.detail.is_empty() {
                out += &format!("      {}\n", x.detail);
            }
        }
    }
    out
}

fn no_charter(mission: i64) -> String {
    crate::said::either(
        format!("mission {mission} has no charter yet"),
        format!("la mission {mission} n’a pas encore de charte"),
    )
}
