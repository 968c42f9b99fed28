//! The charter and mandate through the real window: draft, review clause by clause with the
//! CEO, approval refused while a clause is open, approve, amend (version 2), compare, restart.

use crate::app::{App, Result};
use mandat_core::charter::{self, Change, VersionStatus};
use mandat_core::mission::{self, Language, MissionDraft};

const OBJECTIVE: &str = "Stabiliser l'exploitation logistique";
const REWORDED: &str = "Stabiliser l'exploitation en quatre semaines";

#[tokio::test]
#[ignore = "drives the real window: run `make e2e`"]
async fn draft_review_approve_amend_and_compare() -> Result {
    let data = tempfile::tempdir()?;
    let mission_id = {
        let store = crate::app::store(data.path())?;
        let draft = MissionDraft {
            client: "Distribution Ravel".into(),
            title: "Redresser le SI".into(),
            sponsor_name: "Claire Moreau".into(),
            sponsor_title: "Directrice générale".into(),
            start_date: "2026-11-02".into(),
            language: Language::Fr,
            ..MissionDraft::default()
        };
        mission::create(&store, &draft)?.id
    };

    let app = App::launch(data.path()).await?;
    app.click("[data-testid=lang-fr]").await?;
    app.click("[data-testid=nav-charter]").await?;
    app.click("[data-testid=charter-start]").await?;
    app.exists("[data-testid=version-banner][data-number='1'][data-status=draft]")
        .await?;

    // Draft: one objective with its success criterion.
    app.click("[data-testid=add-objective]").await?;
    app.fill("#clause-title", OBJECTIVE).await?;
    app.fill("#clause-detail", "Commandes traitées en moins de 4 h")
        .await?;
    app.click("[data-testid=clause-save]").await?;
    app.exists("[data-testid=clause][data-section=objective]")
        .await?;
    let key = app
        .attr("[data-testid=clause][data-section=objective]", "data-key")
        .await?
        .unwrap_or_default();
    let clause = format!("[data-testid=review-clause][data-key='{key}']");

    // Review with the CEO: the objective is to discuss, with a comment from her.
    app.click("[data-testid=nav-review]").await?;
    app.click(&format!("{clause} [data-testid=review-to_discuss]"))
        .await?;
    app.exists(&format!("{clause}[data-review=to_discuss]"))
        .await?;
    app.until("one clause open", || async {
        Ok(app
            .attr("[data-testid=review-summary]", "data-open")
            .await?
            .as_deref()
            == Some("1"))
    })
    .await?;
    app.click(&format!("{clause} [data-testid=comment-author-ceo]"))
        .await?;
    app.fill(
        &format!("{clause} [data-testid=comment-body]"),
        "Quel délai aujourd'hui ?",
    )
    .await?;
    app.click(&format!("{clause} [data-testid=comment-add]"))
        .await?;
    app.until("the comment", || async {
        Ok(app
            .text(&clause)
            .await?
            .contains("Quel délai aujourd'hui ?"))
    })
    .await?;

    // Approval is refused while the objective is still to discuss, and says which one.
    app.click("[data-testid=charter-submit]").await?;
    app.fill("#decision-approverName", "Claire Moreau").await?;
    app.fill("#decision-approverTitle", "Directrice générale")
        .await?;
    // Submitted today: the decision cannot be dated earlier.
    let today = mandat_core::clock::today();
    app.fill("#decision-decidedOn", &today).await?;
    app.click("[data-testid=decision-approve]").await?;
    app.until("the refusal naming the open clause", || async {
        Ok(app
            .text("[data-testid=decision-error]")
            .await?
            .contains(OBJECTIVE))
    })
    .await?;

    // Agreed, then approved.
    app.click(&format!("{clause} [data-testid=review-agreed]"))
        .await?;
    app.exists(&format!("{clause}[data-review=agreed]")).await?;
    app.click("[data-testid=decision-approve]").await?;
    app.exists("[data-testid=version-banner][data-number='1'][data-status=approved]")
        .await?;

    // Changing an approved charter starts version 2.
    app.click("[data-testid=nav-charter]").await?;
    app.click("[data-testid=charter-amend]").await?;
    app.fill("#amend-reason", "Objectif précisé après le premier comité")
        .await?;
    app.click("[data-testid=amend-confirm]").await?;
    app.exists("[data-testid=version-banner][data-number='2'][data-status=draft]")
        .await?;
    app.click(&format!(
        "[data-testid=clause][data-key='{key}'] [data-testid=clause-edit]"
    ))
    .await?;
    app.fill("#clause-title", REWORDED).await?;
    app.click("[data-testid=clause-save]").await?;
    app.until("the reworded clause", || async {
        Ok(app
            .text(&format!("[data-testid=clause][data-key='{key}']"))
            .await?
            .contains(REWORDED))
    })
    .await?;

    // Compare 1 and 2: the objective changed.
    let changed = format!("[data-testid=diff-row][data-key='{key}'][data-change=changed]");
    app.click("[data-testid=nav-versions]").await?;
    app.select("#compare-from", "1").await?;
    app.select("#compare-to", "2").await?;
    app.until("the change", || async {
        Ok(app.text(&changed).await?.contains(REWORDED))
    })
    .await?;
    app.quit().await?;

    // After a restart, the history and the comparison are all there.
    let app = App::launch(data.path()).await?;
    app.click("[data-testid=nav-versions]").await?;
    app.exists("[data-testid=version-row][data-number='2']")
        .await?;
    app.select("#compare-from", "1").await?;
    app.select("#compare-to", "2").await?;
    app.until("the change after a restart", || async {
        Ok(app.text(&changed).await?.contains(OBJECTIVE))
    })
    .await?;
    app.quit().await?;

    let store = crate::app::store(data.path())?;
    let versions = charter::versions(&store, mission_id)?;
    let statuses: Vec<_> = versions.iter().map(|v| (v.number, v.status)).collect();
    assert_eq!(
        statuses,
        [(1, VersionStatus::Approved), (2, VersionStatus::Draft)]
    );
    assert_eq!(versions[0].approver_name, "Claire Moreau");
    assert_eq!(
        versions[1].reason,
        "Objectif précisé après le premier comité"
    );
    let v1 = charter::get(&store, mission_id, Some(1))?.ok_or("no version 1")?;
    assert_eq!(v1.comments.len(), 1);
    let diff = charter::compare(&store, mission_id, 1, 2)?;
    let row = diff
        .clauses
        .iter()
        .find(|d| d.key == key)
        .ok_or("clause missing")?;
    assert_eq!(
        (row.change, row.fields.as_slice()),
        (Change::Changed, &["title".to_owned()][..])
    );
    Ok(())
}
