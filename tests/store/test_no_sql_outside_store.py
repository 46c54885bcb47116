"""Only ``werkplaats/store`` speaks SQL: no query, no SQLite handle, no SQLite module anywhere else in the package."""

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "werkplaats"

SQL = re.compile(
    r"\.execute(many|script)?\(|\bSELECT\s|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\bCREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER|UNIQUE)\b|\bDROP\s+(TABLE|INDEX)\b|\bPRAGMA\b|\bMATCH\s+\?"
    r"|\bimport\s+sqlite3\b|^\s*(from|import)\s+sqlite_utils\b|\.db\.|\.conn\."
    r'|\bdb\[\s*["\']',
)


def offending_lines(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if (root / "store") in path.parents:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if SQL.search(line):
                found.append(f"{path.relative_to(root.parent)}:{number}: {line.strip()}")
    return found


def test_no_sql_outside_the_store():
    assert offending_lines(PACKAGE) == []


@pytest.mark.parametrize("line", [
    'rows = project.db.execute("SELECT 1").fetchall()',
    "conn.executemany(sql, rows)",
    "q = 'INSERT OR REPLACE INTO codes (id) VALUES (?)'",
    "import sqlite3",
    'db["codes"].insert(row)',
])
def test_the_check_catches_sql(tmp_path, line):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "ok.py").write_text('db.execute("SELECT 1")\n')
    (tmp_path / "elsewhere.py").write_text(line + "\n")
    assert [f.split(":")[0] for f in offending_lines(tmp_path)] == [f"{tmp_path.name}/elsewhere.py"]


SQLITE_ONLY = re.compile(r"\bPRAGMA\b|\bBEGIN\s+IMMEDIATE\b|\bfts5\b|\bMATCH\b|\bsnippet\(|\bimport\s+sqlite3\b",
                         re.IGNORECASE)
SQLITE_MODULES = {"sqlite.py", "fts.py", "review_package.py"}  # and the migrations of the SQLite file


def _docstring_lines(source: str) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                lines.update(range(first.lineno, first.end_lineno + 1))
    return lines


def test_sqlite_specific_sql_stays_in_the_sqlite_modules():
    """A second backend (PostgreSQL) replaces these modules; the table families use portable SQL."""
    found = []
    for path in sorted((PACKAGE / "store").rglob("*.py")):
        if path.name in SQLITE_MODULES or "migrations" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        skip = _docstring_lines(source)
        found += [f"{path.name}:{n}" for n, line in enumerate(source.splitlines(), start=1)
                  if n not in skip and SQLITE_ONLY.search(line.split("#")[0])]
    assert found == []
