-- Missions: one engagement of the transition manager at a client.
CREATE TABLE missions (
    id            INTEGER PRIMARY KEY,
    client        TEXT NOT NULL CHECK (length(client) > 0),
    title         TEXT NOT NULL CHECK (length(title) > 0),
    sponsor_name  TEXT NOT NULL DEFAULT '',
    sponsor_title TEXT NOT NULL DEFAULT '',
    manager_name  TEXT NOT NULL DEFAULT '',
    start_date    TEXT NOT NULL CHECK (date(start_date) IS start_date),
    planned_end   TEXT CHECK (planned_end IS NULL OR (date(planned_end) IS planned_end AND planned_end >= start_date)),
    context       TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    status        TEXT NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'active', 'closed')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX missions_by_status ON missions(status, start_date);

-- Preferences of this installation (language, last mission opened…), one row per key.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
