//! The demo's team after the rollback: eight weeks of check-ins on her IT team. The WMS lead
//! who broke down in a crisis meeting in the 120-hour week (an acute signal, a one-to-one and
//! rest, the follow-up done), a team recovering week after week, one systems administrator
//! back above 55 hours after an on-call week (the one alert still open), and the data analyst
//! who joined the team but was never checked in. She leads the applications team, so all of it
//! is in her team at once; the infrastructure people she looks after are marked one by one.

use crate::error::Result;
use crate::mission::Language;
use crate::people;
use crate::store::Store;
use crate::wellbeing::{self, AcknowledgmentInput, CheckInInput};
use std::collections::HashMap;

use super::timeline::Timeline;

/// The team she leads, as the register names it: everyone in it is in her team.
const LED_TEAM: &str = "Applications";

/// Her team, by name in the register: the infrastructure people marked one by one, then the
/// applications team.
const TEAM: &[&str] = &[
    "Franck Mercier",
    "David Chevalier",
    "Karima Benali",
    "Stéphane Blanc",
    "Yannick Bertrand",
    "Sarah Colin",
    "Fabien Renaud",
    "Inès Morel",
    "Anne Guerin",
    "Thomas Picard",
    "Claire-Marie Leroy",
];

/// The weeks of the story, in days before today, oldest first: all eight on the board.
const WEEKS: [i64; 8] = [55, 48, 41, 34, 27, 20, 13, 6];

/// (mood, stress, hours) week by week for the team as it recovers.
const RECOVERING: [(i64, i64, i64); 8] = [
    (2, 4, 112),
    (2, 4, 66),
    (3, 3, 52),
    (3, 3, 47),
    (3, 3, 45),
    (4, 2, 44),
    (4, 2, 42),
    (4, 2, 41),
];

/// The WMS lead: the breakdown, then a slow way back.
const LEAD: [(i64, i64, i64); 8] = [
    (1, 5, 120),
    (2, 4, 62),
    (2, 4, 50),
    (3, 3, 45),
    (3, 3, 42),
    (4, 2, 40),
    (4, 2, 39),
    (4, 2, 38),
];

/// The systems administrator: recovered, then an on-call week over 55 hours.
const ON_CALL: [(i64, i64, i64); 8] = [
    (2, 4, 104),
    (3, 3, 60),
    (3, 3, 48),
    (3, 3, 45),
    (3, 3, 40),
    (3, 3, 42),
    (3, 3, 44),
    (3, 3, 58),
];

pub fn create(store: &Store, mission_id: i64, language: Language, t: &Timeline) -> Result<()> {
    let l = |fr: &str, en: &str| match language {
        Language::Fr => fr.to_owned(),
        Language::En => en.to_owned(),
    };
    let ids: HashMap<String, i64> = people::list(store, mission_id, false)?
        .into_iter()
        .map(|p| (p.name, p.id))
        .collect();
    let check = |week: usize, (mood, stress, hours): (i64, i64, i64)| CheckInInput {
        checked_on: t.ago(WEEKS[week]),
        mood,
        stress,
        hours,
        ..CheckInInput::default()
    };
    wellbeing::lead_team(store, mission_id, LED_TEAM, true)?;
    for (offset, name) in TEAM.iter().enumerate() {
        let Some(&id) = ids.get(*name) else {
            continue;
        };
        if !wellbeing::is_team_member(store, id)? {
            wellbeing::set_team_member(store, id, true)?;
        }
        let series = match *name {
            "Yannick Bertrand" => LEAD,
            "Karima Benali" => ON_CALL,
            // Never checked in: she joined the team last.
            "Inès Morel" => continue,
            _ => RECOVERING,
        };
        for (week, &(mood, stress, hours)) in series.iter().enumerate() {
            let hours = if series == RECOVERING {
                hours - offset as i64
            } else {
                hours
            };
            let mut input = check(week, (mood, stress, hours));
            match (*name, week) {
                ("Yannick Bertrand", 0) => {
                    input.signals = vec![
                        "late_nights".into(),
                        "broke_down".into(),
                        "cannot_go_on".into(),
                    ];
                    input.observation = l(
                        "S'est effondré en pleine réunion de crise, en larmes : « Je n'y arrive \
                         plus. » Quatrième nuit sur le site.",
                        "Broke down in the middle of the crisis meeting, in tears: \"I can't do \
                         it.\" Fourth night on site.",
                    );
                    input.actions = vec!["one_to_one".into(), "time_off".into(), "referred".into()];
                }
                ("Yannick Bertrand", 1) => {
                    input.signals = vec!["tired".into(), "withdrawn".into()];
                    input.observation = l(
                        "Revenu après deux jours de repos. Parle peu en réunion.",
                        "Back after two days off. Says little in meetings.",
                    );
                    input.actions = vec!["lightened_load".into(), "shared_work".into()];
                    input.follow_up_on = t.ago(WEEKS[2]);
                }
                ("Yannick Bertrand", 2) => {
                    input.observation = l(
                        "Binôme avec Sarah sur les interfaces ; dort mieux.",
                        "Paired with Sarah on the interfaces; sleeping better.",
                    );
                    input.actions = vec!["paired".into()];
                }
                ("Karima Benali", 7) => {
                    input.signals = vec!["tired".into()];
                    input.observation = l(
                        "Astreinte seule pendant l'incident de stockage ; deux nuits d'intervention.",
                        "On call alone through the storage incident; two nights of work.",
                    );
                    input.actions = vec!["nothing_yet".into()];
                    input.follow_up_on = t.ahead(2);
                }
                (_, 0) => {
                    input.signals = vec!["tired".into(), "no_recovery".into()];
                    input.observation = l(
                        "Semaine du retour arrière : plus de 100 heures.",
                        "The rollback week: over 100 hours.",
                    );
                }
                _ => {}
            }
            let saved = wellbeing::add_checkin(store, id, &input)?;
            if saved.acute() || (*name == "Yannick Bertrand" && week == 1) {
                wellbeing::set_follow_up_done(store, saved.id, true)?;
            }
        }
        if *name == "Yannick Bertrand" {
            wellbeing::acknowledge(
                store,
                &AcknowledgmentInput {
                    person_id: id,
                    kind: "acute".into(),
                    since: t.ago(WEEKS[0]),
                    acknowledged_on: t.ago(WEEKS[0]),
                    what_was_done: l(
                        "Entretien seul à seul le soir même, deux jours de repos, orienté vers \
                         la médecine du travail ; revu deux jours plus tard.",
                        "One to one that evening, two days off, referred to occupational \
                         health; seen again two days later.",
                    ),
                },
            )?;
        }
    }
    Ok(())
}
