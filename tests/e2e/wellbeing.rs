//! Team wellbeing notes through the window, on the demo mission (its exhausted team after the
//! rollback): a check-in entered with the keyboard alone, an alert acknowledged and followed to
//! its check-ins, a team she leads brought onto the board, the screen
//! blurred and brought back with one shortcut, and a `.mandat` export without and with the
//! notes — then the database and the files are read to check that each thing landed.

use crate::app::{store, App, Result};
use mandat_core::mission::Language;
use mandat_core::{demo, transfer, wellbeing};

const FILE_PASSPHRASE: &str = "given apart to the recipient";
const CTRL_H: &str = "\u{E009}h\u{E000}";

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn the_screen_blurs_and_comes_back_with_one_shortcut() -> Result {
    let data = tempfile::tempdir()?;
    demo::create(&store(data.path())?, Language::En)?;
    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-people]").await?;
    app.exists("[data-testid=person-row]").await?;
    app.press(CTRL_H).await?;
    app.exists("[data-testid=privacy-veil]").await?;
    app.until("the document marked private", || async {
        Ok(app
            .attr("html", "class")
            .await?
            .unwrap_or_default()
            .contains("private"))
    })
    .await?;
    app.snapshot("privacy-en").await;
    app.press(CTRL_H).await?;
    app.until("the names back", || async {
        Ok(!app
            .attr("html", "class")
            .await?
            .unwrap_or_default()
            .contains("private"))
    })
    .await?;
    app.quit().await
}

/// Exports the open mission to `file` from the mission sheet, ticking "include the wellbeing
/// notes" when `with_notes`.
async fn export(app: &App, file: &std::path::Path, with_notes: bool) -> Result {
    app.click("[data-testid=nav-mission]").await?;
    app.click("[data-testid=mission-export]").await?;
    app.fill("#export-passphrase", FILE_PASSPHRASE).await?;
    app.fill("#export-confirm", FILE_PASSPHRASE).await?;
    let warning = app.text("[data-testid=export-wellbeing-warning]").await?;
    assert!(warning.contains("stay on this laptop"), "{warning}");
    if with_notes {
        app.click("[data-testid=export-include-wellbeing]").await?;
        app.until("the warning naming the notes", || async {
            Ok(app
                .text("[data-testid=export-wellbeing-warning]")
                .await?
                .contains("wellbeing notes about"))
        })
        .await?;
    }
    app.answer_dialogs(&[file]).await?;
    app.click("[data-testid=mission-export-confirm]").await?;
    app.exists("[data-testid=mission-exported]").await?;
    app.click("[data-testid=mission-exported-close]").await
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn a_mandat_file_carries_the_notes_only_when_ticked() -> Result {
    let data = tempfile::tempdir()?;
    let out = tempfile::tempdir()?;
    let mission = demo::create(&store(data.path())?, Language::En)?;
    let held = wellbeing::note_counts(&store(data.path())?, mission)?;
    assert!(held.notes > 0);
    let (without, with) = (
        out.path().join("without.mandat"),
        out.path().join("with.mandat"),
    );

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    export(&app, &without, false).await?;
    export(&app, &with, true).await?;
    app.quit().await?;

    let elsewhere = tempfile::tempdir()?;
    let other = store(elsewhere.path())?;
    let read = |path: &std::path::Path| -> Result<transfer::ImportPreview> {
        Ok(transfer::preview(
            &other,
            &transfer::read(path)?,
            FILE_PASSPHRASE,
        )?)
    };
    assert_eq!(read(&without)?.wellbeing_notes, 0);
    let carried = read(&with)?;
    assert_eq!(
        (carried.wellbeing_notes, carried.wellbeing_people),
        (held.notes, held.people)
    );
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn the_persons_copy_is_read_corrected_and_written_as_pdf_and_json() -> Result {
    let data = tempfile::tempdir()?;
    let out = tempfile::tempdir()?;
    let pdf = out.path().join("copy.pdf");
    let (mission, lead) = {
        let store = store(data.path())?;
        let mission = demo::create(&store, Language::En)?;
        let board = wellbeing::board(&store, mission, "")?;
        let lead = board
            .people
            .iter()
            .find(|row| row.latest.is_some())
            .ok_or("the demo has someone with notes")?
            .person_id;
        (mission, lead)
    };
    let first = wellbeing::list_checkins(&store(data.path())?, lead)?[0].clone();

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-people]").await?;
    app.click(&format!("#person-row-{lead}")).await?;
    app.click("[data-testid=person-copy]").await?;
    app.exists("[data-testid=person-copy-note]").await?;
    app.snapshot("person-copy-en").await;
    let field = format!("#copy-note-{}", first.id);
    app.fill(&field, "Said he sleeps four hours a night")
        .await?;
    app.click(&format!(
        "[data-checkin-id=\"{}\"] [data-testid=person-copy-correct]",
        first.id
    ))
    .await?;
    app.until("the wording corrected", || async {
        Ok(app
            .text(&format!("[data-checkin-id=\"{}\"]", first.id))
            .await?
            .contains("Corrected"))
    })
    .await?;
    app.answer_dialogs(&[&pdf]).await?;
    app.click("[data-testid=person-copy-write]").await?;
    app.exists("[data-testid=person-copy-written]").await?;
    app.quit().await?;

    assert_eq!(
        wellbeing::list_checkins(&store(data.path())?, lead)?[0].observation,
        "Said he sleeps four hours a night"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("copy.json"))?)?;
    assert_eq!(json["person"]["id"], lead);
    assert_eq!(json["mission"]["id"], mission);
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()?;
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Said he sleeps four hours a night"), "{text}");
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn a_check_in_is_entered_with_the_keyboard_alone() -> Result {
    let data = tempfile::tempdir()?;
    let ines = {
        let store = store(data.path())?;
        let mission = demo::create(&store, Language::En)?;
        wellbeing::board(&store, mission, "")?
            .people
            .into_iter()
            .find(|row| row.name == "Inès Morel")
            .ok_or("Inès Morel is in the demo team")?
            .person_id
    };
    let before = wellbeing::list_checkins(&store(data.path())?, ines)?.len();

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.exists("[data-testid=nav-dashboard]").await?;
    app.press("\u{E009}k\u{E000}").await?;
    app.exists("[data-testid=quick-entry]").await?;
    // No accent typed: the name is found all the same.
    app.press("ines").await?;
    app.press("\u{E007}").await?;
    app.exists("[data-testid=quick-entry-line]").await?;
    app.press("24 61 xt k: said she cannot go on like this")
        .await?;
    app.until("what was understood", || async {
        Ok(!app
            .text("[data-testid=quick-entry-understood]")
            .await?
            .is_empty())
    })
    .await?;
    app.snapshot("quick-entry-en").await;
    app.press("\u{E007}").await?;
    app.exists("[data-testid=quick-entry-saved]").await?;
    app.press("\u{E00C}").await?;
    app.quit().await?;

    let checks = wellbeing::list_checkins(&store(data.path())?, ines)?;
    assert_eq!(checks.len(), before + 1);
    let saved = checks
        .iter()
        .find(|c| c.hours == 61)
        .ok_or("the check-in typed")?;
    assert_eq!((saved.mood, saved.stress), (2, 4));
    let mut signals = saved.signals.clone();
    signals.sort();
    assert_eq!(
        signals,
        [wellbeing::Signal::Tired, wellbeing::Signal::CannotGoOn]
    );
    assert_eq!(saved.actions.len(), 1);
    assert!(saved.observation.contains("cannot go on"));
    // An acute signal: a follow-up is proposed at once.
    assert!(saved.follow_up_on.is_some());
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn an_alert_is_acknowledged_and_a_persons_chart_opens() -> Result {
    let data = tempfile::tempdir()?;
    let (mission, open, before) = {
        let store = store(data.path())?;
        let mission = demo::create(&store, Language::En)?;
        let before = wellbeing::acknowledgments(&store, mission)?.len();
        (mission, wellbeing::alerts(&store, mission, "")?, before)
    };
    let first = open.first().ok_or("the demo leaves an alert open")?.clone();

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-wellbeing]").await?;
    app.exists("[data-testid=wellbeing-row]").await?;
    app.snapshot("wellbeing-en").await;
    app.click("[data-testid=wellbeing-alert] [data-testid=wellbeing-ack]")
        .await?;
    app.fill(
        "[data-testid=wellbeing-ack-text]",
        "Talked one to one; Friday off",
    )
    .await?;
    app.click("[data-testid=wellbeing-ack-save]").await?;
    app.until("one alert fewer", || async {
        Ok(app.count("[data-testid=wellbeing-alert]").await? + 1 == open.len())
    })
    .await?;
    app.click(&format!(
        "[data-testid=wellbeing-row][data-person-id=\"{}\"] [data-testid=wellbeing-open]",
        first.person_id
    ))
    .await?;
    app.exists("[data-testid=wellbeing-timeline]").await?;
    app.snapshot("wellbeing-person-en").await;
    app.click("[data-testid=lang-fr]").await?;
    app.snapshot("wellbeing-fr").await;
    app.quit().await?;

    let acknowledged = wellbeing::acknowledgments(&store(data.path())?, mission)?;
    assert_eq!(acknowledged.len(), before + 1);
    let mine = acknowledged
        .iter()
        .find(|a| a.what_was_done == "Talked one to one; Friday off")
        .ok_or("the acknowledgment typed")?;
    assert_eq!((mine.person_id, mine.kind), (first.person_id, first.kind));
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn retention_is_applied_from_the_dashboard_and_an_erasure_rewrites_the_backups() -> Result {
    let data = tempfile::tempdir()?;
    let (mission, person, before) = {
        let store = store(data.path())?;
        let mission = demo::create(&store, Language::En)?;
        let board = wellbeing::board(&store, mission, "")?;
        let person = board
            .people
            .iter()
            .find(|row| row.latest.is_some())
            .ok_or("the demo has someone with notes")?
            .person_id;
        let before = wellbeing::note_counts(&store, mission)?.notes;
        (mission, person, before)
    };
    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-dashboard]").await?;

    // The period set to one month on its card: the older notes are put forward.
    app.click("[data-testid=retention-period-change]").await?;
    app.fill("#retention-months", "0").await?;
    app.click("[data-testid=retention-period-save]").await?;
    app.exists("#retention-months-error").await?;
    app.fill("#retention-months", "1").await?;
    app.click("[data-testid=retention-period-save]").await?;
    app.exists("[data-testid=retention-proposal]").await?;
    let put_forward: u32 = app
        .attr("[data-testid=retention-card]", "data-notes")
        .await?
        .ok_or("the card counts the notes")?
        .parse()?;
    assert!(
        put_forward > 0,
        "a month puts some of the demo's notes forward"
    );
    app.snapshot("retention-card-en").await;
    app.click("[data-testid=retention-apply]").await?;
    app.click("[data-testid=retention-apply-confirm]").await?;
    app.exists("[data-testid=retention-done]").await?;
    app.exists("[data-testid=retention-none]").await?;
    {
        let store = store(data.path())?;
        let after = wellbeing::note_counts(&store, mission)?.notes;
        assert_eq!(
            after,
            before - put_forward,
            "the count dropped by what was put forward"
        );
        let decisions = wellbeing::retention::decisions(&store, mission)?;
        assert_eq!(decisions.len(), 1);
        assert_eq!(decisions[0].notes_deleted, put_forward);
        assert_eq!(wellbeing::retention::period(&store, mission)?, 1);
    }

    // Erasing someone: the dialog names the backups that hold them (the launch's), each is
    // rewritten without them.
    let held = mandat_core::backup::holding(&store(data.path())?, person)?;
    assert!(!held.is_empty(), "the launch backup holds them");
    let (theirs, all_notes) = {
        let store = store(data.path())?;
        (
            wellbeing::list_checkins(&store, person)?.len() as u32,
            wellbeing::note_counts(&store, mission)?.notes,
        )
    };
    assert!(
        theirs > 0,
        "the control: notes about them, kept by the retention"
    );
    app.click("[data-testid=nav-people]").await?;
    // The list may still be settling (loading, the focus moved to the page's heading): click
    // the row until the card is open.
    let row = format!("#person-row-{person}");
    app.until("the person's card open", || async {
        app.click(&row).await?;
        Ok(app.count("[data-testid=person-erase]").await? > 0)
    })
    .await?;
    app.click("[data-testid=person-erase]").await?;
    app.until("the backups named", || async {
        Ok(app.count("[data-testid=person-erase-backup]").await? == held.len())
    })
    .await?;
    assert!(app
        .text("[data-testid=person-erase-backups]")
        .await?
        .contains("rewritten without them"));
    app.snapshot("erase-backups-en").await;
    app.click("[data-testid=person-erase-confirm]").await?;
    app.exists("[data-testid=person-erased]").await?;
    let banner = app.text("[data-testid=person-erased]").await?;
    assert!(
        banner.contains(&format!("{} backup", held.len())) && banner.contains("were rewritten")
            || banner.contains("1 backup was rewritten"),
        "{banner}"
    );
    app.quit().await?;

    let store = store(data.path())?;
    // Gone from the database: their row and every note about them, nobody else's.
    assert!(mandat_core::people::get(&store, person).is_err());
    assert_eq!(
        wellbeing::note_counts(&store, mission)?.notes,
        all_notes - theirs
    );
    assert!(
        mandat_core::backup::holding(&store, person).is_err(),
        "erased and purged: no backup holds them"
    );
    assert_eq!(mandat_core::backup::pending(&store)?.people, 0);
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn a_team_she_leads_joins_the_board_and_an_alert_leads_to_its_check_ins() -> Result {
    let data = tempfile::tempdir()?;
    let (mission, before) = {
        let store = store(data.path())?;
        let mission = demo::create(&store, Language::En)?;
        (mission, wellbeing::board(&store, mission, "")?.people.len())
    };

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-wellbeing]").await?;
    app.exists("[data-testid=wellbeing-row]").await?;
    // The demo's open alert, to the check-ins behind it.
    app.click("[data-testid=wellbeing-alert] [data-testid=wellbeing-alert-entries]")
        .await?;
    app.exists("[data-testid=checkin-entry][data-behind]")
        .await?;
    app.snapshot("wellbeing-alert-entries-en").await;

    app.click("[data-testid=wellbeing-teams]").await?;
    app.click("[data-testid=wellbeing-team][data-team=\"Support\"]")
        .await?;
    app.until("the support team on the board", || async {
        Ok(app.count("[data-testid=wellbeing-row]").await? == before + 3)
    })
    .await?;
    app.snapshot("wellbeing-teams-en").await;
    app.click("[data-testid=wellbeing-teams-done]").await?;
    app.click("[data-testid=lang-fr]").await?;
    app.click("[data-testid=wellbeing-teams]").await?;
    app.exists("[data-testid=wellbeing-teams-dialog]").await?;
    // The dialog fades in: the picture once it has.
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    app.snapshot("wellbeing-teams-fr").await;
    app.click("[data-testid=wellbeing-teams-done]").await?;
    app.quit().await?;

    let store = store(data.path())?;
    let support = wellbeing::teams(&store, mission)?
        .into_iter()
        .find(|t| t.team == "Support")
        .ok_or("the register's support team")?;
    assert!(support.led && support.people == 3);
    assert_eq!(
        wellbeing::board(&store, mission, "")?.people.len(),
        before + 3
    );
    Ok(())
}
