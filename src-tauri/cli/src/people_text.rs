//! `people` and `person …`: the register of people and their assessments.

use clap::Subcommand;
use mandat_core::backup;
use mandat_core::error::Error;
use mandat_core::people::{self, Group, PersonInput};
use mandat_core::stakeholder::spreadsheet;
use mandat_core::stakeholder::{self, AssessmentInput, Engagement};
use mandat_core::Store;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// Add people from a CSV file (UTF-8 or Windows-1252; comma, semicolon or tab), columns
    /// mapped by their headers. Prints what was added, every refused row and duplicate.
    Import {
        #[arg(long)]
        mission: i64,
        file: PathBuf,
        /// Only show what would be added; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the register and the latest assessments as CSV.
    Export {
        #[arg(long)]
        mission: i64,
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Add a person to a mission's register and print their id.
    Add {
        #[arg(long)]
        mission: i64,
        #[arg(long)]
        name: String,
        /// Job title.
        #[arg(long, default_value = "")]
        title: String,
        /// Organisation (the client, a vendor, a partner…).
        #[arg(long, default_value = "")]
        org: String,
        /// infrastructure, applications, business, management, vendor, staff_representatives
        /// or other.
        #[arg(long, value_parser = group, default_value = "other")]
        group: Group,
        #[arg(long, default_value = "")]
        team: String,
        /// The id of the person they report to.
        #[arg(long, value_name = "PID")]
        reports_to: Option<i64>,
        #[arg(long, default_value = "")]
        email: String,
        #[arg(long, default_value = "")]
        phone: String,
    },
    /// Record a dated assessment: power and interest 1–5, engagement and its target.
    Assess {
        #[arg(long, value_name = "PID")]
        person: i64,
        #[arg(long)]
        power: u8,
        #[arg(long)]
        interest: u8,
        /// unaware, resistant, neutral, supportive or leading.
        #[arg(long, value_parser = engagement, default_value = "neutral")]
        engagement: Engagement,
        /// The engagement wanted (same levels).
        #[arg(long, value_parser = engagement, default_value = "supportive")]
        target: Engagement,
        /// YYYY-MM-DD (default: today).
        #[arg(long, default_value = "")]
        on: String,
        #[arg(long, default_value = "")]
        comment: String,
    },
    /// Record that the latest approved version was told to this person, one to one.
    Brief {
        #[arg(long, value_name = "PID")]
        person: i64,
        /// Who told them.
        #[arg(long)]
        by: String,
        /// YYYY-MM-DD (default: today).
        #[arg(long, default_value = "")]
        on: String,
        /// meeting, email, intranet, letter or other.
        #[arg(long, value_parser = crate::stakeholder_text::announcement_channel, default_value = "meeting")]
        channel: mandat_core::announcement::Channel,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Change what the register says about a person: whether they are in her team (and so
    /// on the wellbeing board).
    Set {
        #[arg(long, value_name = "PID")]
        person: i64,
        /// yes or no.
        #[arg(long, value_name = "yes|no", action = clap::ArgAction::Set, value_parser = crate::wellbeing_text::yes_no)]
        team_member: bool,
    },
    /// Write everything Mandat holds about a person (GDPR art. 15) as a PDF, and as JSON with
    /// --json.
    Report(crate::person_copy_text::Report),
    /// Erase a person and every row that names them (their assessments…), then rewrite every
    /// backup that holds them without them. Needs --yes.
    Erase {
        #[arg(long, value_name = "PID")]
        person: i64,
        /// Confirm: without it, only what would be erased is printed.
        #[arg(long)]
        yes: bool,
        /// Also list the backups that hold the person (each one rewritten with --yes).
        #[arg(long)]
        backups: bool,
    },
}

fn group(text: &str) -> Result<Group, String> {
    Group::from_code(text).ok_or_else(|| {
        let known: Vec<_> = Group::ALL.iter().map(|g| g.code()).collect();
        crate::said::either(
            format!("unknown group {text:?} (one of: {})", known.join(", ")),
            format!(
                "groupe inconnu {text:?} (valeurs possibles : {})",
                known.join(", ")
            ),
        )
    })
}

fn engagement(text: &str) -> Result<Engagement, String> {
    Engagement::from_code(text).ok_or_else(|| {
        let known: Vec<_> = Engagement::ALL.iter().map(|e| e.code()).collect();
        crate::said::either(
            format!("unknown engagement {text:?} (one of: {})", known.join(", ")),
            format!(
                "engagement inconnu {text:?} (valeurs possibles : {})",
                known.join(", ")
            ),
        )
    })
}

pub fn list(store: &Store, mission: i64, json: bool) -> Result<ExitCode, String> {
    let people = people::list(store, mission, false).map_err(crate::said::said)?;
    if json {
        let text = serde_json::to_string_pretty(&people).map_err(|e| e.to_string())?;
        println!("{text}");
    } else if people.is_empty() {
        println!(
            "No one in this mission's register yet: add someone with `mandat-cli person add`."
        );
    } else {
        println!(
            "{:>5}  {:<22}  {:<28}  {:<20}  TEAM",
            "ID", "GROUP", "NAME", "TITLE"
        );
        for p in people {
            println!(
                "{:>5}  {:<22}  {:<28}  {:<20}  {}",
                p.id,
                p.group.code(),
                p.name,
                p.job_title,
                p.team
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run(store: &Store, command: PersonCommand) -> Result<ExitCode, String> {
    match command {
        PersonCommand::Report(args) => return crate::person_copy_text::report(store, &args),
        PersonCommand::Add {
            mission,
            name,
            title,
            org,
            group,
            team,
            reports_to,
            email,
            phone,
        } => {
            let input = PersonInput {
                name,
                job_title: title,
                organisation: org,
                group,
                team,
                reports_to,
                email,
                phone,
                notes: String::new(),
            };
            let person = people::add(store, mission, &input).map_err(crate::said::said)?;
            println!("{}", person.id);
        }
        PersonCommand::Assess {
            person,
            power,
            interest,
            engagement,
            target,
            on,
            comment,
        } => {
            let input = AssessmentInput {
                power,
                interest,
                engagement,
                target,
                assessed_on: on,
                comment,
            };
            let done = stakeholder::assess(store, person, &input).map_err(crate::said::said)?;
            println!("{}", done.id);
        }
        PersonCommand::Brief {
            person,
            by,
            on,
            channel,
            note,
        } => {
            let input = mandat_core::announcement::BriefingInput {
                person_id: person,
                announced_by: by,
                announced_on: on,
                channel,
                note,
            };
            let done =
                mandat_core::announcement::brief(store, &input).map_err(crate::said::said)?;
            println!("told of version {} on {}", done.version, done.announced_on);
        }
        PersonCommand::Set {
            person,
            team_member,
        } => {
            return crate::wellbeing_text::set_team_member(store, person, team_member);
        }
        PersonCommand::Erase {
            person,
            yes,
            backups,
        } => {
            let held = if backups {
                Some(crate::wellbeing_retention_text::holding(store, person)?)
            } else {
                None
            };
            let preview = people::erase_preview(store, person);
            if yes
                && matches!(preview, Err(Error::NotFound { .. }))
                && backup::holding(store, person).is_ok()
            {
                // Erased before, and some backup not purged of them yet: finish that.
                println!("already erased: person {person}");
                crate::wellbeing_retention_text::purge(store, person)?;
                return Ok(ExitCode::SUCCESS);
            }
            let preview = if yes {
                people::erase(store, person)
            } else {
                preview
            }
            .map_err(crate::said::said)?;
            let verb = if yes { "erased" } else { "would erase" };
            println!("{verb}: {}", preview.name);
            for rows in &preview.rows {
                println!("  {:<12} {}", rows.table, rows.count);
            }
            if preview.reports > 0 {
                println!(
                    "  {} people who reported to them stay, with no manager",
                    preview.reports
                );
            }
            if let Some(held) = &held {
                crate::wellbeing_retention_text::print_holding(held, yes);
            }
            if !yes {
                eprintln!("nothing erased: add --yes to erase");
                return Ok(ExitCode::FAILURE);
            }
            crate::wellbeing_retention_text::purge(store, person)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn spreadsheet(store: &Store, command: PeopleCommand) -> Result<ExitCode, String> {
    match command {
        PeopleCommand::Import {
            mission,
            file,
            dry_run,
        } => {
            let bytes = spreadsheet::read_file(&file).map_err(crate::said::said)?;
            let report = if dry_run {
                spreadsheet::preview(store, mission, &bytes)
            } else {
                spreadsheet::import(store, mission, &bytes)
            }
            .map_err(|e| format!("{}: {}", file.display(), crate::said::said(e)))?;
            let verb = if dry_run { "would add" } else { "added" };
            println!(
                "{verb} {} people ({}, separator {:?})",
                report.rows.len(),
                report.encoding,
                report.separator
            );
            for e in &report.errors {
                let column = if e.column.is_empty() {
                    "row"
                } else {
                    &e.column
                };
                eprintln!(
                    "line {}, {column}: {} {:?}",
                    e.line,
                    problem(e.problem),
                    e.value
                );
            }
            for d in &report.duplicates {
                let where_ = if d.in_register {
                    "already in the register"
                } else {
                    "twice in the file"
                };
                eprintln!("line {}: {} is {where_}: skipped", d.line, d.name);
            }
            Ok(if report.errors.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        PeopleCommand::Export { mission, output } => {
            spreadsheet::export_file(store, mission, &output).map_err(crate::said::said)?;
            println!("{}", output.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn problem(p: spreadsheet::RowProblem) -> &'static str {
    use spreadsheet::RowProblem::*;
    match p {
        Required => "is required",
        TooLong => "is too long",
        Malformed => "is not valid",
        UnknownGroup => "is not a known group",
        UnknownManager => "names nobody in the file or the register",
        Shape => "has more cells than the header",
    }
}
