-- Schema 3: the steps each stored reading went through after its file was read (e.g. classifying
-- its findings), with their versions ("classify=models-1a2b3c4d5e6f"), so that a new version of
-- such a step runs again on the stored reading without reading the file.

ALTER TABLE sources ADD COLUMN steps TEXT NOT NULL DEFAULT '';

-- Finding the readings made by other steps reads this index only, never the readings themselves.
CREATE INDEX sources_by_steps ON sources (steps, report_id);
