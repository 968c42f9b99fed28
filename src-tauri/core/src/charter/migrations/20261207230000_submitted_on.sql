-- The day a version was (last) submitted for approval: a decision is not dated before it.
-- NULL for the versions submitted before it was recorded, which keep working as they are (the
-- rule applies to new decisions only).
ALTER TABLE charter_versions ADD COLUMN submitted_on TEXT
    CHECK (submitted_on IS NULL OR date(submitted_on) IS submitted_on);
