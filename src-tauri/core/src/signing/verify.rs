//! Checking every signature of a PDF, and finding Mandat's manifest, in any bytes at all.
//!
//! Written never to panic (the release build aborts on panic, so there is no unwinding to
//! catch): no PDF object parser, only bounded scanning with checked arithmetic, then `der`
//! and `cms` decoding, which return errors.

use super::identity::{display_name, fingerprint};
use super::seal::MANIFEST_KEY;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier};
use der::{Decode, Encode, Reader, SliceReader};
use sha2::{Digest, Sha256};
use x509_cert::Certificate;

/// What a signature that holds says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seal {
    pub signer: String,
    pub fingerprint: String,
    /// RFC 3339, from the signed attributes.
    pub signed_at: String,
    /// The signed ranges start at 0, end at the end of the file, and leave out only the
    /// signature itself: nothing was added after signing.
    pub whole_file: bool,
    /// Where the signed bytes end: what follows was added after this signature.
    pub covers: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("the file carries no signature")]
    NoSignature,
    #[error("the signature is malformed: {0}")]
    Malformed(String),
    #[error("the signed bytes were changed (digest mismatch)")]
    DigestMismatch,
    #[error("the signature does not match its certificate")]
    BadSignature,
    #[error("unsupported signature: {0}")]
    Unsupported(String),
}

fn malformed(what: impl std::fmt::Display) -> SealError {
    SealError::Malformed(what.to_string())
}

/// The last position of `needle` in `hay`.
fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// A PDF hex string's bytes: white space between the digits is allowed there.
fn hex_decode(text: &[u8]) -> Option<Vec<u8>> {
    let digits: Vec<u8> = text
        .iter()
        .copied()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    hex::decode(digits).ok()
}

/// The bytes of the last manifest in the file, if any (hex string after the catalog key).
pub fn manifest(bytes: &[u8]) -> Option<Vec<u8>> {
    const LIMIT: usize = 256 * 1024;
    let key = format!("/{MANIFEST_KEY}");
    let at = rfind(bytes, key.as_bytes())?;
    let rest = bytes.get(at + key.len()..)?;
    let open = rest.iter().take(16).position(|&b| b == b'<')?;
    let body = rest.get(open + 1..)?;
    let close = body.iter().take(LIMIT).position(|&b| b == b'>')?;
    hex_decode(body.get(..close)?)
}

/// At most this many signatures are checked; a file with more is not Mandat's anyway.
const MAX_SIGNATURES: usize = 16;

/// Where each `/ByteRange` key starts, in file order (at most [`MAX_SIGNATURES`] + 1, so a
/// caller can tell there were too many).
fn byte_ranges(bytes: &[u8]) -> Vec<usize> {
    const KEY: &[u8] = b"/ByteRange";
    let mut found = Vec::new();
    let mut from = 0;
    while found.len() <= MAX_SIGNATURES {
        let Some(at) = bytes
            .get(from..)
            .and_then(|rest| rest.windows(KEY.len()).position(|w| w == KEY))
        else {
            break;
        };
        found.push(from + at);
        from += at + KEY.len();
    }
    found
}

fn byte_range(bytes: &[u8], at: usize) -> Result<[usize; 4], SealError> {
    let rest = bytes.get(at + 10..).ok_or_else(|| malformed("ByteRange"))?;
    let rest = rest.get(..rest.len().min(200)).unwrap_or_default();
    let open = rest.iter().position(|&b| b == b'[');
    let close = rest.iter().position(|&b| b == b']');
    let (Some(open), Some(close)) = (open, close) else {
        return Err(malformed("ByteRange"));
    };
    let inner = rest
        .get(open + 1..close)
        .and_then(|s| std::str::from_utf8(s).ok())
        .ok_or_else(|| malformed("ByteRange"))?;
    let numbers = inner
        .split_ascii_whitespace()
        .map(str::parse::<usize>)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| malformed("ByteRange number"))?;
    <[usize; 4]>::try_from(numbers).map_err(|_| malformed("ByteRange must hold 4 numbers"))
}

/// Checks every signature of `bytes`, in the order they appear in the file (the first one
/// is the oldest: a later signer appends an incremental update after it). Empty when the
/// file carries none.
pub fn seals(bytes: &[u8]) -> Vec<Result<Seal, SealError>> {
    let found = byte_ranges(bytes);
    if found.len() > MAX_SIGNATURES {
        return vec![Err(malformed(format!(
            "more than {MAX_SIGNATURES} signatures"
        )))];
    }
    found.into_iter().map(|at| check_at(bytes, at)).collect()
}

/// Checks the signature whose `/ByteRange` key starts at `at`.
fn check_at(bytes: &[u8], at: usize) -> Result<Seal, SealError> {
    let [s0, l0, s1, l1] = byte_range(bytes, at)?;
    let overflow = || malformed("ByteRange overflow");
    let e0 = s0.checked_add(l0).ok_or_else(overflow)?;
    let e1 = s1.checked_add(l1).ok_or_else(overflow)?;
    if s0 > e0 || e0 > s1 || e1 > bytes.len() {
        return Err(malformed("ByteRange out of bounds"));
    }
    let gap = bytes.get(e0..s1).unwrap_or_default();
    if gap.len() < 2 || gap.first() != Some(&b'<') || gap.last() != Some(&b'>') {
        return Err(malformed("the unsigned gap is not the signature"));
    }
    let whole_file = s0 == 0 && e1 == bytes.len();
    let covers = e1;
    let blob = hex_decode(&gap[1..gap.len() - 1]).ok_or_else(|| malformed("Contents hex"))?;

    // One DER value, then zero padding.
    let mut reader = SliceReader::new(&blob).map_err(malformed)?;
    let info = ContentInfo::decode(&mut reader).map_err(malformed)?;
    let rest = usize::try_from(reader.remaining_len()).unwrap_or(0);
    if blob.iter().rev().take(rest).any(|&b| b != 0) {
        return Err(malformed("bytes after the CMS"));
    }
    if info.content_type != const_oid::db::rfc5911::ID_SIGNED_DATA {
        return Err(SealError::Unsupported(format!(
            "content type {}",
            info.content_type
        )));
    }
    let signed: SignedData = info.content.decode_as().map_err(malformed)?;
    let si = signed
        .signer_infos
        .0
        .iter()
        .next()
        .ok_or_else(|| malformed("no signer"))?;
    if si.digest_alg.oid != const_oid::db::rfc5912::ID_SHA_256 {
        return Err(SealError::Unsupported(format!(
            "digest {}",
            si.digest_alg.oid
        )));
    }

    // 1. The signed ranges hash to the signed message digest.
    let mut hash = Sha256::new();
    hash.update(&bytes[s0..e0]);
    hash.update(&bytes[s1..e1]);
    let digest = hash.finalize();
    let attrs = si
        .signed_attrs
        .as_ref()
        .ok_or_else(|| SealError::Unsupported("no signed attributes".into()))?;
    let attr = |oid| {
        attrs
            .iter()
            .find(|a| a.oid == oid)
            .and_then(|a| a.values.iter().next())
    };
    let md = attr(const_oid::db::rfc5911::ID_MESSAGE_DIGEST)
        .ok_or_else(|| malformed("no message digest"))?
        .decode_as::<der::asn1::OctetStringRef>()
        .map_err(malformed)?;
    if md.as_bytes() != digest.as_slice() {
        return Err(SealError::DigestMismatch);
    }
    let signed_at = attr(const_oid::db::rfc5911::ID_SIGNING_TIME)
        .and_then(|v| x509_cert::time::Time::from_der(&v.to_der().ok()?).ok())
        .and_then(|t| {
            let secs = i64::try_from(t.to_unix_duration().as_secs()).ok()?;
            chrono::DateTime::from_timestamp(secs, 0)
        })
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default();

    // 2. The signer's certificate (by issuer and serial) signed those attributes.
    let SignerIdentifier::IssuerAndSerialNumber(isn) = &si.sid else {
        return Err(SealError::Unsupported(
            "signer named by key identifier".into(),
        ));
    };
    let cert: &Certificate = signed
        .certificates
        .as_ref()
        .and_then(|certs| {
            certs.0.iter().find_map(|c| match c {
                cms::cert::CertificateChoices::Certificate(c)
                    if c.tbs_certificate.issuer == isn.issuer
                        && c.tbs_certificate.serial_number == isn.serial_number =>
                {
                    Some(c)
                }
                _ => None,
            })
        })
        .ok_or_else(|| malformed("the signer's certificate is not in the file"))?;
    let message = attrs.to_der().map_err(malformed)?;
    let key = &cert.tbs_certificate.subject_public_key_info;
    let sig = si.signature.as_bytes();
    let alg = si.signature_algorithm.oid;
    let holds = if alg == const_oid::db::rfc5912::ECDSA_WITH_SHA_256 {
        use p256::ecdsa::signature::Verifier;
        let vk = p256::ecdsa::VerifyingKey::from_sec1_bytes(key.subject_public_key.raw_bytes())
            .map_err(|_| malformed("EC key"))?;
        let sig = p256::ecdsa::DerSignature::from_bytes(sig).map_err(|_| malformed("ECDSA"))?;
        vk.verify(&message, &sig).is_ok()
    } else if alg == const_oid::db::rfc5912::SHA_256_WITH_RSA_ENCRYPTION
        || alg == const_oid::db::rfc5912::RSA_ENCRYPTION
    {
        use rsa::pkcs1::DecodeRsaPublicKey;
        use rsa::signature::Verifier;
        let pk = rsa::RsaPublicKey::from_pkcs1_der(key.subject_public_key.raw_bytes())
            .map_err(|_| malformed("RSA key"))?;
        let vk = rsa::pkcs1v15::VerifyingKey::<Sha256>::new(pk);
        let sig = rsa::pkcs1v15::Signature::try_from(sig).map_err(|_| malformed("RSA"))?;
        vk.verify(&message, &sig).is_ok()
    } else {
        return Err(SealError::Unsupported(format!("signature algorithm {alg}")));
    };
    if !holds {
        return Err(SealError::BadSignature);
    }
    Ok(Seal {
        signer: display_name(&cert.tbs_certificate.subject),
        fingerprint: fingerprint(cert).map_err(malformed)?,
        signed_at,
        whole_file,
        covers,
    })
}
