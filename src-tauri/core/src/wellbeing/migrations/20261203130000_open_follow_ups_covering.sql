-- The board and the alerts read every follow-up not done from before their recent weeks (one
-- or more per member): the index now holds all they read of them (the day due and the signals,
-- beside the person and the day of the check-in; follow_up_done too, which the query names), so
-- no row of checkins is fetched for them. It replaces the index that held only the person and
-- the day.
DROP INDEX checkins_open_follow_ups;
CREATE INDEX checkins_open_follow_ups ON checkins(person_id, checked_on, follow_up_on, follow_up_done,
    signals)
    WHERE follow_up_done = 0 AND follow_up_on IS NOT NULL;
