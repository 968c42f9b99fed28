//! The charter as a PDF: typeset with Typst (template `charter.typ`, fonts embedded), then
//! either sealed with a standard PDF signature (an approved version both signers signed) or
//! marked as a draft (watermarked, unsigned). Verification reads any bytes and says what they
//! are: a valid Mandat charter (sealed by a key this laptop knows), an intact one sealed by an
//! unknown key, a modified one, a draft, or not a Mandat document.

mod code;
pub(crate) mod data;
mod manifest;
pub mod model;
pub mod reason;
pub(crate) mod world;

pub use model::*;
pub use reason::{Reason, SealProblem};

use crate::charter::sql as versions;
use crate::charter::VersionStatus;
use crate::error::{Error, Result};
use crate::mission::sql as missions;
use crate::mission::Language;
use crate::signing::{self, seal, verify as sealcheck, SignerRole};
use crate::store::Store;
use crate::trust::Sealer;
use manifest::Manifest;
use std::path::Path;

const TEMPLATE: &str = include_str!("charter.typ");

/// A PDF in memory, and what it is.
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub kind: DocumentKind,
    pub document_id: String,
    pub content_sha256: String,
    pub code: String,
}

/// Whether to seal: `Auto` seals a version both have signed; `Never` typesets exactly the same
/// document and stops before sealing and the manifest (the benchmark's baseline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sealing {
    Auto,
    Never,
}

/// Writes the PDF of `request` to its path (through a temporary file, so a failed export
/// never leaves half a file where the user asked for one).
pub fn export(store: &Store, request: &ExportRequest) -> Result<ExportReport> {
    let path = Path::new(&request.path);
    let rendered = render(
        store,
        request.mission_id,
        request.number,
        request.language,
        Sealing::Auto,
    )?;
    crate::atomic_file::write(path, &rendered.pdf)?;
    Ok(ExportReport {
        path: request.path.clone(),
        bytes: rendered.pdf.len() as u64,
        kind: rendered.kind,
        document_id: rendered.document_id,
        content_sha256: rendered.content_sha256,
        code: rendered.code,
    })
}

/// Typesets (and seals, when signed) version `number` of a mission's charter, the latest
/// when `None`, in `language` (the mission's when `None`).
pub fn render(
    store: &Store,
    mission_id: i64,
    number: Option<i64>,
    language: Option<Language>,
    sealing: Sealing,
) -> Result<Rendered> {
    let (mission, version, clauses, history, state, drawings, received) = store.read(|r| {
        let mission = missions::get(r, mission_id)?;
        let version = match number {
            Some(n) => versions::version_by_number(r, mission_id, n)?,
            None => versions::latest(r, mission_id)?.ok_or(Error::NotFound {
                what: "charter of mission",
                id: mission_id,
            })?,
        };
        let clauses = versions::clauses(r, version.id)?;
        let history = versions::versions(r, mission_id)?;
        let state = signing::state_in(r, version.id)?;
        let drawings = signing::drawings(r, version.id)?;
        let received = signing::sql::received(r, version.id)?;
        Ok((
            mission, version, clauses, history, state, drawings, received,
        ))
    })?;
    let language = language.unwrap_or(mission.language);
    // Signatures that arrived in a `.mandat` file were witnessed on the sender's laptop, not
    // here: sealing them with this laptop's key would vouch for what she never saw. Such a
    // version keeps its decision and signatures, and exports as an unsealed copy that says
    // when it was received; the sealed original is the sender's PDF. Once she accepts them
    // as received (`signing::accept_received`), her key seals it, the PDF saying so.
    let accepted = received.as_ref().and_then(|r| r.accepted_at.clone());
    let signed = state.complete && (received.is_none() || accepted.is_some());
    let kind = if signed {
        DocumentKind::Signed
    } else {
        DocumentKind::Draft
    };
    let document_id = format!("MANDAT-{}-V{}", mission.id, version.number);

    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut signatures = Vec::new();
    for (signature, drawing) in drawings {
        let file = format!("{}.svg", signature.role.code());
        files.push((file.clone(), drawing.svg().into_bytes()));
        signatures.push((signature, file));
    }
    let mut data = data::build(&data::Content {
        language,
        draft: !signed,
        document_id: &document_id,
        mission: &mission,
        version: &version,
        clauses: &clauses,
        history: &history,
        signatures: &signatures,
    });
    if let Some(received) = &received {
        data["received"] = serde_json::Value::from(data::date(language, &received.at));
        data["received_from"] = serde_json::Value::from(received.from.clone());
        if let Some(at) = &accepted {
            data["accepted"] = serde_json::Value::from(data::date(language, at));
        }
    }
    let content_sha256 = code::sha256_hex(&serde_json::to_vec(&data).expect("json"));
    let code = code::verification_code(&content_sha256);

    let identity = if signed {
        Some(signing::identity_or_create(store, &mission.manager_name)?)
    } else {
        None
    };
    let sealed_at = chrono::Utc::now();
    if let Some(identity) = &identity {
        let qr = code::qr_svg(&format!("{document_id} {code} sha256:{content_sha256}"))
            .map_err(|detail| Error::Typesetting { detail })?;
        files.push(("qr.svg".into(), qr.into_bytes()));
        data["certificate"] = serde_json::json!({
            "content_sha256": content_sha256,
            "code": code,
            "qr": "qr.svg",
            "sealed_by": signing::identity::display_name(&identity.leaf().tbs_certificate.subject),
            "fingerprint": signing::identity::fingerprint(identity.leaf())?,
            "sealed_at": data::timestamp(language, &sealed_at.to_rfc3339()),
        });
    }
    files.push(("data.json".into(), serde_json::to_vec(&data).expect("json")));
    let world = world::DocWorld::new(TEMPLATE, files, chrono::Local::now().date_naive())
        .map_err(|detail| Error::Typesetting { detail })?;
    let pdf = world
        .pdf(&document_id)
        .map_err(|detail| Error::Typesetting { detail })?;
    if sealing == Sealing::Never {
        return Ok(Rendered {
            pdf,
            kind,
            document_id,
            content_sha256,
            code,
        });
    }

    let manifest = Manifest {
        format: manifest::FORMAT.into(),
        kind,
        document_id: document_id.clone(),
        client: mission.client.clone(),
        mission: mission.title.clone(),
        version: version.number,
        language,
        approved_by: if version.status == VersionStatus::Approved {
            version.approver_name.clone()
        } else {
            String::new()
        },
        approved_on: version.decided_on.clone().unwrap_or_default(),
        signers: signatures
            .iter()
            .map(|(s, _)| SignerLine {
                role: s.role,
                name: s.name.clone(),
                title: s.title.clone(),
                place: s.place.clone(),
                signed_at: s.signed_at.clone(),
            })
            .collect(),
        content_sha256: content_sha256.clone(),
        code: code.clone(),
    };
    let pdf = match &identity {
        Some(identity) => {
            let place = signatures
                .iter()
                .find(|(s, _)| s.role == SignerRole::Manager)
                .map(|(s, _)| s.place.as_str())
                .unwrap_or_default();
            let reason = match language {
                Language::Fr => format!(
                    "Charte de mission et mandat approuvés, version {}",
                    version.number
                ),
                Language::En => format!(
                    "Mission charter and mandate, approved, version {}",
                    version.number
                ),
            };
            seal::seal(
                &pdf,
                identity,
                &manifest.to_bytes(),
                &seal::SealText {
                    reason: &reason,
                    location: place,
                    signed_at: sealed_at,
                },
            )?
        }
        None => seal::annotate(&pdf, &manifest.to_bytes())?,
    };
    Ok(Rendered {
        pdf,
        kind,
        document_id,
        content_sha256,
        code,
    })
}

/// What `bytes` are, with no database to say whose key sealed them: a seal that holds reads
/// as [`Outcome::UnknownSealer`], never as valid. Never panics, whatever they hold.
pub fn verify(bytes: &[u8]) -> VerifyReport {
    judged(bytes, |_| Ok((Sealer::Unknown, String::new())))
        .expect("judging without a database cannot fail")
}

/// What `bytes` are, on this laptop: valid only when sealed by its own key or by one she
/// trusts (see [`crate::trust`]).
pub fn verify_with(store: &Store, bytes: &[u8]) -> Result<VerifyReport> {
    judged(bytes, |fingerprint| {
        store.read(|r| crate::trust::judge(r, fingerprint))
    })
}

fn judged(
    bytes: &[u8],
    judge: impl FnOnce(&str) -> Result<(Sealer, String)>,
) -> Result<VerifyReport> {
    let mut report = VerifyReport {
        outcome: Outcome::NotMandat,
        reason: Reason::NotPdf,
        detail: String::new(),
        document_id: String::new(),
        client: String::new(),
        mission: String::new(),
        version: None,
        language: None,
        approved_by: String::new(),
        approved_on: String::new(),
        signers: Vec::new(),
        sealed_by: String::new(),
        sealed_at: String::new(),
        fingerprint: String::new(),
        sealer: None,
        sealer_name: String::new(),
        signatures: 0,
        code: String::new(),
        content_sha256: String::new(),
    };
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Ok(report.because(Reason::NotPdf));
    }
    let manifest = sealcheck::manifest(bytes).and_then(|m| Manifest::parse(&m));
    let seals = sealcheck::seals(bytes);
    report.signatures = u32::try_from(seals.len()).unwrap_or(u32::MAX);
    // Mandat seals once, last, and refuses a document that already has a signature: in a
    // Mandat charter its seal is the first signature, and any later one was added after it.
    let first = seals.first().cloned();
    if let Some(Ok(seal)) = &first {
        report.sealed_by = seal.signer.clone();
        report.sealed_at = seal.signed_at.clone();
        report.fingerprint = seal.fingerprint.clone();
        let (sealer, name) = judge(&seal.fingerprint)?;
        report.sealer = Some(sealer);
        report.sealer_name = name;
    }
    let Some(m) = manifest else {
        let reason = if seals.iter().any(Result::is_ok) {
            Reason::OtherSigned
        } else {
            Reason::NotMandat
        };
        return Ok(report.because(reason));
    };
    report.document_id = m.document_id;
    report.client = m.client;
    report.mission = m.mission;
    report.version = Some(m.version);
    report.language = Some(m.language);
    report.approved_by = m.approved_by;
    report.approved_on = m.approved_on;
    report.signers = m.signers;
    report.code = m.code;
    report.content_sha256 = m.content_sha256;
    let (outcome, reason) = match (m.kind, first) {
        (DocumentKind::Draft, None) => (Outcome::Draft, Reason::Draft),
        (DocumentKind::Draft, Some(_)) => (Outcome::Modified, Reason::DraftAltered),
        (DocumentKind::Signed, None) => (Outcome::Modified, Reason::SealRemoved),
        (DocumentKind::Signed, Some(Err(e))) => (Outcome::Modified, Reason::from(&e)),
        (DocumentKind::Signed, Some(Ok(seal))) if seals.len() > 1 => (
            Outcome::Modified,
            Reason::SignatureAdded {
                signatures: report.signatures,
                covers: seal.covers as u64,
                size: bytes.len() as u64,
            },
        ),
        (DocumentKind::Signed, Some(Ok(seal))) if !seal.whole_file => {
            (Outcome::Modified, Reason::BytesAdded)
        }
        (DocumentKind::Signed, Some(Ok(seal))) => match report.sealer {
            Some(Sealer::Own) => (
                Outcome::Valid,
                Reason::OwnKey {
                    signer: seal.signer,
                },
            ),
            Some(Sealer::Trusted) => (
                Outcome::Valid,
                Reason::TrustedKey {
                    name: report.sealer_name.clone(),
                },
            ),
            _ => (
                Outcome::UnknownSealer,
                Reason::UnknownKey {
                    fingerprint: seal.fingerprint,
                    signer: seal.signer,
                },
            ),
        },
    };
    report.outcome = outcome;
    Ok(report.because(reason))
}

impl VerifyReport {
    /// The report with `reason`, and its English sentence as `detail`.
    fn because(mut self, reason: Reason) -> Self {
        self.detail = reason.text(crate::mission::Language::En);
        self.reason = reason;
        self
    }
}

/// [`verify`] of a file; `unreadable` when it cannot be read.
pub fn verify_file(path: &Path) -> VerifyReport {
    match read_pdf(path) {
        Ok(bytes) => verify(&bytes),
        Err(report) => *report,
    }
}

/// [`verify_with`] of a file; `unreadable` when it cannot be read.
pub fn verify_file_with(store: &Store, path: &Path) -> Result<VerifyReport> {
    match read_pdf(path) {
        Ok(bytes) => verify_with(store, &bytes),
        Err(report) => Ok(*report),
    }
}

/// Larger files are refused unread: a charter is well under a megabyte.
const PDF_MAX: u64 = 64 * 1024 * 1024;

fn read_pdf(path: &Path) -> std::result::Result<Vec<u8>, Box<VerifyReport>> {
    let unreadable = |why: String| {
        let mut report = verify(b"").because(Reason::Unreadable {
            why: format!("{}: {why}", path.display()),
        });
        report.outcome = Outcome::Unreadable;
        Box::new(report)
    };
    crate::transfer::read_limited(path, PDF_MAX).map_err(|e| unreadable(e.to_string()))
}

#[cfg(test)]
mod tests;
