//! The stakeholder map through the window, on the demo mission: people added by hand and from
//! a client's CSV file, assessed, told of the mandate one to one and through an audience, and
//! one erased for real — then the database is read to check that each thing landed.

use crate::app::{store, App, Result};
use mandat_core::mission::Language;
use mandat_core::{announcement, demo, people, stakeholder};

/// Whether anything readable still names `person`: the register, the interactions, the
/// audiences (the core's own test checks every table of the schema in SQL).
fn still_named(data: &std::path::Path, mission: i64, person: i64) -> Result<bool> {
    let store = store(data)?;
    if people::get(&store, person).is_ok() {
        return Ok(true);
    }
    if stakeholder::interaction::list(&store, mission, None)?
        .iter()
        .any(|i| i.people.contains(&person))
    {
        return Ok(true);
    }
    for status in announcement::board(&store, mission)?.audiences {
        if announcement::members(&store, status.audience.id)?.contains(&person) {
            return Ok(true);
        }
    }
    Ok(false)
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn people_by_hand_and_by_csv_told_assessed_and_one_erased() -> Result {
    let data = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;
    let mission = demo::create(&store(data.path())?, Language::En)?;
    let before = people::list(&store(data.path())?, mission, false)?.len();

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-people]").await?;
    app.exists("[data-testid=person-row]").await?;
    app.snapshot("people-en").await;

    // By hand: a name is enough; the rest is typed on the card and saved by itself.
    app.click("[data-testid=person-new]").await?;
    app.click("[data-testid=person-new-save]").await?;
    app.exists("#new-person-name-error").await?;
    app.fill("#new-person-name", "Zoé Testeuse").await?;
    app.click("[data-testid=person-new-save]").await?;
    app.until("the new person's card", || async {
        Ok(app.text("[data-testid=person-heading]").await? == "Zoé Testeuse")
    })
    .await?;
    app.fill("#person-jobTitle", "Key user, Lyon warehouse")
        .await?;
    app.fill("#person-email", "not an e-mail").await?;
    app.exists("#person-email-error").await?;
    app.fill("#person-email", "zoe@example.org").await?;
    app.save_state("saved").await?;

    // Found as you type, without the accent.
    app.fill("[data-testid=people-search]", "zoe").await?;
    app.until("one person found", || async {
        Ok(app
            .text("[data-testid=people-count]")
            .await?
            .starts_with("1 of"))
    })
    .await?;

    // A typed assessment, then told one to one.
    app.click("[data-testid=person-assess]").await?;
    app.select("#assess-power", "4").await?;
    app.select("#assess-interest", "5").await?;
    app.click("[data-testid=assess-save]").await?;
    app.exists("[data-testid=person-latest]").await?;
    app.click("[data-testid=person-brief]").await?;
    app.click("[data-testid=brief-save]").await?;
    app.until("told one to one", || async {
        Ok(app
            .attr("[data-testid=person-told]", "data-told")
            .await?
            .as_deref()
            == Some("true"))
    })
    .await?;
    app.snapshot("person-card-en").await;

    let zoe = {
        let store = store(data.path())?;
        let zoe = people::list(&store, mission, false)?
            .into_iter()
            .find(|p| p.name == "Zoé Testeuse")
            .ok_or("Zoé is in the register")?;
        assert_eq!(zoe.job_title, "Key user, Lyon warehouse");
        assert_eq!(zoe.email, "zoe@example.org");
        let card = stakeholder::card(&store, zoe.id)?;
        assert_eq!(
            (card.assessments[0].power, card.assessments[0].interest),
            (4, 5)
        );
        assert!(card.told.told && card.told.briefings.len() == 1);
        zoe.id
    };

    // From the client's spreadsheet: a Latin-1, semicolon file with one bad row.
    let csv = files.path().join("organigramme.csv");
    let latin1: Vec<u8> = ("Nom;Fonction;Groupe;Équipe;Responsable;E-mail\r\n\
         Gérard Lévêque;Technicien réseau;Infrastructure;Réseau;;gerard@example.org\r\n\
         Inès Faure;Développeuse;Applications;WMS;Gérard Lévêque;ines@\r\n\
         Noël Petit;Cariste;Métiers;Entrepôt;Gérard Lévêque;\r\n")
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("Latin-1"))
        .collect();
    std::fs::write(&csv, &latin1)?;
    app.answer_dialogs(&[&csv]).await?;
    app.click("[data-testid=import-people]").await?;
    app.exists("[data-testid=import-people-error]").await?;
    let errors = app.text("[data-testid=import-people-error]").await?;
    assert!(
        errors.contains('3') && errors.contains("E-mail"),
        "{errors}"
    );
    app.snapshot("people-import-en").await;
    app.click("[data-testid=import-people-confirm]").await?;
    app.until("the imported people listed", || async {
        Ok(people::list(&store(data.path())?, mission, false)?.len() == before + 3)
    })
    .await?;
    app.click("[data-testid=import-people-close]").await?;
    let imported = people::list(&store(data.path())?, mission, false)?;
    let gerard = imported
        .iter()
        .find(|p| p.name == "Gérard Lévêque")
        .ok_or("Gérard")?;
    let noel = imported
        .iter()
        .find(|p| p.name == "Noël Petit")
        .ok_or("Noël")?;
    assert_eq!(noel.reports_to, Some(gerard.id));
    assert!(
        imported.iter().all(|p| p.name != "Inès Faure"),
        "the bad row is not imported"
    );

    // Erased for real: the confirmation lists what goes, then nothing names her anywhere.
    app.fill("[data-testid=people-search]", "zoe").await?;
    app.click("[data-testid=person-row]").await?;
    app.click("[data-testid=person-erase]").await?;
    let preview = app.text("[data-testid=person-erase-preview]").await?;
    assert!(preview.contains("Assessments: 1"), "{preview}");
    app.snapshot("person-erase-en").await;
    app.click("[data-testid=person-erase-confirm]").await?;
    app.exists("[data-testid=person-erased]").await?;
    app.quit().await?;
    assert!(!still_named(data.path(), mission, zoe)?);
    Ok(())
}
