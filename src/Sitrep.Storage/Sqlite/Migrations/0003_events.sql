-- Events and counts of people (tolls) read from each document, with their evidence offsets. Actors are kept as
-- JSON (entity, name, country, role, offsets) with the entity ids also in their own indexed columns for queries.
CREATE TABLE events (
    id               TEXT    PRIMARY KEY,
    document         TEXT    NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    type             TEXT    NOT NULL,
    mode             TEXT,
    cameo            TEXT    NOT NULL,
    quad_class       INTEGER,
    goldstein        REAL,
    polarity         TEXT    NOT NULL,
    date_value       TEXT,
    date_granularity TEXT,
    date_text        TEXT,
    source_entity    TEXT,
    target_entity    TEXT,
    place_entity     TEXT,
    claimed_by_entity TEXT,
    actors           TEXT    NOT NULL,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    quantities       TEXT    NOT NULL,
    contradicted_by  TEXT    NOT NULL
) WITHOUT ROWID;

CREATE INDEX events_by_document ON events(document, ordinal);
CREATE INDEX events_by_source ON events(source_entity);
CREATE INDEX events_by_target ON events(target_entity);

CREATE TABLE quantities (
    id               TEXT    PRIMARY KEY,
    document         TEXT    NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    measure          TEXT    NOT NULL,
    value            REAL    NOT NULL,
    upper            REAL,
    qualifier        TEXT    NOT NULL,
    date_value       TEXT,
    date_granularity TEXT,
    date_text        TEXT,
    claimed_by       TEXT,
    event            TEXT,
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX quantities_by_document ON quantities(document, ordinal);
