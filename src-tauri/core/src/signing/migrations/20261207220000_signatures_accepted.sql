-- A version received in a `.mandat` file: the name of the file it came in (its name only, no
-- folder), and when she accepted its signatures as received — after which this laptop's key
-- seals it, the PDF saying so (see `document::render`). NULL until she does.
ALTER TABLE signatures ADD COLUMN received_from TEXT NOT NULL DEFAULT '';
ALTER TABLE signatures ADD COLUMN accepted_at TEXT;
