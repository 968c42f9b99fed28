//! `retention` and the backups of `person erase`: the old wellbeing notes put forward and
//! deleted on confirmation, and an erased person purged from every backup.

use mandat_core::backup::{self, BackupInfo};
use mandat_core::error::Error;
use mandat_core::wellbeing::retention::{self, RetentionProposal};
use mandat_core::Store;
use std::process::ExitCode;

fn text(e: Error) -> String {
    crate::said::said(e)
}

fn print_proposal(p: &RetentionProposal) {
    println!(
        "period: {} month(s); cut-off: {} (notes before it are older than the period)",
        p.months, p.cut_off
    );
    if p.whole_mission {
        println!(
            "mission closed on {}, more than {} days ago: every note of it is put forward",
            p.closed_on.as_deref().unwrap_or("-"),
            retention::CLOSED_DAYS
        );
    }
    if p.is_empty() {
        println!("nothing to delete on {}", p.on);
        return;
    }
    println!(
        "put forward on {}: {} check-in(s), {} acknowledgment(s), about {} person(s); oldest {}",
        p.on,
        p.notes,
        p.acknowledgments,
        p.people,
        p.oldest.as_deref().unwrap_or("-")
    );
}

/// The proposal for `on` (today when empty); with `apply` and `yes`, deleted and recorded.
/// `months` sets the mission's period first (1 to 120, refused naming `months`).
pub fn run(
    store: &Store,
    mission: i64,
    on: &str,
    months: Option<i64>,
    apply: bool,
    yes: bool,
) -> Result<ExitCode, String> {
    // Everything checked before anything is written: the day, then the period.
    let proposal = retention::proposal(store, mission, on).map_err(text)?;
    if let Some(months) = months {
        retention::set_period(store, mission, months).map_err(text)?;
    }
    let proposal = if months.is_some() {
        retention::proposal(store, mission, on).map_err(text)?
    } else {
        proposal
    };
    print_proposal(&proposal);
    if !apply {
        return Ok(ExitCode::SUCCESS);
    }
    if !yes {
        eprintln!("nothing deleted: add --yes to delete what is put forward");
        return Ok(ExitCode::FAILURE);
    }
    let d = retention::apply(store, mission, on).map_err(text)?;
    println!(
        "deleted on {}: {} check-in(s), {} acknowledgment(s), about {} person(s) \
         (cut-off {}, {} month(s){}); decision {} recorded",
        d.decided_on,
        d.notes_deleted,
        d.acknowledgments_deleted,
        d.people,
        d.cut_off,
        d.months,
        if d.whole_mission {
            ", whole mission"
        } else {
            ""
        },
        d.id
    );
    Ok(ExitCode::SUCCESS)
}

/// The backups holding the person (before the erasure: they will be rewritten).
pub fn holding(store: &Store, person: i64) -> Result<Vec<BackupInfo>, String> {
    backup::holding(store, person).map_err(text)
}

pub fn print_holding(backups: &[BackupInfo], erased: bool) {
    let verb = if erased {
        "held them, rewritten"
    } else {
        "hold them, to be rewritten"
    };
    println!("{} backup(s) {verb}:", backups.len());
    for b in backups {
        println!("  {}  {}", b.created_at, b.file);
    }
}

/// Rewrites every backup holding the erased person without them, and says how many.
pub fn purge(store: &Store, person: i64) -> Result<(), String> {
    let report = backup::purge_person(store, person).map_err(|e| {
        format!(
            "{e}: the person is erased from the database, but not yet from every backup; \
             run `mandat-cli person erase --person {person} --yes` again to finish"
        )
    })?;
    println!(
        "backups rewritten without them: {} ({} row(s) removed)",
        report.backups_rewritten, report.rows_removed
    );
    if report.unreadable > 0 {
        eprintln!(
            "{} backup(s) could not be read and were left as they are",
            report.unreadable
        );
    }
    Ok(())
}
