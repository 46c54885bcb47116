"""A review package file (``.wpr``): a separate SQLite file sent to reviewers.

It holds only pseudonymised fragments, the codes they were coded with, and
the reviewers' judgements; it has no path to, and no key of, the project it
came from. The package is always a SQLite file, whatever stores the project
(the project's side of reviews is :mod:`.review`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .base import now
from .errors import PackageError

PACKAGE_APPLICATION_ID = 0x57505231  # "WPR1"
PACKAGE_VERSION = 1
VERDICTS = ("past", "past_niet", "twijfel", "mist")
MAX_TEXT = 10_000

PACKAGE_SCHEMA = """
CREATE TABLE package (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE codes (id TEXT PRIMARY KEY, name TEXT NOT NULL, definition TEXT, include TEXT, exclude TEXT, colour TEXT);
CREATE TABLE fragments (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, code_id TEXT NOT NULL REFERENCES codes(id),
    region TEXT, source_type TEXT, before TEXT NOT NULL, text TEXT NOT NULL, after TEXT NOT NULL
);
CREATE TABLE judgements (
    fragment_id TEXT NOT NULL REFERENCES fragments(id), reviewer TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('past', 'past_niet', 'twijfel', 'mist')),
    better_code TEXT, comment TEXT, at TEXT NOT NULL,
    PRIMARY KEY (fragment_id, reviewer, verdict)
);
"""


def clean_text(value: str | None, limit: int = MAX_TEXT) -> str | None:
    """Strip control characters (but newlines and tabs) and cap the length."""
    if value is None:
        return None
    value = "".join(c for c in str(value) if c in "\n\t" or ord(c) >= 32)
    return value[:limit]


class Package:
    """An open review package file."""

    def __init__(self, path: str | Path, create: bool = False) -> None:
        self.path = Path(path)
        if create:
            if self.path.exists():
                raise PackageError(f"'{self.path}' bestaat al; kies een andere naam.")
        elif not self.path.exists():
            raise PackageError(f"Reviewpakket '{self.path}' bestaat niet.")
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=10)
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if create:
                self.conn.execute(f"PRAGMA application_id = {PACKAGE_APPLICATION_ID}")
                self.conn.executescript(PACKAGE_SCHEMA)
                self.conn.execute(f"PRAGMA user_version = {PACKAGE_VERSION}")
            self._check()
        except sqlite3.DatabaseError as exc:
            raise PackageError(f"'{self.path}' is geen geldig reviewpakket of is beschadigd ({exc}).") from None

    def _check(self) -> None:
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != PACKAGE_APPLICATION_ID:
            raise PackageError(f"'{self.path}' is geen reviewpakket van werkplaats.")
        if self.conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise PackageError(f"'{self.path}' is beschadigd.")
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"package", "codes", "fragments", "judgements"} <= tables:
            raise PackageError(f"'{self.path}' is onvolledig: er ontbreken tabellen.")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Package":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing (when packing) ---------------------------------------------------------

    def write(self, meta: dict[str, str], codes: list[dict], fragments: list[dict]) -> None:
        with self.conn:
            self.conn.executemany("INSERT INTO package (key, value) VALUES (?, ?)", list(meta.items()))
            self.conn.executemany(
                "INSERT INTO codes (id, name, definition, include, exclude, colour) VALUES (?, ?, ?, ?, ?, ?)",
                [(c["id"], c["name"], c["definition"], c["include"], c["exclude"], c["colour"]) for c in codes],
            )
            self.conn.executemany(
                "INSERT INTO fragments (id, position, code_id, region, source_type, before, text, after)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(f["id"], n, f["code_id"], f["region"], f["source_type"], f["before"], f["text"], f["after"])
                 for n, f in enumerate(fragments)],
            )
        self.conn.execute("VACUUM")

    # -- reading and judging --------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM package"))

    def codes(self) -> dict[str, dict]:
        cols = ("id", "name", "definition", "include", "exclude", "colour")
        return {r[0]: dict(zip(cols, r)) for r in self.conn.execute(f"SELECT {', '.join(cols)} FROM codes ORDER BY name")}

    def fragments(self) -> list[dict]:
        cols = ("id", "position", "code_id", "region", "source_type", "before", "text", "after")
        return [dict(zip(cols, r)) for r in self.conn.execute(f"SELECT {', '.join(cols)} FROM fragments ORDER BY position")]

    def judgements(self, reviewer: str | None = None) -> list[dict]:
        cols = ("fragment_id", "reviewer", "verdict", "better_code", "comment", "at")
        sql = f"SELECT {', '.join(cols)} FROM judgements" + (" WHERE reviewer = ?" if reviewer else "") + " ORDER BY at"
        return [dict(zip(cols, r)) for r in self.conn.execute(sql, [reviewer] if reviewer else [])]

    def judge(self, fragment_id: str, reviewer: str, verdict: str, better_code: str | None = None,
              comment: str | None = None) -> None:
        """Save one judgement at once. past/past_niet/twijfel replace each other; 'mist' is kept beside them."""
        if verdict not in VERDICTS:
            raise PackageError(f"Onbekend oordeel '{verdict}'.")
        reviewer = clean_text(reviewer, 200).strip()
        if not reviewer:
            raise PackageError("Geef je naam op.")
        with self.conn:
            if verdict != "mist":
                self.conn.execute(
                    "DELETE FROM judgements WHERE fragment_id = ? AND reviewer = ? AND verdict != 'mist'", [fragment_id, reviewer]
                )
            self.conn.execute(
                "INSERT OR REPLACE INTO judgements (fragment_id, reviewer, verdict, better_code, comment, at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [fragment_id, reviewer, verdict, better_code, clean_text(comment), now()],
            )
