"""Sources (the imported files), documents (their text) and segments (structure with exact offsets).

Tables: ``sources``, ``documents``, ``segments`` (and the FTS index over
segments, kept in sync by triggers; searching lives in :mod:`.fts`). Stored
text never changes after import: structure, codings and pseudonyms are
layers over it.
"""

from __future__ import annotations

import bisect
import json
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypedDict

from ..model import ImportedDocument, word_count
from ..regions import canonical_municipality, region_of
from . import fts
from .base import Family, now
from .errors import NotFound
from .sql import chunks, in_list, where

if TYPE_CHECKING:
    from .fts import SearchHit


class SourceRow(TypedDict):
    id: int
    filename: str
    path: str
    sha256: str
    format: str
    size: int
    imported_at: str


class DocumentRow(TypedDict, total=False):
    """A document with its case name; ``text`` only from :meth:`Documents.get` or ``with_text=True``."""

    id: int
    source_id: int
    position: int
    title: str
    filename: str
    format: str
    source_type: str
    region: str | None
    municipality: str | None
    case_id: int | None
    case_name: str | None
    words: int
    imported_at: str
    metadata: dict
    text: str


class SegmentRow(TypedDict, total=False):
    """A segment: ``[start, end)`` of its document's text (``text`` left out when not asked for)."""

    id: int
    document_id: int
    position: int
    kind: str
    start: int
    end: int
    speaker: str | None
    timestamp: float | None
    level: int | None
    text: str


class Summary(TypedDict):
    documents: int
    segments: int
    words: int
    sources: int
    cases: int
    speakers: int
    per_region: dict[str, dict[str, int]]  # region → {"documents": n, "words": n}
    per_type: dict[str, dict[str, int]]
    per_case: dict[str, dict[str, int]]
    per_format: dict[str, int]
    speaker_turns: list[dict]  # [{"speaker": name, "turns": n}], most turns first


NO_GROUP = "(geen)"  # the group of documents without a region, type or case in a summary

_DOCUMENT_COLUMNS = """d.id, d.source_id, d.position, d.title, d.filename, d.format, d.source_type, d.region,
                       d.municipality, d.case_id, c.name AS case_name, d.words, d.imported_at, d.metadata"""
_SEGMENT_COLUMNS = 's.id, s.document_id, s.position, s.kind, s.start, s."end", s.speaker, s.timestamp, s.level'


def _document(row: dict) -> DocumentRow:
    row["metadata"] = json.loads(row["metadata"] or "{}")
    return row


class Documents(Family):
    """``project.documents``: sources, documents and segments."""

    # -- sources ---------------------------------------------------------------------------

    def add_source(self, *, filename: str, path: str, sha256: str, content: bytes, fmt: str) -> int:
        """Store an imported file (its bytes too); return its id. Call inside ``project.atomic()``."""
        return self.db["sources"].insert(
            {"filename": filename, "path": path, "sha256": sha256, "size": len(content), "format": fmt,
             "content": content, "imported_at": now()}
        ).last_pk

    def source_by_sha(self, sha256: str) -> SourceRow | None:
        rows = self.sources(sha256=sha256)
        return rows[0] if rows else None

    def sources(self, *, sha256: str | None = None, filename: str | None = None) -> list[SourceRow]:
        """Sources (without their bytes), in id order; optionally with one hash or file name."""
        clauses, params = [], []
        if sha256 is not None:
            clauses.append("sha256 = ?")
            params.append(sha256)
        if filename is not None:
            clauses.append("filename = ?")
            params.append(filename)
        return list(self.db.query("SELECT id, filename, path, sha256, format, size, imported_at FROM sources"
                                  + where(clauses) + " ORDER BY id", params))

    def source_content(self, source_id: int) -> bytes:
        row = self.db.execute("SELECT content FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise NotFound(f"Bron {source_id} bestaat niet in dit project.")
        return row[0]

    def next_position(self, source_id: int) -> int:
        """The first free position for another document of the same source."""
        return self.db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM documents WHERE source_id = ?",
                               [source_id]).fetchone()[0]

    def position_taken(self, source_id: int, position: int) -> bool:
        return bool(self.db.execute("SELECT 1 FROM documents WHERE source_id = ? AND position = ?",
                                    [source_id, position]).fetchone())

    # -- documents -------------------------------------------------------------------------

    def add(self, doc: ImportedDocument, *, source_id: int, filename: str, source_type: str,
            region: str | None = None, municipality: str | None = None, case: str | None = None,
            position: int = 0) -> int:
        """Store one imported document with its segments; return its id.

        Region is taken from the municipality when not given. Call inside
        ``project.atomic()`` together with :meth:`add_source`.
        """
        doc.check()
        cases = self.project.cases
        municipality = canonical_municipality(municipality)
        region = cases.ensure_region(region or region_of(municipality))
        case_name = case or doc.case
        case_id = cases.ensure(case_name, region, municipality) if case_name else None
        metadata = dict(doc.metadata)
        if case_id and doc.case_attributes:
            cases.set_attributes(case_id, doc.case_attributes)
        elif doc.case_attributes:  # no case to attach them to: keep them with the document
            metadata.update({k: v for k, v in doc.case_attributes.items() if v not in (None, "")})
        doc_id = self.db["documents"].insert(
            {"source_id": source_id, "position": position, "title": doc.title, "filename": filename,
             "format": doc.format, "source_type": source_type, "region": region, "municipality": municipality,
             "case_id": case_id, "imported_at": now(), "text": doc.text,
             "metadata": json.dumps(metadata, ensure_ascii=False, default=str), "words": word_count(doc.text)}
        ).last_pk
        self._insert_segments(doc_id, [(s.kind, s.start, s.end, s.speaker, s.timestamp, s.level, s.text)
                                       for s in doc.segments])
        return doc_id

    def _insert_segments(self, doc_id: int, segments: list[tuple]) -> None:
        self.db.conn.executemany(
            'INSERT INTO segments (document_id, position, kind, start, "end", speaker, timestamp, level, text)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, i, *s) for i, s in enumerate(segments)],
        )

    def list(self, *, regions: Iterable[str] | None = None, source_types: Iterable[str] | None = None,
             since: str | None = None, with_text: bool = False) -> list[DocumentRow]:
        """Documents (all, or those of some regions / source types / imported since a date).

        Ordered region → case → title, as the researcher sees them.
        """
        clauses, params = [], []
        for column, values in (("d.region", regions), ("d.source_type", source_types)):
            if values is not None:
                clause, values = in_list(column, values)
                clauses.append(clause)
                params += values
        if since:
            clauses.append("d.imported_at >= ?")
            params.append(since)
        sql = (f"SELECT {_DOCUMENT_COLUMNS}{', d.text' if with_text else ''}"
               " FROM documents d LEFT JOIN cases c ON c.id = d.case_id" + where(clauses)
               + " ORDER BY d.region IS NULL, d.region, c.name IS NULL, c.name, d.title, d.id")
        return [_document(r) for r in self.db.query(sql, params)]

    def get(self, doc_id: int) -> DocumentRow:
        """One document with its text and metadata.

        :raises NotFound: for an unknown id
        """
        rows = list(self.db.query(
            f"SELECT {_DOCUMENT_COLUMNS}, d.text FROM documents d LEFT JOIN cases c ON c.id = d.case_id"
            " WHERE d.id = ?", [doc_id]))
        if not rows:
            raise NotFound(f"Document {doc_id} bestaat niet in dit project.")
        return _document(rows[0])

    def texts(self, document_ids: Iterable[int] | None = None) -> dict[int, str]:
        """The texts of some documents (all with ``None``), each read once."""
        if document_ids is None:
            return dict(self.db.execute("SELECT id, text FROM documents ORDER BY id").fetchall())
        out: dict[int, str] = {}
        for part in chunks(document_ids):
            clause, params = in_list("id", part)
            out.update(self.db.execute(f"SELECT id, text FROM documents WHERE {clause}", params).fetchall())
        return out

    def lengths(self) -> dict[int, int]:
        """The length of every document's text."""
        return dict(self.db.execute("SELECT id, LENGTH(text) FROM documents").fetchall())

    def set_fields(self, doc_id: int, fields: dict) -> None:
        """Overwrite some of a document's own fields (never its text)."""
        assert "text" not in fields
        if fields:
            self.db["documents"].update(doc_id, fields)

    def latest_import(self) -> str | None:
        """When the most recent document was imported (``None``: no documents)."""
        return self.db.execute("SELECT MAX(imported_at) FROM documents").fetchone()[0]

    def source_types(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT source_type FROM documents ORDER BY 1")]

    # -- segments --------------------------------------------------------------------------

    def segments(self, doc_id: int) -> list[SegmentRow]:
        """One document's segments in order, with their text."""
        return list(self.db.query(f"SELECT {_SEGMENT_COLUMNS}, s.text FROM segments s WHERE s.document_id = ?"
                                  " ORDER BY s.position", [doc_id]))

    def segments_of(self, document_ids: Iterable[int] | None = None, *, with_text: bool = True) -> Iterator[SegmentRow]:
        """The segments of several documents (all with ``None``), by document id, each document's in order."""
        columns = _SEGMENT_COLUMNS + (", s.text" if with_text else "")
        if document_ids is None:
            yield from self.db.query(f"SELECT {columns} FROM segments s ORDER BY s.document_id, s.position")
            return
        for part in chunks(sorted(set(document_ids))):
            clause, params = in_list("s.document_id", part)
            yield from self.db.query(f"SELECT {columns} FROM segments s WHERE {clause}"
                                     " ORDER BY s.document_id, s.position", params)

    def replace_segments(self, doc_id: int, segments: list[tuple], text: str) -> None:
        """Replace a document's segments by ``(kind, start, end, speaker, timestamp, level)`` tuples."""
        self.db.execute("DELETE FROM segments WHERE document_id = ?", [doc_id])
        self._insert_segments(doc_id, [(k, s, e, sp, ts, lv, text[s:e]) for k, s, e, sp, ts, lv in segments])

    def segment(self, segment_id: int) -> SegmentRow:
        """One segment with its text.

        :raises NotFound: for an unknown id
        """
        rows = list(self.db.query(f"SELECT {_SEGMENT_COLUMNS}, s.text FROM segments s WHERE s.id = ?", [segment_id]))
        if not rows:
            raise NotFound(f"Segment {segment_id} bestaat niet in dit project.")
        return rows[0]

    def segment_at(self, document_id: int, start: int, end: int) -> int | None:
        """The id of the segment of ``document_id`` that overlaps ``[start, end)`` most."""
        row = self.db.execute(
            'SELECT id FROM segments WHERE document_id = ? AND start < ? AND "end" > ?'
            ' ORDER BY MIN("end", ?) - MAX(start, ?) DESC LIMIT 1',
            [document_id, end, start, end, start],
        ).fetchone()
        return row[0] if row else None

    def speaker_finder(self, document_ids: Iterable[int]) -> Callable[[int, int], str | None]:
        """A function ``(document_id, offset) -> speaker`` of the segment at that offset.

        Loads the segment starts of the given documents once; far faster than
        a query per fragment.
        """
        starts: dict[int, list[int]] = {}
        speakers: dict[int, list[str | None]] = {}
        for part in chunks(document_ids):
            clause, params = in_list("document_id", part)
            for doc_id, start, speaker in self.db.execute(
                    f"SELECT document_id, start, speaker FROM segments WHERE {clause} ORDER BY document_id, start",
                    params):
                starts.setdefault(doc_id, []).append(start)
                speakers.setdefault(doc_id, []).append(speaker)

        def speaker_at(document_id: int, offset: int) -> str | None:
            index = bisect.bisect_right(starts.get(document_id, []), offset) - 1
            return speakers[document_id][index] if index >= 0 else None

        return speaker_at

    def speakers(self, document_id: int | None = None) -> list[str]:
        """The distinct speakers (of one document, or of all)."""
        sql = "SELECT DISTINCT speaker FROM segments WHERE speaker IS NOT NULL" + (
            " AND document_id = ?" if document_id else "")
        return [r[0] for r in self.db.execute(sql, [document_id] if document_id else [])]

    def segment_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM segments").fetchone()[0]

    # -- search and summary ---------------------------------------------------------------

    def search(self, query: str, limit: int | None = 100) -> list["SearchHit"]:
        """Segments matching a full-text query (FTS5 syntax), in document order, with a snippet.

        :raises InvalidQuery: when the query is not valid syntax
        """
        return fts.search_segments(self.db, query, limit)

    def summary(self) -> Summary:
        """Counts for ``werkplaats info``: documents, segments, words, per region/type/case/format, speakers."""
        q = self.db.execute

        def grouped(sql: str) -> dict:
            return {k if k is not None else NO_GROUP: {"documents": n, "words": w or 0} for k, n, w in q(sql)}

        turns = [{"speaker": s, "turns": n} for s, n in q(
            "SELECT speaker, COUNT(*) FROM segments WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY 2 DESC, 1")]
        return Summary(
            documents=q("SELECT COUNT(*) FROM documents").fetchone()[0],
            segments=q("SELECT COUNT(*) FROM segments").fetchone()[0],
            words=q("SELECT COALESCE(SUM(words), 0) FROM documents").fetchone()[0],
            sources=q("SELECT COUNT(*) FROM sources").fetchone()[0],
            cases=q("SELECT COUNT(*) FROM cases").fetchone()[0],
            speakers=len(turns),
            per_region=grouped("SELECT region, COUNT(*), SUM(words) FROM documents GROUP BY region ORDER BY region"),
            per_type=grouped(
                "SELECT source_type, COUNT(*), SUM(words) FROM documents GROUP BY source_type ORDER BY source_type"),
            per_case=grouped("SELECT c.name, COUNT(*), SUM(d.words) FROM documents d LEFT JOIN cases c"
                             " ON c.id = d.case_id GROUP BY c.name ORDER BY c.name"),
            per_format=dict(q("SELECT format, COUNT(*) FROM documents GROUP BY format ORDER BY format").fetchall()),
            speaker_turns=turns,
        )
