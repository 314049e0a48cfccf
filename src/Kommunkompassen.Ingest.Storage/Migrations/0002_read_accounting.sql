-- Schema 2: where in the report a warning points, and how completely each report was read
-- (the record's "read" summary: blocks, those read into the record, those skipped on purpose,
-- and the characters of the rest).

ALTER TABLE warnings ADD COLUMN place TEXT;

ALTER TABLE reports ADD COLUMN blocks INTEGER;
ALTER TABLE reports ADD COLUMN blocks_used INTEGER;
ALTER TABLE reports ADD COLUMN blocks_skipped INTEGER;
ALTER TABLE reports ADD COLUMN characters_unread INTEGER;
