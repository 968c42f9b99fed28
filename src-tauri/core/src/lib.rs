//! mandat-core: everything Mandat knows and does, without a window around it.
//!
//! The desktop app (`src-tauri/app`) and the command line (`mandat-cli`) are thin shells over
//! the functions here, so every behaviour can be tested with `cargo test -p mandat-core` on a
//! temporary database. One module per part of the product; the `store` module alone runs SQL.

pub mod announcement;
pub mod atomic_file;
pub mod backup;
pub mod charter;
pub mod clock;
pub mod data_dir;
pub mod demo;
pub mod document;
pub mod error;
pub mod key;
pub mod mandate;
pub mod mission;
pub mod schema;
pub mod settings;
pub mod signing;
pub mod store;
pub mod transfer;
pub mod validate;
pub mod vault;

#[cfg(test)]
mod bindings;

pub use error::{Error, Result};
pub use store::Store;
