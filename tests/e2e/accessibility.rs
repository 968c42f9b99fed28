//! Accessibility through the real window: axe-core (the npm package, read from ui/node_modules)
//! run on every screen of the demo mission, in English and in French, before and after unlock;
//! any serious or critical violation fails, all of them listed. Also: the skip link is the first
//! stop of Tab, the focus goes to the screen's heading after a navigation and after unlocking,
//! unlocking comes back to the page that was open, and no sidebar label is cut at 1280 px.

use crate::app::{App, Result, PASSPHRASE};
use mandat_core::demo;
use mandat_core::mission::Language;
use std::path::Path;

/// Every screen of the sidebar, the mission's pages first (their `data-testid`).
/// It opens on the dashboard: that comes last, so that each click is a move to another screen.
const SCREENS: &[&str] = &[
    "nav-mission",
    "nav-charter",
    "nav-mandate",
    "nav-review",
    "nav-versions",
    "nav-signing",
    "nav-brief",
    "nav-announcements",
    "nav-people",
    "nav-grid",
    "nav-orgchart",
    "nav-interactions",
    "nav-wellbeing",
    "nav-missions",
    "new-mission",
    "nav-verify",
    "nav-backups",
    "nav-security",
    "nav-dashboard",
];

fn axe_source() -> Result<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {} (npm --prefix ui ci): {e}", path.display()).into())
}

/// Runs axe-core on the window as it is now; returns its serious and critical violations, one
/// line each: the screen, the rule, its impact, and the elements concerned.
async fn violations(app: &App, axe: &str, screen: &str) -> Result<Vec<String>> {
    // Sent as the script itself (not evaluated from a string, which the CSP forbids).
    app.client
        .execute(&format!("{axe}\n;return typeof window.axe;"), vec![])
        .await?;
    let found = app
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            // What axe reads as visible text stops at the edge of the scrolling area: an
            // element cut by it is looked at again once scrolled into full view.
            const cut = (el) => {
              const box = el.getBoundingClientRect();
              const area = (el.closest('#content') ?? document.documentElement).getBoundingClientRect();
              return box.top < area.top || box.bottom > area.bottom;
            };
            const still = async (v, n) => {
              const el = document.querySelector(n.target.join(' '));
              if (!el || !cut(el)) return true;
              el.scrollIntoView({ block: 'center' });
              const again = await window.axe.run(el, { runOnly: [v.id], resultTypes: ['violations'] });
              return again.violations.length > 0;
            };
            (async () => {
              const r = await window.axe.run(document, { resultTypes: ['violations'] });
              const out = [];
              for (const v of r.violations) {
                const nodes = [];
                for (const n of v.nodes) if (await still(v, n)) nodes.push(n);
                if (nodes.length === 0) continue;
                out.push({
                  id: v.id, impact: v.impact, help: v.help,
                  nodes: nodes.slice(0, 5).map((n) => {
                    const el = document.querySelector(n.target.join(' '));
                    const said = el ? ` [name: ${el.getAttribute('aria-label') ?? ''} | text: ${el.innerText}]` : '';
                    return n.target.join(' ') + ' — ' + n.failureSummary + said;
                  }),
                });
              }
              return out;
            })()
              .then((ok) => done({ ok }))
              .catch((e) => done({ error: String(e) }));"#,
            vec![],
        )
        .await?;
    if let Some(error) = found.get("error") {
        return Err(format!("axe-core failed on {screen}: {error}").into());
    }
    let mut out = Vec::new();
    for v in found["ok"].as_array().cloned().unwrap_or_default() {
        let impact = v["impact"].as_str().unwrap_or_default();
        if impact != "serious" && impact != "critical" {
            continue;
        }
        let nodes: Vec<String> = v["nodes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|n| n.as_str().map(|s| s.replace('\n', " ")))
            .collect();
        out.push(format!(
            "{screen}: {} ({impact}): {}\n    {}",
            v["id"].as_str().unwrap_or_default(),
            v["help"].as_str().unwrap_or_default(),
            nodes.join("\n    ")
        ));
    }
    Ok(out)
}

/// The tag and text of the focused element, and whether it is inside the main area.
async fn focused(app: &App) -> Result<(String, bool)> {
    let out = app
        .client
        .execute(
            "const a = document.activeElement; return [a ? a.tagName.toLowerCase() : '', !!(a && a.closest('#content'))];",
            vec![],
        )
        .await?;
    Ok((
        out[0].as_str().unwrap_or_default().to_owned(),
        out[1].as_bool().unwrap_or(false),
    ))
}

/// The sidebar's own labels (not the missions' titles, which may be long), the top bar's
/// buttons, and the page's own words — its buttons, pills, column heads and field labels, not
/// the names and titles typed in — whose text does not fit (cut or ellipsised).
async fn cut_labels(app: &App) -> Result<Vec<String>> {
    let out = app
        .client
        .execute(
            r#"return [...document.querySelectorAll(
                '.sidebar .label, .sidebar .heading, .sidebar kbd, .topbar .tools button, ' +
                'main button, main .pill, main th, main .field-label, main legend, main .eyebrow')]
              .filter((el) => el.textContent.trim() !== ''
                && el.scrollWidth > el.clientWidth + 1
                && getComputedStyle(el).overflow !== 'visible')
              .map((el) => el.textContent.trim());"#,
            vec![],
        )
        .await?;
    Ok(out
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect())
}

async fn unlock(app: &App) -> Result {
    app.fill("#vault-passphrase", PASSPHRASE).await?;
    app.click("[data-testid=vault-unlock-submit]").await?;
    app.until("the unlock screen to go", || async {
        Ok(app.count("[data-testid=vault-unlock]").await? == 0)
    })
    .await
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn every_screen_of_the_demo_in_both_languages_has_no_serious_violation() -> Result {
    let axe = axe_source()?;
    let data = tempfile::tempdir()?;
    demo::create(&crate::app::store(data.path())?, Language::En)?;
    let app = App::launch_locked(data.path()).await?;
    app.client.set_window_size(1280, 800).await?;
    let mut found = Vec::new();
    let mut cut = Vec::new();

    // Before unlock, in both languages; the disabled button says why.
    app.find("[data-testid=vault-unlock]").await?;
    for lang in ["fr", "en"] {
        app.click(&format!("[data-testid=lang-{lang}]")).await?;
        app.find("[data-testid=vault-why]").await?;
        found.extend(violations(&app, &axe, &format!("unlock ({lang})")).await?);
        app.snapshot(&format!("a11y-{lang}-unlock")).await;
    }
    unlock(&app).await?;
    // Unlocked: the focus is on the first screen's heading.
    app.until("the focus on the dashboard's heading", || async {
        let (tag, inside) = focused(&app).await?;
        Ok(inside && (tag == "h1" || tag == "h2"))
    })
    .await?;

    for lang in ["en", "fr"] {
        app.click(&format!("[data-testid=lang-{lang}]")).await?;
        for screen in SCREENS {
            app.click(&format!("[data-testid={screen}]")).await?;
            // Navigated: the focus leaves the sidebar for the screen (its heading, or the
            // control the screen chose), which shows it is on display.
            app.until(&format!("the focus on {screen}"), || async {
                Ok(focused(&app).await?.1)
            })
            .await?;
            let name = format!("{screen} ({lang})");
            found.extend(violations(&app, &axe, &name).await?);
            cut.extend(
                cut_labels(&app)
                    .await?
                    .into_iter()
                    .map(|label| format!("{name}: {label}")),
            );
            app.snapshot(&format!("a11y-{lang}-{screen}")).await;
        }
    }
    app.click("[data-testid=lang-en]").await?;
    app.quit().await?;
    assert!(
        found.is_empty() && cut.is_empty(),
        "{} serious or critical violations:\n{}\ncut labels at 1280 px:\n{}",
        found.len(),
        found.join("\n"),
        cut.join("\n")
    );
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn the_setup_screen_in_both_languages_has_no_serious_violation() -> Result {
    let axe = axe_source()?;
    let data = tempfile::tempdir()?;
    let app = App::launch_locked(data.path()).await?;
    app.find("[data-testid=vault-setup]").await?;
    let mut found = Vec::new();
    for lang in ["fr", "en"] {
        app.click(&format!("[data-testid=lang-{lang}]")).await?;
        app.find("[data-testid=vault-why]").await?;
        found.extend(violations(&app, &axe, &format!("setup ({lang})")).await?);
        app.snapshot(&format!("a11y-{lang}-setup")).await;
    }
    app.quit().await?;
    assert!(
        found.is_empty(),
        "{} serious or critical violations:\n{}",
        found.len(),
        found.join("\n")
    );
    Ok(())
}

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn skip_link_first_and_unlocking_comes_back_to_the_page_with_the_focus_on_it() -> Result {
    let data = tempfile::tempdir()?;
    demo::create(&crate::app::store(data.path())?, Language::En)?;
    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-en]").await?;
    app.click("[data-testid=nav-people]").await?;
    app.exists("[data-testid=person-row]").await?;

    // Tab from the top of the page: the skip link first; it leads to the page's heading.
    app.client
        .execute(
            "document.activeElement && document.activeElement.blur();",
            vec![],
        )
        .await?;
    app.press("\u{E004}").await?;
    assert_eq!(
        app.client
            .execute(
                "return document.activeElement && document.activeElement.dataset.testid;",
                vec![]
            )
            .await?
            .as_str(),
        Some("skip-link")
    );
    app.press("\u{E007}").await?;
    let (tag, inside) = focused(&app).await?;
    assert!(
        inside && tag == "h2",
        "the skip link led to {tag} (in main: {inside})"
    );

    // Lock and unlock: back on the people page, the focus on its heading.
    app.click("[data-testid=lock-now]").await?;
    app.find("[data-testid=vault-unlock]").await?;
    unlock(&app).await?;
    app.exists("[data-testid=person-row]").await?;
    assert_eq!(
        app.attr("[data-testid=nav-people]", "aria-current")
            .await?
            .as_deref(),
        Some("page")
    );
    app.until("the focus on the people page's heading", || async {
        let (tag, inside) = focused(&app).await?;
        Ok(inside && tag == "h2")
    })
    .await?;
    app.quit().await?;
    Ok(())
}
