//! mandat-core: everything Mandat knows and does, without a window around it.
//!
//! The desktop app (`src-tauri/app`) and the command line (`mandat-cli`) are thin shells over
//! the functions here, so every behaviour can be tested with `cargo test -p mandat-core` on a
//! temporary database.
//!
//! One folder per part of the product (`mission`, `charter`, `mandate`, `announcement`,
//! `people`, `stakeholder`, `wellbeing`, `signing`, `document`, `transfer`, `backup`,
//! `vault`, `settings`, `demo`). A feature holds its types, its rules, its SQL
//! (`<feature>/sql.rs`) and its migrations (`<feature>/migrations/`). `store` is
//! infrastructure only — opening, pragmas, the read/write split, the migration runner,
//! snapshots, the integrity check — and imports no feature: arrows point one way. Leaves
//! that everyone may use: `error`, `key`, `atomic_file` (every file Mandat writes),
//! `validate`, `clock`.
//!
//! # Adding a feature
//!
//! 1. `src/<feature>/mod.rs`: its types (deriving `ts_rs::TS` when the UI sees them, listed in
//!    `bindings.rs`) and its functions, each taking `&Store` and typed input, validating with
//!    `validate` and returning `Result` with a typed [`Error`] (a new kind of failure is a new
//!    variant with its own `ErrorCode`, translated in the UI).
//! 2. `src/<feature>/migrations/<YYYYMMDDHHMMSS>_<what>.sql`, listed in the feature's
//!    `sql.rs` `MIGRATIONS`; the feature's list is named once in `schema::FEATURES`.
//! 3. `src/<feature>/sql.rs`: its queries, through `store::Read` / `store::Write`.
//! 4. Say where each new table goes when a mission moves: `transfer::sql::TABLES` (carried),
//!    `transfer::sql::OPT_IN` (carried only when she asks, as the wellbeing notes) or
//!    `transfer::sql::EXCLUDED` (with the reason). A test over the schema fails until it is in
//!    exactly one of them. A table naming a person goes in `people::erase` too.
//! 5. Tests beside the code (`src/<feature>/tests.rs`), on `store::tests::temp_store()`.
//!
//! Then one command file in `src-tauri/app/commands/`, the CLI's subcommand, and the UI's
//! folder `ui/src/lib/<feature>/` with its components and messages.

pub mod announcement;
pub mod atomic_file;
pub mod backup;
pub mod brief;
pub mod charter;
pub mod chosen_file;
pub mod clock;
pub mod data_dir;
pub mod demo;
pub mod document;
pub mod error;
pub mod key;
pub mod mandate;
pub mod mission;
pub mod people;
pub mod person_copy;
pub mod schema;
pub mod settings;
pub mod signing;
pub mod stakeholder;
pub mod store;
pub mod transfer;
pub mod trust;
pub mod validate;
pub mod vault;
pub mod wellbeing;

#[cfg(test)]
mod bindings;
#[cfg(test)]
mod testing;

pub use error::{Error, Result};
pub use store::Store;
