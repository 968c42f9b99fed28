//! Sealing a PDF: one `adbe.pkcs7.detached` signature (SHA-256) over the whole final file,
//! written as an incremental update by lopdf, the CMS built by RustCrypto's `cms`. The same
//! update records Mandat's manifest in the document catalog, so the signature covers it.
//!
//! Only one signature, made last: readers flag earlier signatures after any later update.

use super::identity::{Identity, Key};
use crate::error::{Error, Result};
use cms::builder::{create_signing_time_attribute, SignedDataBuilder, SignerInfoBuilder};
use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::signed_data::{EncapsulatedContentInfo, SignerIdentifier};
use der::Encode;
use lopdf::{dictionary, IncrementalDocument, Object, StringFormat};
use sha2::{Digest, Sha256};
use spki::AlgorithmIdentifierOwned;

/// Room reserved for the CMS blob (hex-encoded in the file, so twice that). P-256 with one
/// certificate is about 1 KB; RSA-4096 with a chain of three stays well under 16 KB.
const CMS_ROOM: usize = 16 * 1024;

/// The catalog key under which Mandat's manifest (hex-encoded JSON) is written.
pub const MANIFEST_KEY: &str = "MandatManifest";

fn pdf_error(e: impl std::fmt::Display) -> Error {
    Error::Seal {
        detail: e.to_string(),
    }
}

/// What the signature dictionary says, in the document's language.
pub struct SealText<'a> {
    pub reason: &'a str,
    pub location: &'a str,
    pub signed_at: chrono::DateTime<chrono::Utc>,
}

/// Adds the manifest to the catalog without signing (drafts).
pub fn annotate(pdf: &[u8], manifest: &[u8]) -> Result<Vec<u8>> {
    let mut inc: IncrementalDocument = pdf.try_into().map_err(pdf_error)?;
    let root = inc
        .get_prev_documents()
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(pdf_error)?;
    inc.opt_clone_object_to_new_document(root)
        .map_err(pdf_error)?;
    let catalog = inc
        .new_document
        .get_dictionary_mut(root)
        .map_err(pdf_error)?;
    catalog.set(
        MANIFEST_KEY,
        Object::String(manifest.to_vec(), StringFormat::Hexadecimal),
    );
    let mut out = Vec::with_capacity(pdf.len() + 2 * manifest.len() + 1024);
    inc.save_to(&mut out).map_err(pdf_error)?;
    Ok(out)
}

/// Signs the whole `pdf` with `identity` (an invisible signature field on the first page)
/// and records `manifest` in the catalog.
pub fn seal(pdf: &[u8], identity: &Identity, manifest: &[u8], text: &SealText) -> Result<Vec<u8>> {
    sign_update(pdf, identity, Some(manifest), text)
}

/// What another PDF signer does to a sealed file: one more signature, in an incremental
/// update after Mandat's, its field added to the existing form (tests of the verifier).
#[cfg(test)]
pub fn countersign(pdf: &[u8], identity: &Identity, text: &SealText) -> Result<Vec<u8>> {
    sign_update(pdf, identity, None, text)
}

/// With a manifest: Mandat's seal, refused on a document that has a form already. Without:
/// a later signature added to the form.
fn sign_update(
    pdf: &[u8],
    identity: &Identity,
    manifest: Option<&[u8]>,
    text: &SealText,
) -> Result<Vec<u8>> {
    let mut inc: IncrementalDocument = pdf.try_into().map_err(pdf_error)?;
    let prev = inc.get_prev_documents();
    let root = prev
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(pdf_error)?;
    let page = *prev
        .get_pages()
        .values()
        .next()
        .ok_or_else(|| pdf_error("no page"))?;
    let signer = super::identity::display_name(&identity.leaf().tbs_certificate.subject);

    let placeholder = Object::Integer(9_999_999_999);
    let sig = inc.new_document.add_object(dictionary! {
        "Type" => "Sig",
        "Filter" => "Adobe.PPKLite",
        "SubFilter" => "adbe.pkcs7.detached",
        "ByteRange" => vec![Object::Integer(0), placeholder.clone(), placeholder.clone(), placeholder],
        "Contents" => Object::String(vec![0u8; CMS_ROOM], StringFormat::Hexadecimal),
        "M" => Object::string_literal(text.signed_at.format("D:%Y%m%d%H%M%S+00'00'").to_string()),
        "Name" => lopdf::text_string(&signer),
        "Reason" => lopdf::text_string(text.reason),
        "Location" => lopdf::text_string(text.location),
    });
    let widget = inc.new_document.add_object(dictionary! {
        "Type" => "Annot",
        "Subtype" => "Widget",
        "FT" => "Sig",
        "T" => Object::string_literal("Mandat"),
        "V" => sig,
        "F" => 132, // Print | Locked
        "Rect" => vec![0.into(), 0.into(), 0.into(), 0.into()],
        "P" => page,
    });
    inc.opt_clone_object_to_new_document(page)
        .map_err(pdf_error)?;
    let annots = inc
        .new_document
        .get_dictionary(page)
        .map_err(pdf_error)?
        .get(b"Annots")
        .ok()
        .and_then(|o| o.as_reference().ok());
    if let Some(annots) = annots {
        inc.opt_clone_object_to_new_document(annots)
            .map_err(pdf_error)?;
        inc.new_document
            .get_object_mut(annots)
            .and_then(Object::as_array_mut)
            .map_err(pdf_error)?
            .push(widget.into());
    } else {
        let page = inc
            .new_document
            .get_dictionary_mut(page)
            .map_err(pdf_error)?;
        match page.get_mut(b"Annots") {
            Ok(Object::Array(a)) => a.push(widget.into()),
            _ => page.set("Annots", vec![Object::from(widget)]),
        }
    }
    inc.opt_clone_object_to_new_document(root)
        .map_err(pdf_error)?;
    let catalog = inc
        .new_document
        .get_dictionary_mut(root)
        .map_err(pdf_error)?;
    match manifest {
        Some(manifest) => {
            if catalog.has(b"AcroForm") {
                return Err(pdf_error("the document already has a form or a signature"));
            }
            // SigFlags 3: signatures exist, append only.
            catalog.set(
                "AcroForm",
                dictionary! { "Fields" => vec![Object::from(widget)], "SigFlags" => 3 },
            );
            catalog.set(
                MANIFEST_KEY,
                Object::String(manifest.to_vec(), StringFormat::Hexadecimal),
            );
        }
        None => match catalog.get_mut(b"AcroForm") {
            Ok(Object::Dictionary(form)) => match form.get_mut(b"Fields") {
                Ok(Object::Array(fields)) => fields.push(widget.into()),
                _ => return Err(pdf_error("the form has no fields")),
            },
            _ => return Err(pdf_error("no form to add a signature to")),
        },
    }

    let manifest_len = manifest.map_or(0, <[u8]>::len);
    let mut out = Vec::with_capacity(pdf.len() + 2 * (CMS_ROOM + manifest_len) + 4096);
    inc.save_to(&mut out).map_err(pdf_error)?;

    // Fill in /ByteRange, then the CMS over those ranges, in the appended revision.
    let missing = |what| pdf_error(format!("{what} not written"));
    let br = find(&out, b"/ByteRange", pdf.len()).ok_or_else(|| missing("ByteRange"))?;
    let open = find(&out, b"[", br).ok_or_else(|| missing("ByteRange ["))?;
    let close = find(&out, b"]", open).ok_or_else(|| missing("ByteRange ]"))?;
    let mut hole = Vec::with_capacity(2 * CMS_ROOM + 2);
    hole.push(b'<');
    hole.resize(2 * CMS_ROOM + 1, b'0');
    hole.push(b'>');
    let start = find(&out, &hole, pdf.len()).ok_or_else(|| missing("Contents"))?;
    let end = start + hole.len();
    let ranges = format!("0 {start} {end} {}", out.len() - end);
    let width = close - open - 1;
    if ranges.len() > width {
        return Err(pdf_error("ByteRange placeholder too small"));
    }
    out[open + 1..close].copy_from_slice(format!("{ranges:<width$}").as_bytes());

    let mut hash = Sha256::new();
    hash.update(&out[..start]);
    hash.update(&out[end..]);
    let cms = cms_blob(identity, &hash.finalize())?;
    if cms.len() > CMS_ROOM {
        return Err(pdf_error(format!(
            "the signature takes {} bytes, room for {CMS_ROOM}",
            cms.len()
        )));
    }
    let hex = hex::encode_upper(&cms);
    out[start + 1..start + 1 + hex.len()].copy_from_slice(hex.as_bytes());
    Ok(out)
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Detached CMS SignedData over `digest`, with content type, message digest and signing time.
fn cms_blob(identity: &Identity, digest: &[u8]) -> Result<Vec<u8>> {
    let e = |e: der::Error| pdf_error(e);
    let b = |e: cms::builder::Error| pdf_error(e);
    let leaf = identity.leaf();
    let content = EncapsulatedContentInfo {
        econtent_type: const_oid::db::rfc5911::ID_DATA,
        econtent: None,
    };
    let sid = SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
        issuer: leaf.tbs_certificate.issuer.clone(),
        serial_number: leaf.tbs_certificate.serial_number.clone(),
    });
    let sha256 = AlgorithmIdentifierOwned {
        oid: const_oid::db::rfc5912::ID_SHA_256,
        parameters: None,
    };
    let mut signed = SignedDataBuilder::new(&content);
    signed.add_digest_algorithm(sha256.clone()).map_err(b)?;
    for cert in &identity.chain {
        signed
            .add_certificate(CertificateChoices::Certificate(cert.clone()))
            .map_err(b)?;
    }
    match &identity.key {
        Key::P256(k) => {
            let mut si =
                SignerInfoBuilder::new(k, sid, sha256, &content, Some(digest)).map_err(b)?;
            si.add_signed_attribute(create_signing_time_attribute().map_err(b)?)
                .map_err(b)?;
            signed
                .add_signer_info::<_, p256::ecdsa::DerSignature>(si)
                .map_err(b)?;
        }
        Key::Rsa(k) => {
            let mut si = SignerInfoBuilder::new(k.as_ref(), sid, sha256, &content, Some(digest))
                .map_err(b)?;
            si.add_signed_attribute(create_signing_time_attribute().map_err(b)?)
                .map_err(b)?;
            signed
                .add_signer_info::<_, rsa::pkcs1v15::Signature>(si)
                .map_err(b)?;
        }
    }
    signed.build().map_err(b)?.to_der().map_err(e)
}
