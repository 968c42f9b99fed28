-- The interaction log: what was said, with whom, how it felt, what was promised, and the
-- follow-up owed. One interaction can involve several people.
CREATE TABLE interactions (
    id              INTEGER PRIMARY KEY,
    mission_id      INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
    happened_on     TEXT NOT NULL CHECK (date(happened_on) IS happened_on),
    channel         TEXT NOT NULL CHECK (channel IN ('meeting', 'one_to_one', 'call', 'email',
                        'message', 'informal')),
    summary         TEXT NOT NULL CHECK (length(summary) > 0),
    sentiment       INTEGER NOT NULL DEFAULT 0 CHECK (sentiment BETWEEN -2 AND 2),
    commitments     TEXT NOT NULL DEFAULT '',
    follow_up       TEXT NOT NULL DEFAULT '',
    follow_up_on    TEXT CHECK (follow_up_on IS NULL OR date(follow_up_on) IS follow_up_on),
    follow_up_done  INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX interactions_by_mission ON interactions(mission_id, happened_on);
CREATE INDEX interactions_follow_ups ON interactions(mission_id, follow_up_on)
    WHERE follow_up_done = 0 AND follow_up_on IS NOT NULL;

-- The interaction's date is repeated here so that "when did she last see this person" is one
-- index seek per person, not a join over the whole log (the map shows it for everyone).
CREATE TABLE interaction_people (
    interaction_id  INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    happened_on     TEXT NOT NULL CHECK (date(happened_on) IS happened_on),
    PRIMARY KEY (interaction_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX interaction_people_by_person ON interaction_people(person_id, happened_on);

-- How often each quadrant of the grid should be seen, in days (a row only once changed).
CREATE TABLE contact_cadence (
    mission_id      INTEGER PRIMARY KEY REFERENCES missions(id) ON DELETE CASCADE,
    manage_closely  INTEGER NOT NULL CHECK (manage_closely BETWEEN 1 AND 365),
    keep_satisfied  INTEGER NOT NULL CHECK (keep_satisfied BETWEEN 1 AND 365),
    keep_informed   INTEGER NOT NULL CHECK (keep_informed BETWEEN 1 AND 365),
    monitor         INTEGER NOT NULL CHECK (monitor BETWEEN 1 AND 365)
) STRICT;
