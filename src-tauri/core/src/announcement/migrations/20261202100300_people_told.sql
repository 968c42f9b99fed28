-- Who has been told the mandate, per person: the people an audience is made of, and the
-- announcements made to one person, one to one.
CREATE TABLE audience_members (
    audience_id  INTEGER NOT NULL REFERENCES audiences(id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (audience_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX audience_members_by_person ON audience_members(person_id);

CREATE TABLE briefings (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    version_id   INTEGER NOT NULL REFERENCES charter_versions(id) ON DELETE CASCADE,
    announced_by TEXT NOT NULL CHECK (length(announced_by) > 0),
    announced_on TEXT NOT NULL CHECK (date(announced_on) IS announced_on),
    channel      TEXT NOT NULL CHECK (channel IN ('meeting', 'email', 'intranet', 'letter', 'other')),
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX briefings_by_person ON briefings(person_id, version_id);
