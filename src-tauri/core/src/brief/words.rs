//! The brief's sentences in French and English, in the CEO's voice. French typography: a
//! no-break space before « : ; ? ! ».

use super::Part;
use crate::mandate::{AuthorityKind, Decision};
use crate::mission::Language;

pub struct Words {
    pub language: Language,
    /// What sits between a title and its detail.
    pub colon: &'static str,
}

/// "Réduire les effectifs" → "réduire les effectifs".
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// French "que" before a word: "qu’" before a vowel or a mute h.
fn que(word: &str) -> &'static str {
    match de(word) {
        "d’" => "qu’",
        _ => "que ",
    }
}

/// French "de" before a word: "d’" before a vowel or a mute h.
fn de(word: &str) -> &'static str {
    match word.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'é' | 'è' | 'ê') => "d’",
        _ => "de ",
    }
}

fn list(items: &[String], language: Language) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let and = match language {
                Language::Fr => " et ",
                Language::En => " and ",
            };
            format!("{}{and}{last}", init.join(", "))
        }
    }
}

impl Words {
    pub fn of(language: Language) -> Words {
        Words {
            language,
            colon: match language {
                Language::Fr => "\u{a0}: ",
                Language::En => ": ",
            },
        }
    }

    fn fr(&self) -> bool {
        self.language == Language::Fr
    }

    /// Who she is, when the mission does not name her.
    pub fn no_manager(&self) -> &'static str {
        if self.fr() {
            "la DSI de transition"
        } else {
            "the transition CIO"
        }
    }

    /// Who approves, when the mission does not name the sponsor.
    pub fn no_sponsor(&self) -> &'static str {
        if self.fr() {
            "la direction"
        } else {
            "management"
        }
    }

    pub fn title(&self, manager: &str) -> String {
        let title = if self.fr() {
            format!("La mission {}{manager}", de(manager))
        } else {
            format!("{manager}’s mission")
        };
        let mut chars = title.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    pub fn opening(&self) -> String {
        if self.fr() {
            "À toutes les équipes,".into()
        } else {
            "To all teams,".into()
        }
    }

    pub fn asked(&self, manager: &str, title: &str) -> String {
        if self.fr() {
            format!("J’ai confié à {manager} une mission de transition à la tête de la DSI\u{a0}: «\u{a0}{title}\u{a0}».")
        } else {
            format!("I have asked {manager} to lead IT through a transition mission: “{title}”.")
        }
    }

    pub fn heading(&self, part: Part, manager: &str) -> String {
        match (part, self.fr()) {
            (Part::Why, true) => "Pourquoi".into(),
            (Part::Why, false) => "Why".into(),
            (Part::Goals, true) => "Ce que la mission doit obtenir".into(),
            (Part::Goals, false) => "What the mission is to achieve".into(),
            (Part::MayDecide, true) => format!("Ce que {manager} peut décider"),
            (Part::MayDecide, false) => format!("What {manager} may decide"),
            (Part::WithApproval, true) => "Ce qui demande un accord".into(),
            (Part::WithApproval, false) => "What needs approval".into(),
            (Part::MayNotDecide, true) => format!("Ce que {manager} ne décidera pas"),
            (Part::MayNotDecide, false) => format!("What {manager} will not decide"),
            (Part::WillNotDo, true) => "Ce que la mission n’inclut pas".into(),
            (Part::WillNotDo, false) => "What the mission does not include".into(),
            (Part::HowLong, true) => "Pour combien de temps".into(),
            (Part::HowLong, false) => "How long".into(),
            (Part::KeptInformed, true) => "Comment vous serez tenus informés".into(),
            (Part::KeptInformed, false) => "How you will be kept informed".into(),
            (Part::WhomToAsk, true) => "À qui s’adresser".into(),
            (Part::WhomToAsk, false) => "Whom to ask".into(),
        }
    }

    pub fn with_approval(&self, authority: &str, approver: &str, sponsor: &str) -> String {
        let who = if approver.is_empty() {
            sponsor
        } else {
            approver
        };
        if self.fr() {
            format!("{authority} — avec l’accord de {who}")
        } else {
            format!("{authority} — with the approval of {who}")
        }
    }

    pub fn how_long(&self, start: &str, end: Option<&str>) -> String {
        match (end, self.fr()) {
            (Some(end), true) => format!("La mission court du {start} au {end}."),
            (Some(end), false) => format!("The mission runs from {start} to {end}."),
            (None, true) => {
                format!("La mission a commencé le {start}\u{a0}; sa fin n’est pas encore fixée.")
            }
            (None, false) => format!("The mission began on {start}; its end is not set yet."),
        }
    }

    pub fn ask(&self, manager: &str) -> String {
        if self.fr() {
            format!("Vos questions sont les bienvenues\u{a0}: posez-les à {manager} ou à moi.")
        } else {
            format!("Your questions are welcome: ask {manager} or me.")
        }
    }

    pub fn closing(&self, manager: &str) -> String {
        if self.fr() {
            format!("Je vous demande d’apporter à {manager} tout votre soutien.")
        } else {
            format!("I ask you to give {manager} your full support.")
        }
    }

    pub fn question(&self, kind: AuthorityKind, manager: &str) -> String {
        use AuthorityKind::*;
        match (kind, self.fr()) {
            (Reorganise, true) => "Les équipes vont-elles être réorganisées\u{a0}?".into(),
            (Reorganise, false) => "Will the teams be reorganised?".into(),
            (ReduceStaff, true) => "Y aura-t-il des suppressions de postes\u{a0}?".into(),
            (ReduceStaff, false) => "Will there be job cuts?".into(),
            (ChangePractices, true) => "Nos façons de travailler vont-elles changer\u{a0}?".into(),
            (ChangePractices, false) => "Will our ways of working change?".into(),
            (Spend, true) => format!(
                "Est-ce {}{manager} peut engager des dépenses\u{a0}?",
                que(manager)
            ),
            (Spend, false) => format!("Can {manager} commit spending?"),
            (Vendors, true) => "Les contrats des fournisseurs vont-ils changer\u{a0}?".into(),
            (Vendors, false) => "Will vendor contracts change?".into(),
            (Hire, true) => "Va-t-on recruter\u{a0}?".into(),
            (Hire, false) => "Will there be hiring?".into(),
            (Architecture, true) => {
                format!(
                    "Est-ce {}{manager} décide de l’architecture\u{a0}?",
                    que(manager)
                )
            }
            (Architecture, false) => format!("Will {manager} decide the architecture?"),
            (StopGoLive, true) => {
                format!(
                    "Est-ce {}{manager} peut arrêter une mise en production\u{a0}?",
                    que(manager)
                )
            }
            (StopGoLive, false) => format!("Can {manager} stop a go-live?"),
            (SpeakForManagement, true) => {
                format!(
                    "Est-ce {}{manager} parle au nom de la direction\u{a0}?",
                    que(manager)
                )
            }
            (SpeakForManagement, false) => format!("Does {manager} speak for management?"),
            (Custom, true) => format!("Que peut décider {manager} d’autre\u{a0}?"),
            (Custom, false) => format!("What else may {manager} decide?"),
        }
    }

    /// The answer to an authority's question, from the mandate's decision.
    pub fn answer(
        &self,
        kind: AuthorityKind,
        decision: Decision,
        manager: &str,
        approver: &str,
        sponsor: &str,
        limits: &str,
    ) -> String {
        let label = lower_first(kind.label(self.language).unwrap_or_default());
        let within = match (limits.is_empty(), self.fr()) {
            (true, _) => String::new(),
            (false, true) => format!(" Limites\u{a0}: {limits}."),
            (false, false) => format!(" Limits: {limits}."),
        };
        let who = if approver.is_empty() {
            sponsor
        } else {
            approver
        };
        match (decision, self.fr()) {
            (Decision::Granted, true) => format!(
                "Oui. J’ai donné à {manager} le pouvoir {}{label}.{within}",
                de(&label)
            ),
            (Decision::Granted, false) => {
                format!("Yes. I have given {manager} the authority to {label}.{within}")
            }
            (Decision::NotGranted, true) => format!(
                "Non. {manager} n’a pas le pouvoir {}{label}\u{a0}: cette décision reste la mienne.",
                de(&label)
            ),
            (Decision::NotGranted, false) => format!(
                "No. {manager} has no authority to {label}: that decision stays with me."
            ),
            (Decision::NeedsApproval, true) => format!(
                "Seulement avec l’accord de {who}\u{a0}: {manager} peut {label} une fois cet accord donné.{within}"
            ),
            (Decision::NeedsApproval, false) => format!(
                "Only with the approval of {who}: {manager} may {label} once it is given.{within}"
            ),
        }
    }

    pub fn unsaid(&self) -> &'static str {
        if self.fr() {
            "Le mandat ne le dit pas. D’ici à ce qu’il le dise, posez-moi la question."
        } else {
            "The mandate does not say. Until it does, ask me."
        }
    }

    pub fn how_long_question(&self) -> &'static str {
        if self.fr() {
            "Combien de temps la mission dure-t-elle\u{a0}?"
        } else {
            "How long will the mission last?"
        }
    }

    pub fn whom_question(&self) -> &'static str {
        if self.fr() {
            "À qui poser mes questions\u{a0}?"
        } else {
            "Whom do I ask?"
        }
    }

    pub fn point_goals(&self, manager: &str, goals: &[String]) -> String {
        let goals = list(
            &goals.iter().map(|g| lower_first(g)).collect::<Vec<_>>(),
            self.language,
        );
        if self.fr() {
            format!("{manager} est là pour {goals}.")
        } else {
            format!("{manager} is here to {goals}.")
        }
    }

    pub fn point_granted(&self, manager: &str, granted: &[String]) -> String {
        let granted = list(
            &granted.iter().map(|g| lower_first(g)).collect::<Vec<_>>(),
            self.language,
        );
        if self.fr() {
            format!("{manager} peut décider de\u{a0}: {granted}.")
        } else {
            format!("{manager} may decide to {granted}.")
        }
    }

    pub fn point_approval(&self, approval: &[String]) -> String {
        let approval = list(
            &approval.iter().map(|g| lower_first(g)).collect::<Vec<_>>(),
            self.language,
        );
        if self.fr() {
            format!("Avec un accord préalable\u{a0}: {approval}.")
        } else {
            format!("With approval first: {approval}.")
        }
    }

    pub fn point_not(&self, not: &[String]) -> String {
        let not = list(
            &not.iter().map(|g| lower_first(g)).collect::<Vec<_>>(),
            self.language,
        );
        if self.fr() {
            format!("La mission n’inclut pas\u{a0}: {not}.")
        } else {
            format!("The mission does not include: {not}.")
        }
    }

    pub fn point_until(&self, end: &str) -> String {
        if self.fr() {
            format!("Jusqu’au {end}.")
        } else {
            format!("Until {end}.")
        }
    }

    pub fn point_ask(&self, manager: &str) -> String {
        if self.fr() {
            format!("Toute question est légitime\u{a0}: posez-la à {manager} ou à moi.")
        } else {
            format!("Every question is fair: ask {manager} or me.")
        }
    }
}
