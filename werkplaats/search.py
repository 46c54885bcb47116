"""Full-text search: turn what a researcher types into an FTS5 query."""

from __future__ import annotations

import re

from .store import Project

FTS_SYNTAX = re.compile(r'["*()]|\b(AND|OR|NOT|NEAR)\b')
WORD = re.compile(r"[\w'’-]+", re.UNICODE)

HIGHLIGHT_START = "\x01"
HIGHLIGHT_END = "\x02"


def to_fts(query: str, prefix: bool = True) -> str:
    """Make an FTS5 query from user input.

    Plain words must all occur; with ``prefix`` each word also matches longer
    words (``schuld`` finds ``schuldhulpverlening``: Dutch compounds). Input
    that already uses FTS5 syntax (quotes for phrases, ``*``, ``OR``,
    ``NOT``, ``NEAR``) is passed on as it is.

    :raises ValueError: for an empty query (Dutch message)
    """
    query = query.strip()
    if not query:
        raise ValueError("lege zoekvraag")
    if FTS_SYNTAX.search(query):
        return query
    words = WORD.findall(query)
    if not words:
        raise ValueError("de zoekvraag bevat geen woorden")
    suffix = "*" if prefix else ""
    return " ".join(f'"{w}"{suffix}' for w in words)


def search(project: Project, query: str, prefix: bool = True, limit: int | None = 100) -> list[dict]:
    """Hits for ``query`` in document order, each with a highlighted snippet."""
    return project.documents.search(to_fts(query, prefix), limit=limit)
