"""Detected personal data, the researcher's decisions, the pseudonym key and the name list.

Frozen: never edit a migration that has shipped; add a new one.
"""

SQL = """
CREATE TABLE pseudo_detections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'accepted', 'rejected', 'manual')),
    CHECK (0 <= start AND start < "end")
);
CREATE INDEX pseudo_detections_document ON pseudo_detections(document_id, start);
CREATE TABLE pseudo_key (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    original TEXT NOT NULL,
    number INTEGER NOT NULL,
    replacement TEXT,
    UNIQUE (type, original)
);
CREATE TABLE pseudo_names (
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    rule TEXT NOT NULL CHECK (rule IN ('altijd', 'nooit')),
    PRIMARY KEY (name, rule)
);
CREATE TABLE pseudo_runs (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    detectors TEXT NOT NULL,
    at TEXT NOT NULL
);
"""
