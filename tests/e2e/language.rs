//! Both languages, switched in the window and remembered across a restart.

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
