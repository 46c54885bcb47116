"""Full-text search with SQLite FTS5: the segment index and the lemma index.

Both indexes are FTS5 tables with external content, kept in sync by the
triggers of migrations 1 and 8. This module is the only place that writes
FTS5 syntax (``MATCH``, ``snippet``, the ``rebuild`` command); a PostgreSQL
backend would use ``tsvector`` columns here instead.
"""

from __future__ import annotations

import sqlite3
from typing import TypedDict

from .errors import InvalidQuery


class SearchHit(TypedDict, total=False):
    """A segment found by a search, with its document, region and case, in document order."""

    document_id: int
    title: str
    filename: str
    region: str | None
    source_type: str
    case_name: str | None
    segment_id: int
    start: int
    end: int
    speaker: str | None
    timestamp: float | None
    kind: str
    text: str
    snippet: str  # segment search: the text with char(1)/char(2) around each match
    lemmas: str  # lemma search: the segment's lemmas and their offsets
    offsets: bytes


def _hits(db, fts_table: str, join: str, extra: str, query: str, limit: int | None) -> list[SearchHit]:
    sql = f"""
        SELECT d.id AS document_id, d.title, d.filename, d.region, d.source_type, c.name AS case_name,
               s.id AS segment_id, s.start, s."end", s.speaker, s.timestamp, s.kind, s.text, {extra}
        FROM {fts_table}
        {join}
        JOIN documents d ON d.id = s.document_id
        LEFT JOIN cases c ON c.id = d.case_id
        WHERE {fts_table} MATCH ?
        ORDER BY d.region, c.name, d.title, s.position
    """
    if limit:
        sql += f" LIMIT {int(limit)}"
    try:
        return list(db.query(sql, [query]))
    except sqlite3.OperationalError as exc:
        raise InvalidQuery(f"Ongeldige zoekvraag: {exc}") from None


def search_segments(db, query: str, limit: int | None = 100) -> list[SearchHit]:
    """Segments whose text matches an FTS5 query, with a snippet.

    :raises InvalidQuery: when the query is not valid FTS5 syntax
    """
    return _hits(db, "segments_fts", "JOIN segments s ON s.id = segments_fts.rowid",
                 "snippet(segments_fts, 0, char(1), char(2), '…', 16) AS snippet", query, limit)


def search_lemmas(db, query: str, limit: int | None = 100) -> list[SearchHit]:
    """Segments whose lemmas match an FTS5 query, with their lemmas and offsets.

    :raises InvalidQuery: when the query is not valid FTS5 syntax
    """
    return _hits(db, "nlp_segments_fts",
                 "JOIN nlp_segments n ON n.segment_id = nlp_segments_fts.rowid JOIN segments s ON s.id = n.segment_id",
                 "n.lemmas, n.offsets", query, limit)


def rebuild_lemma_index(db) -> None:
    """Rebuild the lemma index from ``nlp_segments`` (after all lemmas were removed)."""
    db.execute("INSERT INTO nlp_segments_fts(nlp_segments_fts) VALUES ('rebuild')")
