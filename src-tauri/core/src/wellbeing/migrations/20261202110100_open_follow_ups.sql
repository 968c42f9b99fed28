-- The follow-ups not done yet, found without reading every old check-in: the board and the
-- alerts read recent weeks, plus these.
CREATE INDEX checkins_open_follow_ups ON checkins(person_id, checked_on)
    WHERE follow_up_done = 0 AND follow_up_on IS NOT NULL;
