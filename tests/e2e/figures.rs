//! Figures, not tests: how long the window takes to show the power/interest grid with 5,000
//! people, from the click in the navigation to the second frame after every dot is in the
//! page (the map read through IPC, the dots laid out and painted). Run by `make bench` against
//! the release build (`MANDAT_APP=target/release/mandat`); prints the figures, asserts nothing
//! about time. `make e2e` skips it.

use crate::app::{store, App, Result};
use mandat_core::mission::Language;
use mandat_core::{demo, people, stakeholder};

const PEOPLE: usize = 5_000;
const RUNS: usize = 7;

#[tokio::test]
#[ignore = "prints figures: run `make bench`"]
async fn figures_grid_with_5000_people() -> Result {
    let data = tempfile::tempdir()?;
    let (mission, dots) = {
        let store = store(data.path())?;
        let mission = demo::create(&store, Language::En)?;
        let demo_people = people::list(&store, mission, false)?.len();
        demo::crowd::create(&store, mission, PEOPLE - demo_people)?;
        let map = stakeholder::map::map(&store, mission, "")?;
        assert_eq!(map.people.len(), PEOPLE);
        (
            mission,
            map.people.iter().filter(|p| p.power.is_some()).count(),
        )
    };

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    let mut times = Vec::new();
    let mut in_page = Vec::new();
    for _ in 0..RUNS {
        app.click("[data-testid=nav-people]").await?;
        app.exists("[data-testid=people-list]").await?;
        let ms = app
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const want = arguments[0];
                 const start = performance.now();
                 document.querySelector('[data-testid=nav-grid]').click();
                 const check = () => {
                   if (document.querySelectorAll('[data-testid=grid-dot]').length >= want) {
                     const inPage = performance.now() - start;
                     requestAnimationFrame(() => requestAnimationFrame(() => done([performance.now() - start, inPage])));
                   } else {
                     requestAnimationFrame(check);
                   }
                 };
                 check();",
                vec![dots.into()],
            )
            .await?;
        times.push(ms[0].as_f64().unwrap_or(f64::NAN));
        in_page.push(ms[1].as_f64().unwrap_or(f64::NAN));
    }
    // The part of it that is the map crossing IPC (read in Rust, serialised, parsed).
    let mut ipc = Vec::new();
    for _ in 0..RUNS {
        let ms = app
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const start = performance.now();
                 window.__TAURI_INTERNALS__
                   .invoke('stakeholder_map', { missionId: arguments[0], on: '' })
                   .then(() => done(performance.now() - start), () => done(-1));",
                vec![mission.into()],
            )
            .await?;
        ipc.push(ms.as_f64().unwrap_or(f64::NAN));
    }
    app.quit().await?;
    times.sort_by(f64::total_cmp);
    in_page.sort_by(f64::total_cmp);
    ipc.sort_by(f64::total_cmp);
    let shown: Vec<String> = times.iter().map(|t| format!("{t:.0}")).collect();
    println!(
        "grid page with {PEOPLE} people ({dots} dots), click to painted (ms, {RUNS} runs): {}",
        shown.join(" ")
    );
    println!(
        "median {:.0} ms, best {:.0} ms, worst {:.0} ms (target: under 300 ms)",
        times[RUNS / 2],
        times[0],
        times[RUNS - 1]
    );
    println!(
        "of which: the map through IPC median {:.0} ms; every dot in the page (before layout \
         and paint) median {:.0} ms",
        ipc[RUNS / 2],
        in_page[RUNS / 2]
    );
    Ok(())
}
