//! The shapes of signing: who signs, what they drew, and the key that seals the PDF.

use crate::charter::VersionStatus;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The two people who sign a charter in person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SignerRole {
    /// The CEO or general manager who sponsors the mission.
    Sponsor,
    /// The transition manager.
    Manager,
}

/// One point of a drawn stroke, in the pad's pixels (origin top left).
pub type Point = [f64; 2];

/// A signature as the pad hands it over: the strokes drawn, on a pad of `width` × `height`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignatureInput {
    pub role: SignerRole,
    pub name: String,
    pub title: String,
    pub place: String,
    pub width: f64,
    pub height: f64,
    pub strokes: Vec<Vec<Point>>,
}

/// A recorded signature. `svg` is the drawing, rebuilt from the strokes by Mandat itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Signature {
    pub role: SignerRole,
    pub name: String,
    pub title: String,
    pub place: String,
    /// RFC 3339, UTC.
    pub signed_at: String,
    pub svg: String,
}

/// Where the signing of one version stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SigningState {
    pub version_id: i64,
    pub number: i64,
    pub status: VersionStatus,
    /// Only an approved version can be signed.
    pub signable: bool,
    pub sponsor: Option<Signature>,
    pub manager: Option<Signature>,
    /// Both have signed: the version, and its signatures, can no longer change.
    pub complete: bool,
    /// When its signatures arrived in a `.mandat` file (RFC 3339): they were witnessed on the
    /// sender's laptop, so this one does not seal the version (`document::render`) unless she
    /// accepts them as received.
    pub received_at: Option<String>,
    /// The name of the file they arrived in; empty when not known.
    pub received_from: String,
    /// When she accepted the received signatures as received (RFC 3339): this laptop's key
    /// then seals the version, the PDF saying they were received, not witnessed here.
    pub accepted_at: Option<String>,
}

/// Where the signing key came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IdentitySource {
    /// Made by Mandat, self-signed in the transition manager's name.
    SelfSigned,
    /// Imported from an organisation's PKCS#12 file.
    Imported,
}

/// The certificate that seals exported PDFs (the private key never leaves the database).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IdentityInfo {
    pub subject: String,
    pub issuer: String,
    pub source: IdentitySource,
    /// SHA-256 of the certificate, in groups of four hex digits a person can read aloud.
    pub fingerprint: String,
    /// `YYYY-MM-DD`.
    pub not_before: String,
    pub not_after: String,
    pub created_at: String,
}

impl SignerRole {
    pub fn code(self) -> &'static str {
        match self {
            SignerRole::Sponsor => "sponsor",
            SignerRole::Manager => "manager",
        }
    }

    pub fn from_code(code: &str) -> Option<SignerRole> {
        [SignerRole::Sponsor, SignerRole::Manager]
            .into_iter()
            .find(|r| r.code() == code)
    }
}

impl IdentitySource {
    pub fn code(self) -> &'static str {
        match self {
            IdentitySource::SelfSigned => "self_signed",
            IdentitySource::Imported => "imported",
        }
    }

    pub fn from_code(code: &str) -> Option<IdentitySource> {
        [IdentitySource::SelfSigned, IdentitySource::Imported]
            .into_iter()
            .find(|s| s.code() == code)
    }
}
