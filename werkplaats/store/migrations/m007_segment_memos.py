"""Memos may also belong to a segment (e.g. a disagreement between coders to discuss).

Frozen: never edit a migration that has shipped; add a new one.
"""

SQL = """
CREATE TABLE memos_new (
    id INTEGER PRIMARY KEY,
    target_type TEXT NOT NULL CHECK (target_type IN ('document', 'case', 'code', 'project', 'segment')),
    target_id TEXT NOT NULL,
    coder TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (target_type, target_id, coder)
);
INSERT INTO memos_new SELECT id, target_type, target_id, coder, text, created_at, updated_at FROM memos;
DROP TABLE memos;
ALTER TABLE memos_new RENAME TO memos;
"""
