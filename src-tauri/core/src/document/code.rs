//! The content's fingerprint: its SHA-256, a short verification code a person can read out,
//! and the QR code that carries both.

use sha2::{Digest, Sha256};

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Twelve Crockford base-32 characters (no I, L, O, U) from the hash, grouped by four:
/// `7KQ2-M9XD-4HTA`. 60 bits: enough to tell documents apart by eye or over the phone.
pub fn verification_code(sha256_hex: &str) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut first = [0u8; 8];
    let _ = hex::decode_to_slice(sha256_hex.get(..16).unwrap_or(""), &mut first);
    let bits = u64::from_be_bytes(first);
    let chars: Vec<u8> = (0..12)
        .map(|i| ALPHABET[((bits >> (64 - 5 * (i + 1))) & 31) as usize])
        .collect();
    chars
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The QR code of `text`, as an SVG.
pub fn qr_svg(text: &str) -> Result<String, String> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M)
        .map_err(|e| e.to_string())?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_twelve_unambiguous_characters_from_the_hash() {
        let hash = sha256_hex(b"charter");
        let code = verification_code(&hash);
        assert_eq!(code.len(), 14);
        assert_eq!(code.matches('-').count(), 2);
        assert!(code
            .chars()
            .all(|c| c == '-' || "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c)));
        assert_ne!(code, verification_code(&sha256_hex(b"charter!")));
        assert_eq!(verification_code("0000000000000000"), "0000-0000-0000");
        assert_eq!(verification_code("ffffffffffffffff"), "ZZZZ-ZZZZ-ZZZZ");
    }

    #[test]
    fn the_qr_code_is_an_svg() {
        let svg = qr_svg("MANDAT-1-V2 7KQ2-M9XD-4HTA").unwrap();
        assert!(svg.contains("<svg") && svg.contains("<path"));
    }
}
