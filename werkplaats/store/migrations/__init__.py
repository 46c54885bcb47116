"""Numbered schema migrations of the SQLite project file, recorded in ``PRAGMA user_version``.

Each step is its own module ``mNNN_name.py`` holding the frozen SQL it runs
(``SQL``) or, when SQL is not enough, a frozen ``up(db)`` function. A step
never imports anything from the live store (schema strings, table modules):
what shipped stays exactly what it was. Steps run in order, each in its own
transaction, and the version is bumped inside that transaction, so a crash
never leaves a half-migrated project. Never edit a step that has shipped:
add a new one at the end of :data:`STEPS`.
"""

from __future__ import annotations

from types import ModuleType

import sqlite_utils

from ..sqlite import run_script, set_user_version, user_version
from . import (m001_initial, m002_coding, m003_coder_code_index, m004_pseudonymisation, m005_review, m006_exchange,
               m007_segment_memos, m008_nlp, m009_decision_spans)

STEPS: list[ModuleType] = [
    m001_initial, m002_coding, m003_coder_code_index, m004_pseudonymisation, m005_review, m006_exchange,
    m007_segment_memos, m008_nlp, m009_decision_spans,
]

__all__ = ["STEPS", "current_version", "latest_version", "migrate", "run_script"]


def current_version(db: sqlite_utils.Database) -> int:
    return user_version(db)


def latest_version() -> int:
    return len(STEPS)


def step_name(step: ModuleType) -> str:
    return step.__name__.rsplit(".", 1)[-1]


def apply_step(db: sqlite_utils.Database, step: ModuleType) -> None:
    """Run one step's SQL (or its ``up`` function) in the current transaction."""
    if hasattr(step, "up"):
        step.up(db)
    else:
        run_script(db, step.SQL)


def migrate(db: sqlite_utils.Database, to: int | None = None) -> list[str]:
    """Apply every step newer than the file's version (up to version ``to``); return their names."""
    applied = []
    version = current_version(db)
    target = latest_version() if to is None else to
    for number, step in enumerate(STEPS[version:target], start=version + 1):
        with db.atomic():
            apply_step(db, step)
            set_user_version(db, number)
        applied.append(step_name(step))
    return applied
