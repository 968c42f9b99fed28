//! The mandate: what the transition manager may decide, clause by clause, and what she may
//! not. "Anything is acceptable, as long as it is said": each authority from the standard
//! catalogue is explicitly granted, not granted, or subject to someone's approval.
//!
//! Authorities, non-goals and the escalation rule are clauses of the charter version (sections
//! `authority`, `non_goal`, `escalation`), so they are reviewed, approved, versioned and
//! compared exactly like the rest of the charter.

use crate::mission::Language;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The standard catalogue of authorities, plus `custom` for one she words herself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AuthorityKind {
    Reorganise,
    ReduceStaff,
    ChangePractices,
    Spend,
    Vendors,
    Hire,
    Architecture,
    StopGoLive,
    SpeakForManagement,
    Custom,
}

/// Whether an authority is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Granted,
    NotGranted,
    /// Allowed once the named person (`approver` on the clause) approves.
    NeedsApproval,
}

impl AuthorityKind {
    /// The catalogue, in the order it is offered.
    pub const CATALOGUE: [AuthorityKind; 9] = [
        AuthorityKind::Reorganise,
        AuthorityKind::ReduceStaff,
        AuthorityKind::ChangePractices,
        AuthorityKind::Spend,
        AuthorityKind::Vendors,
        AuthorityKind::Hire,
        AuthorityKind::Architecture,
        AuthorityKind::StopGoLive,
        AuthorityKind::SpeakForManagement,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AuthorityKind::Reorganise => "reorganise",
            AuthorityKind::ReduceStaff => "reduce_staff",
            AuthorityKind::ChangePractices => "change_practices",
            AuthorityKind::Spend => "spend",
            AuthorityKind::Vendors => "vendors",
            AuthorityKind::Hire => "hire",
            AuthorityKind::Architecture => "architecture",
            AuthorityKind::StopGoLive => "stop_go_live",
            AuthorityKind::SpeakForManagement => "speak_for_management",
            AuthorityKind::Custom => "custom",
        }
    }

    pub fn from_code(code: &str) -> Option<AuthorityKind> {
        Self::CATALOGUE
            .into_iter()
            .chain([AuthorityKind::Custom])
            .find(|k| k.code() == code)
    }

    /// The authority's wording in `language` (documents and CLI; the UI has its own copy of
    /// these words in its catalogue). `None` for a custom authority: its title is the wording.
    pub fn label(self, language: Language) -> Option<&'static str> {
        use AuthorityKind::*;
        use Language::*;
        Some(match (self, language) {
            (Reorganise, Fr) => "Réorganiser les équipes",
            (Reorganise, En) => "Reorganise teams",
            (ReduceStaff, Fr) => "Réduire les effectifs",
            (ReduceStaff, En) => "Reduce staff",
            (ChangePractices, Fr) => "Changer les pratiques et les processus",
            (ChangePractices, En) => "Change practices and processes",
            (Spend, Fr) => "Engager des dépenses jusqu'à un montant",
            (Spend, En) => "Spend up to an amount",
            (Vendors, Fr) => "Renégocier ou résilier les contrats fournisseurs",
            (Vendors, En) => "Renegotiate or end vendor contracts",
            (Hire, Fr) => "Recruter",
            (Hire, En) => "Hire",
            (Architecture, Fr) => "Décider de l'architecture",
            (Architecture, En) => "Decide architecture",
            (StopGoLive, Fr) => "Arrêter une mise en production ou revenir en arrière",
            (StopGoLive, En) => "Stop a go-live or roll back a deployment",
            (SpeakForManagement, Fr) => "S'adresser au personnel au nom de la direction",
            (SpeakForManagement, En) => "Speak to staff on behalf of management",
            (Custom, _) => return None,
        })
    }
}

impl Decision {
    pub fn code(self) -> &'static str {
        match self {
            Decision::Granted => "granted",
            Decision::NotGranted => "not_granted",
            Decision::NeedsApproval => "needs_approval",
        }
    }

    pub fn from_code(code: &str) -> Option<Decision> {
        [
            Decision::Granted,
            Decision::NotGranted,
            Decision::NeedsApproval,
        ]
        .into_iter()
        .find(|d| d.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_entry_has_both_wordings_and_a_stable_code() {
        for kind in AuthorityKind::CATALOGUE {
            assert!(kind.label(Language::Fr).is_some_and(|l| !l.is_empty()));
            assert!(kind.label(Language::En).is_some_and(|l| !l.is_empty()));
            assert_eq!(AuthorityKind::from_code(kind.code()), Some(kind));
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.code());
        }
        assert_eq!(AuthorityKind::Custom.label(Language::Fr), None);
        for d in [
            Decision::Granted,
            Decision::NotGranted,
            Decision::NeedsApproval,
        ] {
            assert_eq!(Decision::from_code(d.code()), Some(d));
            assert_eq!(serde_json::to_value(d).unwrap(), d.code());
        }
    }
}
