//! The demo's people: the executive committee, the supply chain, the warehouses, the WMS
//! integrator, the infrastructure and application teams, key users and the staff
//! representatives. Three rounds of assessment tell the story (four months ago, two months
//! ago, this week): the integrator's project manager turns resistant after the rollback, the
//! supply chain director is won over. Interactions leave two follow-ups overdue; audiences
//! get their members, so some key players are not yet told of version 2.

use super::timeline::Timeline;
use crate::announcement::{self, BriefingInput, Channel};
use crate::error::Result;
use crate::mission::Language;
use crate::people::{self, Group, PersonInput};
use crate::stakeholder::{self, AssessmentInput, Engagement, InteractionChannel, InteractionInput};
use crate::store::Store;
use std::collections::HashMap;

use Engagement::{Leading, Neutral, Resistant, Supportive, Unaware};
use Group::{Applications, Business, Infrastructure, Management, StaffRepresentatives, Vendor};

/// (key, name, title in French, title in English, group, team, reports to).
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Group,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
const PEOPLE: &[Row] = &[
    ("ceo", "Claire Moreau", "Directrice générale", "Chief Executive Officer", Management, "Direction", ""),
    ("cfo", "Bernard Lefèvre", "Directeur administratif et financier", "Chief Financial Officer", Management, "Direction", "ceo"),
    ("scm", "Nathalie Girard", "Directrice supply chain", "Supply Chain Director", Business, "Supply chain", "ceo"),
    ("hr", "Isabelle Fontaine", "Directrice des ressources humaines", "HR Director", Management, "Direction", "ceo"),
    ("sales", "Olivier Marchand", "Directeur commercial", "Sales Director", Business, "Commerce", "ceo"),
    ("wh1", "Thierry Rousseau", "Responsable entrepôt Lyon-Corbas", "Warehouse Manager, Lyon-Corbas", Business, "Entrepôt Corbas", "scm"),
    ("wh2", "Sandrine Perrin", "Responsable entrepôt Mâcon", "Warehouse Manager, Mâcon", Business, "Entrepôt Mâcon", "scm"),
    ("transport", "Julien Faure", "Responsable transport", "Transport Manager", Business, "Supply chain", "scm"),
    ("ku1", "Amandine Roche", "Utilisatrice clé WMS, préparation", "WMS key user, picking", Business, "Entrepôt Corbas", "wh1"),
    ("ku2", "Mehdi Haddad", "Utilisateur clé WMS, réception", "WMS key user, receiving", Business, "Entrepôt Corbas", "wh1"),
    ("ku3", "Céline Barbier", "Utilisatrice clé WMS, expédition", "WMS key user, shipping", Business, "Entrepôt Mâcon", "wh2"),
    ("ku4", "Romain Gautier", "Chef d'équipe préparation", "Picking team leader", Business, "Entrepôt Mâcon", "wh2"),
    ("adv", "Laure Dumont", "Responsable administration des ventes", "Order administration manager", Business, "Commerce", "sales"),
    ("vpm", "Marc Delaunay", "Chef de projet WMS (intégrateur)", "WMS project manager (integrator)", Vendor, "Intégrateur LogiFlux", ""),
    ("vdir", "Patrick Lemoine", "Directeur de compte (intégrateur)", "Account director (integrator)", Vendor, "Intégrateur LogiFlux", ""),
    ("vcons", "Émilie Caron", "Consultante fonctionnelle WMS (intégrateur)", "WMS functional consultant (integrator)", Vendor, "Intégrateur LogiFlux", "vpm"),
    ("vdev", "Hugo Lambert", "Développeur interfaces (intégrateur)", "Interface developer (integrator)", Vendor, "Intégrateur LogiFlux", "vpm"),
    ("host", "Sébastien Noël", "Responsable hébergement (infogérant)", "Hosting manager (managed services)", Vendor, "Infogérant", ""),
    ("infra", "Franck Mercier", "Responsable infrastructure", "Head of Infrastructure", Infrastructure, "Infrastructure", "ceo"),
    ("sys1", "David Chevalier", "Administrateur systèmes", "Systems administrator", Infrastructure, "Infrastructure", "infra"),
    ("sys2", "Karima Benali", "Administratrice systèmes", "Systems administrator", Infrastructure, "Infrastructure", "infra"),
    ("net", "Loïc Henry", "Ingénieur réseau", "Network engineer", Infrastructure, "Infrastructure", "infra"),
    ("dba", "Vincent Robin", "Administrateur bases de données", "Database administrator", Infrastructure, "Infrastructure", "infra"),
    ("sec", "Nadia Mathieu", "Responsable sécurité", "Security officer", Infrastructure, "Infrastructure", "infra"),
    ("sd", "Guillaume Arnaud", "Responsable support utilisateurs", "User support lead", Infrastructure, "Support", "infra"),
    ("sd1", "Manon Fabre", "Technicienne support", "Support technician", Infrastructure, "Support", "sd"),
    ("sd2", "Kevin Masson", "Technicien support", "Support technician", Infrastructure, "Support", "sd"),
    ("apps", "Stéphane Blanc", "Responsable applications", "Head of Applications", Applications, "Applications", "ceo"),
    ("erp", "Anne Guerin", "Responsable ERP", "ERP lead", Applications, "Applications", "apps"),
    ("wmsl", "Yannick Bertrand", "Référent WMS", "WMS lead", Applications, "Applications", "apps"),
    ("dev1", "Sarah Colin", "Développeuse intégration", "Integration developer", Applications, "Applications", "apps"),
    ("dev2", "Thomas Picard", "Développeur intégration", "Integration developer", Applications, "Applications", "apps"),
    ("ba", "Claire-Marie Leroy", "Analyste métier", "Business analyst", Applications, "Applications", "apps"),
    ("qa", "Fabien Renaud", "Responsable recette", "Test lead", Applications, "Applications", "apps"),
    ("data", "Inès Morel", "Analyste données", "Data analyst", Applications, "Applications", "apps"),
    ("cse1", "Jean-Pierre Aubert", "Secrétaire du CSE", "Secretary of the works council", StaffRepresentatives, "CSE", ""),
    ("cse2", "Sophie Giraud", "Élue CSE, entrepôt de Corbas", "Works council member, Corbas warehouse", StaffRepresentatives, "CSE", ""),
    ("union", "Ahmed Belkacem", "Délégué syndical", "Union representative", StaffRepresentatives, "CSE", ""),
    ("ctrl", "Pauline Vidal", "Contrôleuse de gestion", "Management controller", Management, "Finance", "cfo"),
    ("buy", "Éric Lenoir", "Responsable achats", "Purchasing manager", Management, "Finance", "cfo"),
];

/// (key, [(power, interest, engagement) four months ago, two months ago, this week], target).
type Rounds = (&'static str, [(u8, u8, Engagement); 3], Engagement);

#[rustfmt::skip]
const ASSESSMENTS: &[Rounds] = &[
    ("ceo", [(5, 4, Supportive), (5, 5, Supportive), (5, 5, Leading)], Leading),
    ("cfo", [(5, 2, Neutral), (5, 4, Resistant), (5, 3, Neutral)], Supportive),
    ("scm", [(4, 5, Resistant), (4, 5, Neutral), (4, 5, Supportive)], Leading),
    ("hr", [(3, 2, Unaware), (3, 4, Neutral), (3, 4, Supportive)], Supportive),
    ("sales", [(4, 2, Neutral), (4, 3, Resistant), (4, 3, Neutral)], Supportive),
    ("wh1", [(3, 5, Resistant), (3, 5, Resistant), (3, 5, Neutral)], Supportive),
    ("wh2", [(3, 5, Neutral), (3, 5, Neutral), (3, 5, Supportive)], Supportive),
    ("vpm", [(4, 5, Supportive), (4, 5, Neutral), (4, 5, Resistant)], Supportive),
    ("vdir", [(4, 3, Neutral), (4, 4, Neutral), (4, 4, Resistant)], Neutral),
    ("infra", [(3, 4, Neutral), (3, 4, Supportive), (3, 5, Supportive)], Leading),
    ("apps", [(3, 4, Resistant), (3, 4, Neutral), (3, 5, Supportive)], Leading),
    ("wmsl", [(2, 5, Neutral), (2, 5, Supportive), (2, 5, Supportive)], Leading),
    ("qa", [(2, 4, Unaware), (2, 4, Neutral), (2, 5, Supportive)], Supportive),
    ("ku1", [(2, 4, Resistant), (2, 5, Neutral), (2, 5, Neutral)], Supportive),
    ("ku3", [(1, 4, Neutral), (1, 4, Neutral), (1, 4, Supportive)], Supportive),
    ("cse1", [(3, 2, Unaware), (3, 4, Resistant), (3, 4, Neutral)], Neutral),
    ("union", [(3, 1, Unaware), (3, 3, Resistant), (3, 3, Resistant)], Neutral),
    ("host", [(2, 2, Neutral), (2, 3, Neutral), (2, 3, Supportive)], Supportive),
    ("sd", [(1, 3, Neutral), (1, 4, Supportive), (1, 4, Supportive)], Supportive),
    ("ctrl", [(1, 1, Unaware), (1, 2, Neutral), (1, 2, Neutral)], Neutral),
];

pub fn create(store: &Store, mission_id: i64, language: Language, t: &Timeline) -> Result<()> {
    let l = |fr: &'static str, en: &'static str| match language {
        Language::Fr => fr,
        Language::En => en,
    };
    let mut ids: HashMap<&str, i64> = HashMap::new();
    for &(key, name, fr, en, group, team, boss) in PEOPLE {
        let org = match group {
            Vendor if team.contains("LogiFlux") => "LogiFlux",
            Vendor => l("Infogérant Hexa", "Hexa managed services"),
            _ => l("Distribution Ravel SAS", "Ravel Distribution Ltd"),
        };
        let input = PersonInput {
            name: name.into(),
            job_title: l(fr, en).into(),
            organisation: org.into(),
            group,
            team: team.into(),
            reports_to: ids.get(boss).copied(),
            email: String::new(),
            phone: String::new(),
            notes: String::new(),
        };
        ids.insert(key, people::add(store, mission_id, &input)?.id);
    }
    let id = |key: &str| ids.get(key).copied().unwrap_or_default();

    for &(key, rounds, target) in ASSESSMENTS {
        for ((power, interest, engagement), days) in rounds.into_iter().zip([120, 60, 3]) {
            let comment = match (key, days) {
                ("vpm", 3) => l(
                    "Refuse d'endosser le retour arrière ; défend la bascule d'origine.",
                    "Refuses to own the rollback; defends the original cut-over.",
                ),
                ("scm", 3) => l(
                    "Convaincue par le plan de stabilisation ; porte la recette métier.",
                    "Won over by the stabilisation plan; leads business acceptance.",
                ),
                _ => "",
            };
            stakeholder::assess(
                store,
                id(key),
                &AssessmentInput {
                    power,
                    interest,
                    engagement,
                    target,
                    assessed_on: t.ago(days),
                    comment: comment.into(),
                },
            )?;
        }
    }

    let talk = |who: &[&str],
                days: i64,
                channel,
                summary: &str,
                sentiment,
                follow: Option<(&str, i64)>| {
        stakeholder::interaction::add(
            store,
            mission_id,
            &InteractionInput {
                people: who.iter().map(|k| id(k)).collect(),
                happened_on: t.ago(days),
                channel,
                summary: summary.into(),
                sentiment,
                commitments: String::new(),
                follow_up: follow.map(|(what, _)| what.to_owned()).unwrap_or_default(),
                follow_up_on: follow.map(|(_, d)| t.ago(d)).unwrap_or_default(),
            },
        )
    };
    use InteractionChannel::{Call, Meeting, OneToOne};
    talk(
        &["ceo"],
        2,
        OneToOne,
        l(
            "Point hebdomadaire avec la DG.",
            "Weekly catch-up with the CEO.",
        ),
        1,
        None,
    )?;
    talk(
        &["scm", "wh1", "wh2"],
        6,
        Meeting,
        l(
            "Revue du plan de stabilisation avec la supply chain.",
            "Stabilisation plan review with supply chain.",
        ),
        1,
        None,
    )?;
    talk(
        &["vpm", "vdir"],
        12,
        Meeting,
        l(
            "Comité intégrateur : désaccord sur les causes du retour arrière.",
            "Integrator committee: disagreement on why the rollback happened.",
        ),
        -2,
        Some((
            l(
                "Obtenir le plan d'actions correctives signé",
                "Get the corrective action plan signed",
            ),
            5,
        )),
    )?;
    talk(
        &["infra", "apps"],
        4,
        Meeting,
        l(
            "Réunion mensuelle inter-équipes : incidents partagés.",
            "Monthly cross-team meeting: shared incidents.",
        ),
        1,
        None,
    )?;
    talk(
        &["cse1", "union"],
        25,
        Meeting,
        l(
            "Présentation de la mission au CSE ; inquiétudes sur la charge.",
            "Mission presented to the works council; worries about workload.",
        ),
        -1,
        Some((
            l(
                "Revenir avec le planning des astreintes",
                "Come back with the on-call schedule",
            ),
            10,
        )),
    )?;
    talk(
        &["cfo"],
        16,
        Call,
        l(
            "Budget de l'avenant : accord sous conditions.",
            "Amendment budget: agreed with conditions.",
        ),
        0,
        None,
    )?;
    talk(
        &["hr"],
        9,
        OneToOne,
        l(
            "Charge des équipes après la semaine de crise.",
            "Team workload after the crisis week.",
        ),
        0,
        Some((
            l(
                "Point sur les récupérations d'heures",
                "Review time off in lieu",
            ),
            -7,
        )),
    )?;

    // Audiences get their members: the board already tells who was told of what.
    let board = announcement::board(store, mission_id)?;
    let members: [&[&str]; 4] = [
        &["infra", "sys1", "sys2", "net", "dba", "sec"],
        &["apps", "erp", "wmsl", "dev1", "dev2", "ba", "qa", "data"],
        &["sd", "sd1", "sd2"],
        &["ceo", "cfo", "scm", "hr", "sales"],
    ];
    for (audience, keys) in board.audiences.iter().zip(members) {
        for key in keys {
            announcement::set_member(store, audience.audience.id, id(key), true)?;
        }
    }
    // The works council's secretary heard it one to one.
    announcement::brief(
        store,
        &BriefingInput {
            person_id: id("cse1"),
            announced_by: "Claire Moreau".into(),
            announced_on: t.ago(15),
            channel: Channel::Meeting,
            note: String::new(),
        },
    )?;
    Ok(())
}
