-- Entities (knowledge-base records and new ones) and every mention of them, with its offsets.
CREATE TABLE entities (
    id        TEXT    PRIMARY KEY,
    name      TEXT    NOT NULL,
    type      TEXT    NOT NULL,
    in_kb     INTEGER NOT NULL,
    country   TEXT,
    latitude  REAL,
    longitude REAL,
    skeleton  TEXT
) WITHOUT ROWID;

CREATE INDEX entities_new_by_sound ON entities(type, skeleton) WHERE in_kb = 0;

CREATE TABLE entity_mentions (
    document TEXT    NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    entity   TEXT    NOT NULL REFERENCES entities(id),
    text     TEXT    NOT NULL,
    sector   TEXT,
    score    REAL,
    source   TEXT    NOT NULL,
    PRIMARY KEY (document, start, "end", entity)
) WITHOUT ROWID;

CREATE INDEX entity_mentions_by_entity ON entity_mentions(entity);
