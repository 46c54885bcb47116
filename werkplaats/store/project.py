"""The project file: one SQLite database, opened only through :class:`Project`.

All SQL of the package lives in ``werkplaats.store``. A project is a
``sqlite_utils.Database`` with WAL, foreign keys and a busy timeout, migrated
to the latest schema on open.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlite_utils

from ..model import ImportedDocument, word_count
from ..regions import REGIONS, canonical_municipality, canonical_region, region_of
from . import attributes as attrs
from .migrations import current_version, latest_version, migrate
from .sql import in_list
from .sqlite import APPLICATION_ID, BUSY_TIMEOUT_MS


class StoreError(Exception):
    """A problem with the project file; the message is Dutch and shown to users."""


def now() -> str:
    """The current time as an ISO 8601 string (UTC, seconds)."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


class Project:
    """A werkplaats project file.

    :param path: the ``.wpl`` file
    :param create: create the file if it does not exist (else it must exist)
    """

    def __init__(self, path: str | os.PathLike, create: bool = False) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"Projectbestand '{self.path}' bestaat niet. Maak het aan met 'werkplaats init'.")
        if create and self.path.exists() and self.path.stat().st_size > 0:
            raise StoreError(f"'{self.path}' bestaat al; kies een andere naam (bestaande bestanden worden nooit overschreven).")
        try:
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)
            self.db = sqlite_utils.Database(conn)
            self._configure(create)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"'{self.path}' is geen werkplaats-project of is beschadigd ({exc}).") from None

    def _configure(self, create: bool) -> None:
        conn = self.db.conn
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if not create and app_id != APPLICATION_ID:
            raise StoreError(f"'{self.path}' is geen werkplaats-project.")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        version = current_version(self.db)
        if version > latest_version():
            raise StoreError(
                f"'{self.path}' is gemaakt met een nieuwere versie van werkplaats (schema {version}); werk het programma bij."
            )
        if create:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(self.db)
        if create:
            self._seed()

    def _seed(self) -> None:
        with self.atomic():
            self.db["project"].insert_all(
                [{"key": "created_at", "value": now()}, {"key": "name", "value": self.path.stem}],
                replace=True,
            )
            for name, info in REGIONS.items():
                self.db["regions"].insert({"name": name, "short_name": info["short"]}, replace=True)
                for m in info["municipalities"]:
                    self.db["municipalities"].insert({"name": m, "region": name}, replace=True)
            for definition in attrs.DEFAULT_DEFINITIONS:
                self.db["attribute_definitions"].insert(attrs.definition_row(definition), replace=True)

    # -- basics -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike) -> "Project":
        """Create a new, empty project file."""
        return cls(path, create=True)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator["Project"]:
        """One write transaction (a savepoint when nested); rolled back on any error.

        The outer transaction starts with ``BEGIN IMMEDIATE``: it takes the
        write lock up front, so two processes writing the same project wait
        for each other (busy timeout) instead of failing on a lock upgrade.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
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

    def integrity_check(self) -> str:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]

    @property
    def schema_version(self) -> int:
        return current_version(self.db)

    # -- regions and cases --------------------------------------------------

    def ensure_region(self, name: str | None) -> str | None:
        """Return the canonical region, adding an unknown one to the project."""
        region = canonical_region(name)
        if region and not self.db.execute("SELECT 1 FROM regions WHERE name = ?", [region]).fetchone():
            self.db["regions"].insert({"name": region, "short_name": region})
        return region

    def ensure_case(self, name: str, region: str | None = None, municipality: str | None = None) -> int:
        """Return the id of case ``name``, creating it (and filling gaps) as needed."""
        row = self.db.execute("SELECT id, region, municipality FROM cases WHERE name = ?", [name]).fetchone()
        if row:
            case_id, old_region, old_municipality = row
            updates = {}
            if region and not old_region:
                updates["region"] = region
            if municipality and not old_municipality:
                updates["municipality"] = municipality
            if updates:
                self.db["cases"].update(case_id, updates)
            return case_id
        return self.db["cases"].insert(
            {"name": name, "region": region, "municipality": municipality, "created_at": now()}
        ).last_pk

    def set_case_attributes(self, case_id: int, values: dict[str, Any]) -> None:
        """Set typed attributes on a case, defining unknown attributes on the fly.

        :raises attrs.AttributeValueError: (Dutch message) for a value that
            does not fit the attribute's type
        """
        for name, raw in values.items():
            if raw is None or str(raw).strip() == "":
                continue
            definition = self.attribute_definition(name)
            if definition is None:
                definition = attrs.infer_definition(name, [raw])
                self.db["attribute_definitions"].insert(attrs.definition_row(definition))
            value, number = attrs.coerce(definition, raw)
            self.db["case_attributes"].insert(
                {"case_id": case_id, "name": name, "value": value, "number": number}, replace=True
            )

    def attribute_definition(self, name: str) -> attrs.Definition | None:
        row = self.db.execute(
            "SELECT name, type, description, levels FROM attribute_definitions WHERE name = ?", [name]
        ).fetchone()
        if not row:
            return None
        return attrs.Definition(row[0], row[1], row[2], json.loads(row[3]) if row[3] else None)

    def define_attribute(self, definition: attrs.Definition) -> None:
        self.db["attribute_definitions"].insert(attrs.definition_row(definition), replace=True)

    def define_attribute_spec(self, spec: Any) -> None:
        """Define an attribute from a codebook's ``AttributeSpec`` (select → text, integer → number)."""
        kind = attrs.CODEBOOK_TYPES.get(spec.type, "text")
        values = [v for v in (spec.values or []) if v != "onbekend"] if kind == "ordinal" else None
        row = attrs.definition_row(attrs.Definition(spec.name, kind, spec.description or None, values or None))
        row["spec"] = json.dumps(
            {"name": spec.name, "type": spec.type, "description": spec.description, "values": list(spec.values or []),
             "extra": spec.extra or {}}, ensure_ascii=False, default=str)
        self.db["attribute_definitions"].upsert(row, pk="name")

    def attribute_specs(self) -> list[dict]:
        """The codebook attribute specs stored with :meth:`define_attribute_spec`, in order."""
        return [json.loads(r[0]) for r in self.db.execute(
            "SELECT spec FROM attribute_definitions WHERE spec IS NOT NULL ORDER BY rowid")]

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM project WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)", [key, value])

    def case_attributes(self, case_id: int) -> dict[str, str]:
        rows = self.db.execute(
            "SELECT name, value FROM case_attributes WHERE case_id = ? ORDER BY name", [case_id]
        ).fetchall()
        return dict(rows)

    def cases(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM cases ORDER BY region, name"))

    # -- sources and documents ----------------------------------------------

    def source_by_sha(self, sha256: str) -> dict | None:
        rows = list(self.db.query("SELECT id, filename, path FROM sources WHERE sha256 = ?", [sha256]))
        return rows[0] if rows else None

    def sources_named(self, filename: str) -> list[dict]:
        return list(self.db.query("SELECT id, filename, path, sha256 FROM sources WHERE filename = ?", [filename]))

    def add_source(self, *, filename: str, path: str, sha256: str, content: bytes, fmt: str) -> int:
        return self.db["sources"].insert(
            {
                "filename": filename,
                "path": path,
                "sha256": sha256,
                "size": len(content),
                "format": fmt,
                "content": content,
                "imported_at": now(),
            }
        ).last_pk

    def add_document(
        self,
        doc: ImportedDocument,
        *,
        source_id: int,
        filename: str,
        source_type: str,
        region: str | None = None,
        municipality: str | None = None,
        case: str | None = None,
        position: int = 0,
    ) -> int:
        """Store one imported document with its segments; return its id.

        Region is taken from the municipality when not given. Call inside
        :meth:`atomic` together with :meth:`add_source`.
        """
        doc.check()
        municipality = canonical_municipality(municipality)
        region = self.ensure_region(region or region_of(municipality))
        case_name = case or doc.case
        case_id = self.ensure_case(case_name, region, municipality) if case_name else None
        metadata = dict(doc.metadata)
        if case_id and doc.case_attributes:
            self.set_case_attributes(case_id, doc.case_attributes)
        elif doc.case_attributes:  # no case to attach them to: keep them with the document
            metadata.update({k: v for k, v in doc.case_attributes.items() if v not in (None, "")})
        doc_id = self.db["documents"].insert(
            {
                "source_id": source_id,
                "position": position,
                "title": doc.title,
                "filename": filename,
                "format": doc.format,
                "source_type": source_type,
                "region": region,
                "municipality": municipality,
                "case_id": case_id,
                "imported_at": now(),
                "text": doc.text,
                "metadata": json.dumps(metadata, ensure_ascii=False, default=str),
                "words": word_count(doc.text),
            }
        ).last_pk
        self.db.conn.executemany(
            'INSERT INTO segments (document_id, position, kind, start, "end", speaker, timestamp, level, text)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (doc_id, i, s.kind, s.start, s.end, s.speaker, s.timestamp, s.level, s.text)
                for i, s in enumerate(doc.segments)
            ],
        )
        return doc_id

    def documents(self) -> list[dict]:
        """All documents (without text), ordered region → case → title."""
        return list(
            self.db.query(
                """SELECT d.id, d.title, d.filename, d.format, d.source_type, d.region, d.municipality,
                          c.name AS casus, d.words, d.imported_at, d.metadata
                   FROM documents d LEFT JOIN cases c ON c.id = d.case_id
                   ORDER BY d.region IS NULL, d.region, c.name IS NULL, c.name, d.title, d.id"""
            )
        )

    def document(self, doc_id: int) -> dict:
        rows = list(
            self.db.query(
                "SELECT d.*, c.name AS casus FROM documents d LEFT JOIN cases c ON c.id = d.case_id WHERE d.id = ?",
                [doc_id],
            )
        )
        if not rows:
            raise StoreError(f"Document {doc_id} bestaat niet in dit project.")
        row = rows[0]
        row["metadata"] = json.loads(row["metadata"])
        return row

    def segments(self, doc_id: int) -> list[dict]:
        return list(
            self.db.query(
                'SELECT id, position, kind, start, "end", speaker, timestamp, level, text'
                " FROM segments WHERE document_id = ? ORDER BY position",
                [doc_id],
            )
        )

    def speaker_finder(self, document_ids: Iterable[int]):
        """A function ``(document_id, offset) -> speaker`` of the segment at that offset.

        Loads the segment starts of the given documents once; far faster than
        a subquery per fragment.
        """
        ids = list(document_ids)
        starts: dict[int, list[int]] = {}
        speakers: dict[int, list[str | None]] = {}
        if ids:
            clause, params = in_list("document_id", ids)
            for doc_id, start, speaker in self.db.execute(
                f"SELECT document_id, start, speaker FROM segments WHERE {clause} ORDER BY document_id, start", params
            ):
                starts.setdefault(doc_id, []).append(start)
                speakers.setdefault(doc_id, []).append(speaker)

        def speaker_at(document_id: int, offset: int) -> str | None:
            index = bisect.bisect_right(starts.get(document_id, []), offset) - 1
            return speakers[document_id][index] if index >= 0 else None

        return speaker_at

    def segments_of(self, document_ids: Iterable[int]) -> Iterator[dict]:
        """The segments of several documents, document by document, in order."""
        columns = ("document_id", "position", "kind", "start", "end", "speaker", "timestamp", "level", "text")
        for doc_id in document_ids:
            for row in self.db.execute(
                'SELECT document_id, position, kind, start, "end", speaker, timestamp, level, text'
                " FROM segments WHERE document_id = ? ORDER BY position",
                [doc_id],
            ):
                yield dict(zip(columns, row))

    def source_content(self, source_id: int) -> bytes:
        return self.db.execute("SELECT content FROM sources WHERE id = ?", [source_id]).fetchone()[0]

    # -- reporting ----------------------------------------------------------

    def info(self) -> dict:
        """Counts for ``werkplaats info``: documents, segments, words, per region/type/case."""
        q = self.db.execute

        def grouped(sql: str) -> dict:
            return {k if k is not None else "(geen)": {"documenten": n, "woorden": w or 0} for k, n, w in q(sql)}

        speakers = [
            {"spreker": s, "beurten": n}
            for s, n in q(
                "SELECT speaker, COUNT(*) FROM segments WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY 2 DESC, 1"
            )
        ]
        return {
            "project": str(self.path),
            "schema": self.schema_version,
            "documents": q("SELECT COUNT(*) FROM documents").fetchone()[0],
            "segments": q("SELECT COUNT(*) FROM segments").fetchone()[0],
            "words": q("SELECT COALESCE(SUM(words), 0) FROM documents").fetchone()[0],
            "sources": q("SELECT COUNT(*) FROM sources").fetchone()[0],
            "cases": q("SELECT COUNT(*) FROM cases").fetchone()[0],
            "speakers": len(speakers),
            "per_regio": grouped("SELECT region, COUNT(*), SUM(words) FROM documents GROUP BY region ORDER BY region"),
            "per_type": grouped(
                "SELECT source_type, COUNT(*), SUM(words) FROM documents GROUP BY source_type ORDER BY source_type"
            ),
            "per_casus": grouped(
                "SELECT c.name, COUNT(*), SUM(d.words) FROM documents d LEFT JOIN cases c ON c.id = d.case_id"
                " GROUP BY c.name ORDER BY c.name"
            ),
            "per_formaat": {f: n for f, n in q("SELECT format, COUNT(*) FROM documents GROUP BY format ORDER BY format")},
            "sprekers": speakers,
        }

    def search(self, fts_query: str, limit: int | None = 100) -> list[dict]:
        """Full-text search over segments (an FTS5 query); hits in document order.

        :raises StoreError: when the query is not valid FTS5 syntax
        """
        return self.fts_segments(
            "segments_fts", "JOIN segments s ON s.id = segments_fts.rowid",
            "snippet(segments_fts, 0, char(1), char(2), '…', 16) AS snippet", fts_query, limit,
        )

    def fts_segments(self, fts_table: str, join: str, extra: str, fts_query: str, limit: int | None) -> list[dict]:
        """Segments found through an FTS5 table, with document, region and case, in document order.

        :param fts_table: the FTS5 table to MATCH (``segments_fts`` or the lemma index)
        :param join: the SQL that joins it to ``segments s``
        :param extra: extra columns to select
        :raises StoreError: when the query is not valid FTS5 syntax
        """
        sql = f"""
            SELECT d.id AS document_id, d.title, d.filename, d.region, d.source_type, c.name AS casus,
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
            return list(self.db.query(sql, [fts_query]))
        except sqlite3.OperationalError as exc:
            raise StoreError(f"Ongeldige zoekvraag: {exc}") from None
