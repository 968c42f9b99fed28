//! The command line's words: every command and option as clap reads them. What each one does
//! is in `main.rs` (`run`) and the `*_text` modules.

use clap::{Parser, Subcommand, ValueEnum};
use mandat_core::data_dir;
use mandat_core::mission::Language;
use std::path::PathBuf;

use crate::{brief_text, people_text, stakeholder_text, trust_text, wellbeing_text};

#[derive(Debug, Parser)]
#[command(name = "mandat-cli", version, about = "Mandat on the command line")]
pub(crate) struct Cli {
    /// Folder holding Mandat's database (default: the platform's application data folder).
    #[arg(long, global = true, value_name = "DIR", env = data_dir::DATA_DIR_VAR)]
    pub(crate) data_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// List the missions.
    Missions {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Work on one mission.
    Mission {
        #[command(subcommand)]
        command: MissionCommand,
    },
    /// The charter and mandate of a mission.
    Charter {
        #[command(subcommand)]
        command: CharterCommand,
    },
    /// List the people of a mission's register; import or export it as CSV.
    #[command(args_conflicts_with_subcommands = true)]
    People {
        #[arg(long)]
        mission: Option<i64>,
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        command: Option<people_text::PeopleCommand>,
    },
    /// Add, assess or erase one person of the register.
    Person {
        #[command(subcommand)]
        command: people_text::PersonCommand,
    },
    /// The stakeholder map: each person with power, interest, quadrant, engagement, target,
    /// last contact, overdue, told.
    Stakeholders {
        #[arg(long)]
        mission: i64,
        /// As it stood on this date, YYYY-MM-DD (default: today).
        #[arg(long, default_value = "")]
        on: String,
        #[arg(long)]
        json: bool,
    },
    /// The days allowed without contact, per quadrant: printed, or set with --set.
    Cadence {
        #[arg(long)]
        mission: i64,
        /// Manage closely, keep satisfied, keep informed, monitor: e.g. 14,30,30,90.
        #[arg(long, value_parser = stakeholder_text::cadence_days, value_name = "D,D,D,D")]
        set: Option<mandat_core::stakeholder::Cadence>,
    },
    /// The audiences of a mission, and their members from the register.
    Audience {
        #[command(subcommand)]
        command: AudienceCommand,
    },
    /// Record an interaction with people of the register.
    Interaction {
        #[command(subcommand)]
        command: InteractionCommand,
    },
    /// Record how a team member is holding up.
    Checkin {
        #[command(subcommand)]
        command: wellbeing_text::CheckinCommand,
    },
    /// The team board: each team member's latest check-in, open alerts, next follow-up.
    Wellbeing {
        #[arg(long)]
        mission: i64,
        #[arg(long)]
        json: bool,
    },
    /// The register's teams, how many people each, and which she leads: everyone of a team
    /// she leads is in her team for the wellbeing notes. --lead and --stop-leading change it
    /// first.
    Teams {
        #[arg(long)]
        mission: i64,
        /// A team she leads, as the register names it (repeatable).
        #[arg(long, value_name = "TEAM")]
        lead: Vec<String>,
        /// A team she no longer leads (repeatable).
        #[arg(long, value_name = "TEAM")]
        stop_leading: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// The team's open alerts, red first: person, kind, since, why.
    Alerts {
        #[arg(long)]
        mission: i64,
        #[arg(long)]
        json: bool,
    },
    /// The wellbeing notes older than the mission's retention period (or all, 30 days after
    /// it closed): counts and cut-off; deleted only with --apply --yes, the decision recorded.
    Retention {
        #[arg(long)]
        mission: i64,
        /// The day of the proposal, YYYY-MM-DD (default: today; never in the future).
        #[arg(long, default_value = "")]
        on: String,
        /// Set the mission's retention period first, 1 to 120 months (default 12).
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        months: Option<i64>,
        /// Delete what is put forward (with --yes) and record the decision.
        #[arg(long)]
        apply: bool,
        /// Confirm --apply: without it, nothing is deleted.
        #[arg(long, requires = "apply")]
        yes: bool,
    },
    /// Check the database's integrity and foreign keys (non-zero exit on any problem).
    Check,
    /// Create a complete demo mission (its charter approved, amended and signed) and print its id.
    Demo {
        #[arg(long, value_enum, default_value_t = Lang::Fr)]
        lang: Lang,
        /// Also add N generated people, with four assessments and ten interactions each
        /// (to try Mandat at scale, e.g. 5000).
        #[arg(long, value_name = "N", default_value_t = 0)]
        crowd: usize,
    },
    /// Write the announcement of the mission to the teams (the brief), in the CEO's words, from
    /// the latest approved version: `-o FILE.pdf`, `FILE.txt` or `FILE.html`; or its questions.
    #[command(args_conflicts_with_subcommands = true)]
    Brief {
        #[arg(long)]
        mission: Option<i64>,
        /// Language (default: the mission's).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// The file to write: .pdf, .txt or .html.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(subcommand)]
        command: Option<brief_text::BriefCommand>,
    },
    /// Write the charter as a PDF: signed when both have signed an approved version, else a draft.
    ExportPdf {
        #[arg(long)]
        mission: i64,
        /// Version number (default: the latest).
        #[arg(long)]
        version: Option<i64>,
        /// Language of the document (default: the mission's).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// The PDF file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Write a consistent copy of the whole database to FILE.
    Backup {
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Replace the database with a backup (a file, or a name from `backups`); the current
    /// state is backed up first. Works on a damaged database too (it is kept aside).
    Restore { file: PathBuf },
    /// List the automatic and manual backups, newest first, and the backups that still hold
    /// an erased person; --purge rewrites those without them.
    Backups {
        #[arg(long)]
        json: bool,
        /// Rewrite every backup still holding an erased person without them.
        #[arg(long)]
        purge: bool,
    },
    /// Write one mission (charter, signatures, announcements) to a passphrase-protected
    /// `.mandat` file, to move it to another laptop. The file's passphrase comes from
    /// MANDAT_FILE_PASSPHRASE or is asked on the terminal. The wellbeing notes stay behind
    /// unless --include-wellbeing.
    Export {
        #[arg(long)]
        mission: i64,
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Also carry the team's wellbeing notes (check-ins, acknowledged alerts).
        #[arg(long)]
        include_wellbeing: bool,
    },
    /// Import a mission from a `.mandat` file; prints the new mission's id.
    Import {
        file: PathBuf,
        /// When the mission is already here: keep both.
        #[arg(long, conflicts_with = "replace")]
        keep_both: bool,
        /// When the mission is already here: replace it.
        #[arg(long)]
        replace: bool,
    },
    /// Check a charter PDF; needs no database (with one, its own and trusted keys count).
    /// Exit 0: intact and sealed by the expected, this laptop's or a trusted key; 1: not (an
    /// unknown key, modified, a draft, not a Mandat document); 2: the file cannot be read.
    Verify {
        file: PathBuf,
        #[arg(long)]
        json: bool,
        /// The fingerprint of the key that should have sealed it (as published).
        #[arg(long, value_name = "FINGERPRINT")]
        expect: Option<String>,
        /// Language of the verdict (default: the system's, from LANG, else English).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// The sealing keys this laptop trusts besides its own.
    Trust {
        #[command(subcommand)]
        command: trust_text::TrustCommand,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum MissionCommand {
    /// Create a mission and print its id.
    New {
        #[arg(long)]
        client: String,
        #[arg(long)]
        title: String,
        /// The sponsor's name (the CEO or GM).
        #[arg(long, default_value = "")]
        sponsor: String,
        /// The sponsor's title.
        #[arg(long, default_value = "")]
        sponsor_title: String,
        /// The transition manager's name.
        #[arg(long, default_value = "")]
        manager: String,
        /// Start date, YYYY-MM-DD (default: today).
        #[arg(long)]
        start: Option<String>,
        /// Planned end date, YYYY-MM-DD.
        #[arg(long, default_value = "")]
        end: String,
        /// Context summary.
        #[arg(long, default_value = "")]
        context: String,
        /// Language of the mission's documents.
        #[arg(long, value_enum, default_value_t = Lang::Fr)]
        lang: Lang,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum AudienceCommand {
    /// List the audiences with their member count and whether they were told.
    List {
        #[arg(long)]
        mission: i64,
    },
    /// Make a person a member of an audience (or, with --remove, no longer one).
    Member {
        #[arg(long, value_name = "AID")]
        audience: i64,
        #[arg(long, value_name = "PID")]
        person: i64,
        #[arg(long)]
        remove: bool,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum InteractionCommand {
    /// Add an interaction and print its id.
    Add {
        #[arg(long)]
        mission: i64,
        /// Person ids, separated by commas.
        #[arg(
            long,
            value_name = "PID[,PID…]",
            value_delimiter = ',',
            required = true
        )]
        people: Vec<i64>,
        /// YYYY-MM-DD (default: today).
        #[arg(long, default_value = "")]
        on: String,
        /// meeting, one_to_one, call, email, message or informal.
        #[arg(long, value_parser = stakeholder_text::channel, default_value = "meeting")]
        channel: mandat_core::stakeholder::InteractionChannel,
        #[arg(long)]
        summary: String,
        /// −2 (very negative) to 2 (very positive).
        #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
        sentiment: i8,
        #[arg(long, default_value = "")]
        commitments: String,
        /// What to follow up.
        #[arg(long, default_value = "")]
        follow_up_what: String,
        /// When to follow up, YYYY-MM-DD.
        #[arg(long, default_value = "")]
        follow_up: String,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum CharterCommand {
    /// Print a version of the charter (the latest by default).
    Show {
        #[arg(long)]
        mission: i64,
        #[arg(long)]
        version: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// List the versions of the charter.
    Versions {
        #[arg(long)]
        mission: i64,
        #[arg(long)]
        json: bool,
    },
    /// Accept the signatures of a version received in a `.mandat` file as received: this
    /// laptop's key then seals its PDF, which says they were received, not witnessed here.
    AcceptReceived {
        #[arg(long)]
        mission: i64,
        /// Version number (default: the latest).
        #[arg(long)]
        version: Option<i64>,
        /// Confirm: without it, nothing is recorded.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum Lang {
    Fr,
    En,
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Language {
        match lang {
            Lang::Fr => Language::Fr,
            Lang::En => Language::En,
        }
    }
}
