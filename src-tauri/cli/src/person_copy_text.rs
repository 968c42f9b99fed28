//! `person report`: everything Mandat holds about one person (GDPR art. 15), as a PDF to hand
//! them and, with `--json`, the same as a JSON file. Both are made before either is written.

use clap::Args;
use mandat_core::{mission, people, person_copy, Store};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct Report {
    #[arg(long, value_name = "PID")]
    pub person: i64,
    /// The PDF file to write.
    #[arg(short, long, value_name = "FILE.pdf")]
    pub output: PathBuf,
    /// Also write the copy as JSON to this file.
    #[arg(long, value_name = "FILE.json")]
    pub json: Option<PathBuf>,
    /// Language of the document (default: the mission's).
    #[arg(long, value_enum)]
    pub lang: Option<crate::args::Lang>,
}

pub fn report(store: &Store, args: &Report) -> Result<ExitCode, String> {
    let text = |e: mandat_core::Error| e.to_string();
    let person = people::get(store, args.person).map_err(text)?;
    let language = match args.lang {
        Some(lang) => lang.into(),
        None => {
            mission::get(store, person.mission_id)
                .map_err(text)?
                .language
        }
    };
    person_copy::write(
        store,
        args.person,
        language,
        &args.output,
        args.json.as_deref(),
    )
    .map_err(text)?;
    println!(
        "wrote everything Mandat holds about {} to {}",
        person.name,
        args.output.display()
    );
    if let Some(json) = &args.json {
        println!("and as JSON to {}", json.display());
    }
    Ok(ExitCode::SUCCESS)
}
