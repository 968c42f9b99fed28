//! Damaged charters through the verifier: random damage never panics and never reads valid
//! unless it lies in the signature's slot; a byte changed anywhere the seal covers reads
//! modified.

use super::*;

#[test]
fn verify_never_panics_on_damaged_files() {
    let (dir, store, id) = demo_store(Language::Fr);
    let (_, path) = export_to(&store, dir.path(), id, None, None, "charte.pdf");
    let base = std::fs::read(&path).unwrap();
    let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15u64);
    let tail = base.len().saturating_sub(40_000);
    let mut valid = 0;
    for i in 0..600 {
        let mut b = base.clone();
        match i % 5 {
            0 => {
                let at = tail + next() as usize % (base.len() - tail);
                b[at] = next() as u8;
            }
            1 => b.truncate(next() as usize % base.len()),
            2 => {
                let at = tail + next() as usize % (base.len() - tail);
                for k in 0..(next() as usize % 64) {
                    if let Some(x) = b.get_mut(at + k) {
                        *x = b"0123456789 []<>/ByteRangeMandatManifest"[next() as usize % 39];
                    }
                }
            }
            3 => {
                b = (0..(next() as usize % 4096))
                    .map(|_| next() as u8)
                    .collect()
            }
            _ => {
                let mut head = b"%PDF-1.7 /ByteRange [".to_vec();
                head.extend(
                    (0..(next() as usize % 512)).map(|_| b"0123456789 ]<>"[next() as usize % 14]),
                );
                b = head;
            }
        }
        if matches!(
            verify_with(&store, &b).unwrap().outcome,
            Outcome::Valid | Outcome::UnknownSealer
        ) {
            valid += 1;
            // Only a change inside the unsigned signature slot can leave it valid.
            assert_eq!(b.len(), base.len());
            let (start, end) = signature_slot(&base);
            for (at, (x, y)) in b.iter().zip(&base).enumerate() {
                assert!(
                    x == y || (start..end).contains(&at),
                    "case {i}: byte {at} changed outside the signature slot {start}..{end}, yet valid"
                );
            }
        }
    }
    assert!(valid < 600, "the generator also damages what is signed");
}

/// Where the signature's slot lies (`/Contents <…>`, the bytes the seal does not cover), from
/// the file's `/ByteRange [a b c d]`: from `a + b` to `c`.
fn signature_slot(pdf: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(pdf);
    let key = text.rfind("/ByteRange").expect("a signed PDF");
    let at = key + text[key..].find('[').expect("its array") + 1;
    let numbers: Vec<usize> = text[at..]
        .split(']')
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .map(|n| n.parse().expect("a number"))
        .collect();
    (numbers[0] + numbers[1], numbers[2])
}

#[test]
fn a_byte_changed_anywhere_the_seal_covers_reads_as_modified_the_second_range_too() {
    let (dir, store, id) = demo_store(Language::En);
    let base = demo_pdf(&store, dir.path(), id, "charter.pdf");
    let (start, end) = signature_slot(&base);
    assert!(
        start < end && end < base.len(),
        "two signed ranges around the slot"
    );
    // After the slot: the end of the signature dictionary, the cross-reference, the trailer.
    let second = end + (base.len() - end) / 2;
    let mut next = crate::testing::xorshift(0x2545_F491_4F6C_DD1Du64);
    let mut places = vec![second, end, base.len() - 1, start - 1, 0];
    places.extend((0..40).map(|_| end + next() as usize % (base.len() - end)));
    places.extend((0..40).map(|_| next() as usize % start));
    for at in places {
        let mut b = base.clone();
        b[at] ^= 0x20;
        let outcome = verify_with(&store, &b).unwrap().outcome;
        assert!(
            !matches!(outcome, Outcome::Valid | Outcome::UnknownSealer),
            "byte {at} (slot {start}..{end} of {}) changed, yet {outcome:?}",
            base.len()
        );
    }
}
