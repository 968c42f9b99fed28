//! Backups through the real window: the launch backup is listed with what it holds, one more
//! is made on demand, and restoring the launch backup brings back exactly its data (the state
//! it replaced kept as a backup of its own); a backup is copied to a folder of hers (a USB
//! stick), never into the data folder.

use crate::app::{App, Result};
use mandat_core::backup::{self, BackupReason};
use mandat_core::mission::{self, MissionDraft};

fn titled(title: &str) -> MissionDraft {
    MissionDraft {
        client: "Distribution Ravel".into(),
        title: title.into(),
        start_date: "2026-11-02".into(),
        ..MissionDraft::default()
    }
}

async fn rows(app: &App) -> Result<i64> {
    let n = app
        .client
        .execute(
            "return document.querySelectorAll('[data-testid=backup-row]').length",
            vec![],
        )
        .await?;
    Ok(n.as_i64().unwrap_or(0))
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn back_up_then_restore_the_launch_backup() -> Result {
    let data = tempfile::tempdir()?;
    mission::create(
        &crate::app::store(data.path())?,
        &titled("Avant la sauvegarde"),
    )?;

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-backups]").await?;
    app.exists("[data-testid=backup-row][data-reason=launch]")
        .await?;
    let summary = app
        .text("[data-testid=backup-row][data-reason=launch] [data-testid=backup-summary]")
        .await?;
    assert!(summary.contains("Avant la sauvegarde"), "{summary}");

    app.click("[data-testid=backup-now]").await?;
    app.exists("[data-testid=backup-row][data-reason=manual]")
        .await?;
    assert_eq!(rows(&app).await?, 2);

    // Copied to a stick: refused into the data folder, then made in a folder of hers, readable.
    app.answer_dialogs(&[data.path()]).await?;
    app.click("[data-testid=backup-row][data-reason=manual] [data-testid=backup-copy]")
        .await?;
    let refused = app.text("[role=alert]").await?;
    assert!(refused.contains("data folder"), "{refused}");
    let stick = tempfile::tempdir()?;
    app.answer_dialogs(&[stick.path()]).await?;
    app.click("[data-testid=backup-row][data-reason=manual] [data-testid=backup-copy]")
        .await?;
    let copied = app.text("[data-testid=backup-copied]").await?;
    let file = std::fs::read_dir(stick.path())?
        .next()
        .expect("one copy on the stick")?
        .path();
    assert!(copied.contains(&*file.to_string_lossy()), "{copied}");
    let key = crate::app::store(data.path())?.key();
    assert!(
        backup::info(&file, &key)?.summary.is_some(),
        "the copy reads back"
    );

    // Meanwhile another mission is written (as the app would).
    mission::create(
        &crate::app::store(data.path())?,
        &titled("Après la sauvegarde"),
    )?;

    app.click("[data-testid=backup-row][data-reason=launch] [data-testid=backup-restore]")
        .await?;
    app.client
        .execute("window.__beforeRestore = true;", vec![])
        .await?;
    app.click("[data-testid=backup-restore-confirm]").await?;
    // The window reloads on the restored data; the replaced state is a backup of its own.
    app.until("the window to reload", || async {
        let mark = app
            .client
            .execute("return window.__beforeRestore === true", vec![])
            .await?;
        Ok(mark == false)
    })
    .await?;
    app.click("[data-testid=nav-backups]").await?;
    app.exists("[data-testid=backup-row][data-reason=before_restore]")
        .await?;
    app.snapshot("backups-after-restore").await;
    app.click("[data-testid=nav-missions]").await?;
    app.until("only the restored mission", || async {
        let text = app.text("main").await?;
        Ok(text.contains("Avant la sauvegarde") && !text.contains("Après la sauvegarde"))
    })
    .await?;
    app.quit().await?;

    let store = crate::app::store(data.path())?;
    let titles: Vec<String> = mission::list(&store)?
        .into_iter()
        .map(|m| m.title)
        .collect();
    assert_eq!(titles, ["Avant la sauvegarde"]);
    let safety = backup::all(&store)?
        .into_iter()
        .find(|b| b.reason == BackupReason::BeforeRestore)
        .expect("the replaced state was backed up");
    assert_eq!(safety.summary.expect("readable").missions, 2);
    Ok(())
}
