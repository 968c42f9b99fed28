//! The key and certificate that seal exported PDFs: a P-256 key with a self-signed certificate
//! in the transition manager's name, or an organisation's key imported from PKCS#12 (P-256 or
//! RSA). Stored in the database as PKCS#8 DER and DER certificates; the private key is never
//! written anywhere else.

use super::model::{IdentityInfo, IdentitySource};
use crate::error::{Error, Result};
use der::{Decode, Encode};
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use sha2::{Digest, Sha256};
use spki::SubjectPublicKeyInfoOwned;
use std::str::FromStr;
use std::time::Duration;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::Validity;
use x509_cert::Certificate;

/// A self-signed certificate lasts ten years: the charters it seals stay checkable.
const SELF_SIGNED_YEARS: u64 = 10;

pub(crate) enum Key {
    P256(p256::ecdsa::SigningKey),
    Rsa(Box<rsa::pkcs1v15::SigningKey<Sha256>>),
}

pub(crate) struct Identity {
    pub key: Key,
    /// Leaf first.
    pub chain: Vec<Certificate>,
    pub source: IdentitySource,
    pub created_at: String,
}

fn key_error(e: impl std::fmt::Display) -> Error {
    Error::KeyFile {
        detail: e.to_string(),
    }
}

fn internal(e: impl std::fmt::Display) -> Error {
    Error::SigningKey {
        detail: e.to_string(),
    }
}

/// `CN=<name>` as an RFC 4514 string, escaping what RFC 4514 requires.
fn subject_for(name: &str) -> String {
    let mut out = String::from("CN=");
    for (i, c) in name.chars().enumerate() {
        let first_or_last = i == 0 || i + 1 == name.chars().count();
        match c {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' | '=' => out.push('\\'),
            '#' | ' ' if first_or_last => out.push('\\'),
            _ => {}
        }
        out.push(c);
    }
    out
}

impl Identity {
    /// A new P-256 key and a self-signed end-entity certificate (digital signature, non
    /// repudiation) for `name`. x509-cert encodes the name as UTF8String, so accents survive.
    pub fn self_signed(name: &str, now: &str) -> Result<Identity> {
        let key = p256::ecdsa::SigningKey::random(&mut rand_core::OsRng);
        let subject = Name::from_str(&subject_for(name)).map_err(internal)?;
        let mut serial = [0u8; 16];
        rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut serial);
        serial[0] &= 0x7f;
        let spki = SubjectPublicKeyInfoOwned::from_key(*key.verifying_key()).map_err(internal)?;
        let builder = CertificateBuilder::new(
            Profile::Leaf {
                issuer: subject.clone(),
                enable_key_agreement: false,
                enable_key_encipherment: false,
            },
            SerialNumber::new(&serial).map_err(internal)?,
            Validity::from_now(Duration::from_secs(SELF_SIGNED_YEARS * 365 * 86_400))
                .map_err(internal)?,
            subject,
            spki,
            &key,
        )
        .map_err(internal)?;
        let cert = builder
            .build::<p256::ecdsa::DerSignature>()
            .map_err(internal)?;
        Ok(Identity {
            key: Key::P256(key),
            chain: vec![cert],
            source: IdentitySource::SelfSigned,
            created_at: now.to_owned(),
        })
    }

    /// An organisation's PKCS#12 file (OpenSSL 3's AES default or legacy 3DES).
    pub fn from_pkcs12(data: &[u8], password: &str, now: &str) -> Result<Identity> {
        let store = p12_keystore::KeyStore::from_pkcs12(data, password).map_err(|e| {
            key_error(format!(
                "not a PKCS#12 file, or the password is wrong ({e:?})"
            ))
        })?;
        let (_, chain) = store
            .private_key_chain()
            .ok_or_else(|| key_error("the file holds no private key with its certificate"))?;
        let certs = chain
            .chain()
            .iter()
            .map(|c| Certificate::from_der(c.as_der()))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(key_error)?;
        if certs.is_empty() {
            return Err(key_error("the file holds no certificate"));
        }
        let key = parse_key(chain.key()).map_err(|_| {
            key_error("the private key is neither P-256 nor RSA, which Mandat can use")
        })?;
        let identity = Identity {
            key,
            chain: certs,
            source: IdentitySource::Imported,
            created_at: now.to_owned(),
        };
        identity.check_pair()?;
        Ok(identity)
    }

    /// Refuses a file whose first certificate is not the key's.
    fn check_pair(&self) -> Result<()> {
        let spki = match &self.key {
            Key::P256(k) => SubjectPublicKeyInfoOwned::from_key(*k.verifying_key()),
            Key::Rsa(k) => SubjectPublicKeyInfoOwned::from_key(k.as_ref().as_ref().to_public_key()),
        }
        .map_err(internal)?;
        if spki != self.chain[0].tbs_certificate.subject_public_key_info {
            return Err(key_error(
                "the certificate in the file does not belong to its private key",
            ));
        }
        Ok(())
    }

    pub fn private_key_der(&self) -> Result<Vec<u8>> {
        Ok(match &self.key {
            Key::P256(k) => k.to_pkcs8_der().map_err(internal)?.as_bytes().to_vec(),
            Key::Rsa(k) => rsa::pkcs8::EncodePrivateKey::to_pkcs8_der(k.as_ref().as_ref())
                .map_err(internal)?
                .as_bytes()
                .to_vec(),
        })
    }

    pub fn chain_der(&self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        for cert in &self.chain {
            out.extend(cert.to_der().map_err(internal)?);
        }
        Ok(out)
    }

    pub fn from_stored(
        key_der: &[u8],
        chain_der: &[u8],
        source: IdentitySource,
        created_at: String,
    ) -> Result<Identity> {
        let key = parse_key(key_der)?;
        let mut chain = Vec::new();
        let mut reader = der::SliceReader::new(chain_der).map_err(internal)?;
        while !der::Reader::is_finished(&reader) {
            chain.push(Certificate::decode(&mut reader).map_err(internal)?);
        }
        if chain.is_empty() {
            return Err(internal("no certificate stored"));
        }
        Ok(Identity {
            key,
            chain,
            source,
            created_at,
        })
    }

    pub fn leaf(&self) -> &Certificate {
        &self.chain[0]
    }

    pub fn info(&self) -> Result<IdentityInfo> {
        let tbs = &self.leaf().tbs_certificate;
        Ok(IdentityInfo {
            subject: display_name(&tbs.subject),
            issuer: display_name(&tbs.issuer),
            source: self.source,
            fingerprint: fingerprint(self.leaf())?,
            not_before: day(tbs.validity.not_before),
            not_after: day(tbs.validity.not_after),
            created_at: self.created_at.clone(),
        })
    }
}

fn parse_key(der: &[u8]) -> Result<Key> {
    if let Ok(k) = p256::ecdsa::SigningKey::from_pkcs8_der(der) {
        return Ok(Key::P256(k));
    }
    let k = <rsa::RsaPrivateKey as rsa::pkcs8::DecodePrivateKey>::from_pkcs8_der(der)
        .map_err(internal)?;
    Ok(Key::Rsa(Box::new(
        rsa::pkcs1v15::SigningKey::<Sha256>::new(k),
    )))
}

/// SHA-256 of the certificate, in groups of four hex digits (see `trust::grouped`).
pub fn fingerprint(cert: &Certificate) -> Result<String> {
    let digest = Sha256::digest(cert.to_der().map_err(internal)?);
    Ok(crate::trust::grouped(&hex::encode_upper(digest)))
}

fn day(t: x509_cert::time::Time) -> String {
    let secs = t.to_unix_duration().as_secs();
    chrono::DateTime::from_timestamp(i64::try_from(secs).unwrap_or(i64::MAX), 0)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// The common name when there is one (UTF8String or PrintableString), else the whole name.
pub fn display_name(name: &Name) -> String {
    common_name(name).unwrap_or_else(|| name.to_string())
}

pub fn common_name(name: &Name) -> Option<String> {
    name.0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .find(|atv| atv.oid == const_oid::db::rfc4519::CN)
        .and_then(|atv| {
            atv.value
                .decode_as::<der::asn1::Utf8StringRef>()
                .map(|s| s.as_str().to_owned())
                .or_else(|_| {
                    atv.value
                        .decode_as::<der::asn1::PrintableStringRef>()
                        .map(|s| s.as_str().to_owned())
                })
                .ok()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_self_signed_identity_keeps_an_accented_name_and_round_trips_through_storage() {
        let id = Identity::self_signed("Hélène Vasseur, DSI", "2026-11-23T10:00:00Z").unwrap();
        let info = id.info().unwrap();
        assert_eq!(info.subject, "Hélène Vasseur, DSI");
        assert_eq!(info.issuer, info.subject);
        assert_eq!(info.source, IdentitySource::SelfSigned);
        assert_eq!(
            info.fingerprint.len(),
            16 * 5 - 1,
            "16 groups of 4 hex digits"
        );
        let back = Identity::from_stored(
            &id.private_key_der().unwrap(),
            &id.chain_der().unwrap(),
            IdentitySource::SelfSigned,
            info.created_at.clone(),
        )
        .unwrap();
        assert_eq!(back.info().unwrap(), info);
        back.check_pair().unwrap();
    }

    /// (A wrong password is `signing::tests::the_key_is_made_once_replaced_on_demand_and_
    /// imported_from_pkcs12`, which makes a real PKCS#12 file.)
    #[test]
    fn a_broken_pkcs12_file_is_a_key_file_error() {
        assert!(matches!(
            Identity::from_pkcs12(b"not a p12", "x", "now"),
            Err(Error::KeyFile { .. })
        ));
    }
}
