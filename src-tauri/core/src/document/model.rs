//! The shapes of export and verification, as the UI and the CLI see them.

use crate::mission::Language;
use crate::signing::SignerRole;
use crate::trust::Sealer;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What to export: a version of a mission's charter (the latest when `number` is empty), in
/// `language` (the mission's document language when empty), to the file `path`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportRequest {
    pub mission_id: i64,
    #[serde(default)]
    pub number: Option<i64>,
    #[serde(default)]
    pub language: Option<Language>,
    pub path: String,
}

/// A signed charter, or a draft (watermarked, unsigned).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Signed,
    Draft,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportReport {
    pub path: String,
    pub bytes: u64,
    pub kind: DocumentKind,
    pub document_id: String,
    /// SHA-256 of the signed content (the charter's data), hex.
    pub content_sha256: String,
    /// The short verification code printed on the certificate page.
    pub code: String,
}

/// What a PDF turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A Mandat charter, signed, unchanged since, sealed by this laptop's own key or by one
    /// she trusts.
    Valid,
    /// A Mandat charter unchanged since it was sealed, but by a key this laptop does not know:
    /// anyone can make a key in any name, so only its fingerprint, compared with the one the
    /// transition manager published, says who sealed it.
    UnknownSealer,
    /// A Mandat charter whose bytes changed after signing, or whose signature does not hold.
    Modified,
    /// A Mandat draft: readable, never signed.
    Draft,
    /// A PDF (or any file) that is not a Mandat document.
    NotMandat,
    /// The file could not be read at all.
    Unreadable,
}

/// One signer as the document records them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignerLine {
    pub role: SignerRole,
    pub name: String,
    pub title: String,
    pub place: String,
    pub signed_at: String,
}

/// What verification found. Fields other than `outcome` and `detail` are empty when the file
/// does not say (a PDF that is not Mandat's, say).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VerifyReport {
    pub outcome: Outcome,
    /// Why, as a code with its facts (worded in her language by the UI and the CLI).
    pub reason: super::reason::Reason,
    /// Why, in English: `reason`'s sentence, for logs and scripts.
    pub detail: String,
    pub document_id: String,
    pub client: String,
    pub mission: String,
    pub version: Option<i64>,
    pub language: Option<Language>,
    pub approved_by: String,
    pub approved_on: String,
    pub signers: Vec<SignerLine>,
    /// Subject of the certificate that sealed the file.
    pub sealed_by: String,
    /// When the file was sealed (RFC 3339).
    pub sealed_at: String,
    /// SHA-256 of the sealing certificate, in groups of four hex digits; empty when no
    /// signature holds.
    pub fingerprint: String,
    /// Whose key that is, here; `None` when no signature holds.
    pub sealer: Option<Sealer>,
    /// The name she gave a trusted key.
    pub sealer_name: String,
    /// How many signatures the file carries (a Mandat charter has exactly one).
    pub signatures: u32,
    pub code: String,
    pub content_sha256: String,
}
