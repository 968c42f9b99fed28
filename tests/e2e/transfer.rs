//! A mission moved to another laptop through the window: exported from the mission sheet to a
//! passphrase-protected `.mandat` file, imported on a fresh data folder from the welcome
//! screen, after a preview; the charter, its versions and signatures come along, received:
//! the signing page says from which file, and seals the version here only once she accepts
//! its signatures as received.

use crate::app::{store, App, Result};
use mandat_core::mission::Language;
use mandat_core::{charter, demo, mission, signing};

const FILE_PASSPHRASE: &str = "given apart to the recipient";

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn export_a_mission_and_import_it_on_another_laptop() -> Result {
    let here = tempfile::tempdir()?;
    let there = tempfile::tempdir()?;
    let out = tempfile::tempdir()?;
    let file = out.path().join("ravel.mandat");
    let title = {
        let store = store(here.path())?;
        let id = demo::create(&store, Language::En)?;
        mission::get(&store, id)?.title
    };

    let app = App::launch(here.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-mission]").await?;
    app.click("[data-testid=mission-export]").await?;
    app.fill("#export-passphrase", FILE_PASSPHRASE).await?;
    app.fill("#export-confirm", FILE_PASSPHRASE).await?;
    app.answer_dialogs(&[&file]).await?;
    app.click("[data-testid=mission-export-confirm]").await?;
    app.exists("[data-testid=mission-exported]").await?;
    app.quit().await?;
    assert!(file.exists());

    // The other laptop: its own passphrase, then the import from the welcome screen.
    let app = App::launch(there.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.answer_dialogs(&[&file]).await?;
    app.click("[data-testid=welcome-import]").await?;
    app.fill("#import-passphrase", "not what was given").await?;
    app.click("[data-testid=import-preview]").await?;
    app.exists("#import-passphrase-error").await?;
    app.fill("#import-passphrase", FILE_PASSPHRASE).await?;
    app.click("[data-testid=import-preview]").await?;
    let facts = app.text("[data-testid=import-preview-facts]").await?;
    assert!(facts.contains(&title), "{facts}");
    app.click("[data-testid=import-confirm]").await?;
    app.until("the imported mission", || async {
        Ok(app
            .text("[data-testid=mission-heading]")
            .await?
            .contains(&title))
    })
    .await?;
    app.click("[data-testid=nav-signing]").await?;
    let from = app.text("[data-testid=signing-received-from]").await?;
    assert!(from.contains("ravel.mandat"), "{from}");
    app.click("[data-testid=signing-accept-received]").await?;
    app.click("[data-testid=signing-accept-confirm]").await?;
    app.until("the signatures accepted as received", || async {
        Ok(app
            .attr("[data-testid=signing-received]", "data-accepted")
            .await?
            .as_deref()
            == Some("true"))
    })
    .await?;
    app.quit().await?;

    let store = store(there.path())?;
    let id = mission::list(&store)?[0].id;
    let versions = charter::versions(&store, id)?;
    assert_eq!(versions.len(), 2);
    let state = signing::state(&store, versions[1].id)?;
    assert!(state.complete && state.accepted_at.is_some());
    assert_eq!(state.received_from, "ravel.mandat");
    Ok(())
}
