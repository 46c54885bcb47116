"""Lemmas per segment (with an FTS index), rejected suggestions, and trained suggestion models.

Frozen: never edit a migration that has shipped; add a new one.
"""

SQL = """
CREATE TABLE IF NOT EXISTS nlp_segments (
    segment_id INTEGER PRIMARY KEY REFERENCES segments(id) ON DELETE CASCADE,
    lemmas TEXT NOT NULL,
    offsets BLOB NOT NULL,
    sents BLOB NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS nlp_segments_fts USING fts5(
    lemmas, content='nlp_segments', content_rowid='segment_id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS nlp_segments_ai AFTER INSERT ON nlp_segments BEGIN
    INSERT INTO nlp_segments_fts(rowid, lemmas) VALUES (new.segment_id, new.lemmas);
END;
CREATE TRIGGER IF NOT EXISTS nlp_segments_ad AFTER DELETE ON nlp_segments BEGIN
    INSERT INTO nlp_segments_fts(nlp_segments_fts, rowid, lemmas) VALUES ('delete', old.segment_id, old.lemmas);
END;
CREATE TRIGGER IF NOT EXISTS nlp_segments_au AFTER UPDATE ON nlp_segments BEGIN
    INSERT INTO nlp_segments_fts(nlp_segments_fts, rowid, lemmas) VALUES ('delete', old.segment_id, old.lemmas);
    INSERT INTO nlp_segments_fts(rowid, lemmas) VALUES (new.segment_id, new.lemmas);
END;
CREATE TRIGGER IF NOT EXISTS nlp_segments_text_changed AFTER UPDATE OF text ON segments BEGIN
    DELETE FROM nlp_segments WHERE segment_id = old.id;
END;
CREATE TABLE IF NOT EXISTS nlp_decisions (
    id INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    code_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
    coder TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('rejected', 'no_code')),
    at TEXT NOT NULL,
    CHECK ((decision = 'rejected') = (code_id IS NOT NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS nlp_decisions_unique ON nlp_decisions(segment_id, COALESCE(code_id, ''), coder);
CREATE INDEX IF NOT EXISTS nlp_decisions_code ON nlp_decisions(code_id);
CREATE TABLE IF NOT EXISTS nlp_models (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    trained_at TEXT NOT NULL,
    decisions INTEGER NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',
    data BLOB NOT NULL
);
"""
