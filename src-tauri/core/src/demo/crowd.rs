//! A large register for trying Mandat at scale (`mandat-cli demo --crowd 5000`) and for the
//! benchmarks: `people` people, four assessments and ten interactions each, spread over the
//! last six months, written in one transaction. Deterministic: the same count gives the same
//! crowd.

use super::timeline::Timeline;
use crate::clock::now;
use crate::error::Result;
use crate::people::input::ValidPerson;
use crate::people::{sql as people, Group};
use crate::stakeholder::interaction::{InteractionChannel, ValidInteraction};
use crate::stakeholder::{sql as stakeholder, Engagement, ValidAssessment};
use crate::store::Store;

const FIRST: &[&str] = &[
    "Camille", "Louis", "Chloé", "Hugo", "Léa", "Lucas", "Manon", "Nathan", "Inès", "Théo",
    "Sarah", "Karim", "Julie", "Mehdi", "Anne", "Paul", "Sofia", "Yanis", "Claire", "Marc",
];
const LAST: &[&str] = &[
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Haddad", "Roux", "Fournier",
    "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
];
const TEAMS: &[&str] = &[
    "Exploitation",
    "Réseau",
    "Support",
    "ERP",
    "WMS",
    "Intégration",
    "Entrepôt Corbas",
    "Entrepôt Mâcon",
    "Transport",
    "Finance",
    "Achats",
    "Commerce",
];

/// Adds the crowd to `mission_id`; returns the number of people added.
pub fn create(store: &Store, mission_id: i64, count: usize) -> Result<usize> {
    let t = Timeline::today();
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let stamp = now();
    store.write(|w| {
        let mut ids = Vec::with_capacity(count);
        for i in 0..count {
            let group = Group::ALL[i % Group::ALL.len()];
            let person = ValidPerson {
                name: format!(
                    "{} {} {}",
                    FIRST[i % FIRST.len()],
                    LAST[(i / FIRST.len()) % LAST.len()],
                    i + 1
                ),
                job_title: format!("Poste {}", i % 37),
                organisation: "Distribution Ravel SAS".into(),
                group,
                team: TEAMS[i % TEAMS.len()].into(),
                // A tree: everyone reports to someone added before them, ten to a manager.
                reports_to: (i > 0).then(|| ids[(i - 1) / 10]),
                email: String::new(),
                phone: String::new(),
                notes: String::new(),
            };
            ids.push(people::insert(w, mission_id, &person, &stamp)?);
        }
        for (i, &id) in ids.iter().enumerate() {
            for round in 0..4 {
                let r = next();
                let assessment = ValidAssessment {
                    power: 1 + (r % 5) as u8,
                    interest: 1 + ((r >> 8) % 5) as u8,
                    engagement: Engagement::ALL[((r >> 16) % 5) as usize],
                    target: Engagement::ALL[2 + ((r >> 24) % 3) as usize],
                    assessed_on: t.ago(170 - round * 45 - (i % 20) as i64),
                    comment: String::new(),
                };
                stakeholder::insert(w, id, &assessment, &stamp)?;
            }
        }
        for i in 0..count * 10 {
            let r = next();
            let first = ids[(r as usize) % ids.len()];
            let second = ids[((r >> 20) as usize) % ids.len()];
            let mut people = vec![first, second];
            people.sort_unstable();
            people.dedup();
            let days = ((r >> 40) % 180) as i64;
            let interaction = ValidInteraction {
                people,
                happened_on: t.ago(days),
                channel: InteractionChannel::ALL[i % InteractionChannel::ALL.len()],
                summary: format!("Point de suivi n° {i}"),
                sentiment: ((r >> 50) % 5) as i8 - 2,
                commitments: String::new(),
                follow_up: String::new(),
                follow_up_on: (i % 25 == 0).then(|| t.ago((days - 7).max(0))),
            };
            stakeholder::insert_interaction(w, mission_id, &interaction, &stamp)?;
        }
        Ok(count)
    })
}
