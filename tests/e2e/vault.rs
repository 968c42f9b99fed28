//! The passphrase through the real window: set on first launch (too short and mismatched
//! refused), a wrong one refused at unlock with nothing changed, the right one opens; locking
//! from the button and from Ctrl+L hides every mission; nothing of a mission on disk in clear.
//! Locking reloads the page, so nothing of a mission stays in the window's memory either.

use crate::app::{store, App, Result, PASSPHRASE};
use mandat_core::mission::{self, MissionDraft};
use std::path::Path;

const TITLE: &str = "Plan social confidentiel";

fn files(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path, bytes));
        }
    }
    out
}

async fn body_text(app: &App) -> Result<String> {
    app.text("body").await
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn set_unlock_refuse_lock_and_nothing_in_clear() -> Result {
    let data = tempfile::tempdir()?;

    // First launch: the passphrase is set in the window.
    let app = App::launch_locked(data.path()).await?;
    app.exists("[data-testid=vault-setup]").await?;
    app.fill("#vault-passphrase", "trop bref").await?;
    app.fill("#vault-confirm", "trop bref").await?;
    let disabled = app
        .client
        .execute(
            "return document.querySelector('[data-testid=vault-create]').disabled",
            vec![],
        )
        .await?;
    assert_eq!(disabled, true, "under 10 characters");
    app.fill("#vault-passphrase", PASSPHRASE).await?;
    app.fill("#vault-confirm", "correct horse battery stapler")
        .await?;
    let disabled = app
        .client
        .execute(
            "return document.querySelector('[data-testid=vault-create]').disabled",
            vec![],
        )
        .await?;
    assert_eq!(disabled, true, "the two differ");
    app.fill("#vault-confirm", PASSPHRASE).await?;
    app.snapshot("vault-setup").await;
    app.click("[data-testid=vault-create]").await?;
    app.exists("[data-testid=welcome]").await?;
    app.quit().await?;

    // A mission written meanwhile (as the CLI would).
    mission::create(
        &store(data.path())?,
        &MissionDraft {
            client: "Distribution Ravel".into(),
            title: TITLE.into(),
            start_date: "2026-11-02".into(),
            ..MissionDraft::default()
        },
    )?;
    let before = files(data.path());

    // A wrong passphrase: told, nothing shown, nothing changed.
    let app = App::launch_locked(data.path()).await?;
    app.exists("[data-testid=vault-unlock]").await?;
    app.fill("#vault-passphrase", "not the passphrase at all")
        .await?;
    app.click("[data-testid=vault-unlock-submit]").await?;
    app.exists("#vault-passphrase-error").await?;
    app.snapshot("vault-wrong-passphrase").await;
    assert!(!body_text(&app).await?.contains(TITLE));
    let db = |files: &[(std::path::PathBuf, Vec<u8>)]| {
        files
            .iter()
            .find(|(p, _)| p.ends_with("mandat.sqlite3"))
            .map(|(_, b)| b.clone())
    };
    assert_eq!(
        db(&files(data.path())),
        db(&before),
        "the database is untouched"
    );

    // The right one opens the mission.
    app.fill("#vault-passphrase", PASSPHRASE).await?;
    app.click("[data-testid=vault-unlock-submit]").await?;
    app.until("the mission", || async {
        Ok(body_text(&app).await?.contains(TITLE))
    })
    .await?;

    // Lock from the button: nothing of the mission on screen.
    app.click("[data-testid=lock-now]").await?;
    app.exists("[data-testid=vault-unlock]").await?;
    assert!(!body_text(&app).await?.contains(TITLE));
    app.fill("#vault-passphrase", PASSPHRASE).await?;
    app.click("[data-testid=vault-unlock-submit]").await?;
    app.until("the mission again", || async {
        Ok(body_text(&app).await?.contains(TITLE))
    })
    .await?;

    // And from the keyboard.
    app.find("body")
        .await?
        .send_keys("\u{E009}l\u{E000}")
        .await?;
    app.exists("[data-testid=vault-unlock]").await?;
    assert!(!body_text(&app).await?.contains(TITLE));
    app.quit().await?;

    for (path, bytes) in files(data.path()) {
        for clear in [TITLE.as_bytes(), b"Distribution Ravel", b"SQLite format 3"] {
            assert!(
                !bytes.windows(clear.len()).any(|w| w == clear),
                "{} holds {:?} in clear",
                path.display(),
                String::from_utf8_lossy(clear)
            );
        }
    }
    Ok(())
}

/// Leaves a mark in the page's memory (a global the app knows nothing of): gone once the page
/// has reloaded, with every store of the UI.
async fn mark_page(app: &App) -> Result {
    app.client
        .execute("window.__beforeLock = 'still here'; return null", vec![])
        .await?;
    Ok(())
}

/// After a lock: the page was reloaded (the mark is gone, the navigation says so) and nothing
/// of the mission is left in its text, its markup or what it keeps across the reload.
async fn expect_forgotten(app: &App) -> Result {
    app.exists("[data-testid=vault-unlock]").await?;
    let memory = app
        .client
        .execute(
            "return { mark: typeof window.__beforeLock, \
                      navigation: performance.getEntriesByType('navigation')[0].type, \
                      text: document.body.innerText, \
                      html: document.documentElement.outerHTML, \
                      kept: JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }) }",
            vec![],
        )
        .await?;
    assert_eq!(memory["mark"], "undefined", "the page was reloaded");
    assert_eq!(memory["navigation"], "reload");
    for what in ["text", "html", "kept"] {
        let held = memory[what].as_str().unwrap_or_default();
        for clear in [TITLE, "Distribution Ravel"] {
            assert!(
                !held.contains(clear),
                "the page's {what} still holds {clear:?}"
            );
        }
    }
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn locking_reloads_the_window_and_keeps_nothing_of_the_mission() -> Result {
    let data = tempfile::tempdir()?;
    mission::create(
        &store(data.path())?,
        &MissionDraft {
            client: "Distribution Ravel".into(),
            title: TITLE.into(),
            start_date: "2026-11-02".into(),
            ..MissionDraft::default()
        },
    )?;
    let app = App::launch(data.path()).await?;
    app.click("[data-testid=nav-mission]").await?;
    app.until("the mission's sheet", || async {
        Ok(app
            .attr("[data-testid=nav-mission]", "aria-current")
            .await?
            .as_deref()
            == Some("page")
            && body_text(&app).await?.contains(TITLE))
    })
    .await?;

    // From the button: the page reloads onto the unlock screen.
    mark_page(&app).await?;
    app.click("[data-testid=lock-now]").await?;
    expect_forgotten(&app).await?;
    app.snapshot("vault-locked-reloaded").await;

    // Unlocking comes back to the page the lock left.
    app.fill("#vault-passphrase", PASSPHRASE).await?;
    app.click("[data-testid=vault-unlock-submit]").await?;
    app.until("the sheet again", || async {
        Ok(app
            .attr("[data-testid=nav-mission]", "aria-current")
            .await?
            .as_deref()
            == Some("page")
            && body_text(&app).await?.contains(TITLE))
    })
    .await?;

    // From the keyboard, the same.
    mark_page(&app).await?;
    app.find("body")
        .await?
        .send_keys("\u{E009}l\u{E000}")
        .await?;
    expect_forgotten(&app).await?;
    app.quit().await
}
