"""Codebook, codings, memos, per-coder settings, and the action journal (audit + undo).

Frozen: never edit a migration that has shipped; add a new one.
"""

SQL = """
CREATE TABLE codes (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES codes(id),
    name TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    include TEXT NOT NULL DEFAULT '',
    exclude TEXT NOT NULL DEFAULT '',
    example TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '[]',
    colour TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    extra TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX codes_parent ON codes(parent_id, position);
CREATE TABLE codings (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    code_id TEXT NOT NULL REFERENCES codes(id),
    coder TEXT NOT NULL,
    created_at TEXT NOT NULL,
    memo TEXT,
    provenance TEXT NOT NULL DEFAULT 'manual'
        CHECK (provenance IN ('manual', 'suggested', 'imported', 'autocode')),
    rule TEXT,
    CHECK (0 <= start AND start < "end")
);
CREATE INDEX codings_document ON codings(document_id, start);
CREATE INDEX codings_code ON codings(code_id);
CREATE INDEX codings_coder ON codings(coder);
CREATE TABLE memos (
    id INTEGER PRIMARY KEY,
    target_type TEXT NOT NULL CHECK (target_type IN ('document', 'case', 'code', 'project')),
    target_id TEXT NOT NULL,
    coder TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (target_type, target_id, coder)
);
CREATE TABLE settings (
    coder TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (coder, key)
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    coder TEXT NOT NULL,
    at TEXT NOT NULL,
    description TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded')),
    undo_order INTEGER
);
CREATE INDEX actions_coder ON actions(coder, state, id);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES actions(id),
    seq INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_action ON audit(action_id, seq);
ALTER TABLE attribute_definitions ADD COLUMN spec TEXT;  -- the codebook's own definition (JSON)
"""
