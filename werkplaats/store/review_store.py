"""SQL for review packages: the package file itself, and the project's side of it.

A package (``.wpr``) is a separate SQLite file with only pseudonymised
fragments, the codes they were coded with, and the reviewers' judgements.
It has no path to, and no key of, the project it came from.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .project import StoreError, now

if TYPE_CHECKING:
    from .project import Project

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


class PackageError(StoreError):
    """A review package that cannot be used; the message is Dutch."""


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


class ReviewStore:
    """The project's side: which fragment is which coding, and merged judgements."""

    def __init__(self, project: "Project") -> None:
        self.project = project
        self.db = project.db

    def project_id(self) -> str:
        """A random id of this project, made once; packages carry it to come home."""
        import uuid

        value = self.project.meta("project_id")
        if not value:
            value = str(uuid.uuid4())
            with self.project.atomic():
                self.project.set_meta("project_id", value)
        return value

    def register(self, package_id: str, coder: str, description: str, items: Iterable[dict]) -> None:
        with self.project.atomic():
            self.db.execute("INSERT INTO review_packages (id, created_at, created_by, description) VALUES (?, ?, ?, ?)",
                            [package_id, now(), coder, description])
            self.db.conn.executemany(
                'INSERT INTO review_items (package_id, fragment, coding_id, document_id, start, "end", code_id)'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(package_id, i["id"], i["coding_id"], i["document_id"], i["start"], i["end"], i["code_id"]) for i in items],
            )

    def known_package(self, package_id: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM review_packages WHERE id = ?", [package_id]).fetchone())

    def fragments_of(self, package_id: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT fragment FROM review_items WHERE package_id = ?", [package_id])}

    def merge(self, package_id: str, judgements: list[dict]) -> int:
        """Store judgements (idempotent: the same judgement twice is stored once); return how many are new or changed."""
        changed = 0
        with self.project.atomic():
            for j in judgements:
                before = self.db.execute(
                    "SELECT better_code, comment, at FROM review_judgements WHERE package_id = ? AND fragment = ?"
                    " AND reviewer = ? AND verdict = ?", [package_id, j["fragment_id"], j["reviewer"], j["verdict"]]).fetchone()
                if before and tuple(before) == (j["better_code"], j["comment"], j["at"]):
                    continue
                if j["verdict"] != "mist":  # a newer verdict of this reviewer replaces the older one
                    self.db.execute(
                        "DELETE FROM review_judgements WHERE package_id = ? AND fragment = ? AND reviewer = ? AND verdict != 'mist'",
                        [package_id, j["fragment_id"], j["reviewer"]])
                self.db.execute(
                    "INSERT OR REPLACE INTO review_judgements (package_id, fragment, reviewer, verdict, better_code, comment, at, merged_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [package_id, j["fragment_id"], j["reviewer"], j["verdict"], j["better_code"], j["comment"], j["at"], now()])
                changed += 1
        return changed

    def results(self) -> list[dict]:
        """Every merged judgement with its coding, code and document (for the TUI and exports)."""
        return list(self.db.query(
            """SELECT j.reviewer, j.verdict, j.better_code, j.comment, j.at, i.coding_id, i.document_id, i.start,
                      i."end", i.code_id, c.name AS code_name, d.title, d.region, k.coder
               FROM review_judgements j
               JOIN review_items i ON i.package_id = j.package_id AND i.fragment = j.fragment
               LEFT JOIN codes c ON c.id = i.code_id
               LEFT JOIN documents d ON d.id = i.document_id
               LEFT JOIN codings k ON k.id = i.coding_id
               ORDER BY d.region, d.title, i.start"""))
