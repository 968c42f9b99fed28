//! Missions through the real window: create, autosave, restart, refuse bad input.

use crate::app::{App, Result};
use mandat_core::mission::{self, Language, MissionDraft};

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn a_mission_created_in_the_window_survives_a_restart() -> Result {
    let data = tempfile::tempdir()?;
    let app = App::launch(data.path()).await?;
    app.click("[data-testid=welcome-create]").await?;
    app.fill("#mission-client", "Distribution Ravel").await?;
    app.fill("#mission-title", "Redresser le SI après le go-live")
        .await?;
    app.fill("#mission-sponsorName", "Claire Moreau").await?;
    app.fill("#mission-startDate", "2026-11-02").await?;
    app.fill("#mission-plannedEnd", "2027-04-30").await?;
    app.select("#mission-language", "en").await?;
    app.click("[data-testid=create-mission]").await?;
    app.until("the new mission's heading", || async {
        Ok(app
            .text("[data-testid=mission-heading]")
            .await?
            .contains("Redresser le SI"))
    })
    .await?;

    // Autosave: an edit in the sheet is written without any button.
    app.fill(
        "#mission-context",
        "Équipes épuisées ; retour arrière décidé.",
    )
    .await?;
    app.save_state("saved").await?;
    app.quit().await?;

    let app = App::launch(data.path()).await?;
    app.until("the mission after a restart", || async {
        Ok(app
            .text("[data-testid=mission-heading]")
            .await?
            .contains("Redresser le SI"))
    })
    .await?;
    app.click("[data-testid=nav-mission]").await?;
    let context = app.prop("#mission-context", "value").await?;
    assert_eq!(
        context.as_deref(),
        Some("Équipes épuisées ; retour arrière décidé.")
    );
    app.quit().await?;

    let store = crate::app::store(data.path())?;
    let listed = mission::list(&store)?;
    assert_eq!(listed.len(), 1);
    let saved = mission::get(&store, listed[0].id)?;
    assert_eq!(
        (
            saved.client.as_str(),
            saved.sponsor_name.as_str(),
            saved.planned_end.as_deref()
        ),
        ("Distribution Ravel", "Claire Moreau", Some("2027-04-30"))
    );
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn an_invalid_date_is_shown_on_its_field_and_nothing_is_saved() -> Result {
    let data = tempfile::tempdir()?;
    let existing = {
        let store = crate::app::store(data.path())?;
        let draft = MissionDraft {
            client: "Ravel".into(),
            title: "Stabiliser l'exploitation".into(),
            start_date: "2026-11-02".into(),
            planned_end: "2027-04-30".into(),
            language: Language::Fr,
            ..MissionDraft::default()
        };
        mission::create(&store, &draft)?
    };

    let app = App::launch(data.path()).await?;
    app.text("[data-testid=mission-heading]").await?;
    app.click("[data-testid=nav-mission]").await?;
    // Not a date at all, then a real date before the start: both refused on the field.
    app.fill("#mission-plannedEnd", "2027-02-30").await?;
    app.save_state("error").await?;
    app.exists("#mission-plannedEnd[aria-invalid=true]").await?;
    assert_eq!(
        app.attr("#mission-plannedEnd", "aria-invalid")
            .await?
            .as_deref(),
        Some("true")
    );
    assert!(!app.text("#mission-plannedEnd-error").await?.is_empty());

    app.fill("#mission-plannedEnd", "2026-01-15").await?;
    app.save_state("error").await?;
    assert!(!app.text("#mission-plannedEnd-error").await?.is_empty());
    // What was typed stays in the field.
    let typed = app.prop("#mission-plannedEnd", "value").await?;
    assert_eq!(typed.as_deref(), Some("2026-01-15"));

    // The create form refuses a bad start date and creates nothing.
    app.click("[data-testid=new-mission]").await?;
    app.fill("#mission-client", "Autre client").await?;
    app.fill("#mission-title", "Autre mission").await?;
    app.fill("#mission-startDate", "31/12/2026").await?;
    app.click("[data-testid=create-mission]").await?;
    assert!(!app.text("#mission-startDate-error").await?.is_empty());
    app.quit().await?;

    let store = crate::app::store(data.path())?;
    assert_eq!(mission::list(&store)?.len(), 1, "nothing was created");
    assert_eq!(
        mission::get(&store, existing.id)?,
        existing,
        "nothing was changed"
    );
    Ok(())
}
