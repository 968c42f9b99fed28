-- When a signature arrived in a `.mandat` file instead of being drawn on this laptop's pad:
-- the moment of the import, NULL for a signature witnessed here. A version whose signatures
-- were received keeps them (and its decision), but this laptop's key never seals it.
ALTER TABLE signatures ADD COLUMN received_at TEXT;
