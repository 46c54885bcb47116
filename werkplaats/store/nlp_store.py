"""SQL for spaCy-assisted coding: cached lemmas, a lemma index, decisions and the trained model.

Tables (created by migrations 8 and 9):

- ``nlp_segments``: per segment the lower-case lemmas of its word tokens
  (one space between them), their character offsets in the segment and the
  word index where each sentence starts; ``nlp_segments_fts`` indexes the
  lemmas (FTS5, external content, kept in sync by triggers). Changing a
  segment's text drops its lemmas (trigger), so they are made again.
- ``nlp_decisions``: suggestions a coder rejected (``rejected``, with a code)
  and segments a coder reviewed as having no code (``no_code``). They are the
  negatives for training.
- ``nlp_models``: the trained suggester as a BLOB, so it travels with the
  project file.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Iterable, Iterator

from .project import StoreError, now
from .sql import in_list

if TYPE_CHECKING:
    from .project import Project


TABLES = ("nlp_segments", "nlp_segments_fts", "nlp_decisions", "nlp_models")




# -- lemmas ----------------------------------------------------------------------


def annotation_counts(project: "Project") -> tuple[int, int]:
    """``(annotated segments, all segments)``."""
    done = project.db.execute("SELECT COUNT(*) FROM nlp_segments").fetchone()[0]
    total = project.db.execute("SELECT COUNT(*) FROM segments").fetchone()[0]
    return done, total


def unannotated_segments(project: "Project", batch: int = 5000) -> Iterator[list[tuple[int, str]]]:
    """Batches of ``(segment_id, text)`` without lemmas, in id order.

    Reads ahead by id, so rows written between batches do not disturb it.
    """
    last = 0
    while True:
        rows = project.db.execute(
            "SELECT s.id, s.text FROM segments s LEFT JOIN nlp_segments n ON n.segment_id = s.id"
            " WHERE n.segment_id IS NULL AND s.id > ? ORDER BY s.id LIMIT ?",
            [last, batch],
        ).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def store_annotations(project: "Project", rows: Iterable[tuple[int, str, bytes, bytes]]) -> int:
    """Store ``(segment_id, lemmas, offsets, sents)`` rows (replacing old ones); return the count."""
    rows = list(rows)
    with project.atomic():
        project.db.conn.executemany(
            "INSERT OR REPLACE INTO nlp_segments (segment_id, lemmas, offsets, sents) VALUES (?, ?, ?, ?)", rows
        )
    return len(rows)


def clear_annotations(project: "Project") -> None:
    """Forget all lemmas (before annotating again with another pipeline)."""
    with project.atomic():
        project.db.execute("DELETE FROM nlp_segments")
        project.db.execute("INSERT INTO nlp_segments_fts(nlp_segments_fts) VALUES ('rebuild')")


def lemma_search(project: "Project", fts_query: str, limit: int | None = 100) -> list[dict]:
    """Segments whose lemmas match an FTS5 query; the keys of ``Project.search`` plus lemma data."""
    return project.fts_segments(
        "nlp_segments_fts",
        "JOIN nlp_segments n ON n.segment_id = nlp_segments_fts.rowid JOIN segments s ON s.id = n.segment_id",
        "n.lemmas, n.offsets", fts_query, limit,
    )


SEGMENT_COLUMNS = """s.id AS segment_id, s.document_id, s.position, s.start, s."end", s.speaker, s.kind, s.text,
                     n.lemmas, n.offsets, n.sents, d.title, d.filename"""


def annotated_segments(project: "Project", document_id: int | None = None, segment_id: int | None = None,
                       segment_ids: Iterable[int] | None = None) -> list[dict]:
    """Annotated segments (all, of one document, one segment or some), in document order."""
    where, params = [], []
    if document_id is not None:
        where.append("s.document_id = ?")
        params.append(document_id)
    if segment_id is not None:
        where.append("s.id = ?")
        params.append(segment_id)
    if segment_ids is not None:
        ids = [int(i) for i in segment_ids]
        if not ids:
            return []
        where.append(f"s.id IN ({', '.join(str(i) for i in ids)})")
    sql = (f"SELECT {SEGMENT_COLUMNS} FROM segments s JOIN nlp_segments n ON n.segment_id = s.id"
           " JOIN documents d ON d.id = s.document_id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY s.document_id, s.position")
    return list(project.db.query(sql, params))


def segment_of(project: "Project", segment_id: int) -> dict:
    rows = list(project.db.query(
        'SELECT s.id AS segment_id, s.document_id, s.start, s."end", s.text FROM segments s WHERE s.id = ?',
        [segment_id]))
    if not rows:
        raise StoreError(f"Segment {segment_id} bestaat niet in dit project.")
    return rows[0]


def segment_at(project: "Project", document_id: int, start: int, end: int) -> int | None:
    """The id of the segment of ``document_id`` that overlaps ``[start, end)`` most."""
    row = project.db.execute(
        'SELECT id FROM segments WHERE document_id = ? AND start < ? AND "end" > ?'
        ' ORDER BY MIN("end", ?) - MAX(start, ?) DESC LIMIT 1',
        [document_id, end, start, end, start],
    ).fetchone()
    return row[0] if row else None


# -- what the coder decided ----------------------------------------------------------

# A coding counts for a segment when it covers at least 20 characters of it,
# or half of a shorter segment.
_OVERLAP = 'MIN(s."end", k."end") - MAX(s.start, k.start) >= MIN(20, (s."end" - s.start + 1) / 2)'


def _coding_filters(coders: Iterable[str] | None, document_ids: Iterable[int] | None,
                    prefix: str = "") -> tuple[list[str], list]:
    """WHERE clauses and parameters for codings of some coders and/or documents (``prefix``: table alias)."""
    where, params = [], []
    if coders is not None:
        clause, params = in_list(f"{prefix}coder", coders)
        where.append(clause)
    if document_ids is not None:
        where.append(f"{prefix}document_id IN ({', '.join(str(int(i)) for i in document_ids) or 'NULL'})")
    return where, params


def segment_codes(project: "Project", coders: Iterable[str] | None = None,
                  document_ids: Iterable[int] | None = None) -> list[tuple[int, str]]:
    """Distinct ``(segment_id, code_id)`` pairs: segments covered by a coding."""
    where, params = _coding_filters(coders, document_ids, "k.")
    sql = (
        "SELECT DISTINCT s.id, k.code_id FROM codings k"
        " JOIN segments s ON s.document_id = k.document_id AND s.start < k.\"end\" AND k.start < s.\"end\""
        f" WHERE {_OVERLAP}" + "".join(f" AND {w}" for w in where)
    )
    return [tuple(r) for r in project.db.execute(sql, params)]


def codings_in(project: "Project", coders: Iterable[str] | None = None,
               document_ids: Iterable[int] | None = None) -> list[dict]:
    """Codings as ``document_id, start, end, code_id`` (of some coders / documents), in document order."""
    where, params = _coding_filters(coders, document_ids)
    sql = ('SELECT DISTINCT document_id, start, "end", code_id FROM codings'
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY document_id, start")
    return list(project.db.query(sql, params))


def coded_document_ids(project: "Project") -> set[int]:
    """Ids of the documents that carry at least one coding (of any coder)."""
    return {r[0] for r in project.db.execute("SELECT DISTINCT document_id FROM codings")}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether a coding ``b`` counts for the stretch of text ``a``: the same rule as :data:`_OVERLAP`
    (at least 20 characters of it, or half of a shorter stretch)."""
    return min(a_end, b_end) - max(a_start, b_start) >= min(20, (a_end - a_start + 1) // 2)


def decisions(project: "Project", coders: Iterable[str] | None = None,
              segment_ids: Iterable[int] | None = None) -> list[dict]:
    """Rejections and no-code reviews (optionally of some coders / segments)."""
    where, params = [], []
    if coders is not None:
        clause, params = in_list("coder", coders)
        where.append(clause)
    if segment_ids is not None:
        where.append(f"segment_id IN ({', '.join(str(int(i)) for i in segment_ids) or 'NULL'})")
    sql = "SELECT * FROM nlp_decisions" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
    return list(project.db.query(sql, params))


def no_code_segments(project: "Project", coders: Iterable[str] | None = None) -> set[int]:
    """Segments reviewed as "geen code" (by some coders)."""
    return {d["segment_id"] for d in decisions(project, coders) if not d["code_id"]}


def add_decision(project: "Project", segment_id: int, code_id: str | None, coder: str,
                 start: int | None = None, end: int | None = None) -> int:
    """Record a rejection (``code_id``) or a no-code review (``None``); return its id (existing one if repeated).

    ``start``/``end`` (document offsets) name the part of the segment a rejected
    suggestion was for; without them it holds for the whole segment. Rejecting
    the same code twice in one segment keeps one decision, for the whole
    segment. The decision is one action in the coder's journal, so the TUI's
    global undo takes it back too.
    """
    from .journal import Journal

    decision = "rejected" if code_id else "no_code"
    if not code_id:
        start = end = None
    existing = project.db.execute(
        'SELECT id, start, "end" FROM nlp_decisions WHERE segment_id = ? AND COALESCE(code_id, \'\') = ? AND coder = ?',
        [segment_id, code_id or "", coder],
    ).fetchone()
    if existing:
        if existing[1] is not None and (existing[1], existing[2]) != (start, end):
            with Journal(project, coder).action(f"suggestie '{code_id}' afgewezen") as rec:
                rec.update("nlp_decisions", existing[0], {"start": None, "end": None})
        return existing[0]
    label = f"suggestie '{code_id}' afgewezen" if code_id else "segment zonder code"
    try:
        with Journal(project, coder).action(label) as rec:
            return rec.insert("nlp_decisions", {"segment_id": segment_id, "code_id": code_id, "coder": coder,
                                                "decision": decision, "at": now(), "start": start, "end": end})
    except sqlite3.IntegrityError:
        raise StoreError(f"Segment {segment_id} of code '{code_id}' bestaat niet.") from None


def find_decision(project: "Project", segment_id: int, code_id: str | None, coder: str) -> int | None:
    """The id of ``coder``'s rejection of ``code_id`` (``None``: "geen code") for the segment, if any."""
    row = project.db.execute(
        "SELECT id FROM nlp_decisions WHERE segment_id = ? AND COALESCE(code_id, '') = ? AND coder = ?",
        [segment_id, code_id or "", coder],
    ).fetchone()
    return row[0] if row else None


def remove_decision(project: "Project", decision_id: int) -> bool:
    """Undo a decision (journaled); ``False`` if it was already gone."""
    from .journal import Journal

    row = project.db.execute("SELECT coder FROM nlp_decisions WHERE id = ?", [decision_id]).fetchone()
    if not row:
        return False
    with Journal(project, row[0]).action("afwijzing teruggenomen") as rec:
        rec.delete("nlp_decisions", decision_id)
    return True


def decision_count(project: "Project") -> int:
    """Codings plus recorded decisions: grows with every accept and reject."""
    return (project.db.execute("SELECT COUNT(*) FROM codings").fetchone()[0]
            + project.db.execute("SELECT COUNT(*) FROM nlp_decisions").fetchone()[0])


# -- the model ------------------------------------------------------------------------


def save_model(project: "Project", name: str, kind: str, data: bytes, meta: str, decisions: int) -> None:
    with project.atomic():
        project.db.execute(
            "INSERT OR REPLACE INTO nlp_models (name, kind, trained_at, decisions, meta, data) VALUES (?, ?, ?, ?, ?, ?)",
            [name, kind, now(), decisions, meta, data],
        )


def load_model(project: "Project", name: str) -> dict | None:
    rows = list(project.db.query("SELECT * FROM nlp_models WHERE name = ?", [name]))
    return rows[0] if rows else None


def model_info(project: "Project", name: str) -> dict | None:
    """The model's row without its data."""
    rows = list(project.db.query(
        "SELECT name, kind, trained_at, decisions, meta, LENGTH(data) AS bytes FROM nlp_models WHERE name = ?", [name]))
    return rows[0] if rows else None


def delete_model(project: "Project", name: str) -> None:
    with project.atomic():
        project.db.execute("DELETE FROM nlp_models WHERE name = ?", [name])
