-- People erased from the register whose rows may still sit in the backups, so that Mandat can
-- offer to purge those backups after the erasure, and finish a purge cut short. A row holds no
-- name and nothing a person said or did: once the person's own row is gone, an id and the
-- moment that row was made identify no one (they point only at rows of older copies of this
-- very database). The moment is kept because SQLite gives a freed id to the next person
-- added (people.id is not AUTOINCREMENT): the id alone could later name someone else in a
-- newer backup. Removed when every backup is purged of them (backup::purge).
CREATE TABLE erased_people (
    person_id   INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    erased_on   TEXT NOT NULL CHECK (date(erased_on) IS erased_on),
    PRIMARY KEY (person_id, created_at)
) STRICT;
