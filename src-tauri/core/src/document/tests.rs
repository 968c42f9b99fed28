use super::*;
use crate::demo;
use crate::mission::Language;
use crate::store::tests::temp_store;
use std::process::Command;

mod damage;
mod layout;
mod long_tables;

/// A poppler tool's output; poppler-utils is installed by `make deps`.
fn poppler(tool: &str, pdf: &Path) -> (bool, String) {
    let out = Command::new(tool)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed (poppler-utils, `make deps`): {e}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn demo_store(language: Language) -> (tempfile::TempDir, Store, i64) {
    let (dir, store) = temp_store();
    let id = demo::create(&store, language).unwrap();
    (dir, store, id)
}

fn export_to(
    store: &Store,
    dir: &Path,
    mission: i64,
    number: Option<i64>,
    lang: Option<Language>,
    name: &str,
) -> (ExportReport, std::path::PathBuf) {
    let path = dir.join(name);
    let report = export(
        store,
        &ExportRequest {
            mission_id: mission,
            number,
            language: lang,
            path: path.to_string_lossy().into_owned(),
        },
    )
    .unwrap();
    (report, path)
}

/// Compare on whitespace-free text (pdftotext breaks lines) with straight apostrophes (the
/// template sets typographic ones).
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{AD}')
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

#[test]
fn the_signed_charter_reads_back_and_pdfsig_validates_it() {
    let (dir, store, id) = demo_store(Language::Fr);
    let (report, path) = export_to(&store, dir.path(), id, None, None, "charte.pdf");
    assert_eq!(report.kind, DocumentKind::Signed);
    assert_eq!(report.document_id, format!("MANDAT-{id}-V2"));
    assert_eq!(report.bytes, std::fs::metadata(&path).unwrap().len());

    let (ok, text) = poppler("pdftotext", &path);
    assert!(ok, "{text}");
    let text = squeeze(&text);
    let charter = crate::charter::get(&store, id, None).unwrap().unwrap();
    // The context and the authorities have the template's own headings ("Contexte de la
    // mission", "Le mandat"); every other section its label.
    for section in crate::charter::Section::ALL {
        if matches!(
            section,
            crate::charter::Section::Context | crate::charter::Section::Authority
        ) {
            continue;
        }
        if charter
            .clauses
            .iter()
            .any(|c| c.section == section && c.review != crate::charter::Review::Struck)
        {
            let label = squeeze(section.label(Language::Fr));
            assert!(text.contains(&label), "section {label} missing");
        }
    }
    for words in [
        "—approuvéeetsignée",
        "Contextedelamission",
        "Lemandat",
        "Réussirlanouvellebasculedu",
        "Go-liveduWMSannulé",
        "Directricegénérale",
        "HélèneVasseur",
        &squeeze(&report.code),
    ] {
        assert!(text.contains(words), "{words} missing");
    }
    assert!(!text.contains("BROUILLON"), "a signed charter is no draft");
    // Milestones by date: the dress rehearsal, added last, comes before the cut-over it
    // rehearses and the end of the mission.
    let at = |words: &str| {
        text.find(words)
            .unwrap_or_else(|| panic!("{words} missing"))
    };
    assert!(at("Répétitiongénéraledelabascule") < at("NouvellebasculeduWMS"));
    assert!(at("NouvellebasculeduWMS") < at("Findemission"));
    // The demo's wellbeing notes are about named people: none of them reaches the charter.
    let mut notes = 0;
    for member in crate::wellbeing::board(&store, id, "").unwrap().people {
        for note in crate::wellbeing::list_checkins(&store, member.person_id).unwrap() {
            if !note.observation.is_empty() {
                notes += 1;
                let said = squeeze(&note.observation);
                assert!(!text.contains(&said), "a wellbeing note in the PDF: {said}");
            }
        }
    }
    assert!(notes > 0, "the control: the demo has notes");

    let (ok, sig) = poppler("pdfsig", &path);
    assert!(ok, "{sig}");
    assert!(sig.contains("Signature is Valid."), "{sig}");
    assert!(sig.contains("Total document signed"), "{sig}");
    assert!(sig.contains("Hélène Vasseur"), "{sig}");

    let verified = verify_file_with(&store, &path).unwrap();
    assert_eq!(verified.outcome, Outcome::Valid, "{}", verified.detail);
    assert_eq!(verified.sealer, Some(crate::trust::Sealer::Own));
    let own = signing::identity(&store).unwrap().unwrap();
    assert_eq!(verified.fingerprint, own.fingerprint);
    assert_eq!(verified.signatures, 1);
    // The certificate page prints the sealing key's fingerprint, for the teams to compare.
    assert!(
        text.contains(&squeeze(&own.fingerprint)),
        "fingerprint on the certificate page"
    );
    assert_eq!(verified.version, Some(2));
    assert_eq!(verified.client, "Distribution Ravel SAS");
    assert_eq!(verified.code, report.code);
    assert_eq!(verified.sealed_by, "Hélène Vasseur");
    let names: Vec<&str> = verified.signers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Claire Moreau", "Hélène Vasseur"]);
}

#[test]
fn one_changed_byte_is_caught_by_pdfsig_and_by_verify() {
    let (dir, store, id) = demo_store(Language::En);
    let (_, path) = export_to(&store, dir.path(), id, None, None, "charter.pdf");
    let bytes = std::fs::read(&path).unwrap();

    // A byte of the typeset content, well inside the first signed range.
    let mut changed = bytes.clone();
    let at = bytes.len() / 3;
    changed[at] ^= 0x01;
    let tampered = dir.path().join("tampered.pdf");
    std::fs::write(&tampered, &changed).unwrap();
    let (_, sig) = poppler("pdfsig", &tampered);
    assert!(!sig.contains("Signature is Valid."), "{sig}");
    let report = verify(&changed);
    assert_eq!(report.outcome, Outcome::Modified, "{}", report.detail);

    // Bytes appended after signing: the signature still holds over what it covers, but the
    // file is not the one that was signed.
    let mut appended = bytes.clone();
    appended.extend_from_slice(b"\n% one more line\n");
    let report = verify(&appended);
    assert_eq!(report.outcome, Outcome::Modified, "{}", report.detail);
}

#[test]
fn an_unsigned_version_exports_as_a_watermarked_draft_in_either_language() {
    let (dir, store, id) = demo_store(Language::Fr);
    // Version 1 is approved but was never signed.
    let (report, path) = export_to(
        &store,
        dir.path(),
        id,
        Some(1),
        Some(Language::En),
        "draft.pdf",
    );
    assert_eq!(report.kind, DocumentKind::Draft);
    let (_, text) = poppler("pdftotext", &path);
    let text = squeeze(&text);
    assert!(text.contains("DRAFT"), "watermark");
    assert!(text.contains(&squeeze("Objectives and success criteria")));
    assert!(
        text.contains("—approved"),
        "the version's status on the title page"
    );
    assert!(!text.contains("—approvedandsigned"), "never signed");
    let (_, sig) = poppler("pdfsig", &path);
    assert!(!sig.contains("Signature is Valid"), "{sig}");
    let verified = verify_file(&path);
    assert_eq!(verified.outcome, Outcome::Draft, "{}", verified.detail);
    assert_eq!(verified.version, Some(1));
    assert_eq!(verified.language, Some(Language::En));
}

#[test]
fn a_file_that_is_not_mandat_s_or_cannot_be_read_is_named_as_such() {
    assert_eq!(verify(b"").outcome, Outcome::NotMandat);
    assert_eq!(verify(b"hello").outcome, Outcome::NotMandat);
    assert_eq!(verify(b"%PDF-1.7\n%%EOF").outcome, Outcome::NotMandat);
    let missing = verify_file(Path::new("/nonexistent/mandat.pdf"));
    assert_eq!(missing.outcome, Outcome::Unreadable);
}

/// A demo exported on `store`, its bytes.
fn demo_pdf(store: &Store, dir: &Path, id: i64, name: &str) -> Vec<u8> {
    let (_, path) = export_to(store, dir, id, None, None, name);
    std::fs::read(path).unwrap()
}

#[test]
fn a_second_signature_appended_by_another_signer_reads_as_modified_not_as_foreign() {
    let (dir, store, id) = demo_store(Language::En);
    let bytes = demo_pdf(&store, dir.path(), id, "charter.pdf");
    let other =
        signing::identity::Identity::self_signed("Someone Else", "2026-12-03T10:00:00Z").unwrap();
    let twice = seal::countersign(
        &bytes,
        &other,
        &seal::SealText {
            reason: "approved",
            location: "Lyon",
            signed_at: chrono::Utc::now(),
        },
    )
    .unwrap();
    assert!(twice.starts_with(&bytes), "an incremental update");
    let path = dir.path().join("countersigned.pdf");
    std::fs::write(&path, &twice).unwrap();
    // A real second signature: poppler sees two, both holding over what they cover.
    let (_, sig) = poppler("pdfsig", &path);
    assert!(sig.contains("Signature #2"), "{sig}");
    assert_eq!(sig.matches("Signature is Valid.").count(), 2, "{sig}");

    let report = verify_with(&store, &twice).unwrap();
    assert_eq!(report.outcome, Outcome::Modified, "{}", report.detail);
    assert_eq!(report.signatures, 2);
    assert!(report.detail.contains("2 signatures"), "{}", report.detail);
    assert!(
        report.detail.contains(&format!("first {} of", bytes.len())),
        "{}",
        report.detail
    );
    // Still named as Mandat's document, sealed by her own key over its first part.
    assert_eq!(report.version, Some(2));
    assert_eq!(report.sealer, Some(crate::trust::Sealer::Own));
}

#[test]
fn a_charter_sealed_by_another_laptop_s_key_is_unknown_until_she_trusts_that_key() {
    let (dir, store, id) = demo_store(Language::En);
    let mine = demo_pdf(&store, dir.path(), id, "mine.pdf");
    assert_eq!(verify_with(&store, &mine).unwrap().outcome, Outcome::Valid);
    // The same demo on another laptop: another key, in the same name.
    let (other_dir, other, other_id) = demo_store(Language::En);
    let foreign = demo_pdf(&other, other_dir.path(), other_id, "elsewhere.pdf");
    let their_key = signing::identity(&other).unwrap().unwrap();
    let own_key = signing::identity(&store).unwrap().unwrap();
    assert_eq!(their_key.subject, own_key.subject, "same name");
    assert_ne!(their_key.fingerprint, own_key.fingerprint);

    let report = verify_with(&store, &foreign).unwrap();
    assert_eq!(report.outcome, Outcome::UnknownSealer, "{}", report.detail);
    assert_eq!(report.sealer, Some(crate::trust::Sealer::Unknown));
    assert_eq!(report.fingerprint, their_key.fingerprint);
    assert!(
        report
            .detail
            .contains("the content is intact, sealed by a key not known here"),
        "{}",
        report.detail
    );
    assert!(report.detail.contains(&their_key.fingerprint));
    // With no database at all (a team member), no key is known: never plainly valid.
    assert_eq!(verify(&foreign).outcome, Outcome::UnknownSealer);

    crate::trust::add(&store, &report.fingerprint, "Hélène's other laptop").unwrap();
    let report = verify_with(&store, &foreign).unwrap();
    assert_eq!(report.outcome, Outcome::Valid, "{}", report.detail);
    assert_eq!(report.sealer, Some(crate::trust::Sealer::Trusted));
    assert_eq!(report.sealer_name, "Hélène's other laptop");

    crate::trust::remove(&store, &their_key.fingerprint).unwrap();
    let report = verify_with(&store, &foreign).unwrap();
    assert_eq!(report.outcome, Outcome::UnknownSealer);
}

#[test]
fn a_received_version_is_sealed_by_the_recipient_only_once_she_accepts_it_as_received() {
    let (dir, sender, id) = demo_store(Language::En);
    let file = crate::transfer::export(&sender, id, "correct horse battery").unwrap();
    let (_rdir, recipient) = temp_store();
    let here = crate::transfer::import_from(
        &recipient,
        &file,
        "correct horse battery",
        crate::transfer::ImportMode::KeepBoth,
        "ravel.mandat",
    )
    .unwrap();
    // The decision and both signatures came along.
    let charter = crate::charter::get(&recipient, here, None)
        .unwrap()
        .unwrap();
    let state = signing::state(&recipient, charter.version.id).unwrap();
    assert!(state.complete);
    assert_eq!(state.sponsor.unwrap().name, "Claire Moreau");

    let (report, path) = export_to(&recipient, dir.path(), here, None, None, "received.pdf");
    assert_eq!(report.kind, DocumentKind::Draft, "not sealed here");
    assert!(
        signing::identity(&recipient).unwrap().is_none(),
        "no key was even made to seal it"
    );
    let (_, text) = poppler("pdftotext", &path);
    assert!(
        squeeze(&text).contains(&squeeze("COPY RECEIVED — NOT SEALED HERE")),
        "the copy says what it is"
    );
    assert!(squeeze(&text).contains("thenreceivedinaMandatfile(ravel.mandat)on"));
    let verified = verify_file_with(&recipient, &path).unwrap();
    assert_eq!(verified.outcome, Outcome::Draft, "{}", verified.detail);
    assert_eq!(verified.signatures, 0);

    // Version 1 was never signed: nothing to accept.
    let versions = crate::charter::versions(&recipient, here).unwrap();
    let first = versions.iter().find(|v| v.number == 1).unwrap().id;
    assert!(matches!(
        signing::accept_received(&recipient, first),
        Err(crate::Error::NothingReceived(1))
    ));
    // She accepts version 2 as received: her key seals it, and the PDF says how it came.
    let accepted = signing::accept_received(&recipient, charter.version.id).unwrap();
    assert!(accepted.accepted_at.is_some());
    assert_eq!(accepted.received_from, "ravel.mandat");
    assert!(matches!(
        signing::accept_received(&recipient, charter.version.id),
        Err(crate::Error::NothingReceived(2))
    ));
    let (report, path) = export_to(&recipient, dir.path(), here, None, None, "accepted.pdf");
    assert_eq!(report.kind, DocumentKind::Signed);
    let (_, text) = poppler("pdftotext", &path);
    assert!(
        squeeze(&text).contains(&squeeze("SIGNATURES RECEIVED, ACCEPTED AS RECEIVED")),
        "{text}"
    );
    assert!(squeeze(&text).contains("(ravel.mandat)on"));
    let verified = verify_file_with(&recipient, &path).unwrap();
    assert_eq!(verified.outcome, Outcome::Valid, "{}", verified.detail);
}

/// An organisation's RSA key, as OpenSSL makes one into a PKCS#12 file (openssl is installed
/// by `make deps`): imported, it seals the charter, poppler's `pdfsig` and Mandat's verifier
/// both find the signature valid, and the verifier names the key as this laptop's own.
#[test]
fn an_organisation_s_rsa_key_from_openssl_seals_a_charter_pdfsig_accepts() {
    let (dir, store, id) = demo_store(Language::En);
    let openssl = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap_or_else(|e| panic!("openssl is needed (`make deps`): {e}"));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "key.pem",
        "-out",
        "cert.pem",
        "-days",
        "365",
        "-subj",
        "/CN=Ravel Distribution DSI",
    ]);
    openssl(&[
        "pkcs12",
        "-export",
        "-inkey",
        "key.pem",
        "-in",
        "cert.pem",
        "-out",
        "org.p12",
        "-passout",
        "pass:s3cret",
    ]);
    let p12 = std::fs::read(dir.path().join("org.p12")).unwrap();
    let imported = signing::import_identity(&store, &p12, "s3cret").unwrap();
    assert_eq!(imported.subject, "Ravel Distribution DSI");

    let (report, path) = export_to(&store, dir.path(), id, None, None, "rsa.pdf");
    assert_eq!(report.kind, DocumentKind::Signed);
    let (ok, sig) = poppler("pdfsig", &path);
    assert!(ok, "{sig}");
    assert!(sig.contains("Signature is Valid."), "{sig}");
    let verified = verify_file_with(&store, &path).unwrap();
    assert_eq!(verified.outcome, Outcome::Valid, "{}", verified.detail);
    assert_eq!(verified.sealer, Some(crate::trust::Sealer::Own));
    assert_eq!(verified.fingerprint, imported.fingerprint);
}
