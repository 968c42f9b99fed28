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

/// The centre of a cell of the grid, in the window's coordinates.
async fn cell_on_screen(app: &App, power: u8, interest: u8) -> Result<(f64, f64)> {
    // The plotting area of ui/src/lib/stakeholder/grid/geometry.ts, in the SVG's units.
    let (left, top, right, bottom) = (58.0, 8.0, 632.0, 512.0);
    let x = left + (f64::from(interest) - 0.5) * (right - left) / 5.0;
    let y = top + (5.5 - f64::from(power)) * (bottom - top) / 5.0;
    let at = app
        .client
        .execute(
            "const svg = document.querySelector('[data-testid=grid-svg]'); \
             const p = new DOMPoint(arguments[0], arguments[1]).matrixTransform(svg.getScreenCTM()); \
             return [p.x, p.y];",
            vec![x.into(), y.into()],
        )
        .await?;
    Ok((at[0].as_f64().unwrap_or(0.0), at[1].as_f64().unwrap_or(0.0)))
}

/// Walks the grid's one focusable dot onto a person, as a keyboard user does: Home, then Tab.
async fn rover_onto(app: &App, person: i64) -> Result {
    let rover = "[data-testid=grid-dot]";
    app.find(rover).await?.send_keys("\u{E011}").await?;
    for _ in 0..200 {
        if app.attr(rover, "data-person-id").await? == Some(person.to_string()) {
            return Ok(());
        }
        app.find(rover).await?.send_keys("\u{E004}").await?;
    }
    Err(format!("Tab never reached person {person} on the grid").into())
}

fn latest(data: &std::path::Path, person: i64) -> Result<(usize, u8, u8)> {
    let history = stakeholder::history(&store(data)?, person)?;
    let last = history.last().ok_or("assessed")?;
    Ok((history.len(), last.power, last.interest))
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn the_grid_by_keyboard_and_drag_the_log_an_audience_and_the_org_chart() -> Result {
    use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
    let data = tempfile::tempdir()?;
    let (mission, marc, outsider) = {
        let store = store(data.path())?;
        let mission = demo::create(&store, Language::En)?;
        let listed = people::list(&store, mission, false)?;
        let marc = listed
            .iter()
            .find(|p| p.name == "Marc Delaunay")
            .ok_or("the vendor's project manager")?
            .id;
        let mut outsider = None;
        for p in &listed {
            if stakeholder::card(&store, p.id)?.told.audiences.is_empty() {
                outsider = Some((p.id, p.name.clone()));
                break;
            }
        }
        (mission, marc, outsider.ok_or("someone in no audience")?)
    };
    let (rounds, power, interest) = latest(data.path(), marc)?;

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-grid]").await?;
    let dot = format!("[data-testid=grid-dot][data-person-id=\"{marc}\"]");
    rover_onto(&app, marc).await?;
    app.find(&dot).await?;
    app.snapshot("grid-en").await;

    // The keyboard: one step down in power, then Enter writes a dated assessment.
    let (key, to_power) = if power > 1 {
        ("\u{E015}", power - 1)
    } else {
        ("\u{E013}", power + 1)
    };
    let el = app.find(&dot).await?;
    el.send_keys(key).await?;
    app.exists("[data-testid=grid-ghost]").await?;
    el.send_keys("\u{E007}").await?;
    app.until("the assessment written from the keyboard", || async {
        Ok(latest(data.path(), marc)? == (rounds + 1, to_power, interest))
    })
    .await?;

    // Dragged to the top right cell: power 5, interest 5.
    let (x, y) = cell_on_screen(&app, 5, 5).await?;
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: app.find(&dot).await?,
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveTo {
            duration: Some(std::time::Duration::from_millis(250)),
            x,
            y,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    app.client.perform_actions(drag).await?;
    app.until("the assessment written by dragging", || async {
        Ok(latest(data.path(), marc)? == (rounds + 2, 5, 5))
    })
    .await?;

    // As it stood two months ago: arrows from there to today.
    let earlier = (chrono::Local::now().date_naive() - chrono::Days::new(60)).to_string();
    app.fill("[data-testid=grid-date]", &format!("{earlier}\u{E007}"))
        .await?;
    app.exists("[data-testid=grid-past]").await?;
    app.exists("[data-testid=grid-arrow]").await?;
    app.snapshot("grid-past-en").await;

    // An interaction with a follow-up, logged from the overdue list's first person.
    app.click("[data-testid=nav-interactions]").await?;
    // The count is only written once the map has loaded: wait for it, then read it.
    app.until("the overdue contacts loaded", || async {
        Ok(app
            .attr("[data-testid=interactions-overdue]", "data-count")
            .await?
            .is_some())
    })
    .await?;
    let overdue = app
        .attr("[data-testid=interactions-overdue]", "data-count")
        .await?;
    assert!(
        overdue.is_some_and(|n| n != "0"),
        "the demo has overdue contacts"
    );
    app.click("[data-testid=interactions-log-open]").await?;
    app.fill("[data-testid=interactions-people]", "marc del")
        .await?;
    app.find("[data-testid=interactions-option]").await?;
    app.find("[data-testid=interactions-people]")
        .await?
        .send_keys("\u{E007}")
        .await?;
    app.exists(&format!(
        "[data-testid=interactions-chip][data-person-id=\"{marc}\"]"
    ))
    .await?;
    app.fill(
        "[data-testid=interactions-summary]",
        "Rollback review with the integrator",
    )
    .await?;
    app.fill(
        "[data-testid=interactions-follow-up]",
        "Send the revised cut-over plan",
    )
    .await?;
    let next_week = (chrono::Local::now().date_naive() + chrono::Days::new(7)).to_string();
    app.fill("[data-testid=interactions-follow-up-on]", &next_week)
        .await?;
    app.click("[data-testid=interactions-save]").await?;
    app.exists("[data-testid=interactions-logged]").await?;
    app.snapshot("interactions-en").await;
    let logged = stakeholder::interaction::list(&store(data.path())?, mission, Some(marc))?;
    assert_eq!(logged[0].summary, "Rollback review with the integrator");
    assert_eq!(logged[0].follow_up_on.as_deref(), Some(next_week.as_str()));

    // Told through an audience: made a member of the first audience told of version 2.
    app.click("[data-testid=nav-announcements]").await?;
    app.click("[data-testid=audience-members-toggle]").await?;
    app.fill("[data-testid=audience-member-search]", &outsider.1)
        .await?;
    app.find("[data-testid=audience-member-option]").await?;
    app.find("[data-testid=audience-member-search]")
        .await?
        .send_keys("\u{E007}")
        .await?;
    app.exists("[data-testid=audience-member]").await?;
    let told = stakeholder::card(&store(data.path())?, outsider.0)?.told;
    assert_eq!(told.audiences.len(), 1);

    // The org chart: Enter on a person opens their card.
    app.click("[data-testid=nav-orgchart]").await?;
    app.find("[data-testid=orgchart-node]").await?;
    app.snapshot("orgchart-en").await;
    let root = app.text("[data-testid=orgchart-name]").await?;
    app.find("[data-testid=orgchart-node]")
        .await?
        .send_keys("\u{E007}")
        .await?;
    app.until("the card of the org chart's first person", || async {
        Ok(root.contains(&app.text("[data-testid=person-heading]").await?))
    })
    .await?;

    // The dashboard lists key players not told.
    app.click("[data-testid=nav-dashboard]").await?;
    app.exists("[data-testid=dashboard-key-players]").await?;
    app.snapshot("dashboard-en").await;
    app.quit().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn the_stakeholder_pages_in_french() -> Result {
    let data = tempfile::tempdir()?;
    let mission = demo::create(&store(data.path())?, Language::Fr)?;
    let first = people::list(&store(data.path())?, mission, false)?[0].clone();
    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-fr]").await?;
    for (nav, title, shot) in [
        ("people", "Personnes", "people-fr"),
        ("grid", "Pouvoir et intérêt", "grid-fr"),
        ("orgchart", "Organigramme", "orgchart-fr"),
        ("interactions", "Échanges", "interactions-fr"),
    ] {
        app.click(&format!("[data-testid=nav-{nav}]")).await?;
        app.until(&format!("the {nav} page in French"), || async {
            Ok(app.text(".page-head .title").await? == title)
        })
        .await?;
        app.snapshot(shot).await;
    }
    app.click("[data-testid=nav-people]").await?;
    app.click(&format!("#person-row-{}", first.id)).await?;
    app.until("the card in French", || async {
        Ok(app
            .text("[data-testid=person-card]")
            .await?
            .contains("Évaluer"))
    })
    .await?;
    app.snapshot("person-card-fr").await;
    app.quit().await?;
    Ok(())
}
