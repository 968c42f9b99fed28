-- The drawn signatures of an approved charter version, one per role. Once both are in, the
-- version is signed and they never change (the rule lives in mandat-core's signing module).
CREATE TABLE signatures (
    version_id INTEGER NOT NULL REFERENCES charter_versions(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('sponsor', 'manager')),
    name       TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    place      TEXT NOT NULL,
    signed_at  TEXT NOT NULL,
    width      REAL NOT NULL,
    height     REAL NOT NULL,
    -- JSON: [[[x, y], ...], ...], the pad's strokes in its own pixels.
    strokes    TEXT NOT NULL,
    PRIMARY KEY (version_id, role)
) STRICT;

-- The key that seals exported PDFs: at most one. PKCS#8 DER private key; DER certificates,
-- leaf first, one after the other.
CREATE TABLE signing_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    chain       BLOB NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('self_signed', 'imported')),
    created_at  TEXT NOT NULL
) STRICT;
