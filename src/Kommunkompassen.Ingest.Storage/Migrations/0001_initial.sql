-- Schema 1: the records of the archive as tables a person can query, plus the readings they
-- were combined from, the files seen and the import log. Every table of a report's values
-- refers to reports(id) and goes with it (ON DELETE CASCADE).

CREATE TABLE reports (
    id                  TEXT PRIMARY KEY,            -- "<SCB code>-<year>"
    municipality        TEXT NOT NULL,
    municipality_code   TEXT NOT NULL,
    year                INTEGER NOT NULL,
    framework           TEXT NOT NULL,               -- "2002" (original) or "2010" (revised)
    evaluation_from     TEXT,                        -- ISO date of the site visit
    evaluation_to       TEXT,
    total               REAL,
    total_max           REAL NOT NULL,
    total_older_scale   REAL,
    previous_year       INTEGER,
    previous_total      REAL,
    record_json         TEXT NOT NULL,               -- the whole record, as `kk export` writes it
    updated_at          TEXT NOT NULL
);
CREATE INDEX reports_by_municipality ON reports (municipality_code, year);

-- One reading per file format: the record as read from that file alone.
CREATE TABLE sources (
    report_id   TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    format      TEXT NOT NULL,                        -- "docx" or "pdf"
    file_name   TEXT NOT NULL,
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    pages       INTEGER,
    reading     BLOB NOT NULL,                        -- the record read from this file alone, gzip-compressed JSON
    PRIMARY KEY (report_id, format)
);

CREATE TABLE evaluators (
    report_id    TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    organisation TEXT,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE areas (
    report_id         TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    area              INTEGER NOT NULL,
    title             TEXT NOT NULL,
    score             REAL,
    max               REAL NOT NULL,
    older_scale_score REAL,
    previous_score    REAL,
    PRIMARY KEY (report_id, area)
);

CREATE TABLE questions (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    question  TEXT NOT NULL,                          -- "2.6"
    area      INTEGER NOT NULL,
    text      TEXT NOT NULL,
    score     REAL,
    max       REAL NOT NULL,
    PRIMARY KEY (report_id, question)
);

-- Strengths and improvements, with the classifier's sub-question where one ran.
CREATE TABLE findings (
    report_id          TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    area               INTEGER NOT NULL,
    kind               TEXT NOT NULL,                 -- "strength" or "improvement"
    text               TEXT NOT NULL,
    predicted_question TEXT,
    confidence         REAL,
    PRIMARY KEY (report_id, position)
);
CREATE INDEX findings_by_question ON findings (predicted_question);

CREATE TABLE passages (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    area      INTEGER NOT NULL,
    question  TEXT,
    text      TEXT NOT NULL,
    page      INTEGER,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE comparisons (
    report_id         TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    municipality      TEXT NOT NULL,
    municipality_code TEXT NOT NULL,
    year              INTEGER,
    total             REAL,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE comparison_scores (
    report_id  TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,                      -- comparisons.position
    area       TEXT NOT NULL,
    score      REAL NOT NULL,
    PRIMARY KEY (report_id, position, area)
);

CREATE TABLE mentions (
    report_id         TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    municipality      TEXT NOT NULL,
    municipality_code TEXT NOT NULL,
    area              INTEGER NOT NULL,
    question          TEXT,
    sentence          TEXT NOT NULL,
    page              INTEGER,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE known_evaluations (
    report_id         TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    municipality      TEXT NOT NULL,
    municipality_code TEXT NOT NULL,
    year              INTEGER NOT NULL,
    PRIMARY KEY (report_id, municipality_code, year)
);

CREATE TABLE warnings (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    code      TEXT NOT NULL,
    message   TEXT NOT NULL,
    PRIMARY KEY (report_id, position)
);

-- Every file content ever seen, by hash: what it became and with which parser version.
CREATE TABLE files (
    sha256         TEXT PRIMARY KEY,
    path           TEXT NOT NULL,                     -- where it was last seen
    size           INTEGER NOT NULL,
    status         TEXT NOT NULL,                     -- "stored", "superseded" or "failed"
    report_id      TEXT,
    message        TEXT,
    parser_version TEXT NOT NULL,
    seen_at        TEXT NOT NULL
);

-- One row per file per batch: what happened and why.
CREATE TABLE import_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    batch     TEXT NOT NULL,                          -- start time of the batch, ISO 8601
    at        TEXT NOT NULL,
    path      TEXT NOT NULL,
    sha256    TEXT,
    status    TEXT NOT NULL,                          -- ingested, replaced, merged, skipped, failed
    report_id TEXT,
    message   TEXT
);

-- Settings and counters: content_version grows with every change, so derived stores (the
-- Lucene index) can tell whether they are up to date.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('content_version', '0');
