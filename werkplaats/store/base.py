"""What every table family shares: its project, the clock and coder names."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .errors import NoCoder

if TYPE_CHECKING:
    import sqlite_utils

    from .project import Project


def now() -> str:
    """The current time as an ISO 8601 string (UTC, seconds)."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def coder_name(coder: str | None) -> str:
    """A coder's name, stripped; raises :class:`NoCoder` for an empty one."""
    if not coder or not str(coder).strip():
        raise NoCoder()
    return str(coder).strip()


class Family:
    """One family of tables of a project (``project.codings``, ``project.memos``, …).

    A family is the only code that writes its tables; it may read others.
    """

    def __init__(self, project: "Project") -> None:
        self.project = project

    @property
    def db(self) -> "sqlite_utils.Database":
        return self.project.db
