//! The codes of the copy in words, in French and in English: the person reads "Travaille tard
//! le soir", not `late_nights`. Every match is exhaustive, so a new signal, action or alert
//! kind does not build until it is worded here.

use crate::announcement::Channel;
use crate::mission::Language;
use crate::people::Group;
use crate::stakeholder::{Engagement, InteractionChannel};
use crate::wellbeing::{Action, Alert, AlertKind, Level, Signal};

use crate::document::data::date;

fn pick(language: Language, fr: &'static str, en: &'static str) -> &'static str {
    match language {
        Language::Fr => fr,
        Language::En => en,
    }
}

pub fn signal(l: Language, s: Signal) -> &'static str {
    match s {
        Signal::Tired => pick(l, "Fatigue visible", "Visibly tired"),
        Signal::NoRecovery => pick(
            l,
            "Ne récupère pas (soirées, week-ends)",
            "Not recovering (evenings, weekends)",
        ),
        Signal::LateNights => pick(l, "Travaille tard le soir", "Working late at night"),
        Signal::Withdrawn => pick(l, "En retrait, s’isole", "Withdrawn"),
        Signal::Cynical => pick(l, "Cynisme, détachement", "Cynical, detached"),
        Signal::Irritable => pick(l, "Irritabilité", "Irritable"),
        Signal::Mistakes => pick(l, "Erreurs inhabituelles", "Unusual mistakes"),
        Signal::MissedDeadlines => pick(l, "Échéances manquées", "Missed deadlines"),
        Signal::Overwhelmed => pick(l, "Sentiment d’être submergé", "Overwhelmed"),
        Signal::BrokeDown => pick(l, "Craquage, pleurs", "Broke down or in tears"),
        Signal::CannotGoOn => pick(l, "Dit ne plus pouvoir continuer", "Says they cannot go on"),
        Signal::SickLeave => pick(l, "Arrêt maladie", "Sick leave"),
        Signal::TalksOfLeaving => pick(l, "Parle de partir", "Talks of leaving"),
    }
}

pub fn action(l: Language, a: Action) -> &'static str {
    match a {
        Action::OneToOne => pick(l, "Entretien en tête-à-tête", "Talked one to one"),
        Action::TimeOff => pick(
            l,
            "Temps de repos ou congé accordé",
            "Gave time off or rest",
        ),
        Action::LightenedLoad => pick(l, "Charge allégée", "Lightened the load"),
        Action::SharedWork => pick(l, "Travail réparti", "Shared the work out"),
        Action::Paired => pick(l, "Binôme avec un collègue", "Paired with someone"),
        Action::Referred => pick(
            l,
            "Orientation vers la médecine du travail, les RH ou le programme d’assistance",
            "Referred to occupational health, HR or the assistance programme",
        ),
        Action::NothingYet => pick(l, "Rien pour l’instant", "Nothing yet"),
    }
}

pub fn alert_kind(l: Language, k: AlertKind) -> &'static str {
    match k {
        AlertKind::LongWeek => pick(l, "Semaine très longue", "Very long week"),
        AlertKind::AverageHours => pick(l, "Moyenne d’heures élevée", "High average hours"),
        AlertKind::LowMood => pick(l, "Humeur basse répétée", "Low mood in a row"),
        AlertKind::HighStress => pick(l, "Stress élevé répété", "High stress in a row"),
        AlertKind::Acute => pick(l, "Signal aigu", "Acute signal"),
        AlertKind::FollowUpOverdue => pick(l, "Suivi en retard", "Follow-up overdue"),
        AlertKind::NoCheckIn => pick(l, "Pas de point récent", "No recent check-in"),
    }
}

pub fn level(l: Language, level: Level) -> &'static str {
    match level {
        Level::Red => pick(l, "rouge", "red"),
        Level::Amber => pick(l, "orange", "amber"),
    }
}

/// Why an alert is open, from its numbers, in the document's language.
pub fn why(l: Language, a: &Alert) -> String {
    let f = &a.facts;
    let on = date(l, &f.on);
    let due = f.due.as_deref().map(|d| date(l, d)).unwrap_or_default();
    let signals = f
        .signals
        .iter()
        .map(|s| signal(l, *s))
        .collect::<Vec<_>>()
        .join(", ");
    let (value, limit, count) = (f.value.round() as i64, f.limit, f.count);
    match (a.kind, l) {
        (AlertKind::LongWeek, Language::Fr) => {
            format!("{value} h sur les 7 jours précédant le {on} (alerte à partir de {limit} h)")
        }
        (AlertKind::LongWeek, Language::En) => {
            format!("{value} h in the 7 days to {on} (an alert from {limit} h)")
        }
        (AlertKind::AverageHours, Language::Fr) => format!(
            "{value} h par semaine en moyenne sur les 4 semaines précédant le {on} \
             ({count} points, au-delà de {limit} h)"
        ),
        (AlertKind::AverageHours, Language::En) => format!(
            "{value} h a week on average over the 4 weeks to {on} ({count} check-ins, \
             above {limit} h)"
        ),
        (AlertKind::LowMood, Language::Fr) => {
            format!("{count} points de suite avec une humeur de {limit} sur 5 ou moins")
        }
        (AlertKind::LowMood, Language::En) => {
            format!("{count} check-ins in a row with a mood of {limit} out of 5 or less")
        }
        (AlertKind::HighStress, Language::Fr) => {
            format!("{count} points de suite avec un stress de {limit} sur 5 ou plus")
        }
        (AlertKind::HighStress, Language::En) => {
            format!("{count} check-ins in a row with stress of {limit} out of 5 or more")
        }
        (AlertKind::Acute, Language::Fr) => format!("{signals} le {on}, suivi prévu le {due}"),
        (AlertKind::Acute, Language::En) => {
            format!("{signals} on {on}, follow-up planned on {due}")
        }
        (AlertKind::FollowUpOverdue, Language::Fr) => {
            format!("le suivi du point du {on} était prévu le {due}, il y a {value} jours")
        }
        (AlertKind::FollowUpOverdue, Language::En) => {
            format!("the follow-up of the check-in of {on} was due on {due}, {value} days ago")
        }
        (AlertKind::NoCheckIn, Language::Fr) => format!(
            "aucun point depuis le {on}, il y a {value} jours, alors qu’une alerte est ouverte"
        ),
        (AlertKind::NoCheckIn, Language::En) => {
            format!("no check-in since {on}, {value} days ago, while an alert is open")
        }
    }
}

pub fn group(l: Language, g: Group) -> &'static str {
    match g {
        Group::Infrastructure => "Infrastructure",
        Group::Applications => "Applications",
        Group::Business => pick(l, "Métiers", "Business"),
        Group::Management => pick(l, "Direction", "Management"),
        Group::Vendor => pick(l, "Éditeur, prestataire", "Vendor"),
        Group::StaffRepresentatives => {
            pick(l, "Représentants du personnel", "Staff representatives")
        }
        Group::Other => pick(l, "Autre", "Other"),
    }
}

pub fn engagement(l: Language, e: Engagement) -> &'static str {
    match e {
        Engagement::Unaware => pick(l, "Non informé", "Unaware"),
        Engagement::Resistant => pick(l, "Réticent", "Resistant"),
        Engagement::Neutral => pick(l, "Neutre", "Neutral"),
        Engagement::Supportive => pick(l, "Favorable", "Supportive"),
        Engagement::Leading => pick(l, "Moteur", "Leading"),
    }
}

pub fn interaction_channel(l: Language, c: InteractionChannel) -> &'static str {
    match c {
        InteractionChannel::Meeting => pick(l, "Réunion", "Meeting"),
        InteractionChannel::OneToOne => pick(l, "Tête-à-tête", "One-to-one"),
        InteractionChannel::Call => pick(l, "Appel", "Call"),
        InteractionChannel::Email => "E-mail",
        InteractionChannel::Message => "Message",
        InteractionChannel::Informal => pick(l, "Informel", "Informal"),
    }
}

pub fn announcement_channel(l: Language, c: Channel) -> &'static str {
    match c {
        Channel::Meeting => pick(l, "Réunion", "Meeting"),
        Channel::Email => pick(l, "Courriel", "E-mail"),
        Channel::Intranet => "Intranet",
        Channel::Letter => pick(l, "Courrier", "Letter"),
        Channel::Other => pick(l, "Autre", "Other"),
    }
}

/// −2 … 2.
pub fn sentiment(l: Language, s: i8) -> &'static str {
    match s {
        i8::MIN..=-2 => pick(l, "Très négatif", "Very negative"),
        -1 => pick(l, "Négatif", "Negative"),
        0 => pick(l, "Neutre", "Neutral"),
        1 => pick(l, "Positif", "Positive"),
        2..=i8::MAX => pick(l, "Très positif", "Very positive"),
    }
}

pub fn yes_no(l: Language, yes: bool) -> &'static str {
    match yes {
        true => pick(l, "oui", "yes"),
        false => pick(l, "non", "no"),
    }
}
