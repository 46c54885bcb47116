"""Project metadata, regions, cases, attributes, sources, documents, segments, FTS.

Frozen: never edit a migration that has shipped; add a new one.
"""

SQL = """
CREATE TABLE project (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE regions (
    name TEXT PRIMARY KEY,
    short_name TEXT
);
CREATE TABLE municipalities (
    name TEXT PRIMARY KEY,
    region TEXT REFERENCES regions(name)
);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    region TEXT REFERENCES regions(name),
    municipality TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE attribute_definitions (
    name TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'ordinal')),
    description TEXT,
    levels TEXT  -- JSON list of allowed values for ordinal attributes, low to high
);
CREATE TABLE case_attributes (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL REFERENCES attribute_definitions(name),
    value TEXT NOT NULL,
    number REAL,  -- numeric value for number/ordinal attributes, for sorting
    PRIMARY KEY (case_id, name)
);
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    filename TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    format TEXT NOT NULL,
    content BLOB NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX sources_filename ON sources(filename);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    filename TEXT NOT NULL,
    format TEXT NOT NULL,
    source_type TEXT NOT NULL,
    region TEXT REFERENCES regions(name),
    municipality TEXT,
    case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    imported_at TEXT NOT NULL,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    words INTEGER NOT NULL
);
CREATE INDEX documents_case ON documents(case_id);
CREATE INDEX documents_region ON documents(region);
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT,
    timestamp REAL,
    level INTEGER,
    text TEXT NOT NULL,
    CHECK (0 <= start AND start <= "end")
);
CREATE INDEX segments_document ON segments(document_id, position);
CREATE VIRTUAL TABLE segments_fts USING fts5(
    text, content='segments', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN
    INSERT INTO segments_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN
    INSERT INTO segments_fts(segments_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER segments_au AFTER UPDATE ON segments BEGIN
    INSERT INTO segments_fts(segments_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO segments_fts(rowid, text) VALUES (new.id, new.text);
END;
"""
