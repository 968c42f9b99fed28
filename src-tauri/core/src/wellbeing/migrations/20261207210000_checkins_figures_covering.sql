-- The board and the alerts judge every team member's recent weeks: the day, the scores, the
-- signals and the follow-up of each check-in, never its words. The index by person now holds
-- all of that, so judging 2,000 members reads the index alone and no row of checkins (half
-- the board's time at that scale, see benches/wellbeing.rs). Its first two columns are those
-- of the index it replaces, which the timeline and every per-person read still use.
DROP INDEX checkins_by_person;
CREATE INDEX checkins_by_person ON checkins(person_id, checked_on, mood, stress, hours,
    follow_up_done, follow_up_on, signals);
