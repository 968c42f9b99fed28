use super::*;
use crate::mission::{self, tests::draft};
use crate::people::{self, tests::person, Group};
use crate::store::tests::temp_store;
use chrono::NaiveDate;

fn setup(store: &Store) -> (i64, i64) {
    let m = mission::create(store, &draft("Ravel", "Redresser le SI"))
        .unwrap()
        .id;
    let p = people::add(store, m, &person("Karim Benali", Group::Applications)).unwrap();
    set_team_member(store, p.id, true).unwrap();
    (m, p.id)
}

pub(crate) fn check(on: &str, mood: i64, stress: i64, hours: i64) -> CheckInInput {
    CheckInInput {
        checked_on: on.into(),
        mood,
        stress,
        hours,
        ..CheckInInput::default()
    }
}

fn field(err: Error) -> &'static str {
    match err {
        Error::Invalid { field, .. } => field,
        other => panic!("not a refusal: {other}"),
    }
}

#[test]
fn a_check_in_round_trips_and_bad_input_names_its_field() {
    let (_dir, store) = temp_store();
    let (_, p) = setup(&store);
    let mut input = check("2026-10-05", 2, 4, 62);
    input.signals = vec!["tired".into(), "withdrawn".into(), "tired".into()];
    input.actions = vec!["one_to_one".into()];
    input.observation = "  Yeux cernés, a dit « je tiens »  ".into();
    input.follow_up_on = "2026-10-12".into();
    let c = add_checkin(&store, p, &input).unwrap();
    assert_eq!(c.signals, [Signal::Tired, Signal::Withdrawn]);
    assert_eq!(c.actions, [Action::OneToOne]);
    assert_eq!(c.observation, "Yeux cernés, a dit « je tiens »");
    assert_eq!(c.follow_up_on.as_deref(), Some("2026-10-12"));
    assert_eq!(list_checkins(&store, p).unwrap(), std::slice::from_ref(&c));
    let done = set_follow_up_done(&store, c.id, true).unwrap();
    assert!(done.follow_up_done);

    let m = people::get(&store, p).unwrap().mission_id;
    assert_eq!(
        note_counts(&store, m).unwrap(),
        NoteCounts {
            notes: 1,
            people: 1
        }
    );
    let today = add_checkin(&store, p, &check("", 3, 3, 40)).unwrap();
    assert_eq!(today.checked_on, crate::clock::today());

    let bad = |f: &dyn Fn(&mut CheckInInput)| {
        let mut i = check("2026-10-06", 3, 3, 40);
        f(&mut i);
        field(add_checkin(&store, p, &i).unwrap_err())
    };
    assert_eq!(bad(&|i| i.mood = 7), "mood");
    assert_eq!(bad(&|i| i.mood = 0), "mood");
    assert_eq!(bad(&|i| i.stress = 6), "stress");
    assert_eq!(bad(&|i| i.hours = -3), "hours");
    assert_eq!(bad(&|i| i.hours = 200), "hours");
    assert_eq!(bad(&|i| i.signals = vec!["burnout".into()]), "signals");
    assert_eq!(bad(&|i| i.actions = vec!["medication".into()]), "actions");
    assert_eq!(bad(&|i| i.checked_on = "2999-01-01".into()), "checkedOn");
    assert_eq!(bad(&|i| i.checked_on = "05/10/2026".into()), "checkedOn");
    assert_eq!(bad(&|i| i.follow_up_on = "2026-10-01".into()), "followUpOn");
    assert_eq!(bad(&|i| i.observation = "x".repeat(2_001)), "observation");
    assert_eq!(
        list_checkins(&store, p).unwrap().len(),
        2,
        "nothing written"
    );

    // Only about a member of her team.
    let other = people::add(&store, m, &person("Claire", Group::Management)).unwrap();
    assert!(!is_team_member(&store, other.id).unwrap());
    let refused = add_checkin(&store, other.id, &check("2026-10-05", 3, 3, 40));
    assert_eq!(field(refused.unwrap_err()), "personId");
}

#[test]
fn every_signal_belongs_to_one_dimension_and_codes_round_trip() {
    for s in Signal::ALL {
        assert_eq!(Signal::from_code(s.code()), Some(s));
    }
    let acute: Vec<_> = Signal::ALL.into_iter().filter(|s| s.acute()).collect();
    assert_eq!(
        acute,
        [
            Signal::BrokeDown,
            Signal::CannotGoOn,
            Signal::SickLeave,
            Signal::TalksOfLeaving
        ]
    );
    for d in [
        Dimension::Exhaustion,
        Dimension::MentalDistance,
        Dimension::ReducedEfficacy,
    ] {
        assert!(Signal::ALL.iter().any(|s| s.dimension() == d));
    }
    for a in Action::ALL {
        assert_eq!(Action::from_code(a.code()), Some(a));
    }
    for k in AlertKind::ALL {
        assert_eq!(AlertKind::from_code(k.code()), Some(k));
    }
}

fn kinds(store: &Store, m: i64, on: &str) -> Vec<(AlertKind, Level, String)> {
    alerts(store, m, on)
        .unwrap()
        .into_iter()
        .map(|a| (a.kind, a.level, a.since))
        .collect()
}

#[test]
fn long_weeks_and_streaks_raise_alerts_that_end_with_them() {
    let (_dir, store) = temp_store();
    let (m, p) = setup(&store);
    let a = add_checkin(&store, p, &check("2026-09-07", 2, 4, 120)).unwrap();
    let b = add_checkin(&store, p, &check("2026-09-14", 1, 5, 60)).unwrap();
    let c = add_checkin(&store, p, &check("2026-09-21", 2, 4, 50)).unwrap();
    let all = alerts(&store, m, "2026-09-21").unwrap();
    let long: Vec<_> = all
        .iter()
        .filter(|x| x.kind == AlertKind::AverageHours)
        .collect();
    assert_eq!(long.len(), 1);
    assert_eq!(long[0].check_ins, [a.id, b.id, c.id]);
    assert!(long[0].why.contains("77 h"), "{}", long[0].why);
    let got = kinds(&store, m, "2026-09-21");
    assert_eq!(
        got,
        [
            (AlertKind::LowMood, Level::Red, "2026-09-07".into()),
            (AlertKind::AverageHours, Level::Amber, "2026-09-07".into()),
            (AlertKind::HighStress, Level::Amber, "2026-09-07".into()),
        ]
    );
    // As of the second check-in: the long weeks run, no streak yet.
    let got = kinds(&store, m, "2026-09-14");
    assert_eq!(
        got[0],
        (AlertKind::LongWeek, Level::Red, "2026-09-07".into())
    );
    let why = &alerts(&store, m, "2026-09-14").unwrap()[0].why;
    assert!(why.contains("60 h") && why.contains("120 h"), "{why}");
    // A better week ends the streaks; the average comes down in time.
    add_checkin(&store, p, &check("2026-09-28", 4, 2, 38)).unwrap();
    add_checkin(&store, p, &check("2026-10-26", 4, 2, 38)).unwrap();
    assert!(kinds(&store, m, "2026-10-26").is_empty());
}

#[test]
fn an_acute_signal_proposes_a_follow_up_and_alerts_until_it_happens() {
    let (_dir, store) = temp_store();
    let (m, p) = setup(&store);
    let mut input = check("2026-10-01", 1, 5, 70);
    input.signals = vec!["broke_down".into()];
    // 2026-10-01 is a Thursday: two working days later is Monday.
    let c = add_checkin(&store, p, &input).unwrap();
    assert_eq!(c.follow_up_on.as_deref(), Some("2026-10-05"));
    let got = kinds(&store, m, "2026-10-02");
    assert!(got.contains(&(AlertKind::Acute, Level::Red, "2026-10-01".into())));
    let got = kinds(&store, m, "2026-10-08");
    assert!(got.contains(&(
        AlertKind::FollowUpOverdue,
        Level::Amber,
        "2026-10-05".into()
    )));
    // Silent for 14 days with alerts open.
    let got = kinds(&store, m, "2026-10-20");
    assert!(got.contains(&(AlertKind::NoCheckIn, Level::Amber, "2026-10-15".into())));
    set_follow_up_done(&store, c.id, true).unwrap();
    let got = kinds(&store, m, "2026-10-20");
    assert!(!got
        .iter()
        .any(|k| k.0 == AlertKind::Acute || k.0 == AlertKind::FollowUpOverdue));
}

#[test]
fn an_acknowledged_alert_is_no_longer_open() {
    let (_dir, store) = temp_store();
    let (m, p) = setup(&store);
    add_checkin(&store, p, &check("2026-10-05", 3, 3, 90)).unwrap();
    let open = alerts(&store, m, "2026-10-05").unwrap();
    assert_eq!(open[0].kind, AlertKind::LongWeek);
    let ack = AcknowledgmentInput {
        person_id: p,
        kind: "long_week".into(),
        since: "2026-10-05".into(),
        acknowledged_on: "2026-10-06".into(),
        what_was_done: "Deux jours de repos, astreinte partagée".into(),
    };
    let bad = |f: &dyn Fn(&mut AcknowledgmentInput)| {
        let mut a = ack.clone();
        f(&mut a);
        field(acknowledge(&store, &a).unwrap_err())
    };
    assert_eq!(bad(&|a| a.kind = "tired".into()), "kind");
    assert_eq!(bad(&|a| a.what_was_done = " ".into()), "whatWasDone");
    assert_eq!(
        bad(&|a| a.acknowledged_on = "2999-01-01".into()),
        "acknowledgedOn"
    );
    let saved = acknowledge(&store, &ack).unwrap();
    assert_eq!(saved.kind, AlertKind::LongWeek);
    assert_eq!(acknowledgments(&store, m).unwrap(), [saved]);
    let left: Vec<_> = kinds(&store, m, "2026-10-05");
    assert!(!left.iter().any(|k| k.0 == AlertKind::LongWeek), "{left:?}");
}

#[test]
fn thresholds_are_kept_per_mission_and_checked() {
    let (_dir, store) = temp_store();
    let (m, p) = setup(&store);
    assert_eq!(thresholds(&store, m).unwrap(), Thresholds::default());
    add_checkin(&store, p, &check("2026-10-05", 3, 3, 50)).unwrap();
    assert!(kinds(&store, m, "2026-10-05")
        .iter()
        .all(|k| k.0 != AlertKind::LongWeek));
    let stricter = Thresholds {
        long_week_hours: 45,
        ..Thresholds::default()
    };
    set_thresholds(&store, m, &stricter).unwrap();
    assert_eq!(thresholds(&store, m).unwrap(), stricter);
    assert_eq!(kinds(&store, m, "2026-10-05")[0].0, AlertKind::LongWeek);
    let wrong = Thresholds {
        low_mood: 9,
        ..Thresholds::default()
    };
    assert_eq!(
        field(set_thresholds(&store, m, &wrong).unwrap_err()),
        "lowMood"
    );
    let wrong = Thresholds {
        long_week_hours: 0,
        ..Thresholds::default()
    };
    assert_eq!(
        field(set_thresholds(&store, m, &wrong).unwrap_err()),
        "longWeekHours"
    );
}

#[test]
fn the_board_shows_each_member_with_eight_weeks() {
    let (_dir, store) = temp_store();
    let (m, p) = setup(&store);
    let never = people::add(&store, m, &person("Alice Martin", Group::Infrastructure)).unwrap();
    set_team_member(&store, never.id, true).unwrap();
    people::add(&store, m, &person("Claire Moreau", Group::Management)).unwrap();
    add_checkin(&store, p, &check("2026-09-14", 1, 5, 120)).unwrap();
    add_checkin(&store, p, &check("2026-09-30", 2, 4, 60)).unwrap();
    let mut last = check("2026-10-01", 4, 4, 50);
    last.follow_up_on = "2026-10-09".into();
    add_checkin(&store, p, &last).unwrap();
    let board = board(&store, m, "2026-10-05").unwrap();
    assert_eq!(board.on, "2026-10-05");
    let names: Vec<_> = board.people.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Alice Martin", "Karim Benali"], "team members only");
    let alice = &board.people[0];
    assert!(alice.latest.is_none() && alice.open_alerts == 0);
    assert!(alice.weeks.iter().all(|w| w.mood.is_none()));
    let karim = &board.people[1];
    assert_eq!(karim.latest.as_ref().unwrap().checked_on, "2026-10-01");
    assert_eq!(karim.next_follow_up.as_deref(), Some("2026-10-09"));
    assert!(karim.open_alerts > 0);
    assert_eq!(karim.weeks.len(), 8);
    let last = &karim.weeks[7];
    assert_eq!(last.week_ending, "2026-10-05");
    assert_eq!(
        (last.mood, last.stress, last.hours),
        (Some(3.0), Some(4.0), Some(60))
    );
    let third = &karim.weeks[4];
    assert_eq!(third.week_ending, "2026-09-14");
    assert_eq!(third.hours, Some(120));
    assert_eq!(karim.weeks[0].week_ending, "2026-08-17");
    // No longer a member: off the board, notes kept.
    set_team_member(&store, p, false).unwrap();
    assert_eq!(board_len(&store, m), 1);
    assert_eq!(list_checkins(&store, p).unwrap().len(), 3);
}

fn board_len(store: &Store, m: i64) -> usize {
    board(store, m, "2026-10-05").unwrap().people.len()
}

#[test]
fn erasing_a_person_erases_their_notes() {
    let (_dir, store) = temp_store();
    let (m, p) = setup(&store);
    let mut input = check("2026-10-01", 1, 5, 70);
    input.signals = vec!["cannot_go_on".into()];
    input.observation = "A dit « je n'y arrive plus » en réunion".into();
    add_checkin(&store, p, &input).unwrap();
    acknowledge(
        &store,
        &AcknowledgmentInput {
            person_id: p,
            kind: "acute".into(),
            since: "2026-10-01".into(),
            acknowledged_on: "2026-10-01".into(),
            what_was_done: "Entretien le soir même".into(),
        },
    )
    .unwrap();
    let preview = people::erase_preview(&store, p).unwrap();
    let count = |t: &str| preview.rows.iter().find(|r| r.table == t).unwrap().count;
    assert_eq!((count("checkins"), count("alert_acknowledgments")), (1, 1));
    people::erase(&store, p).unwrap();
    let left: i64 = store
        .read(|r| {
            Ok(r.conn().query_row(
                "SELECT (SELECT count(*) FROM checkins) + (SELECT count(*) FROM alert_acknowledgments)",
                [],
                |row| row.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(left, 0);
    assert!(board(&store, m, "2026-10-05").unwrap().people.is_empty());
}

#[test]
fn the_register_csv_holds_no_wellbeing_note() {
    let (_dir, store) = temp_store();
    let (m, p) = setup(&store);
    let mut input = check("2026-10-01", 1, 5, 117);
    input.signals = vec!["broke_down".into()];
    input.actions = vec!["referred".into()];
    input.observation = "Pleure en réunion de crise".into();
    add_checkin(&store, p, &input).unwrap();
    let csv =
        String::from_utf8(crate::stakeholder::spreadsheet::export(&store, m).unwrap()).unwrap();
    assert!(csv.contains("Karim Benali"), "{csv}");
    for note in [
        "Pleure",
        "117",
        "broke_down",
        "referred",
        "2026-10-01",
        "2026-10-05",
    ] {
        assert!(!csv.contains(note), "{note} in {csv}");
    }
    let header = csv.lines().next().unwrap().to_lowercase();
    for word in [
        "humeur",
        "stress",
        "heures",
        "mood",
        "hours",
        "bien-être",
        "wellbeing",
    ] {
        assert!(!header.contains(word), "{header}");
    }
}

/// The board and the alerts read recent weeks only, yet an old open follow-up and a state
/// that began long ago are still seen whole.
#[test]
fn what_began_before_the_recent_weeks_is_still_seen() {
    let (_dir, store) = temp_store();
    let (m, p) = setup(&store);
    let mut old = check("2026-03-02", 3, 3, 40);
    old.follow_up_on = "2026-03-09".into();
    add_checkin(&store, p, &old).unwrap();
    // Sixty hours every week from March to October: one long run.
    let start = NaiveDate::from_ymd_opt(2026, 4, 6).unwrap();
    for week in 0..30 {
        let on = start + chrono::Days::new(7 * week);
        add_checkin(&store, p, &check(&on.to_string(), 3, 3, 60)).unwrap();
    }
    let on = "2026-10-30";
    let got = kinds(&store, m, on);
    assert!(
        got.contains(&(AlertKind::LongWeek, Level::Red, "2026-04-06".into())),
        "{got:?}"
    );
    assert!(got.contains(&(AlertKind::AverageHours, Level::Amber, "2026-04-06".into())));
    assert!(got.contains(&(
        AlertKind::FollowUpOverdue,
        Level::Amber,
        "2026-03-09".into()
    )));
    let row = &board(&store, m, on).unwrap().people[0];
    assert_eq!(row.next_follow_up.as_deref(), Some("2026-03-09"));
    assert_eq!(row.weeks.iter().filter(|w| w.hours == Some(60)).count(), 8);

    // A recent recovery: the states end, the old follow-up still shows.
    add_checkin(&store, p, &check("2026-11-02", 4, 2, 38)).unwrap();
    let got = kinds(&store, m, "2026-11-02");
    assert!(!got.iter().any(|k| k.0 == AlertKind::LongWeek), "{got:?}");
    assert!(got.contains(&(
        AlertKind::FollowUpOverdue,
        Level::Amber,
        "2026-03-09".into()
    )));
}

/// The whole team's alerts (read from the recent weeks, further back only when needed) are
/// the ones each person's whole history gives, and the board counts as many: over people
/// whose states began long before, after a gap, or change every week.
#[test]
fn the_team_reads_back_as_far_as_the_whole_history_would() {
    let (_dir, store) = temp_store();
    let m = mission::create(&store, &draft("Ravel", "Redresser le SI"))
        .unwrap()
        .id;
    let on = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let mut ids = Vec::new();
    for k in 0..9_i64 {
        let p = people::add(
            &store,
            m,
            &person(&format!("Membre {k}"), Group::Applications),
        )
        .unwrap()
        .id;
        set_team_member(&store, p, true).unwrap();
        ids.push(p);
        for w in (0..70_i64).rev() {
            let n = k * 31 + w * 17;
            // 0: fifty hours a week for 70 weeks; 1: long weeks, twenty weeks without a
            // check-in, long weeks again; the others: the benchmark's mixed weeks.
            let (mood, stress, hours) = match k {
                0 => (3, 3, 50),
                1 if (12..32).contains(&w) => continue,
                1 => (2, 4, 60),
                _ => (1 + n % 5, 1 + (n / 5) % 5, 30 + n % 35),
            };
            let day = on - chrono::Days::new((7 * w + k % 7) as u64);
            let mut input = check(&day.to_string(), mood, stress, hours);
            if n % 23 == 0 {
                input.signals = vec!["broke_down".into()];
            } else if n % 13 == 0 {
                input.follow_up_on = (day + chrono::Days::new(7)).to_string();
            }
            add_checkin(&store, p, &input).unwrap();
        }
    }
    let on_text = on.to_string();
    let key = |a: &Alert| {
        (
            a.kind.code(),
            a.since.clone(),
            a.why.clone(),
            a.check_ins.clone(),
        )
    };
    let team = alerts(&store, m, &on_text).unwrap();
    let board = board(&store, m, &on_text).unwrap();
    for p in ids {
        let person = people::get(&store, p).unwrap();
        let whole = store
            .read(|r| held::held_in(r, &person, on))
            .unwrap()
            .alerts;
        let mut want: Vec<_> = whole.iter().map(key).collect();
        let mut got: Vec<_> = team.iter().filter(|a| a.person_id == p).map(key).collect();
        want.sort();
        got.sort();
        assert!(!want.is_empty(), "{}", person.name);
        assert_eq!(got, want, "{}", person.name);
        let row = board.people.iter().find(|r| r.person_id == p).unwrap();
        assert_eq!(row.open_alerts as usize, want.len(), "{}", person.name);
    }
}
