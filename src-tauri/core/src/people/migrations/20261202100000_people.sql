-- The register of people of a mission: stakeholders and members of her team alike. Everything
-- Mandat holds about a named person hangs from a row here, so that erasing the row (see
-- people::erase) erases the person everywhere.
CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    mission_id    INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
    name          TEXT NOT NULL CHECK (length(name) > 0),
    job_title     TEXT NOT NULL DEFAULT '',
    organisation  TEXT NOT NULL DEFAULT '',
    person_group  TEXT NOT NULL DEFAULT 'other' CHECK (person_group IN ('infrastructure',
                      'applications', 'business', 'management', 'vendor',
                      'staff_representatives', 'other')),
    team          TEXT NOT NULL DEFAULT '',
    reports_to    INTEGER REFERENCES people(id) ON DELETE SET NULL,
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX people_by_mission ON people(mission_id, archived, name);
CREATE INDEX people_by_manager ON people(reports_to);
