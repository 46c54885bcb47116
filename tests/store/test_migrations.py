"""Every historical schema version migrates to the current one without losing data.

For each version k a project file is built by running migrations 1..k only and
filling every table that exists at k with representative rows, written with
the SQL of that version (frozen here, like the migrations). Opening it with the
current code must keep every row and end with exactly a fresh project's schema.
"""

import ast
import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from werkplaats.store import Project
from werkplaats.store.migrations import STEP_NAMES, latest_version, migrate, step
from werkplaats.store.sqlite import APPLICATION_ID

# Rows written right after the migration of that number (SQL of that version).
ROWS: dict[int, list[str]] = {
    1: [
        "INSERT INTO project (key, value) VALUES ('name', 'oud'), ('created_at', '2025-01-01T00:00:00+00:00')",
        "INSERT INTO regions (name, short_name) VALUES ('WIL Werk en Inkomen Lekstroom', 'WIL')",
        "INSERT INTO municipalities (name, region) VALUES ('Houten', 'WIL Werk en Inkomen Lekstroom')",
        "INSERT INTO cases (id, name, region, municipality, created_at)"
        " VALUES (1, 'Casus 1', 'WIL Werk en Inkomen Lekstroom', 'Houten', '2025-01-01T00:00:00+00:00')",
        "INSERT INTO attribute_definitions (name, type, description, levels)"
        " VALUES ('trede_start', 'ordinal', 'Trede', '[\"1\", \"2\", \"3\"]')",
        "INSERT INTO case_attributes (case_id, name, value, number) VALUES (1, 'trede_start', '2', 2.0)",
        "INSERT INTO sources (id, filename, path, sha256, size, format, content, imported_at)"
        " VALUES (1, 'a.txt', 'a.txt', 'abc', 28, 'txt', X'52', '2025-01-01T00:00:00+00:00')",
        "INSERT INTO documents (id, source_id, position, title, filename, format, source_type, region, municipality,"
        " case_id, imported_at, text, metadata, words) VALUES (1, 1, 0, 'Gesprek', 'a.txt', 'txt', 'interview',"
        " 'WIL Werk en Inkomen Lekstroom', 'Houten', 1, '2025-01-01T00:00:00+00:00',"
        " 'Hallo daar. Schulden regelen.', '{\"Datum\": \"2025\"}', 4)",
        "INSERT INTO segments (id, document_id, position, kind, start, \"end\", speaker, timestamp, level, text)"
        " VALUES (1, 1, 0, 'turn', 0, 11, 'R', NULL, NULL, 'Hallo daar.'),"
        " (2, 1, 1, 'turn', 12, 29, 'I', 3.5, NULL, 'Schulden regelen.')",
    ],
    2: [
        "UPDATE attribute_definitions SET spec = '{\"name\": \"trede_start\"}' WHERE name = 'trede_start'",
        "INSERT INTO codes (id, parent_id, name, definition, keywords, colour, position, extra)"
        " VALUES ('cl', NULL, 'Cliënt', 'def', '[\"schuld\"]', '#112233', 0, '{}'),"
        " ('cl.schuld', 'cl', 'Schulden', '', '[]', NULL, 1, '{\"guid\": \"x\"}')",
        "INSERT INTO codings (id, document_id, start, \"end\", code_id, coder, created_at, memo, provenance, rule)"
        " VALUES (1, 1, 12, 29, 'cl.schuld', 'anna', '2025-01-02T00:00:00+00:00', 'memo', 'manual', NULL)",
        "INSERT INTO memos (id, target_type, target_id, coder, text, created_at, updated_at)"
        " VALUES (1, 'document', '1', 'anna', 'Documentmemo', '2025-01-02', '2025-01-02')",
        "INSERT INTO settings (coder, key, value) VALUES ('anna', 'pins', '[\"cl.schuld\"]')",
        "INSERT INTO actions (id, coder, at, description, state) VALUES (1, 'anna', '2025-01-02', 'toegekend', 'done')",
        "INSERT INTO audit (action_id, seq, table_name, row_id, before, after)"
        " VALUES (1, 1, 'codings', '1', NULL, '{\"id\": 1}')",
    ],
    4: [
        "INSERT INTO pseudo_detections (document_id, start, \"end\", type, text, source, status)"
        " VALUES (1, 0, 5, 'persoon', 'Hallo', 'regels', 'accepted')",
        "INSERT INTO pseudo_key (type, original, number, replacement) VALUES ('persoon', 'hallo', 1, NULL)",
        "INSERT INTO pseudo_names (name, type, rule) VALUES ('Naima', 'persoon', 'altijd')",
        "INSERT INTO pseudo_runs (document_id, detectors, at) VALUES (1, 'regels', '2025-01-03')",
    ],
    5: [
        "INSERT INTO review_packages (id, created_at, created_by, description) VALUES ('p1', '2025-01-04', 'anna', 'r')",
        "INSERT INTO review_items (package_id, fragment, coding_id, document_id, start, \"end\", code_id)"
        " VALUES ('p1', 'f1', 1, 1, 12, 29, 'cl.schuld')",
        "INSERT INTO review_judgements (package_id, fragment, reviewer, verdict, better_code, comment, at, merged_at)"
        " VALUES ('p1', 'f1', 'Samira', 'past', NULL, 'ok', '2025-01-04', '2025-01-05')",
    ],
    6: [
        "INSERT INTO exchange_guids (kind, local_id, guid) VALUES ('user', 'anna', 'guid-anna')",
        "INSERT INTO exchange_variables (name, refi_type, scope) VALUES ('trede_start', 'Text', 'case')",
        "INSERT INTO exchange_sets (id, name, description) VALUES (1, 'Set', '')",
        "INSERT INTO exchange_set_members (set_id, member_type, member_id) VALUES (1, 'code', 'cl')",
        "INSERT INTO exchange_merges (source_key, source_path, last_action_id, merge_actions, merged_at)"
        " VALUES ('k', 'kopie.wpl', 1, '[]', '2025-01-06')",
    ],
    7: [
        "INSERT INTO memos (target_type, target_id, coder, text, created_at, updated_at)"
        " VALUES ('segment', '1:12:29', 'anna', 'Verschil bespreken', '2025-01-07', '2025-01-07')",
    ],
    8: [
        "INSERT INTO nlp_segments (segment_id, lemmas, offsets, sents) VALUES (2, 'schuld regelen', X'00', X'00')",
        "INSERT INTO nlp_decisions (segment_id, code_id, coder, decision, at)"
        " VALUES (1, 'cl', 'anna', 'rejected', '2025-01-08')",
        "INSERT INTO nlp_models (name, kind, trained_at, decisions, meta, data)"
        " VALUES ('suggester', 'tfidf', '2025-01-08', 3, '{}', X'0102')",
    ],
    9: [
        "INSERT INTO nlp_decisions (segment_id, code_id, coder, decision, at, start, \"end\")"
        " VALUES (2, 'cl.schuld', 'bram', 'rejected', '2025-01-09', 12, 20)",
    ],
}

# sha256 (first 16 hex digits) of each shipped step's SQL: a shipped step never changes.
SHIPPED = {
    "m001_initial": "177384fa3f8e46b6", "m002_coding": "111bfc041fc55b1a", "m003_coder_code_index": "11c362a511558fd2",
    "m004_pseudonymisation": "1e69dbc82e6768fc", "m005_review": "0a7bdca498965277", "m006_exchange": "de334e6fb25e9a4f",
    "m007_segment_memos": "96d791848c05c724", "m008_nlp": "abac0925bf48464d", "m009_decision_spans": "05b5a42bb2176bb4",
}

SKIP_TABLES = re.compile(r"_fts(_.*)?$|^sqlite_")


def _build(path, version: int) -> dict[str, list[dict]]:
    """A project file at schema ``version`` with rows in every table; returns the rows per table."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn)
    for k in range(1, version + 1):
        migrate(db, to=k)
        with db.atomic():
            for sql in ROWS.get(k, []):
                db.execute(sql)
    assert db.execute("PRAGMA user_version").fetchone()[0] == version
    tables = [t for t in db.table_names() if not SKIP_TABLES.search(t)]
    rows = {t: list(db.query(f"SELECT * FROM [{t}]")) for t in tables}
    conn.close()
    return rows


def _schema(path) -> set[tuple]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    conn.close()
    return {(t, n, tbl, " ".join((sql or "").split()).replace("( ", "(").replace(" )", ")")) for t, n, tbl, sql in rows}


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory):
    path = tmp_path_factory.mktemp("fresh") / "fresh.wpl"
    Project.create(path).close()
    return _schema(path)


def test_every_step_is_frozen_sql_or_function():
    assert len(STEP_NAMES) == latest_version()
    for number, name in enumerate(STEP_NAMES, start=1):
        module = step(number)
        assert name.startswith(f"m{number:03d}_") and module.__name__.endswith(name)
        assert hasattr(module, "SQL") or hasattr(module, "up")
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imports = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
        assert all(isinstance(n, ast.ImportFrom) and n.module == "__future__" for n in imports), name


def test_shipped_steps_never_change():
    for name, digest in SHIPPED.items():
        module = step(STEP_NAMES.index(name) + 1)
        assert hashlib.sha256(module.SQL.encode()).hexdigest()[:16] == digest, f"{name} changed after it shipped"


@pytest.mark.parametrize("version", range(1, latest_version() + 1))
def test_project_of_every_version_opens_with_its_data(tmp_path, version, fresh_schema):
    path = tmp_path / f"v{version}.wpl"
    before = _build(path, version)
    with Project(path) as project:
        assert project.schema_version == latest_version()
        assert project.integrity_check() == "ok"
        for table, rows in before.items():
            now = list(project.db.query(f"SELECT * FROM [{table}]"))
            for row in rows:
                assert any(all(new.get(c) == v for c, v in row.items()) for new in now), (table, row)
            assert len(now) == len(rows), table
        assert [h["segment_id"] for h in project.documents.search("schulden")] == [2]
        assert project.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _schema(path) == fresh_schema
