"""Review packages sent to ervaringsdeskundigen and the judgements that came back.

Frozen: never edit a migration that has shipped; add a new one.
"""

SQL = """
CREATE TABLE review_packages (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    description TEXT NOT NULL
);
CREATE TABLE review_items (
    package_id TEXT NOT NULL REFERENCES review_packages(id),
    fragment TEXT NOT NULL,
    coding_id INTEGER REFERENCES codings(id) ON DELETE SET NULL,
    document_id INTEGER,
    start INTEGER,
    "end" INTEGER,
    code_id TEXT,
    PRIMARY KEY (package_id, fragment)
);
CREATE TABLE review_judgements (
    id INTEGER PRIMARY KEY,
    package_id TEXT NOT NULL,
    fragment TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('past', 'past_niet', 'twijfel', 'mist')),
    better_code TEXT,
    comment TEXT,
    at TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    UNIQUE (package_id, fragment, reviewer, verdict)
);
CREATE INDEX review_judgements_fragment ON review_judgements(package_id, fragment);
"""
