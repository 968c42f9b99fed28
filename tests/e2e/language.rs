//! Both languages, switched in the window (and on the screens before unlock) and remembered
//! across a restart.

use crate::app::{App, Result};

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn switch_to_french_and_back_and_it_is_remembered() -> Result {
    let data = tempfile::tempdir()?;
    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    let english_welcome = app.text("[data-testid=welcome]").await?;
    assert_eq!(html_lang(&app).await?, "en");

    app.click("[data-testid=lang-fr]").await?;
    app.until("html lang=fr", || async {
        Ok(html_lang(&app).await? == "fr")
    })
    .await?;
    let french_welcome = app.text("[data-testid=welcome]").await?;
    assert_ne!(
        french_welcome, english_welcome,
        "the welcome text was translated"
    );
    assert_eq!(
        app.attr("[data-testid=lang-fr]", "aria-pressed")
            .await?
            .as_deref(),
        Some("true")
    );
    app.quit().await?;

    let app = App::launch(data.path()).await?;
    app.find("[data-testid=welcome]").await?;
    app.until("French after a restart", || async {
        Ok(html_lang(&app).await? == "fr")
    })
    .await?;
    assert_eq!(app.text("[data-testid=welcome]").await?, french_welcome);
    app.click("[data-testid=lang-en]").await?;
    app.until("html lang=en", || async {
        Ok(html_lang(&app).await? == "en")
    })
    .await?;
    assert_eq!(app.text("[data-testid=welcome]").await?, english_welcome);
    app.quit().await?;
    Ok(())
}

async fn html_lang(app: &App) -> Result<String> {
    let lang = app
        .client
        .execute("return document.documentElement.lang", vec![])
        .await?;
    Ok(lang.as_str().unwrap_or_default().to_owned())
}

/// The setup and unlock screens have their own FR | EN: a pick there is the setting once the
/// data is open, and the next unlock screen is in that language.
#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn the_language_picked_before_unlock_is_kept() -> Result {
    use crate::app::PASSPHRASE;
    let data = tempfile::tempdir()?;
    let app = App::launch_locked(data.path()).await?;
    app.find("[data-testid=vault-setup]").await?;
    app.click("[data-testid=lang-en]").await?;
    let english_create = app.text("[data-testid=vault-create]").await?;
    app.click("[data-testid=lang-fr]").await?;
    app.until("html lang=fr before unlock", || async {
        Ok(html_lang(&app).await? == "fr")
    })
    .await?;
    assert_ne!(
        app.text("[data-testid=vault-create]").await?,
        english_create
    );
    // The disabled button says why, in French.
    let why = app.text("[data-testid=vault-why]").await?;
    assert!(why.contains("phrase de passe"), "{why}");
    app.fill("#vault-passphrase", PASSPHRASE).await?;
    app.fill("#vault-confirm", PASSPHRASE).await?;
    app.click("[data-testid=vault-create]").await?;
    app.find("[data-testid=welcome]").await?;
    assert_eq!(html_lang(&app).await?, "fr");
    assert_eq!(
        app.attr("[data-testid=lang-fr]", "aria-pressed")
            .await?
            .as_deref(),
        Some("true")
    );
    app.quit().await?;

    let app = App::launch_locked(data.path()).await?;
    app.find("[data-testid=vault-unlock]").await?;
    app.until("the unlock screen in French", || async {
        Ok(html_lang(&app).await? == "fr")
    })
    .await?;
    // Back to English, for the windows of the tests after this one.
    app.click("[data-testid=lang-en]").await?;
    app.fill("#vault-passphrase", PASSPHRASE).await?;
    app.click("[data-testid=vault-unlock-submit]").await?;
    app.find("[data-testid=welcome]").await?;
    assert_eq!(html_lang(&app).await?, "en");
    app.quit().await?;
    Ok(())
}
