"""What is specific to SQLite: opening a project file, PRAGMAs, transactions, scripts.

A PostgreSQL backend would replace this module (and :mod:`.fts` and the
migrations); the table-family modules only use portable SQL through a
``sqlite_utils.Database``-like object.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

APPLICATION_ID = 0x57504C31  # "WPL1": marks a SQLite file as a werkplaats project
BUSY_TIMEOUT_MS = 10_000


def user_version(db: sqlite_utils.Database) -> int:
    """The schema version recorded in the file (``PRAGMA user_version``)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def set_user_version(db: sqlite_utils.Database, version: int) -> None:
    db.execute(f"PRAGMA user_version = {int(version)}")


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
