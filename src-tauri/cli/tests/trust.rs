//! `verify` naming the sealer, `--expect`, and `trust add / list / remove`, as a script would
//! use them: two data folders stand for two laptops.

mod common;

use common::{cli, json, ok};
use std::path::Path;

/// The demo's signed charter, exported from the data folder `data` to `name`.
fn signed_pdf(data: &Path, name: &str) -> std::path::PathBuf {
    let id = ok(cli(data, &["demo", "--lang", "en"]));
    let pdf = data.join(name);
    ok(cli(
        data,
        &["export-pdf", "--mission", &id, "-o", pdf.to_str().unwrap()],
    ));
    pdf
}

fn verify(data: &Path, pdf: &Path, extra: &[&str]) -> (Option<i32>, serde_json::Value) {
    let mut args = vec!["verify", "--json", pdf.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = cli(data, &args);
    let report = serde_json::from_slice(&out.stdout).expect("JSON report");
    (out.status.code(), report)
}

#[test]
fn a_charter_sealed_elsewhere_is_untrusted_until_expected_or_trusted() {
    let here = tempfile::tempdir().unwrap();
    let there = tempfile::tempdir().unwrap();
    let mine = signed_pdf(here.path(), "mine.pdf");
    let theirs = signed_pdf(there.path(), "theirs.pdf");

    let (code, report) = verify(here.path(), &mine, &[]);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["outcome"], "valid");
    assert_eq!(report["sealer"], "own");
    assert_eq!(report["trusted"], true);
    let my_key = report["fingerprint"].as_str().unwrap().to_owned();
    assert_eq!(my_key.split(' ').count(), 16, "{my_key}");

    // Another laptop's key, in the same name: intact, but not trusted.
    let (code, report) = verify(here.path(), &theirs, &[]);
    assert_eq!(code, Some(1), "{report}");
    assert_eq!(report["outcome"], "unknown_sealer");
    assert_eq!(report["trusted"], false);
    let their_key = report["fingerprint"].as_str().unwrap().to_owned();
    assert_ne!(their_key, my_key);
    // Expecting her published fingerprint: refused; expecting theirs: accepted.
    let (code, report) = verify(here.path(), &theirs, &["--expect", &my_key]);
    assert_eq!(code, Some(1));
    assert_eq!(report["trusted"], false);
    let colons = their_key.replace(' ', "").to_lowercase();
    let (code, _) = verify(here.path(), &theirs, &["--expect", &colons]);
    assert_eq!(code, Some(0));
    let out = cli(
        here.path(),
        &["verify", theirs.to_str().unwrap(), "--expect", "ABCD"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--expect"));

    // The words, without --json.
    let text =
        String::from_utf8_lossy(&cli(here.path(), &["verify", theirs.to_str().unwrap()]).stdout)
            .into_owned();
    assert!(text.starts_with("NOT TRUSTED"), "{text}");
    assert!(text.contains(&their_key), "{text}");
    assert!(text.contains("not known here"), "{text}");

    // Trusted by name: valid, and listed.
    ok(cli(
        here.path(),
        &[
            "trust",
            "add",
            "--fingerprint",
            &their_key,
            "--name",
            "Second laptop",
        ],
    ));
    let listed = json(here.path(), &["trust", "list", "--json"]);
    assert_eq!(listed[0]["name"], "Second laptop");
    assert_eq!(listed[0]["fingerprint"], their_key.as_str());
    let (code, report) = verify(here.path(), &theirs, &[]);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["sealer"], "trusted");
    assert_eq!(report["sealerName"], "Second laptop");

    ok(cli(
        here.path(),
        &["trust", "remove", "--fingerprint", &their_key],
    ));
    assert!(ok(cli(here.path(), &["trust", "list"])).starts_with("no trusted keys"));
    let (code, _) = verify(here.path(), &theirs, &[]);
    assert_eq!(code, Some(1));
    let out = cli(
        here.path(),
        &["trust", "remove", "--fingerprint", &their_key],
    );
    assert_eq!(out.status.code(), Some(1), "removing what is not there");
    assert!(String::from_utf8_lossy(&out.stderr).contains("fingerprint"));
}

/// The verdict and its reason in the language asked for, the same code in the JSON either way.
#[test]
fn verify_words_its_verdict_in_the_language_asked_for() {
    let here = tempfile::tempdir().unwrap();
    let pdf = signed_pdf(here.path(), "charter.pdf");
    // A byte of the first quarter: signed (the seal is an update at the end of the file).
    let mut bytes = std::fs::read(&pdf).unwrap();
    let at = bytes.len() / 4;
    bytes[at] ^= 0x20;
    let changed = here.path().join("changed.pdf");
    std::fs::write(&changed, &bytes).unwrap();

    let text = |lang: &str| {
        let out = cli(
            here.path(),
            &["verify", changed.to_str().unwrap(), "--lang", lang],
        );
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stdout).unwrap()
    };
    let (fr, en) = (text("fr"), text("en"));
    assert!(fr.starts_with("MODIFIÉ\u{a0}: "), "{fr}");
    assert!(fr.contains("les octets signés ont été changés"), "{fr}");
    assert!(en.starts_with("MODIFIED: "), "{en}");
    assert!(en.contains("the signed bytes were changed"), "{en}");
    let (_, report) = verify(here.path(), &changed, &["--lang", "fr"]);
    assert_eq!(report["reason"]["code"], "seal_broken");
    assert_eq!(report["reason"]["problem"], "digest_mismatch");
    assert_eq!(
        report["detail"],
        "the signed bytes were changed (digest mismatch)"
    );
}

/// A mission received in a `.mandat` file: its signed version exports as an unsealed copy
/// until she accepts it as received (`--yes` required), then as a PDF her key seals.
#[test]
fn a_received_version_is_sealed_here_only_once_accepted_as_received() {
    let (there, here) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let id = ok(cli(there.path(), &["demo", "--lang", "en"]));
    let file = there.path().join("ravel.mandat");
    ok(cli(
        there.path(),
        &["export", "--mission", &id, "-o", file.to_str().unwrap()],
    ));
    let mine = ok(cli(here.path(), &["import", file.to_str().unwrap()]));
    let pdf = here.path().join("charter.pdf");
    let export = || {
        ok(cli(
            here.path(),
            &[
                "export-pdf",
                "--mission",
                &mine,
                "-o",
                pdf.to_str().unwrap(),
            ],
        ))
    };
    assert!(export().contains("draft"), "not sealed here yet");

    let asked = cli(
        here.path(),
        &["charter", "accept-received", "--mission", &mine],
    );
    assert_eq!(asked.status.code(), Some(1), "nothing without --yes");
    let said = String::from_utf8_lossy(&asked.stdout);
    assert!(said.contains("received in ravel.mandat"), "{said}");
    assert!(export().contains("draft"));

    let done = ok(cli(
        here.path(),
        &["charter", "accept-received", "--mission", &mine, "--yes"],
    ));
    assert!(done.contains("\nAccepted as received on "), "{done}");
    assert!(export().contains("signed"));
    let (code, report) = verify(here.path(), &pdf, &[]);
    assert_eq!((code, report["outcome"].as_str()), (Some(0), Some("valid")));
    // Twice is refused, with a message.
    let again = cli(
        here.path(),
        &["charter", "accept-received", "--mission", &mine, "--yes"],
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already accepted on"));
}
