//! `mandat-cli brief`: the announcement of the mission to the teams, from the latest approved
//! version of the charter, written as plain text or HTML; `brief questions`: the questions the
//! teams will ask, answered from the mandate.

use crate::args::Lang;
use crate::said::{either, said};
use clap::Subcommand;
use mandat_core::{atomic_file, brief, Store};
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum BriefCommand {
    /// After an amendment: what changed since the previous approved version, and the
    /// audiences told only of it.
    Changes {
        #[arg(long)]
        mission: i64,
        /// Language (default: the mission's).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        #[arg(long)]
        json: bool,
    },
    /// The questions the teams will ask, each answered from the mandate.
    Questions {
        #[arg(long)]
        mission: i64,
        /// Language (default: the mission's).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        #[arg(long)]
        json: bool,
    },
}

/// Writes the brief to `output`: `.pdf` typeset, `.txt` as plain text, `.html` as a page.
pub fn write(
    store: &Store,
    mission: i64,
    lang: Option<Lang>,
    output: &Path,
) -> Result<ExitCode, String> {
    let extension = output
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let render: fn(&brief::Brief) -> String = match extension.as_deref() {
        Some("txt") => brief::text,
        Some("html" | "htm") => brief::html,
        Some("pdf") => {
            let bytes =
                brief::export(store, mission, lang.map(Into::into), output).map_err(said)?;
            println!("{}: {bytes} bytes", output.display());
            return Ok(ExitCode::SUCCESS);
        }
        _ => {
            return Err(either(
                format!(
                    "{}: the brief is written as .pdf, .txt or .html",
                    output.display()
                ),
                format!(
                    "{}\u{a0}: l’annonce s’écrit en .pdf, .txt ou .html",
                    output.display()
                ),
            ))
        }
    };
    let b = brief::brief(store, mission, lang.map(Into::into)).map_err(said)?;
    atomic_file::write(output, render(&b).as_bytes()).map_err(said)?;
    println!(
        "{}: {} (version {}, {})",
        output.display(),
        b.title,
        b.version,
        b.document_id
    );
    Ok(ExitCode::SUCCESS)
}

pub fn run(store: &Store, command: BriefCommand) -> Result<ExitCode, String> {
    match command {
        BriefCommand::Changes {
            mission,
            lang,
            json,
        } => {
            let changed =
                brief::what_changed(store, mission, lang.map(Into::into)).map_err(said)?;
            match (changed, json) {
                (changed, true) => {
                    let text = serde_json::to_string_pretty(&changed).map_err(|e| e.to_string())?;
                    println!("{text}");
                }
                (Some(c), false) => {
                    print!("{}", c.text);
                    if !c.audiences.is_empty() {
                        let names = c.audiences.join(", ");
                        println!(
                            "\n{}",
                            either(
                                format!("(told only of the previous version: {names})"),
                                format!(
                                    "(informés de la version précédente seulement\u{a0}: {names})"
                                ),
                            )
                        );
                    }
                }
                (None, false) => println!(
                    "{}",
                    either(
                        "only one version is approved: nothing has changed yet".into(),
                        "une seule version est approuvée\u{a0}: rien n’a encore changé".into(),
                    )
                ),
            }
            Ok(ExitCode::SUCCESS)
        }
        BriefCommand::Questions {
            mission,
            lang,
            json,
        } => {
            let b = brief::brief(store, mission, lang.map(Into::into)).map_err(said)?;
            if json {
                let text = serde_json::to_string_pretty(&b.questions).map_err(|e| e.to_string())?;
                println!("{text}");
            } else {
                for q in &b.questions {
                    println!("{}\n  {}\n", q.question, q.answer);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
