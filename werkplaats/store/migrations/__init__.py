"""Numbered schema migrations of the SQLite project file, recorded in ``PRAGMA user_version``.

Each step is its own module ``mNNN_name.py`` holding the frozen SQL it runs
(``SQL``) or, when SQL is not enough, a frozen ``up(db)`` function. A step
never imports anything from the live store (schema strings, table modules):
what shipped stays exactly what it was. Steps run in order, each in its own
transaction, and the version is bumped inside that transaction, so a crash
never leaves a half-migrated project. Never edit a step that has shipped:
add a new one at the end of :data:`STEP_NAMES`. A step's module is imported
only when a file needs it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

import sqlite_utils

from ..sqlite import run_script, set_user_version, user_version

STEP_NAMES = [
    "m001_initial", "m002_coding", "m003_coder_code_index", "m004_pseudonymisation", "m005_review", "m006_exchange",
    "m007_segment_memos", "m008_nlp", "m009_decision_spans",
]

__all__ = ["STEP_NAMES", "current_version", "latest_version", "migrate", "run_script", "step"]


def current_version(db: sqlite_utils.Database) -> int:
    return user_version(db)


def latest_version() -> int:
    return len(STEP_NAMES)


def step(number: int) -> ModuleType:
    """The module of step ``number`` (1-based)."""
    return importlib.import_module(f".{STEP_NAMES[number - 1]}", __name__)


def apply_step(db: sqlite_utils.Database, module: ModuleType) -> None:
    """Run one step's SQL (or its ``up`` function) in the current transaction."""
    if hasattr(module, "up"):
        module.up(db)
    else:
        run_script(db, module.SQL)


def migrate(db: sqlite_utils.Database, to: int | None = None) -> list[str]:
    """Apply every step newer than the file's version (up to version ``to``); return their names."""
    applied = []
    version = current_version(db)
    target = latest_version() if to is None else to
    for number in range(version + 1, target + 1):
        with db.atomic():
            apply_step(db, step(number))
            set_user_version(db, number)
        applied.append(STEP_NAMES[number - 1])
    return applied
