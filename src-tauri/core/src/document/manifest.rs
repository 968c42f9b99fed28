//! Mandat's manifest: a small JSON record written into the PDF's catalog (inside the signed
//! bytes), so a file can be recognised and described with no database at hand.

use super::model::{DocumentKind, SignerLine};
use crate::mission::Language;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "mandat-charter/1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub kind: DocumentKind,
    pub document_id: String,
    pub client: String,
    pub mission: String,
    pub version: i64,
    pub language: Language,
    pub approved_by: String,
    /// `YYYY-MM-DD`, empty when not approved.
    pub approved_on: String,
    pub signers: Vec<SignerLine>,
    pub content_sha256: String,
    pub code: String,
}

impl Manifest {
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("plain data serialises")
    }

    /// `None` unless the bytes are a manifest of a format this build knows.
    pub fn parse(bytes: &[u8]) -> Option<Manifest> {
        serde_json::from_slice::<Manifest>(bytes)
            .ok()
            .filter(|m| m.format == FORMAT)
    }
}
