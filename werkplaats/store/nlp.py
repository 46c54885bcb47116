"""SpaCy-assisted coding: cached lemmas, coders' decisions on suggestions and the trained model.

Tables (migrations 8 and 9):

- ``nlp_segments``: per segment the lower-case lemmas of its word tokens
  (one space between them), their character offsets in the segment and the
  word index where each sentence starts; an FTS index over the lemmas is
  kept in sync by triggers (searching: :mod:`.fts`). Changing a segment's
  text drops its lemmas (trigger), so they are made again.
- ``nlp_decisions``: suggestions a coder rejected (``rejected``, with a code)
  and segments a coder reviewed as having no code (``no_code``). They are the
  negatives for training.
- ``nlp_models``: the trained suggester as a BLOB, so it travels with the
  project file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, TypedDict

from . import fts, sqlite
from .base import Family, coder_name, now
from .errors import StoreError
from .sql import in_list, where

if TYPE_CHECKING:
    from .fts import SearchHit


class AnnotatedSegment(TypedDict):
    segment_id: int
    document_id: int
    position: int
    start: int
    end: int
    speaker: str | None
    kind: str
    text: str
    lemmas: str
    offsets: bytes
    sents: bytes
    title: str
    filename: str


class DecisionRow(TypedDict):
    id: int
    segment_id: int
    code_id: str | None  # None: reviewed as having no code
    coder: str
    decision: str  # 'rejected' or 'no_code'
    at: str
    start: int | None  # the part of the segment a rejection was for (None: all of it)
    end: int | None


class CodedSpan(TypedDict):
    document_id: int
    start: int
    end: int
    code_id: str


class ModelRow(TypedDict, total=False):
    name: str
    kind: str
    trained_at: str
    decisions: int
    meta: str  # JSON
    data: bytes  # only from load_model
    bytes: int  # only from model_info


# A coding counts for a segment when it covers at least 20 characters of it,
# or half of a shorter segment.
_OVERLAP = 'MIN(s."end", k."end") - MAX(s.start, k.start) >= MIN(20, (s."end" - s.start + 1) / 2)'

_SEGMENT_COLUMNS = """s.id AS segment_id, s.document_id, s.position, s.start, s."end", s.speaker, s.kind, s.text,
                      n.lemmas, n.offsets, n.sents, d.title, d.filename"""


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether a coding ``b`` counts for the stretch of text ``a``: the same rule as :data:`_OVERLAP`
    (at least 20 characters of it, or half of a shorter stretch)."""
    return min(a_end, b_end) - max(a_start, b_start) >= min(20, (a_end - a_start + 1) // 2)


def _id_list(column: str, ids: Iterable[int]) -> str:
    return f"{column} IN ({', '.join(str(int(i)) for i in ids) or 'NULL'})"


def _coding_filters(coders: Iterable[str] | None, document_ids: Iterable[int] | None,
                    prefix: str = "") -> tuple[list[str], list]:
    """WHERE clauses and parameters for codings of some coders and/or documents (``prefix``: table alias)."""
    clauses, params = [], []
    if coders is not None:
        clause, params = in_list(f"{prefix}coder", coders)
        clauses.append(clause)
    if document_ids is not None:
        clauses.append(_id_list(f"{prefix}document_id", document_ids))
    return clauses, params


class Nlp(Family):
    """``project.nlp``: lemmas, decisions and the suggestion model."""

    # -- lemmas -----------------------------------------------------------------------------

    def annotation_counts(self) -> tuple[int, int]:
        """``(annotated segments, all segments)``."""
        done = self.db.execute("SELECT COUNT(*) FROM nlp_segments").fetchone()[0]
        return done, self.project.documents.segment_count()

    def unannotated_segments(self, batch: int = 5000) -> Iterator[list[tuple[int, str]]]:
        """Batches of ``(segment_id, text)`` without lemmas, in id order.

        Reads ahead by id, so rows written between batches do not disturb it.
        """
        last = 0
        while True:
            rows = self.db.execute(
                "SELECT s.id, s.text FROM segments s LEFT JOIN nlp_segments n ON n.segment_id = s.id"
                " WHERE n.segment_id IS NULL AND s.id > ? ORDER BY s.id LIMIT ?",
                [last, batch],
            ).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][0]

    def store_annotations(self, rows: Iterable[tuple[int, str, bytes, bytes]]) -> int:
        """Store ``(segment_id, lemmas, offsets, sents)`` rows (replacing old ones); return the count."""
        rows = list(rows)
        with self.project.atomic():
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO nlp_segments (segment_id, lemmas, offsets, sents) VALUES (?, ?, ?, ?)", rows
            )
        return len(rows)

    def clear_annotations(self) -> None:
        """Forget all lemmas (before annotating again with another pipeline)."""
        with self.project.atomic():
            self.db.execute("DELETE FROM nlp_segments")
            fts.rebuild_lemma_index(self.db)

    def lemma_search(self, query: str, limit: int | None = 100) -> list["SearchHit"]:
        """Segments whose lemmas match a full-text query; the keys of a search hit plus lemma data."""
        return fts.search_lemmas(self.db, query, limit)

    def annotated_segments(self, document_id: int | None = None, segment_id: int | None = None,
                           segment_ids: Iterable[int] | None = None) -> list[AnnotatedSegment]:
        """Annotated segments (all, of one document, one segment or some), in document order."""
        clauses, params = [], []
        if document_id is not None:
            clauses.append("s.document_id = ?")
            params.append(document_id)
        if segment_id is not None:
            clauses.append("s.id = ?")
            params.append(segment_id)
        if segment_ids is not None:
            ids = [int(i) for i in segment_ids]
            if not ids:
                return []
            clauses.append(_id_list("s.id", ids))
        return list(self.db.query(
            f"SELECT {_SEGMENT_COLUMNS} FROM segments s JOIN nlp_segments n ON n.segment_id = s.id"
            " JOIN documents d ON d.id = s.document_id" + where(clauses) + " ORDER BY s.document_id, s.position",
            params))

    # -- what the coders coded ---------------------------------------------------------------

    def segment_codes(self, coders: Iterable[str] | None = None,
                      document_ids: Iterable[int] | None = None) -> list[tuple[int, str]]:
        """Distinct ``(segment_id, code_id)`` pairs: segments covered by a coding (see :func:`overlaps`)."""
        clauses, params = _coding_filters(coders, document_ids, "k.")
        sql = ("SELECT DISTINCT s.id, k.code_id FROM codings k"
               " JOIN segments s ON s.document_id = k.document_id AND s.start < k.\"end\" AND k.start < s.\"end\""
               f" WHERE {_OVERLAP}" + "".join(f" AND {c}" for c in clauses))
        return [tuple(r) for r in self.db.execute(sql, params)]

    def codings_in(self, coders: Iterable[str] | None = None,
                   document_ids: Iterable[int] | None = None) -> list[CodedSpan]:
        """Distinct coded spans (of some coders / documents), in document order."""
        clauses, params = _coding_filters(coders, document_ids)
        return list(self.db.query(
            'SELECT DISTINCT document_id, start, "end", code_id FROM codings' + where(clauses)
            + " ORDER BY document_id, start", params))

    # -- what the coders decided ---------------------------------------------------------------

    def decisions(self, coders: Iterable[str] | None = None,
                  segment_ids: Iterable[int] | None = None) -> list[DecisionRow]:
        """Rejections and no-code reviews (optionally of some coders / segments), in order."""
        clauses, params = [], []
        if coders is not None:
            clause, params = in_list("coder", coders)
            clauses.append(clause)
        if segment_ids is not None:
            clauses.append(_id_list("segment_id", segment_ids))
        return list(self.db.query("SELECT * FROM nlp_decisions" + where(clauses) + " ORDER BY id", params))

    def no_code_segments(self, coders: Iterable[str] | None = None) -> set[int]:
        """Segments reviewed as "geen code" (by some coders)."""
        return {d["segment_id"] for d in self.decisions(coders) if not d["code_id"]}

    def find_decision(self, segment_id: int, code_id: str | None, coder: str) -> int | None:
        """The id of ``coder``'s rejection of ``code_id`` (``None``: "geen code") for the segment, if any."""
        row = self.db.execute(
            "SELECT id FROM nlp_decisions WHERE segment_id = ? AND COALESCE(code_id, '') = ? AND coder = ?",
            [segment_id, code_id or "", coder],
        ).fetchone()
        return row[0] if row else None

    def add_decision(self, segment_id: int, code_id: str | None, *, coder: str,
                     start: int | None = None, end: int | None = None) -> int:
        """Record a rejection (``code_id``) or a no-code review (``None``); return its id (existing one if repeated).

        ``start``/``end`` (document offsets) name the part of the segment a rejected
        suggestion was for; without them it holds for the whole segment. Rejecting
        the same code twice in one segment keeps one decision, for the whole
        segment. The decision is one action in the coder's journal, so the TUI's
        global undo takes it back too.
        """
        coder = coder_name(coder)
        decision = "rejected" if code_id else "no_code"
        if not code_id:
            start = end = None
        existing = self.db.execute(
            'SELECT id, start, "end" FROM nlp_decisions WHERE segment_id = ? AND COALESCE(code_id, \'\') = ? AND coder = ?',
            [segment_id, code_id or "", coder],
        ).fetchone()
        journal = self.project.journal
        if existing:
            if existing[1] is not None and (existing[1], existing[2]) != (start, end):
                with journal.action(f"suggestie '{code_id}' afgewezen", coder=coder) as rec:
                    rec.update("nlp_decisions", existing[0], {"start": None, "end": None})
            return existing[0]
        label = f"suggestie '{code_id}' afgewezen" if code_id else "segment zonder code"
        try:
            with journal.action(label, coder=coder) as rec:
                return rec.insert("nlp_decisions", {"segment_id": segment_id, "code_id": code_id, "coder": coder,
                                                    "decision": decision, "at": now(), "start": start, "end": end})
        except sqlite.IntegrityError:
            raise StoreError(f"Segment {segment_id} of code '{code_id}' bestaat niet.") from None

    def remove_decision(self, decision_id: int) -> bool:
        """Undo a decision (journaled as its coder's action); ``False`` if it was already gone."""
        row = self.db.execute("SELECT coder FROM nlp_decisions WHERE id = ?", [decision_id]).fetchone()
        if not row:
            return False
        with self.project.journal.action("afwijzing teruggenomen", coder=row[0]) as rec:
            rec.delete("nlp_decisions", decision_id)
        return True

    def decision_count(self) -> int:
        """Codings plus recorded decisions: grows with every accept and reject."""
        return (self.project.codings.count()
                + self.db.execute("SELECT COUNT(*) FROM nlp_decisions").fetchone()[0])

    # -- the model ------------------------------------------------------------------------------

    def save_model(self, name: str, kind: str, data: bytes, meta: str, decisions: int) -> None:
        with self.project.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO nlp_models (name, kind, trained_at, decisions, meta, data)"
                " VALUES (?, ?, ?, ?, ?, ?)", [name, kind, now(), decisions, meta, data])

    def load_model(self, name: str) -> ModelRow | None:
        rows = list(self.db.query("SELECT * FROM nlp_models WHERE name = ?", [name]))
        return rows[0] if rows else None

    def model_info(self, name: str) -> ModelRow | None:
        """The model's row without its data (``bytes``: its size)."""
        rows = list(self.db.query(
            "SELECT name, kind, trained_at, decisions, meta, LENGTH(data) AS bytes FROM nlp_models WHERE name = ?",
            [name]))
        return rows[0] if rows else None

    def delete_model(self, name: str) -> None:
        with self.project.atomic():
            self.db.execute("DELETE FROM nlp_models WHERE name = ?", [name])
