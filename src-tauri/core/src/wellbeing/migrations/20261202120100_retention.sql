-- How long the wellbeing notes of a mission are kept (GDPR art. 5: no longer than needed), and
-- what she decided each time old notes were put forward for deletion. Neither names a person:
-- the period is the mission's setting (a row only once changed; 12 months in the core until
-- then), and a decision holds counts and dates only, so the record of what was deleted keeps
-- nothing of what was deleted.
CREATE TABLE wellbeing_retention (
    mission_id  INTEGER PRIMARY KEY REFERENCES missions(id) ON DELETE CASCADE,
    months      INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120)
) STRICT;

CREATE TABLE retention_decisions (
    id                       INTEGER PRIMARY KEY,
    mission_id               INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
    decided_on               TEXT NOT NULL CHECK (date(decided_on) IS decided_on),
    -- Check-ins dated before it went (and acknowledgments recorded before it); with
    -- whole_mission, every note of the mission went, closed for more than 30 days.
    cut_off                  TEXT NOT NULL CHECK (date(cut_off) IS cut_off),
    months                   INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120),
    whole_mission            INTEGER NOT NULL CHECK (whole_mission IN (0, 1)),
    notes_deleted            INTEGER NOT NULL CHECK (notes_deleted >= 0),
    acknowledgments_deleted  INTEGER NOT NULL CHECK (acknowledgments_deleted >= 0),
    people                   INTEGER NOT NULL CHECK (people >= 0),
    created_at               TEXT NOT NULL
) STRICT;
CREATE INDEX retention_decisions_by_mission ON retention_decisions(mission_id, decided_on);
