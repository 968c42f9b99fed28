use super::*;
use crate::mission::{self, tests::draft};
use crate::stakeholder::{self, AssessmentInput, Engagement};
use crate::store::tests::temp_store;

pub(crate) fn person(name: &str, group: Group) -> PersonInput {
    PersonInput {
        name: name.into(),
        job_title: "Responsable d'entrepôt".into(),
        organisation: "Ravel Distribution".into(),
        group,
        team: "Entrepôt Nord".into(),
        ..PersonInput::default()
    }
}

fn mission_id(store: &Store) -> i64 {
    mission::create(store, &draft("Ravel", "Redresser le SI"))
        .unwrap()
        .id
}

#[test]
fn people_round_trip_through_the_database_and_archived_ones_hide() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    let ceo = add(&store, m, &person("  Claire Moreau ", Group::Management)).unwrap();
    assert_eq!(ceo.name, "Claire Moreau", "trimmed");
    let mut input = person("Éric Lenoir", Group::Infrastructure);
    input.reports_to = Some(ceo.id);
    input.email = "eric.lenoir@ravel.fr".into();
    let eric = add(&store, m, &input).unwrap();
    assert_eq!(get(&store, eric.id).unwrap(), eric);
    assert_eq!(eric.reports_to, Some(ceo.id));
    let names: Vec<_> = list(&store, m, false)
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Claire Moreau", "Éric Lenoir"]);
    set_archived(&store, eric.id, true).unwrap();
    assert_eq!(list(&store, m, false).unwrap().len(), 1);
    assert_eq!(list(&store, m, true).unwrap().len(), 2);
}

#[test]
fn bad_details_name_their_field_and_write_nothing() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    let mut blank = person(" ", Group::Other);
    let err = add(&store, m, &blank).unwrap_err();
    assert!(matches!(err, Error::Invalid { field: "name", .. }), "{err}");
    blank.name = "Jean Dupont".into();
    blank.email = "Jean Dupont".into();
    let err = add(&store, m, &blank).unwrap_err();
    assert!(
        matches!(err, Error::Invalid { field: "email", .. }),
        "{err}"
    );
    blank.email.clear();
    blank.reports_to = Some(9_999);
    let err = add(&store, m, &blank).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Invalid {
                field: "reportsTo",
                ..
            }
        ),
        "{err}"
    );
    assert!(list(&store, m, true).unwrap().is_empty());
}

#[test]
fn reports_to_cannot_loop_nor_cross_missions() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    let a = add(&store, m, &person("A", Group::Management)).unwrap();
    let mut b_input = person("B", Group::Applications);
    b_input.reports_to = Some(a.id);
    let b = add(&store, m, &b_input).unwrap();
    let mut c_input = person("C", Group::Applications);
    c_input.reports_to = Some(b.id);
    let c = add(&store, m, &c_input).unwrap();
    // A reporting to C would close the loop A → C → B → A; to itself likewise.
    for manager in [c.id, a.id] {
        let mut looped = person("A", Group::Management);
        looped.reports_to = Some(manager);
        let err = update(&store, a.id, &looped).unwrap_err();
        assert!(
            matches!(
                err,
                Error::Invalid {
                    field: "reportsTo",
                    ..
                }
            ),
            "{err}"
        );
    }
    let other = mission::create(&store, &draft("Autre", "Autre mission"))
        .unwrap()
        .id;
    let mut elsewhere = person("D", Group::Other);
    elsewhere.reports_to = Some(a.id);
    assert!(add(&store, other, &elsewhere).is_err());
}

#[test]
fn a_closed_mission_refuses_new_people() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    mission::set_status(&store, m, MissionStatus::Closed).unwrap();
    assert!(matches!(
        add(&store, m, &person("X", Group::Other)),
        Err(Error::Closed(_))
    ));
}

#[test]
fn erasing_a_person_removes_every_row_that_names_them_and_nothing_else() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    let boss = add(&store, m, &person("Paul Vendeur", Group::Vendor)).unwrap();
    let mut input = person("Nina Report", Group::Vendor);
    input.reports_to = Some(boss.id);
    let report = add(&store, m, &input).unwrap();
    for (power, on) in [(4, "2026-08-01"), (5, "2026-10-01")] {
        stakeholder::assess(
            &store,
            boss.id,
            &AssessmentInput {
                power,
                interest: 4,
                engagement: Engagement::Resistant,
                target: Engagement::Supportive,
                assessed_on: on.into(),
                comment: "Refuse le retour arrière".into(),
            },
        )
        .unwrap();
    }
    use crate::stakeholder::interaction::{self, InteractionInput};
    let talk = |people: Vec<i64>, summary: &str| {
        interaction::add(
            &store,
            m,
            &InteractionInput {
                people,
                summary: summary.into(),
                ..InteractionInput::default()
            },
        )
        .unwrap()
    };
    talk(vec![boss.id], "Paul menace de partir");
    let shared = talk(vec![boss.id, report.id], "Réunion fournisseur");
    let preview = erase_preview(&store, boss.id).unwrap();
    assert_eq!(preview.name, "Paul Vendeur");
    assert_eq!(preview.reports, 1);
    let counted: Vec<_> = preview
        .rows
        .iter()
        .map(|r| (r.table.as_str(), r.count))
        .collect();
    assert_eq!(
        counted,
        [
            ("interactions", 1),
            ("assessments", 2),
            ("interaction_people", 2),
            ("audience_members", 0),
            ("briefings", 0),
            ("checkins", 0),
            ("alert_acknowledgments", 0),
            ("people", 1)
        ]
    );

    erase(&store, boss.id).unwrap();
    assert!(matches!(get(&store, boss.id), Err(Error::NotFound { .. })));
    assert_eq!(get(&store, report.id).unwrap().reports_to, None);
    let left: i64 = store
        .read(|r| {
            Ok(r.conn().query_row(
                "SELECT (SELECT count(*) FROM assessments) \
                 + (SELECT count(*) FROM people WHERE name LIKE '%Vendeur%') \
                 + (SELECT count(*) FROM interactions WHERE summary LIKE '%menace%') \
                 + (SELECT count(*) FROM interaction_people WHERE person_id = ?1)",
                [boss.id],
                |row| row.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(left, 0);
    let kept = interaction::list(&store, m, None).unwrap();
    assert_eq!(kept.len(), 1, "the shared interaction stays");
    assert_eq!(
        (kept[0].id, kept[0].people.clone()),
        (shared.id, vec![report.id])
    );
    assert!(store.check().unwrap().is_empty());
}

/// Every column of the schema that refers to a person is named by the code that erases
/// people: a new table about people cannot be forgotten by `erase`.
#[test]
fn every_reference_to_a_person_is_named_by_erase() {
    let (_dir, store) = temp_store();
    let references: Vec<(String, String)> = store
        .read(|r| {
            let mut stmt = r.conn().prepare(
                "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f \
                 WHERE m.type = 'table' AND f.\"table\" = 'people' ORDER BY 1, 2",
            )?;
            let found = stmt
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(found)
        })
        .unwrap();
    assert!(!references.is_empty());
    for (table, column) in &references {
        let pair = (table.as_str(), column.as_str());
        assert!(
            erase::NAMING.contains(&pair) || erase::DETACHED.contains(&pair),
            "{table}.{column} refers to a person: name it in people::erase (NAMING or DETACHED)"
        );
    }
    assert_eq!(erase::NAMING.last(), Some(&("people", "id")));
}

#[test]
fn the_store_overwrites_what_it_deletes() {
    let (_dir, store) = temp_store();
    let on: i64 = store
        .read(|r| {
            Ok(r.conn()
                .query_row("PRAGMA secure_delete", [], |row| row.get(0))?)
        })
        .unwrap();
    assert_eq!(on, 1);
}

#[test]
fn search_finds_any_part_of_a_name_title_or_team_and_escapes_wildcards() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    let mut karim = person("Karim Benali", Group::Applications);
    karim.team = "Intégration 100%".into();
    add(&store, m, &karim).unwrap();
    add(&store, m, &person("Sophie Martin", Group::Business)).unwrap();
    let found = |q: &str| -> Vec<String> {
        search(&store, m, q, 50)
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .collect()
    };
    assert_eq!(found("bena"), ["Karim Benali"]);
    assert_eq!(found("MARTIN"), ["Sophie Martin"]);
    assert_eq!(found("entrepôt").len(), 2, "the job title");
    assert_eq!(
        found("0%"),
        ["Karim Benali"],
        "% is a character, not a wildcard"
    );
    assert!(found("_").is_empty());
    assert_eq!(found("  ").len(), 2, "nothing typed: everyone");
}

#[test]
fn a_crowd_of_people_is_generated_in_one_go() {
    let (_dir, store) = temp_store();
    let m = mission_id(&store);
    assert_eq!(crate::demo::crowd::create(&store, m, 120).unwrap(), 120);
    let people = list(&store, m, false).unwrap();
    assert_eq!(people.len(), 120);
    assert_eq!(people.iter().filter(|p| p.reports_to.is_none()).count(), 1);
    let map = crate::stakeholder::map::map(&store, m, "").unwrap();
    assert!(map.people.iter().all(|s| s.power.is_some()));
    assert!(store.check().unwrap().is_empty());
}
