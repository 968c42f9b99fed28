//! `mandat-cli`: Mandat without a window, over the same mandat-core as the app. For scripts,
//! demos, checks and tests. Errors go to stderr with a non-zero exit; nothing is half-written.

use args::*;
use clap::Parser;
use mandat_core::mission::{self, MissionDraft};
use mandat_core::{clock, data_dir, demo, Store};

mod args;
mod backup_text;
mod brief_text;
mod charter_text;
mod document_text;
mod passphrase;
mod people_text;
mod person_copy_text;
mod said;
mod stakeholder_text;
mod transfer_text;
mod trust_text;
mod wellbeing_retention_text;
mod wellbeing_text;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("mandat-cli: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    // Verifying needs no database: a team member who received the PDF has none.
    if let Command::Verify {
        file,
        json,
        expect,
        lang,
    } = &cli.command
    {
        return document_text::verify(
            cli.data_dir.clone(),
            file,
            *json,
            expect.as_deref(),
            lang.map(mission::Language::from),
        );
    }
    let dir = data_dir::resolve(cli.data_dir).ok_or_else(|| {
        said::either(
            "no data folder: pass --data-dir DIR or set MANDAT_DATA_DIR".into(),
            "aucun dossier de données : passez --data-dir DOSSIER ou définissez \
                 MANDAT_DATA_DIR"
                .into(),
        )
    })?;
    // The window's lock: no command may replace or change the database under a running app.
    let _lock = data_dir::lock(&dir).map_err(said::lock)?;
    let passphrase = passphrase::get(&dir)?;
    // Restoring must work when the database is too damaged to open.
    if let Command::Restore { file } = &cli.command {
        return backup_text::restore(&dir, &passphrase, file);
    }
    let store = passphrase::open(&dir, &passphrase)
        .map_err(|e| backup_text::explain(&dir, &passphrase, e))?;
    said::choose(Some(&store));
    match cli.command {
        Command::Missions { json } => print_missions(&store, json),
        Command::Mission {
            command:
                MissionCommand::New {
                    client,
                    title,
                    sponsor,
                    sponsor_title,
                    manager,
                    start,
                    end,
                    context,
                    lang,
                },
        } => {
            let draft = MissionDraft {
                client,
                title,
                sponsor_name: sponsor,
                sponsor_title,
                manager_name: manager,
                start_date: start.unwrap_or_else(clock::today),
                planned_end: end,
                context,
                language: lang.into(),
            };
            let created = mission::create(&store, &draft).map_err(crate::said::said)?;
            println!("{}", created.id);
            Ok(ExitCode::SUCCESS)
        }
        Command::Charter { command } => charter_text::run(&store, command),
        Command::Trust { command } => trust_text::run(&store, command),
        Command::People {
            command: Some(command),
            ..
        } => people_text::spreadsheet(&store, command),
        Command::People { mission, json, .. } => {
            let mission = mission.ok_or_else(|| {
                said::either(
                    "people: --mission ID is required".into(),
                    "people : --mission ID est obligatoire".into(),
                )
            })?;
            people_text::list(&store, mission, json)
        }
        Command::Person { command } => people_text::run(&store, command),
        Command::Stakeholders { mission, on, json } => {
            stakeholder_text::map(&store, mission, &on, json)
        }
        Command::Cadence { mission, set } => stakeholder_text::cadence(&store, mission, set),
        Command::Audience {
            command: AudienceCommand::List { mission },
        } => stakeholder_text::audiences(&store, mission),
        Command::Audience {
            command:
                AudienceCommand::Member {
                    audience,
                    person,
                    remove,
                },
        } => stakeholder_text::member(&store, audience, person, remove),
        Command::Interaction {
            command:
                InteractionCommand::Add {
                    mission,
                    people,
                    on,
                    channel,
                    summary,
                    sentiment,
                    commitments,
                    follow_up_what,
                    follow_up,
                },
        } => stakeholder_text::add(
            &store,
            mission,
            mandat_core::stakeholder::InteractionInput {
                people,
                happened_on: on,
                channel,
                summary,
                sentiment,
                commitments,
                follow_up: follow_up_what,
                follow_up_on: follow_up,
            },
        ),
        Command::Check => {
            let problems = store.check().map_err(crate::said::said)?;
            for problem in &problems {
                eprintln!("{}: {}", problem.kind, problem.detail);
            }
            if problems.is_empty() {
                println!("ok: {}", store.path().display());
                Ok(ExitCode::SUCCESS)
            } else {
                Ok(ExitCode::FAILURE)
            }
        }
        Command::Demo { lang, crowd } => {
            let id = demo::create(&store, lang.into()).map_err(crate::said::said)?;
            if crowd > 0 {
                demo::crowd::create(&store, id, crowd).map_err(crate::said::said)?;
            }
            println!("{id}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Brief {
            command: Some(command),
            ..
        } => brief_text::run(&store, command),
        Command::Brief {
            mission,
            lang,
            output,
            ..
        } => {
            let (Some(mission), Some(output)) = (mission, output) else {
                return Err(said::either(
                    "brief: --mission ID and -o FILE.pdf|.txt|.html are required".into(),
                    "brief : --mission ID et -o FICHIER.pdf|.txt|.html sont obligatoires".into(),
                ));
            };
            brief_text::write(&store, mission, lang, &output)
        }
        Command::ExportPdf {
            mission,
            version,
            lang,
            output,
        } => document_text::export(&store, mission, version, lang.map(Into::into), &output),
        Command::Backup { output } => backup_text::backup(&store, &output),
        Command::Export {
            mission,
            output,
            include_wellbeing,
        } => transfer_text::export(&store, mission, &output, include_wellbeing),
        Command::Checkin { command } => wellbeing_text::checkin(&store, command),
        Command::Wellbeing { mission, json } => wellbeing_text::board(&store, mission, json),
        Command::Alerts { mission, json } => wellbeing_text::alerts(&store, mission, json),
        Command::Teams {
            mission,
            lead,
            stop_leading,
            json,
        } => wellbeing_text::teams(&store, mission, &lead, &stop_leading, json),
        Command::Retention {
            mission,
            on,
            months,
            apply,
            yes,
        } => wellbeing_retention_text::run(&store, mission, &on, months, apply, yes),
        Command::Import {
            file,
            keep_both,
            replace,
        } => transfer_text::import(&store, &file, keep_both, replace),
        Command::Backups { json, purge } => backup_text::list(&store, json, purge),
        Command::Verify { .. } | Command::Restore { .. } => {
            unreachable!("handled before the store opens")
        }
    }
}

fn print_missions(store: &Store, json: bool) -> Result<ExitCode, String> {
    let missions = mission::list(store).map_err(crate::said::said)?;
    if json {
        let text = serde_json::to_string_pretty(&missions).map_err(|e| e.to_string())?;
        println!("{text}");
    } else if missions.is_empty() {
        println!("No mission yet: create one with `mandat-cli mission new` or `mandat-cli demo`.");
    } else {
        println!(
            "{:>4}  {:<9}  {:<10}  {:<10}  {:<28}  TITLE",
            "ID", "STATUS", "START", "END", "CLIENT"
        );
        for m in missions {
            println!(
                "{:>4}  {:<9}  {:<10}  {:<10}  {:<28}  {}",
                m.id,
                m.status.code(),
                m.start_date,
                m.planned_end.as_deref().unwrap_or("-"),
                m.client,
                m.title
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
