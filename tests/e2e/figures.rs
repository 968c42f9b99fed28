//! Figures, not tests: how long the window takes to show the power/interest grid with 5,000
//! people, from the click in the navigation to the second frame after every dot is painted on
//! the grid's canvas (the map read through IPC, the dots placed and painted), beside the same
//! page with the demo's people alone. Run by `make bench` against the release build
//! (`MANDAT_APP=target/release/mandat`), once as WebKit starts by default and once with
//! `WEBKIT_DISABLE_COMPOSITING_MODE=1` (painting on the CPU: on a machine with no GPU, the
//! default composites through a software OpenGL); prints the figures, asserts nothing about
//! time. `make e2e` skips it. (The app does not choose CPU painting itself: with it, WebDriver
//! scripts running axe-core never returned under Xvfb.)

use crate::app::{store, App, Result};
use mandat_core::mission::Language;
use mandat_core::{demo, people, stakeholder};

const PEOPLE: usize = 5_000;
const RUNS: usize = 7;

/// The medians of one window's runs: click to painted, every dot in the page, the map via IPC.
struct Figures {
    dots: usize,
    times: Vec<f64>,
    in_page: f64,
    ipc: f64,
}

#[tokio::test]
#[ignore = "prints figures: run `make bench`"]
async fn figures_grid_with_5000_people() -> Result {
    // The baseline: the same page, the same window, with the demo's people alone. What it takes
    // is what any page costs this machine to show (on a VM without a GPU, mostly painting).
    let demo = measure(0).await?;
    let crowd = measure(PEOPLE).await?;
    for (name, f) in [("the demo's people alone", &demo), ("5,000 people", &crowd)] {
        let shown: Vec<String> = f.times.iter().map(|t| format!("{t:.0}")).collect();
        println!(
            "grid page, {name} ({} dots), click to painted (ms, {RUNS} runs): {}",
            f.dots,
            shown.join(" ")
        );
        println!(
            "  median {:.0} ms, best {:.0} ms, worst {:.0} ms; of which the map through IPC \
             {:.0} ms, every dot painted on the canvas (before that frame is shown) {:.0} ms",
            f.times[RUNS / 2],
            f.times[0],
            f.times[RUNS - 1],
            f.ipc,
            f.in_page
        );
    }
    println!(
        "5,000 people against the demo alone: +{:.0} ms (target: the page ready under 300 ms)",
        crowd.times[RUNS / 2] - demo.times[RUNS / 2]
    );
    Ok(())
}

/// Opens a window on the demo with `crowd` people in all (the demo alone for 0) and times the
/// grid page `RUNS` times.
async fn measure(crowd: usize) -> Result<Figures> {
    let data = tempfile::tempdir()?;
    let (mission, dots) = {
        let store = store(data.path())?;
        let mission = demo::create(&store, Language::En)?;
        let demo_people = people::list(&store, mission, false)?.len();
        if crowd > demo_people {
            demo::crowd::create(&store, mission, crowd - demo_people)?;
        }
        let map = stakeholder::map::map(&store, mission, "")?;
        assert_eq!(map.people.len(), crowd.max(demo_people));
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
                   const canvas = document.querySelector('[data-testid=grid-canvas]');
                   if (canvas && Number(canvas.dataset.painted) >= want) {
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
    // What was measured, to look at (target/tmp/e2e-shots).
    app.snapshot(&format!(
        "figures-grid-{}",
        if crowd == 0 { "demo" } else { "crowd" }
    ))
    .await;
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
    for list in [&mut times, &mut in_page, &mut ipc] {
        list.sort_by(f64::total_cmp);
    }
    Ok(Figures {
        dots,
        in_page: in_page[RUNS / 2],
        ipc: ipc[RUNS / 2],
        times,
    })
}
