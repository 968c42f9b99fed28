//! Words for documents and the command line, in the mission's language. (The UI keeps its
//! own copy of these words in its typed message catalogue.)

use super::model::{Review, Section, VersionStatus};
use crate::mandate::Decision;
use crate::mission::Language;

impl Section {
    pub fn label(self, language: Language) -> &'static str {
        use Language::*;
        use Section::*;
        match (self, language) {
            (Context, Fr) => "Contexte et situation",
            (Context, En) => "Context and situation",
            (Objective, Fr) => "Objectifs et critères de réussite",
            (Objective, En) => "Objectives and success criteria",
            (ScopeIn, Fr) => "Dans le périmètre",
            (ScopeIn, En) => "In scope",
            (ScopeOut, Fr) => "Hors périmètre",
            (ScopeOut, En) => "Out of scope",
            (Deliverable, Fr) => "Livrables",
            (Deliverable, En) => "Deliverables",
            (Milestone, Fr) => "Jalons",
            (Milestone, En) => "Milestones",
            (Budget, Fr) => "Budget",
            (Budget, En) => "Budget",
            (Assumption, Fr) => "Hypothèses",
            (Assumption, En) => "Assumptions",
            (Constraint, Fr) => "Contraintes",
            (Constraint, En) => "Constraints",
            (Risk, Fr) => "Risques",
            (Risk, En) => "Risks",
            (Governance, Fr) => "Gouvernance",
            (Governance, En) => "Governance",
            (Communication, Fr) => "Plan de communication",
            (Communication, En) => "Communication plan",
            (Authority, Fr) => "Délégations du mandat",
            (Authority, En) => "Authorities of the mandate",
            (NonGoal, Fr) => "Ce que le mandat n'inclut pas",
            (NonGoal, En) => "What the mandate does not include",
            (Escalation, Fr) => "Règle d'escalade",
            (Escalation, En) => "Escalation rule",
        }
    }
}

impl VersionStatus {
    pub fn label(self, language: Language) -> &'static str {
        use Language::*;
        use VersionStatus::*;
        match (self, language) {
            (Draft, Fr) => "brouillon",
            (Draft, En) => "draft",
            (InReview, Fr) => "en revue",
            (InReview, En) => "in review",
            (Approved, Fr) => "approuvée",
            (Approved, En) => "approved",
            (ChangesRequested, Fr) => "compléments demandés",
            (ChangesRequested, En) => "more information requested",
            (Rejected, Fr) => "rejetée",
            (Rejected, En) => "rejected",
        }
    }

    /// An approved version that both have signed, as its PDF's title page says it.
    pub fn signed_label(language: Language) -> &'static str {
        match language {
            Language::Fr => "approuvée et signée",
            Language::En => "approved and signed",
        }
    }
}

impl Review {
    pub fn label(self, language: Language) -> &'static str {
        use Language::*;
        use Review::*;
        match (self, language) {
            (Pending, Fr) => "à revoir",
            (Pending, En) => "to review",
            (Agreed, Fr) => "d'accord",
            (Agreed, En) => "agreed",
            (ToDiscuss, Fr) => "à discuter",
            (ToDiscuss, En) => "to discuss",
            (Struck, Fr) => "supprimée",
            (Struck, En) => "struck",
        }
    }
}

impl Decision {
    pub fn label(self, language: Language) -> &'static str {
        match (self, language) {
            (Decision::Granted, Language::Fr) => "accordée",
            (Decision::Granted, Language::En) => "granted",
            (Decision::NotGranted, Language::Fr) => "non accordée",
            (Decision::NotGranted, Language::En) => "not granted",
            (Decision::NeedsApproval, Language::Fr) => "soumise à l'accord de",
            (Decision::NeedsApproval, Language::En) => "needs the approval of",
        }
    }
}
