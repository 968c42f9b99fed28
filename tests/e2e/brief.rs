//! The brief in the real window: written from the demo's approved mandate in the mission's
//! language and in the other, its questions answered from the mandate.

use crate::app::{store, App, Result};
use mandat_core::mission::Language;
use mandat_core::{announcement, brief, demo};

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn the_brief_from_the_approved_mandate_in_both_languages() -> Result {
    let data = tempfile::tempdir()?;
    let (mission, cuts_fr, cuts_en) = {
        let store = store(data.path())?;
        let mission = demo::create(&store, Language::Fr)?;
        let answer = |language| -> Result<String> {
            let b = brief::brief(&store, mission, Some(language))?;
            let answer = b
                .questions
                .into_iter()
                .find(|q| q.topic == "reduce_staff")
                .ok_or("a job cuts question")?
                .answer;
            Ok(plain(&answer))
        };
        (mission, answer(Language::Fr)?, answer(Language::En)?)
    };

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    // The dashboard names the audiences told only of version 1 and leads to what changed.
    app.click("[data-testid=nav-dashboard]").await?;
    app.click("[data-testid=dashboard-what-changed]").await?;
    app.exists("[data-testid=brief-letter][lang=fr]").await?;
    let cuts = "[data-testid=brief-question][data-topic=reduce_staff]";
    let shown = plain(&app.text(cuts).await?);
    assert!(
        shown.contains(cuts_fr.trim_end_matches('.')),
        "{shown:?} answers from the mandate: {cuts_fr:?}"
    );
    assert!(app
        .text("[data-testid=brief-source]")
        .await?
        .contains("-V2"));
    // The demo's amendment was not told to every audience: what changed is offered to them.
    assert!(app
        .text("[data-testid=brief-changed-audiences]")
        .await?
        .contains("Équipe infrastructure"));
    app.snapshot("brief-fr").await;

    app.click("[data-testid=brief-lang-en]").await?;
    app.exists("[data-testid=brief-letter][lang=en]").await?;
    app.until("the answers in English", || async {
        Ok(plain(&app.text(cuts).await?).contains(cuts_en.trim_end_matches('.')))
    })
    .await?;
    app.snapshot("brief-en").await;

    // Saved as a PDF where she chose: the letter, then the questions, in English.
    let out = tempfile::tempdir()?;
    let pdf = out.path().join("brief-en.pdf");
    app.answer_dialogs(&[&pdf]).await?;
    app.click("[data-testid=brief-save-pdf]").await?;
    app.until("the brief's PDF written", || async { Ok(pdf.exists()) })
        .await?;
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()?;
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Will there be job cuts?"), "{text}");
    assert!(text.contains("-V2"));
    // And as a web page for the intranet.
    let page = out.path().join("brief-en.html");
    app.answer_dialogs(&[&page]).await?;
    app.click("[data-testid=brief-save-html]").await?;
    app.until("the brief's web page written", || async {
        Ok(page.exists())
    })
    .await?;
    assert!(std::fs::read_to_string(&page)?.contains("<h2>Why</h2>"));

    // Sent to an audience not told of version 2 yet: recorded, and it shows as told.
    let untold = "[data-testid=brief-audience][data-told=false]";
    let audience: i64 = app
        .attr(untold, "data-audience-id")
        .await?
        .ok_or("the demo has an audience not told of version 2")?
        .parse()?;
    app.click(&format!("{untold} [data-testid=brief-record]"))
        .await?;
    app.click("[data-testid=announce-save]").await?;
    app.exists(&format!(
        "[data-testid=brief-audience][data-audience-id=\"{audience}\"][data-told=true]"
    ))
    .await?;
    let board = announcement::board(&store(data.path())?, mission)?;
    let told = board
        .audiences
        .iter()
        .find(|a| a.audience.id == audience)
        .ok_or("the audience")?;
    assert!(told.told);
    assert!(told.announcements[0].note.contains("MANDAT-"));

    // Copying says what happened, whether the clipboard took it or not.
    app.click("[data-testid=brief-copy-text]").await?;
    app.until("a word on the copy", || async {
        Ok(!app.text("[data-testid=brief-said]").await?.is_empty())
    })
    .await?;
    app.quit().await?;
    Ok(())
}

/// WebDriver gives no-break spaces as spaces: compared as such.
fn plain(text: &str) -> String {
    text.replace('\u{a0}', " ")
}
