-- Dated assessments of a person as a stakeholder: each re-assessment is a new row, so the
-- history shows who moved. Power and interest place them on the Mendelow grid; engagement
-- and its target are the PMBOK levels.
CREATE TABLE assessments (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    assessed_on  TEXT NOT NULL,
    power        INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),
    interest     INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),
    engagement   TEXT NOT NULL CHECK (engagement IN ('unaware', 'resistant', 'neutral',
                     'supportive', 'leading')),
    target       TEXT NOT NULL CHECK (target IN ('unaware', 'resistant', 'neutral',
                     'supportive', 'leading')),
    comment      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX assessments_by_person ON assessments(person_id, assessed_on, id);
