-- Documents, their persisted annotation layers, and the similarity bands used to find near-duplicates.
CREATE TABLE documents (
    seq                   INTEGER PRIMARY KEY AUTOINCREMENT,
    id                    TEXT    NOT NULL UNIQUE,
    text                  TEXT    NOT NULL,
    title                 TEXT,
    source                TEXT,
    url                   TEXT,
    source_path           TEXT,
    external_id           TEXT,
    published             TEXT,
    published_granularity TEXT,
    published_text        TEXT,
    published_origin      TEXT    NOT NULL,
    headline_start        INTEGER,
    headline_end          INTEGER,
    dateline              TEXT,
    duplicate_of          TEXT REFERENCES documents(id),
    story                 TEXT,
    signature             BLOB,
    ingested_at           TEXT    NOT NULL
);

CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);

CREATE TABLE document_layers (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer    TEXT NOT NULL,
    data     TEXT NOT NULL,
    PRIMARY KEY (document, layer)
) WITHOUT ROWID;

CREATE TABLE similarity_bands (
    band_key INTEGER NOT NULL,
    document TEXT    NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, document)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='porter unicode61');

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
