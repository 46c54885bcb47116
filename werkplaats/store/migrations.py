"""Numbered schema migrations, recorded in ``PRAGMA user_version``.

Each migration is a function registered with :func:`migration`; they run in
order, each in its own transaction, and the version is bumped inside that
transaction, so a crash never leaves a half-migrated project. Never edit a
migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

import sqlite_utils

MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = []


def migration(fn: Callable[[sqlite_utils.Database], None]):
    """Register ``fn`` as the next migration."""
    MIGRATIONS.append(fn)
    return fn


def current_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def latest_version() -> int:
    return len(MIGRATIONS)


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every migration newer than the project's version; return their names."""
    applied = []
    version = current_version(db)
    for number, fn in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            fn(db)
            db.execute(f"PRAGMA user_version = {number}")
        applied.append(fn.__name__)
    return applied


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run several statements inside the current transaction.

    ``sqlite3.executescript`` commits any open transaction first, which would
    break the one-transaction-per-migration rule, so statements are split
    with :func:`sqlite3.complete_statement` and run one by one.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement in migration")


@migration
def m001_initial(db: sqlite_utils.Database) -> None:
    """Project metadata, regions, cases, attributes, sources, documents, segments, FTS."""
    run_script(
        db,
        """
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
    )


@migration
def m002_coding(db: sqlite_utils.Database) -> None:
    """Codebook, codings, memos, per-coder settings, and the action journal (audit + undo)."""
    run_script(
        db,
        """
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
        """,
    )


@migration
def m003_coder_code_index(db: sqlite_utils.Database) -> None:
    """Indexes for per-coder code counts and for finding the segment at an offset."""
    run_script(
        db,
        """
        DROP INDEX codings_coder;
        CREATE INDEX codings_coder_code ON codings(coder, code_id);
        CREATE INDEX segments_document_start ON segments(document_id, start);
        """,
    )


@migration
def m004_pseudonymisation(db: sqlite_utils.Database) -> None:
    """Detected personal data, the researcher's decisions, the pseudonym key and the name list."""
    run_script(
        db,
        """
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
        """,
    )


@migration
def m005_review(db: sqlite_utils.Database) -> None:
    """Review packages sent to ervaringsdeskundigen and the judgements that came back."""
    run_script(
        db,
        """
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
        """,
    )


@migration
def m006_exchange(db: sqlite_utils.Database) -> None:
    """REFI-QDA exchange: GUIDs from other programs, original variable types, sets, merge history."""
    from .exchange_store import SCHEMA

    run_script(db, SCHEMA)


@migration
def m007_segment_memos(db: sqlite_utils.Database) -> None:
    """Memos may also belong to a segment (e.g. a disagreement between coders to discuss)."""
    run_script(
        db,
        """
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
        """,
    )


@migration
def m008_nlp(db: sqlite_utils.Database) -> None:
    """Lemmas per segment (with an FTS index), rejected suggestions, and trained suggestion models."""
    from .nlp_store import SCHEMA

    run_script(db, SCHEMA)


@migration
def m009_decision_spans(db: sqlite_utils.Database) -> None:
    """A rejected suggestion may name the part of the segment it was for (sentence-level suggestions)."""
    run_script(
        db,
        """
        ALTER TABLE nlp_decisions ADD COLUMN start INTEGER;
        ALTER TABLE nlp_decisions ADD COLUMN "end" INTEGER;
        """,
    )
