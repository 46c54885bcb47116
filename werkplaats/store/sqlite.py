"""What is specific to SQLite: opening a project file, PRAGMAs, transactions, scripts, its errors.

A PostgreSQL backend would replace this module (and :mod:`.fts` and the
migrations); the table-family modules only talk to a
``sqlite_utils.Database``-like object and take their transactions from here.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Iterator

import sqlite_utils

from .errors import StoreError

APPLICATION_ID = 0x57504C31  # "WPL1": marks a SQLite file as a werkplaats project
BUSY_TIMEOUT_MS = 10_000

DatabaseError = sqlite3.DatabaseError
IntegrityError = sqlite3.IntegrityError  # a row that breaks a constraint (unknown segment, code, …)


def connect(path: Path) -> sqlite_utils.Database:
    """Open (or create) the file; the connection waits up to the busy timeout for other writers."""
    return sqlite_utils.Database(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000))


def configure(db: sqlite_utils.Database, path: Path, *, create: bool) -> None:
    """Busy timeout, WAL, foreign keys; refuse a file that is not a werkplaats project.

    :raises StoreError: for another SQLite file
    """
    conn = db.conn
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if not create and app_id != APPLICATION_ID:
        raise StoreError(f"'{path}' is geen werkplaats-project.")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    if create:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction (a savepoint when nested); rolled back on any error.

    The outer transaction starts with ``BEGIN IMMEDIATE``: it takes the write
    lock up front, so two processes writing the same project wait for each
    other (busy timeout) instead of failing on a lock upgrade.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def integrity_check(db: sqlite_utils.Database) -> str:
    """'ok', or what is wrong with the file."""
    return db.execute("PRAGMA integrity_check").fetchone()[0]


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
