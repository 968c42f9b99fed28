-- Team wellbeing notes: who is in her team, a check-in per person and moment, the alerts she
-- acknowledged, and the thresholds that raise alerts. Every row about a person names them
-- (person_id), so people::erase removes it; none of it leaves in a .mandat file unless asked.

-- Team membership is a fact of the register (one yes/no per person, no history), not a note:
-- a column on people travels and is erased with the person like the rest of the row.
ALTER TABLE people ADD COLUMN team_member INTEGER NOT NULL DEFAULT 0
    CHECK (team_member IN (0, 1));

-- Signals and actions are short codes separated by spaces, validated against fixed lists by
-- the core: they are only ever read with their check-in, so one row holds the whole note and
-- erasing or carrying a note is one row of one table.
CREATE TABLE checkins (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    checked_on      TEXT NOT NULL CHECK (date(checked_on) IS checked_on),
    mood            INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    stress          INTEGER NOT NULL CHECK (stress BETWEEN 1 AND 5),
    hours           INTEGER NOT NULL CHECK (hours BETWEEN 0 AND 168),
    signals         TEXT NOT NULL DEFAULT '',
    observation     TEXT NOT NULL DEFAULT '',
    actions         TEXT NOT NULL DEFAULT '',
    follow_up_on    TEXT CHECK (follow_up_on IS NULL OR date(follow_up_on) IS follow_up_on),
    follow_up_done  INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX checkins_by_person ON checkins(person_id, checked_on);

-- An alert is computed from the check-ins; what is stored is that she saw it and what she did.
-- An alert is known by its person, its kind and the day it began.
CREATE TABLE alert_acknowledgments (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    since            TEXT NOT NULL CHECK (date(since) IS since),
    acknowledged_on  TEXT NOT NULL CHECK (date(acknowledged_on) IS acknowledged_on),
    what_was_done    TEXT NOT NULL CHECK (length(what_was_done) > 0),
    created_at       TEXT NOT NULL,
    UNIQUE (person_id, kind, since)
) STRICT;

-- The thresholds of the mission's alerts (a row only once changed; defaults in the core).
CREATE TABLE wellbeing_thresholds (
    mission_id          INTEGER PRIMARY KEY REFERENCES missions(id) ON DELETE CASCADE,
    long_week_hours     INTEGER NOT NULL,
    average_hours       INTEGER NOT NULL,
    low_mood            INTEGER NOT NULL,
    low_mood_streak     INTEGER NOT NULL,
    high_stress         INTEGER NOT NULL,
    high_stress_streak  INTEGER NOT NULL,
    acute_days          INTEGER NOT NULL,
    silence_days        INTEGER NOT NULL
) STRICT;
