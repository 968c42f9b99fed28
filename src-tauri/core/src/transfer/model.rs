//! The shapes of moving a mission between laptops.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a `.mandat` file holds, shown before anything is imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub client: String,
    pub title: String,
    pub start_date: String,
    pub exported_at: String,
    pub versions: u32,
    pub signatures: u32,
    pub audiences: u32,
    /// Wellbeing check-ins the file holds (none unless its sender ticked "include wellbeing
    /// notes"), and about how many people.
    pub wellbeing_notes: u32,
    pub wellbeing_people: u32,
    /// A mission here with the same client and title, if any: import then asks whether to
    /// keep both or replace it.
    pub existing: Option<i64>,
}

/// What to do when the mission already exists here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportMode {
    KeepBoth,
    Replace,
}

/// What a `.mandat` file carries beyond the mission itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ExportOptions {
    /// The wellbeing notes (check-ins and acknowledged alerts): left out unless asked.
    pub include_wellbeing: bool,
}
