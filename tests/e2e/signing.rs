//! The signed charter through the real window: both draw their signature with the pointer on
//! an approved version, the PDF is exported and sealed, then checked on the Verify screen;
//! a copy with one byte changed is caught there too. The native save and open dialogs are
//! answered through the UI's one test seam (`window.__MANDAT_E2E_DIALOG__`).

use crate::app::{App, Result};
use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use mandat_core::charter::{self, DecisionInput, Review, Verdict};
use mandat_core::document::{self, Outcome};
use mandat_core::mission::{self, Language, MissionDraft};
use mandat_core::Store;
use std::time::Duration;

/// A mission whose charter version 1 is approved and not yet signed.
fn approved_mission(store: &Store) -> Result<i64> {
    let draft = MissionDraft {
        client: "Distribution Ravel".into(),
        title: "Redresser le SI après le go-live".into(),
        sponsor_name: "Claire Moreau".into(),
        sponsor_title: "Directrice générale".into(),
        manager_name: "Hélène Vasseur".into(),
        start_date: "2026-11-02".into(),
        language: Language::Fr,
        ..MissionDraft::default()
    };
    let id = mission::create(store, &draft)?.id;
    let c = charter::start(store, id)?;
    for clause in &c.clauses {
        charter::review_clause(store, c.version.id, &clause.key, Review::Agreed)?;
    }
    charter::submit(store, c.version.id)?;
    charter::decide(
        store,
        c.version.id,
        &DecisionInput {
            verdict: Verdict::Approve,
            approver_name: "Claire Moreau".into(),
            approver_title: "Directrice générale".into(),
            // Submitted just now: decided today.
            decided_on: String::new(),
            note: String::new(),
        },
    )?;
    Ok(id)
}

/// Draws a looping signature on the pad `css` with the pointer, as a hand would.
async fn draw(app: &App, css: &str) -> Result {
    let pad = app.find(css).await?;
    let step = Some(Duration::from_millis(15));
    let mut pen = MouseActions::new("pen".into())
        .then(PointerAction::MoveToElement {
            element: pad.clone(),
            duration: None,
            x: -170.0,
            y: 10.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        });
    for i in 1..=24 {
        let t = f64::from(i) / 24.0;
        pen = pen.then(PointerAction::MoveToElement {
            element: pad.clone(),
            duration: step,
            x: -170.0 + 340.0 * t,
            y: (t * 14.0).sin() * 45.0,
        });
    }
    pen = pen.then(PointerAction::Up {
        button: MOUSE_BUTTON_LEFT,
    });
    app.client.perform_actions(pen).await?;
    app.client.release_actions().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn sign_in_person_export_and_verify() -> Result {
    let data = tempfile::tempdir()?;
    let out = tempfile::tempdir()?;
    let pdf = out.path().join("charte signée.pdf");
    approved_mission(&crate::app::store(data.path())?)?;

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-signing]").await?;
    app.exists("[data-testid=signer-sponsor]").await?;

    // An empty pad cannot be signed.
    app.exists("[data-testid=sign-sponsor]").await?;
    let disabled = app
        .client
        .execute(
            "return document.querySelector('[data-testid=sign-sponsor]').disabled",
            vec![],
        )
        .await?;
    assert_eq!(disabled, true, "signing with an empty pad");
    for role in ["sponsor", "manager"] {
        app.fill(&format!("#signer-{role}-place"), "Lyon").await?;
        draw(&app, &format!("[data-testid=pad-{role}]")).await?;
        app.click(&format!("[data-testid=sign-{role}]")).await?;
        app.exists(&format!("[data-testid=signed-{role}]")).await?;
    }
    app.exists("[data-testid=signing-complete]").await?;
    app.snapshot("signing-complete").await;

    // Export: the save dialog answers with a path; the file is sealed.
    app.answer_dialogs(&[&pdf]).await?;
    app.click("[data-testid=export-pdf]").await?;
    app.exists("[data-testid=export-result][data-kind=signed]")
        .await?;
    // Without this laptop's database the key is unknown (the window, below, knows it).
    let report = document::verify_file(&pdf);
    assert_eq!(report.outcome, Outcome::UnknownSealer, "{}", report.detail);
    let names: Vec<&str> = report.signers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Claire Moreau", "Hélène Vasseur"]);
    let sig = std::process::Command::new("pdfsig").arg(&pdf).output()?;
    let sig = String::from_utf8_lossy(&sig.stdout);
    assert!(sig.contains("Signature is Valid."), "{sig}");
    assert!(sig.contains("Total document signed"), "{sig}");

    // Verify in the app: valid, with who signed.
    app.click("[data-testid=nav-verify]").await?;
    app.answer_dialogs(&[&pdf]).await?;
    app.click("[data-testid=verify-choose]").await?;
    app.exists("[data-testid=verify-result][data-outcome=valid]")
        .await?;
    let text = app.text("[data-testid=verify-result]").await?;
    assert!(
        text.contains("Claire Moreau") && text.contains("Hélène Vasseur"),
        "{text}"
    );
    app.snapshot("verify-valid").await;

    // One byte changed: modified.
    let mut bytes = std::fs::read(&pdf)?;
    let at = bytes.len() / 3;
    bytes[at] ^= 0x01;
    let tampered = out.path().join("tampered.pdf");
    std::fs::write(&tampered, &bytes)?;
    app.answer_dialogs(&[&tampered]).await?;
    app.click("[data-testid=verify-choose]").await?;
    app.exists("[data-testid=verify-result][data-outcome=modified]")
        .await?;
    app.snapshot("verify-modified").await;
    app.quit().await?;

    // The signatures are kept: the version is signed for good.
    let store = crate::app::store(data.path())?;
    let id = mission::list(&store)?[0].id;
    let v1 = charter::versions(&store, id)?[0].id;
    assert!(mandat_core::signing::state(&store, v1)?.complete);
    Ok(())
}
