//! The demo's charter and mandate: version 1 reviewed with the CEO and approved, then an
//! amendment after the rollback (more budget, the integrator's contract), approved as
//! version 2; announced to the teams, the amendment not yet to all of them; version 2 signed
//! by the CEO and the transition manager.

use super::timeline::{Timeline, AMENDED, KICK_OFF};
use crate::announcement::{self, AnnouncementInput, Channel};
use crate::charter::{self, Author, Charter, ClauseInput, DecisionInput, Review, Section, Verdict};
use crate::error::Result;
use crate::mandate::{AuthorityKind, Decision};
use crate::mission::Language;
use crate::signing::{self, SignatureInput, SignerRole};
use crate::store::Store;

/// `manager`: the transition manager's name, as on the mission.
pub fn create(
    store: &Store,
    mission_id: i64,
    language: Language,
    manager: &str,
    t: &Timeline,
) -> Result<()> {
    let l = |fr: &str, en: &str| match language {
        Language::Fr => fr.to_owned(),
        Language::En => en.to_owned(),
    };
    let ceo = l("Claire Moreau", "Claire Moreau");
    let ceo_title = l("Directrice générale", "Chief Executive Officer");

    let c = charter::start(store, mission_id)?;
    let v1 = c.version.id;
    let text = |section, fr: &str, en: &str, detail_fr: &str, detail_en: &str| ClauseInput {
        detail: l(detail_fr, detail_en),
        ..ClauseInput::new(section, &l(fr, en))
    };
    let dated = |section, fr: &str, en: &str, due: String| ClauseInput {
        due,
        ..ClauseInput::new(section, &l(fr, en))
    };
    let clauses = [
        text(Section::Context, "Go-live du WMS annulé, exploitation fragilisée", "WMS go-live cancelled, operations fragile",
            "La dernière bascule a été annulée après une semaine de crise ; l'ancien système tourne de nouveau.",
            "The last cut-over was cancelled after a week of crisis; the old system is running again."),
        text(Section::Objective, "Stabiliser l'exploitation logistique", "Stabilise logistics operations",
            "Délai de traitement des commandes sous 4 h à la fin de la stabilisation ; aucun incident bloquant pendant 4 semaines.",
            "Order processing under 4 h by the end of stabilisation; no blocking incident for 4 weeks."),
        text(Section::Objective, "Réussir la nouvelle bascule du WMS", "Succeed with the new WMS cut-over",
            "Recette complète signée par les métiers ; plan de retour arrière testé avant la bascule.",
            "Full acceptance signed by the business; rollback plan tested before the cut-over."),
        text(Section::Objective, "Rétablir la confiance entre les équipes", "Rebuild trust between the teams",
            "Réunion mensuelle inter-équipes tenue chaque mois ; baromètre interne en hausse à la fin de la mission.",
            "Monthly cross-team meeting held every month; internal survey up by the end of the mission."),
        text(Section::ScopeIn, "SI logistique : WMS, TMS et interfaces ERP", "Logistics IT: WMS, TMS and ERP interfaces", "", ""),
        text(Section::ScopeIn, "Pilotage de l'intégrateur du WMS", "Steering the WMS integrator", "", ""),
        text(Section::ScopeIn, "Organisation des équipes infrastructure et applications", "Organisation of the infrastructure and application teams", "", ""),
        text(Section::ScopeOut, "Projets e-commerce", "E-commerce projects", "", ""),
        dated(Section::Deliverable, "Plan de stabilisation à 30 jours", "30-day stabilisation plan", t.ago(105)),
        dated(Section::Deliverable, "Plan de bascule et de retour arrière", "Cut-over and rollback plan", t.ahead(70)),
        dated(Section::Deliverable, "Organisation cible de la DSI", "Target IT organisation", t.ahead(140)),
        dated(Section::Milestone, "Comité de lancement", "Kick-off committee", t.ago(KICK_OFF)),
        dated(Section::Milestone, "Fin de la stabilisation", "End of stabilisation", t.ago(75)),
        dated(Section::Milestone, "Nouvelle bascule du WMS", "New WMS cut-over", t.ahead(100)),
        dated(Section::Milestone, "Fin de mission", "End of mission", t.ahead(150)),
        ClauseInput { amount: "180000".into(), ..text(Section::Budget, "Budget de la mission", "Mission budget",
            "Renforts externes, outillage de tests, formation.", "External help, test tooling, training.") },
        text(Section::Assumption, "L'intégrateur reste engagé jusqu'à la bascule", "The integrator stays committed until the cut-over", "", ""),
        text(Section::Constraint, "Aucune interruption des livraisons pendant les fêtes", "No delivery interruption over the holidays", "", ""),
        text(Section::Risk, "Épuisement des équipes", "Team exhaustion",
            "Plus de 120 heures par semaine pendant la crise. Parade : astreintes tournantes, récupération, suivi individuel.",
            "Over 120 hours a week during the crisis. Response: rotating on-call, time off, one-to-one follow-up."),
        text(Section::Risk, "Nouvel échec de la bascule", "Another failed cut-over",
            "Parade : recette complète, répétition générale, retour arrière préparé et testé.",
            "Response: full acceptance testing, dress rehearsal, rollback prepared and tested."),
        text(Section::Governance, "Rattachement à la directrice générale", "Reports to the CEO", "", ""),
        text(Section::Communication, "Annonce du mandat aux équipes", "Announcing the mandate to the teams",
            "Réunion plénière la première semaine, puis courriel de la directrice générale ; la charte signée est remise à chacun.",
            "All-hands meeting in the first week, then an e-mail from the CEO; everyone receives the signed charter."),
        text(Section::NonGoal, "Remplacer durablement la DSI en place", "Permanently replace the IT leadership", "", ""),
        text(Section::NonGoal, "Choisir un nouvel ERP", "Choose a new ERP", "", ""),
    ];
    for clause in &clauses {
        charter::add_clause(store, v1, clause)?;
    }
    let mut c = charter::get(store, mission_id, None)?.ok_or(crate::Error::NothingApproved)?;
    let grant = |kind, decision, approver: String, amount: &str, detail: String| ClauseInput {
        authority: Some(kind),
        decision: Some(decision),
        approver,
        amount: amount.into(),
        detail,
        ..ClauseInput::new(Section::Authority, "")
    };
    let none = String::new;
    let decisions = [
        grant(
            AuthorityKind::Reorganise,
            Decision::Granted,
            none(),
            "",
            none(),
        ),
        grant(
            AuthorityKind::ReduceStaff,
            Decision::NeedsApproval,
            // A person named as a person: her name, then her function.
            l(
                &format!("{ceo}, directrice générale"),
                &format!("{ceo}, Chief Executive Officer"),
            ),
            "",
            l(
                "Après consultation du comité social et économique.",
                "After consulting the works council.",
            ),
        ),
        grant(
            AuthorityKind::ChangePractices,
            Decision::Granted,
            none(),
            "",
            none(),
        ),
        grant(
            AuthorityKind::Spend,
            Decision::Granted,
            none(),
            "50000",
            l("Par engagement.", "Per commitment."),
        ),
        grant(
            AuthorityKind::Vendors,
            Decision::NeedsApproval,
            l(
                "Directeur administratif et financier",
                "Chief Financial Officer",
            ),
            "",
            none(),
        ),
        grant(
            AuthorityKind::Hire,
            Decision::Granted,
            none(),
            "",
            l(
                "Dans la limite du budget de la mission.",
                "Within the mission budget.",
            ),
        ),
        grant(
            AuthorityKind::Architecture,
            Decision::Granted,
            none(),
            "",
            none(),
        ),
        grant(
            AuthorityKind::StopGoLive,
            Decision::Granted,
            none(),
            "",
            l(
                "Y compris le retour arrière d'un déploiement en production.",
                "Including rolling back a production deployment.",
            ),
        ),
        grant(
            AuthorityKind::SpeakForManagement,
            Decision::Granted,
            none(),
            "",
            none(),
        ),
    ];
    for input in &decisions {
        let key = key_of(&c, |x| x.authority == input.authority);
        c = charter::update_clause(store, v1, &key, input)?;
    }

    // The review meeting: one clause discussed, then everything agreed.
    let staff = key_of(&c, |x| x.authority == Some(AuthorityKind::ReduceStaff));
    charter::review_clause(store, v1, &staff, Review::ToDiscuss)?;
    charter::comment(
        store,
        v1,
        &staff,
        Author::Ceo,
        &l(
            "Aucune réduction d'effectifs sans passage devant le CSE.",
            "No staff reduction without going through the works council.",
        ),
    )?;
    charter::comment(
        store,
        v1,
        &staff,
        Author::Manager,
        &l(
            "D'accord : l'autorisation de la direction générale reste nécessaire.",
            "Agreed: the CEO's approval remains required.",
        ),
    )?;
    agree_all(store, mission_id, v1)?;
    charter::submit(store, v1)?;
    submitted(store, v1, &t.ago(KICK_OFF))?;
    let approve = |on: &str| DecisionInput {
        verdict: Verdict::Approve,
        approver_name: ceo.clone(),
        approver_title: ceo_title.clone(),
        decided_on: on.into(),
        note: String::new(),
    };
    charter::decide(store, v1, &approve(&t.ago(KICK_OFF)))?;

    // Telling the teams about version 1: everyone, at the all-hands meeting.
    let audiences = [
        l("Équipe infrastructure", "Infrastructure team"),
        l("Équipe applications", "Application team"),
        l("Support utilisateurs", "User support"),
        l("Comité de direction", "Executive committee"),
    ];
    let mut ids = Vec::new();
    for name in &audiences {
        let board = announcement::add_audience(store, mission_id, name)?;
        ids.extend(board.audiences.last().map(|a| a.audience.id));
    }
    let tell = |audience_id: i64, on: &str, channel: Channel, note: &str| {
        announcement::announce(
            store,
            &AnnouncementInput {
                audience_id,
                announced_by: ceo.clone(),
                announced_on: on.into(),
                channel,
                note: note.into(),
            },
        )
    };
    for &id in &ids {
        tell(id, &t.ago(KICK_OFF - 1), Channel::Meeting, "")?;
    }

    // The amendment after the rollback.
    let c = charter::amend(store, mission_id, &l(
        "Rallonge budgétaire et renégociation du contrat de l'intégrateur après le retour arrière.",
        "More budget and a renegotiation of the integrator's contract after the rollback.",
    ))?;
    let v2 = c.version.id;
    let spend = key_of(&c, |x| x.authority == Some(AuthorityKind::Spend));
    charter::update_clause(
        store,
        v2,
        &spend,
        &ClauseInput {
            amount: "120000".into(),
            ..decisions[3].clone()
        },
    )?;
    let vendors = key_of(&c, |x| x.authority == Some(AuthorityKind::Vendors));
    charter::update_clause(
        store,
        v2,
        &vendors,
        &grant(
            AuthorityKind::Vendors,
            Decision::Granted,
            none(),
            "",
            l(
                "Y compris la renégociation du contrat de l'intégrateur du WMS.",
                "Including renegotiating the WMS integrator's contract.",
            ),
        ),
    )?;
    let budget = key_of(&c, |x| x.section == Section::Budget);
    charter::update_clause(
        store,
        v2,
        &budget,
        &ClauseInput {
            amount: "240000".into(),
            ..clauses[15].clone()
        },
    )?;
    charter::add_clause(
        store,
        v2,
        &dated(
            Section::Milestone,
            "Répétition générale de la bascule",
            "Cut-over dress rehearsal",
            t.ahead(85),
        ),
    )?;
    agree_all(store, mission_id, v2)?;
    charter::submit(store, v2)?;
    submitted(store, v2, &t.ago(AMENDED))?;
    charter::decide(store, v2, &approve(&t.ago(AMENDED)))?;

    // The amendment is announced to two audiences so far, by e-mail with the brief written from
    // version 2 (the Brief page): the dashboard shows the others, and the Brief page offers
    // them what changed.
    let sent = format!(
        "{} MANDAT-{mission_id}-V2.",
        l("Le message (FR) tiré de", "The brief (EN) from")
    );
    for id in [ids[1], ids[3]] {
        tell(id, &t.ago(AMENDED - 1), Channel::Email, &sent)?;
    }

    // Both sign version 2 in person, in the CEO's office.
    let place = l("Lyon", "Lyon");
    for (role, name, title, seed) in [
        (SignerRole::Sponsor, ceo.clone(), ceo_title.clone(), 0.0),
        (
            SignerRole::Manager,
            manager.to_owned(),
            l("DSI de transition", "Transition CIO"),
            1.7,
        ),
    ] {
        signing::sign(
            store,
            v2,
            &SignatureInput {
                role,
                name,
                title,
                place: place.clone(),
                width: 480.0,
                height: 180.0,
                strokes: super::signature::strokes(seed),
            },
        )?;
    }

    Ok(())
}

fn key_of(c: &Charter, pick: impl Fn(&charter::Clause) -> bool) -> String {
    c.clauses
        .iter()
        .find(|x| pick(x))
        .map(|x| x.key.clone())
        .unwrap_or_default()
}

fn agree_all(store: &Store, mission_id: i64, version_id: i64) -> Result<()> {
    let clauses = charter::get(store, mission_id, None)?
        .map(|c| c.clauses)
        .unwrap_or_default();
    for clause in &clauses {
        charter::review_clause(store, version_id, &clause.key, Review::Agreed)?;
    }
    Ok(())
}

/// The story's day of submission: the demo submits today what the mission submitted then.
fn submitted(store: &Store, version_id: i64, day: &str) -> Result<()> {
    store.write(|w| charter::sql::set_submitted_on(w, version_id, day))
}
