-- The sealing keys she has decided to trust besides her own: a PDF sealed by one of these
-- reads as valid on this laptop. The fingerprint is the SHA-256 of the sealing certificate,
-- 64 upper-case hex digits; the name is what she calls its holder.
CREATE TABLE trusted_keys (
    fingerprint TEXT PRIMARY KEY CHECK (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9A-F]*'),
    name        TEXT NOT NULL,
    added_at    TEXT NOT NULL
) STRICT;
