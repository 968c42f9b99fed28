//! The IPC surface, declared once in `list.rs`: each command is one line into mandat-core, so all
//! behaviour is tested there. `async` runs them off the main thread, keeping the window
//! responsive during a write.

#[cfg(test)]
mod typescript;

use crate::startup::Started;
use crate::vault::Vault;
use mandat_core::announcement::{self, AnnouncementInput, Board, Briefing, BriefingInput};
use mandat_core::backup::{self, BackupInfo, BackupReason};
use mandat_core::brief::{self, BriefPage, WhatChanged};
use mandat_core::charter::{
    self, Author, Charter, ClauseInput, Comparison, DecisionInput, Review, Version,
};
use mandat_core::chosen_file::{self, FileKind::*};
use mandat_core::document::{self, ExportReport, ExportRequest, VerifyReport};
use mandat_core::mission::{self, Language, Mission, MissionDraft, MissionStatus, MissionSummary};
use mandat_core::people::{self, ErasePreview, Person, PersonInput};
use mandat_core::person_copy::{self, PersonCopy};
use mandat_core::settings::{self, Settings};
use mandat_core::signing::{self, IdentityInfo, SignatureInput, SignerRole, SigningState};
use mandat_core::stakeholder::spreadsheet::{self, CsvPreview};
use mandat_core::stakeholder::{
    self, Assessment, AssessmentInput, Cadence, Interaction, InteractionInput, PersonCard,
    StakeholderMap,
};
use mandat_core::transfer::{self, ExportOptions, ImportMode, ImportPreview};
use mandat_core::vault::VaultStatus;
use mandat_core::wellbeing::{
    self, Acknowledgment, AcknowledgmentInput, Alert, CheckIn, CheckInInput, NoteCounts,
    RegisterTeam, TeamBoard, Thresholds,
};
use mandat_core::Result;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tauri::ipc::Invoke;
use tauri::{Runtime, State};
use zeroize::Zeroizing;

/// Turns the list into the `#[tauri::command]` functions, [`NAMES`], [`handler`] and (in tests)
/// the signatures `typescript` writes. build.rs reads the same list with its own `commands!`,
/// which keeps only the names.
macro_rules! commands {
    ($(
        $name:ident [$($state:ident: $state_ty:ty),* $(,)?]
        ($($arg:ident: $arg_ty:ty),* $(,)?) -> $ret:ty = $body:expr;
    )*) => {
        $(
            // Private: Tauri then defines its helper macros for the handler below without
            // `#[macro_export]`.
            #[tauri::command(async)]
            fn $name($($state: State<'_, $state_ty>,)* $($arg: $arg_ty),*) -> Result<$ret> {
                $body
            }
        )*

        /// Every command's name, in the list's order (the capability's test reads it).
        #[cfg(test)]
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Runs the window's calls of the commands, by name.
        pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }

        /// Each command's arguments and result, in TypeScript.
        #[cfg(test)]
        fn signatures(cfg: &ts_rs::Config) -> Vec<typescript::Signature> {
            vec![$(typescript::Signature {
                name: stringify!($name),
                args: vec![$((stringify!($arg), typescript::Type::of::<$arg_ty>(cfg))),*],
                returns: typescript::Type::of::<$ret>(cfg),
            }),*]
        }
    };
}

include!("list.rs");

/// A path from the window, as a file of `kind` to read: never in the data folder, never a FIFO
/// (see `mandat_core::chosen_file`).
fn reading(vault: &Vault, path: &Path, kind: chosen_file::FileKind) -> Result<PathBuf> {
    chosen_file::for_reading(vault.data_dir(), path, kind)
}

/// A path from the window, as a file of `kind` to write: never in the data folder, never over
/// a file of another kind.
fn writing(vault: &Vault, path: &Path, kind: chosen_file::FileKind) -> Result<PathBuf> {
    chosen_file::for_writing(vault.data_dir(), path, kind)
}
