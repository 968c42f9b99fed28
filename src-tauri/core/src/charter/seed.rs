//! What a new charter starts with: the catalogue of authorities, each still to decide, and
//! the governance the interview recommends (a weekly steering with the CEO, a monthly meeting
//! where every team shares its projects and bottlenecks). All of it can be changed or struck.

use super::input::ClauseInput;
use super::model::Section;
use crate::mandate::AuthorityKind;
use crate::mission::Language;

pub fn clauses(language: Language) -> Vec<ClauseInput> {
    let (steering, steering_detail, monthly, monthly_detail, escalation, escalation_detail) = match language {
        Language::Fr => (
            "Comité de pilotage hebdomadaire avec la direction générale",
            "Avancement, décisions attendues, risques et alertes.",
            "Réunion mensuelle inter-équipes",
            "Une heure par mois : chaque équipe partage ses projets, ses points de blocage et ses solutions.",
            "Escalade à la direction générale",
            "Toute décision hors mandat est remontée sous 48 heures.",
        ),
        Language::En => (
            "Weekly steering meeting with the CEO",
            "Progress, decisions needed, risks and alerts.",
            "Monthly cross-team meeting",
            "One hour a month: each team shares its projects, bottlenecks and solutions.",
            "Escalation to the CEO",
            "Any decision outside the mandate is raised within 48 hours.",
        ),
    };
    let mut clauses: Vec<ClauseInput> = AuthorityKind::CATALOGUE
        .into_iter()
        .map(|kind| ClauseInput {
            authority: Some(kind),
            ..ClauseInput::new(Section::Authority, "")
        })
        .collect();
    clauses.push(ClauseInput {
        detail: steering_detail.into(),
        ..ClauseInput::new(Section::Governance, steering)
    });
    clauses.push(ClauseInput {
        detail: monthly_detail.into(),
        ..ClauseInput::new(Section::Governance, monthly)
    });
    clauses.push(ClauseInput {
        detail: escalation_detail.into(),
        ..ClauseInput::new(Section::Escalation, escalation)
    });
    clauses
}
