"""REFI-QDA exchange: GUIDs from other programs, original variable types, sets, merge history.

Frozen: never edit a migration that has shipped; add a new one.
"""

SQL = """
CREATE TABLE IF NOT EXISTS exchange_guids (
    kind TEXT NOT NULL CHECK (kind IN ('user', 'document', 'case', 'variable', 'set')),
    local_id TEXT NOT NULL,
    guid TEXT NOT NULL,
    PRIMARY KEY (kind, local_id)
);
CREATE INDEX IF NOT EXISTS exchange_guids_guid ON exchange_guids(kind, guid);
CREATE TABLE IF NOT EXISTS exchange_variables (
    name TEXT PRIMARY KEY,
    refi_type TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT 'case' CHECK (scope IN ('case', 'source', 'both'))
);
CREATE TABLE IF NOT EXISTS exchange_sets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS exchange_set_members (
    set_id INTEGER NOT NULL REFERENCES exchange_sets(id) ON DELETE CASCADE,
    member_type TEXT NOT NULL CHECK (member_type IN ('document', 'code')),
    member_id TEXT NOT NULL,
    PRIMARY KEY (set_id, member_type, member_id)
);
CREATE TABLE IF NOT EXISTS exchange_merges (
    source_key TEXT PRIMARY KEY,
    source_path TEXT NOT NULL,
    last_action_id INTEGER NOT NULL,
    merge_actions TEXT NOT NULL DEFAULT '[]',  -- JSON list: ids of our actions that merged this copy
    merged_at TEXT NOT NULL
);
"""
