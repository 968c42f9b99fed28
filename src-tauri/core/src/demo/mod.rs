//! A complete, realistic demo mission: a French distribution company after a failed
//! warehouse-system go-live. Every feature adds its part here, so `mandat-cli demo` always
//! shows everything Mandat does. The people and the company are invented.

use crate::error::Result;
use crate::mission::{self, Language, MissionDraft, MissionStatus};
use crate::store::Store;

mod charter;
pub mod crowd;
mod people;
mod signature;
mod timeline;
mod wellbeing;

use timeline::{Timeline, STARTED};

/// Creates the demo mission in `language` and returns its id.
pub fn create(store: &Store, language: Language) -> Result<i64> {
    let t = Timeline::today();
    let draft = match language {
        Language::Fr => MissionDraft {
            client: "Distribution Ravel SAS".into(),
            title: "Redresser le SI après l'échec du go-live WMS".into(),
            sponsor_name: "Claire Moreau".into(),
            sponsor_title: "Directrice générale".into(),
            manager_name: "Hélène Vasseur".into(),
            start_date: t.ago(STARTED),
            planned_end: t.ahead(150),
            context: "Le nouvel outil de gestion d'entrepôt (WMS) a été mis en production \
                      sans campagne de tests complète, sur l'assurance de l'intégrateur. \
                      Dès le premier jour, les délais de préparation de commandes ont explosé, \
                      les flux se sont désorganisés et la facturation a pris du retard. Après \
                      une semaine de plus de 120 heures pour les équipes, la production a été \
                      annulée et l'ancien système remis en service.\n\n\
                      Les équipes sont épuisées et méfiantes : la direction ne leur a pas \
                      expliqué le rôle de la DSI de transition. La mission doit stabiliser \
                      l'exploitation, préparer une nouvelle bascule avec un plan de retour \
                      arrière, et rétablir la confiance entre les équipes infrastructure et \
                      applications."
                .into(),
            language,
        },
        Language::En => MissionDraft {
            client: "Ravel Distribution Ltd".into(),
            title: "Turn IT around after the failed WMS go-live".into(),
            sponsor_name: "Claire Moreau".into(),
            sponsor_title: "Chief Executive Officer".into(),
            manager_name: "Helen Vasseur".into(),
            start_date: t.ago(STARTED),
            planned_end: t.ahead(150),
            context: "The new warehouse management system (WMS) went live without a \
                      complete test campaign, on the integrator's assurance. From day one, \
                      order processing times soared, flows fell apart and invoicing slipped. \
                      After a week of more than 120 hours for the teams, the go-live was \
                      cancelled and the old system brought back.\n\n\
                      The teams are exhausted and wary: management never explained the \
                      transition CIO's role to them. The mission must stabilise operations, \
                      prepare a new cut-over with a rollback plan, and rebuild trust between \
                      the infrastructure and application teams."
                .into(),
            language,
        },
    };
    let created = mission::create(store, &draft)?;
    mission::set_status(store, created.id, MissionStatus::Active)?;
    charter::create(store, created.id, language, &created.manager_name, &t)?;
    people::create(store, created.id, language, &t)?;
    wellbeing::create(store, created.id, language, &t)?;
    Ok(created.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::temp_store;

    fn the_people_tell_the_story(store: &Store, id: i64) {
        use crate::stakeholder::{map, Engagement, Quadrant};
        let t = Timeline::today();
        let people = crate::people::list(store, id, false).unwrap();
        assert_eq!(people.len(), 40);
        let now = map::map(store, id, "").unwrap();
        let then = map::map(store, id, &t.ago(100)).unwrap();
        let find = |m: &crate::stakeholder::StakeholderMap, name: &str| {
            m.people.iter().find(|s| s.name == name).cloned().unwrap()
        };
        let vendor = (find(&then, "Marc Delaunay"), find(&now, "Marc Delaunay"));
        assert_eq!(vendor.0.engagement, Some(Engagement::Supportive));
        assert_eq!(vendor.1.engagement, Some(Engagement::Resistant));
        let scm = (
            find(&then, "Nathalie Girard"),
            find(&now, "Nathalie Girard"),
        );
        assert_eq!(scm.0.engagement, Some(Engagement::Resistant));
        assert_eq!(scm.1.engagement, Some(Engagement::Supportive));
        // Key players not told of version 2: the infrastructure lead, the integrator.
        let untold: Vec<_> = now
            .people
            .iter()
            .filter(|s| s.quadrant == Some(Quadrant::ManageClosely) && !s.told)
            .map(|s| s.name.as_str())
            .collect();
        assert!(untold.contains(&"Franck Mercier"), "{untold:?}");
        assert!(!untold.contains(&"Claire Moreau"));
        assert!(find(&now, "Jean-Pierre Aubert").told, "told one to one");
        let due = crate::stakeholder::interaction::follow_ups_due(store, id, "").unwrap();
        assert_eq!(due.len(), 2);
        assert!(!map::overdue(store, id, "").unwrap().is_empty());
    }

    fn the_team_recovers_with_one_alert_open(store: &Store, id: i64) {
        use crate::wellbeing::{self, AlertKind};
        let board = wellbeing::board(store, id, "").unwrap();
        assert_eq!(board.people.len(), 11);
        let led = wellbeing::teams(store, id).unwrap();
        assert!(led
            .iter()
            .any(|t| t.team == "Applications" && t.led && t.people == 8));
        let never: Vec<_> = board.people.iter().filter(|r| r.latest.is_none()).collect();
        assert_eq!(never.len(), 1);
        assert_eq!(never[0].name, "Inès Morel");
        let alerts = wellbeing::alerts(store, id, "").unwrap();
        let open: Vec<_> = alerts.iter().map(|a| (a.name.as_str(), a.kind)).collect();
        assert_eq!(open, [("Karima Benali", AlertKind::LongWeek)]);
        let lead = board
            .people
            .iter()
            .find(|r| r.name == "Yannick Bertrand")
            .unwrap();
        let notes = wellbeing::list_checkins(store, lead.person_id).unwrap();
        assert_eq!(notes[0].hours, 120);
        assert!(notes[0].acute() && notes[0].follow_up_done);
        assert!(notes.last().unwrap().mood > notes[0].mood, "recovering");
        let weeks: Vec<_> = lead.weeks.iter().filter_map(|w| w.hours).collect();
        assert_eq!(weeks.len(), 8, "{weeks:?}");
        assert_eq!(weeks[0], 120, "the 120-hour week on the sparkline");
        assert!(!wellbeing::acknowledgments(store, id).unwrap().is_empty());
    }

    #[test]
    fn the_demo_is_complete_in_both_languages() {
        let (_dir, store) = temp_store();
        for language in [Language::Fr, Language::En] {
            let id = create(&store, language).unwrap();
            let m = mission::get(&store, id).unwrap();
            assert_eq!((m.language, m.status), (language, MissionStatus::Active));
            for field in [
                &m.client,
                &m.title,
                &m.sponsor_name,
                &m.sponsor_title,
                &m.manager_name,
                &m.context,
            ] {
                assert!(!field.is_empty());
            }
            assert!(m.planned_end.is_some());
            let c = crate::charter::get(&store, id, None).unwrap().unwrap();
            assert_eq!(
                (c.version.number, c.version.status),
                (2, crate::charter::VersionStatus::Approved)
            );
            assert!(c
                .history
                .iter()
                .all(|v| v.status == crate::charter::VersionStatus::Approved));
            assert!(
                c.clauses
                    .iter()
                    .all(|x| x.authority.is_none() || x.decision.is_some()),
                "every authority decided"
            );
            let sections: std::collections::HashSet<_> =
                c.clauses.iter().map(|x| x.section).collect();
            assert_eq!(
                sections.len(),
                crate::charter::Section::ALL.len(),
                "every section filled"
            );
            let cmp = crate::charter::compare(&store, id, 1, 2).unwrap();
            assert_eq!(
                cmp.clauses
                    .iter()
                    .filter(|d| d.change != crate::charter::Change::Unchanged)
                    .count(),
                4
            );
            let board = crate::announcement::board(&store, id).unwrap();
            assert_eq!(board.audiences.iter().filter(|a| !a.told).count(), 2);
            // The two told of version 2 were sent the brief written from it.
            for told in board.audiences.iter().filter(|a| a.told) {
                assert!(told.announcements[0]
                    .note
                    .ends_with(&format!("MANDAT-{id}-V2.")));
            }
            the_people_tell_the_story(&store, id);
            the_team_recovers_with_one_alert_open(&store, id);
        }
    }
}
