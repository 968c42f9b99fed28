-- The charter and the mandate of a mission, versioned. A version holds its clauses; an
-- approved or rejected version is frozen, and an amendment is a new version.
CREATE TABLE charter_versions (
    id             INTEGER PRIMARY KEY,
    mission_id     INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
    number         INTEGER NOT NULL CHECK (number >= 1),
    status         TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'changes_requested', 'rejected')),
    reason         TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    decided_on     TEXT CHECK (decided_on IS NULL OR date(decided_on) IS decided_on),
    approver_name  TEXT NOT NULL DEFAULT '',
    approver_title TEXT NOT NULL DEFAULT '',
    decision_note  TEXT NOT NULL DEFAULT '',
    UNIQUE (mission_id, number)
) STRICT;

-- One item of the charter or the mandate. `key` names the same clause across versions.
CREATE TABLE clauses (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES charter_versions(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    section    TEXT NOT NULL,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    detail     TEXT NOT NULL DEFAULT '',
    due        TEXT CHECK (due IS NULL OR date(due) IS due),
    amount     INTEGER CHECK (amount IS NULL OR amount >= 0),
    currency   TEXT,
    authority  TEXT,
    decision   TEXT CHECK (decision IS NULL OR decision IN ('granted', 'not_granted', 'needs_approval')),
    approver   TEXT NOT NULL DEFAULT '',
    review     TEXT NOT NULL DEFAULT 'pending' CHECK (review IN ('pending', 'agreed', 'to_discuss', 'struck')),
    UNIQUE (version_id, key)
) STRICT;

CREATE INDEX clauses_by_version ON clauses(version_id, section, position);

-- Comments made while reviewing a clause, by the CEO or the transition manager.
CREATE TABLE clause_comments (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL,
    clause_key TEXT NOT NULL,
    author     TEXT NOT NULL CHECK (author IN ('ceo', 'manager')),
    body       TEXT NOT NULL CHECK (length(body) > 0),
    created_at TEXT NOT NULL,
    FOREIGN KEY (version_id, clause_key) REFERENCES clauses(version_id, key) ON DELETE CASCADE
) STRICT;

-- The teams and groups the mandate must be announced to, and each announcement made.
CREATE TABLE audiences (
    id         INTEGER PRIMARY KEY,
    mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(name) > 0),
    position   INTEGER NOT NULL
) STRICT;

CREATE TABLE announcements (
    id           INTEGER PRIMARY KEY,
    audience_id  INTEGER NOT NULL REFERENCES audiences(id) ON DELETE CASCADE,
    version_id   INTEGER NOT NULL REFERENCES charter_versions(id) ON DELETE CASCADE,
    announced_by TEXT NOT NULL CHECK (length(announced_by) > 0),
    announced_on TEXT NOT NULL CHECK (date(announced_on) IS announced_on),
    channel      TEXT NOT NULL CHECK (channel IN ('meeting', 'email', 'intranet', 'letter', 'other')),
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
) STRICT;
