"""Codings: a code on a span ``[start, end)`` of a document's text, by one coder (table ``codings``).

Every change is one action in the journal of the coder who made it, so it
can be undone (also across restarts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, NamedTuple, Sequence, TypedDict

from .base import Family, coder_name, now
from .errors import CodingError
from .sql import in_list, where

if TYPE_CHECKING:
    from .journal import Recorder

PROVENANCES = ("manual", "suggested", "imported", "autocode")


class CodingRow(TypedDict, total=False):
    """A coding; ``code_name`` and ``colour`` of its code from :meth:`Codings.get` and :meth:`Codings.list`."""

    id: int
    document_id: int
    start: int
    end: int
    code_id: str
    coder: str
    created_at: str
    memo: str | None
    provenance: str
    rule: str | None
    code_name: str
    colour: str | None


class FragmentRow(TypedDict):
    """A coding with its text and where it comes from (:meth:`Codings.fragments`)."""

    id: int
    document_id: int
    start: int
    end: int
    coder: str
    memo: str | None
    provenance: str
    title: str
    region: str | None
    source_type: str
    case_name: str | None
    text: str
    speaker: str | None


class Span(NamedTuple):
    """Who coded what where: the identity of a coding."""

    document_id: int
    start: int
    end: int
    code_id: str
    coder: str


class ScopedCoding(NamedTuple):
    """A coding of a document in an analysis's scope, with the document's case."""

    coding_id: int
    document_id: int
    start: int
    end: int
    code_id: str
    coder: str
    memo: str | None
    case_id: int | None


def _filters(coders: Iterable[str] | None = None, codes: Iterable[str] | None = None,
             alias: str = "") -> tuple[list[str], list]:
    clauses, params = [], []
    for column, values in ((f"{alias}coder", coders), (f"{alias}code_id", codes)):
        if values is not None:
            clause, values = in_list(column, values)
            clauses.append(clause)
            params += values
    return clauses, params


class Codings(Family):
    """``project.codings``: applying, changing and reading codings."""

    # -- writing -----------------------------------------------------------------------------

    def apply(self, document_id: int, start: int, end: int, code_id: str, *, coder: str, memo: str | None = None,
              provenance: str = "manual", rule: str | None = None) -> int:
        """Code ``[start, end)`` of a document as ``coder``; return the coding id.

        Coding the same span with the same code twice returns the existing coding.
        """
        coder = coder_name(coder)
        code = self.project.codes.require(code_id)
        length = self.db.execute("SELECT LENGTH(text) FROM documents WHERE id = ?", [document_id]).fetchone()
        if not length:
            raise CodingError(f"Document {document_id} bestaat niet.")
        if not (0 <= start < end <= length[0]):
            raise CodingError(f"Ongeldig tekstbereik {start}–{end} (document heeft {length[0]} tekens).")
        if provenance not in PROVENANCES:
            raise CodingError(f"Onbekende herkomst '{provenance}'.")
        existing = self.db.execute(
            'SELECT id FROM codings WHERE document_id = ? AND start = ? AND "end" = ? AND code_id = ? AND coder = ?',
            [document_id, start, end, code_id, coder],
        ).fetchone()
        if existing:
            return existing[0]
        with self.project.journal.action(f"'{code['name']}' toegekend", coder=coder) as rec:
            return rec.insert("codings", {
                "document_id": document_id, "start": start, "end": end, "code_id": code_id, "coder": coder,
                "created_at": now(), "memo": memo, "provenance": provenance, "rule": rule,
            })

    def apply_many(self, items: Iterable[tuple[int, int, int, str]], *, coder: str, description: str,
                   provenance: str = "manual", rule: str | None = None,
                   memos: Iterable[str | None] | None = None) -> list[int]:
        """Code many ``(document_id, start, end, code_id)`` spans as ONE undoable action of ``coder``.

        Spans this coder already coded with the same code are skipped (never
        duplicated). Everything is checked first; on any error nothing is
        applied. Returns the ids of the new codings.
        """
        coder = coder_name(coder)
        if provenance not in PROVENANCES:
            raise CodingError(f"Onbekende herkomst '{provenance}'.")
        items = list(items)
        memo_list = list(memos) if memos is not None else [None] * len(items)
        known_codes = {r[0] for r in self.db.execute("SELECT id FROM codes")}
        lengths = self.project.documents.lengths()
        existing = {tuple(r) for r in self.db.execute(
            'SELECT document_id, start, "end", code_id FROM codings WHERE coder = ?', [coder])}
        stamp = now()
        rows, seen = [], set()
        for n, (doc_id, start, end, code_id) in enumerate(items, start=1):
            if code_id not in known_codes:
                raise CodingError(f"Rij {n}: onbekende code '{code_id}'.")
            if doc_id not in lengths:
                raise CodingError(f"Rij {n}: document {doc_id} bestaat niet.")
            if not (0 <= start < end <= lengths[doc_id]):
                raise CodingError(f"Rij {n}: ongeldig tekstbereik {start}–{end} "
                                  f"(document {doc_id} heeft {lengths[doc_id]} tekens).")
            key = (doc_id, start, end, code_id)
            if key in existing or key in seen:
                continue
            seen.add(key)
            rows.append({"document_id": doc_id, "start": start, "end": end, "code_id": code_id, "coder": coder,
                         "created_at": stamp, "memo": memo_list[n - 1], "provenance": provenance, "rule": rule})
        if not rows:
            return []
        with self.project.journal.action(description, coder=coder) as rec:
            return rec.insert_many("codings", rows)

    def add_rows(self, rows: list[dict], *, coder: str, description: str) -> int:
        """Insert complete coding rows (each with its own coder, date, memo, provenance) as ONE action of ``coder``.

        For codings that come from elsewhere (REFI-QDA); the caller has
        checked them. Returns the number inserted.
        """
        if not rows:
            return 0
        with self.project.journal.action(description, coder=coder) as rec:
            rec.insert_many("codings", rows)
        return len(rows)

    def delete(self, coding_id: int, *, coder: str) -> None:
        row = self.get(coding_id)
        with self.project.journal.action(f"codering '{row['code_name']}' verwijderd", coder=coder) as rec:
            rec.delete("codings", coding_id)

    def set_memo(self, coding_id: int, text: str | None, *, coder: str) -> None:
        """Write (or with empty text: remove) the memo of a coding."""
        self.get(coding_id)
        with self.project.journal.action("memo bij codering", coder=coder) as rec:
            rec.update("codings", coding_id, {"memo": text or None})

    def recode(self, rec: "Recorder", source_id: str, target_id: str) -> int:
        """Move every coding of ``source_id`` to ``target_id`` within an action (merging codes).

        A coding that would duplicate one of the target (same document, span
        and coder) is removed. Returns the number moved.
        """
        moved = 0
        for row in self.db.query("SELECT * FROM codings WHERE code_id = ?", [source_id]):
            duplicate = self.db.execute(
                'SELECT 1 FROM codings WHERE code_id = ? AND document_id = ? AND start = ? AND "end" = ? AND coder = ?',
                [target_id, row["document_id"], row["start"], row["end"], row["coder"]],
            ).fetchone()
            if duplicate:
                rec.delete("codings", row["id"])
            else:
                rec.update("codings", row["id"], {"code_id": target_id})
                moved += 1
        return moved

    # -- reading -----------------------------------------------------------------------------

    def get(self, coding_id: int) -> CodingRow:
        """One coding with its code's name and colour.

        :raises CodingError: when it does not exist (any more)
        """
        rows = list(self.db.query(
            "SELECT k.*, c.name AS code_name, c.colour FROM codings k JOIN codes c ON c.id = k.code_id WHERE k.id = ?",
            [coding_id]))
        if not rows:
            raise CodingError(f"Codering {coding_id} bestaat niet (meer).")
        return rows[0]

    def list(self, document_id: int | None = None, code_id: str | None = None,
             coders: Iterable[str] | None = None) -> list[CodingRow]:
        """Codings (optionally of one document / code / some coders) with their code's name, in text order."""
        clauses, params = _filters(coders, [code_id] if code_id is not None else None, "k.")
        if document_id is not None:
            clauses.append("k.document_id = ?")
            params.append(document_id)
        return list(self.db.query(
            "SELECT k.*, c.name AS code_name, c.colour FROM codings k JOIN codes c ON c.id = k.code_id"
            + where(clauses) + ' ORDER BY k.document_id, k.start, k."end", k.id', params))

    def rows(self, coders: Iterable[str] | None = None, codes: Iterable[str] | None = None) -> list[CodingRow]:
        """Codings exactly as stored (of some coders / codes), by document, span, coder and code."""
        clauses, params = _filters(coders, codes)
        return list(self.db.query(
            'SELECT id, document_id, start, "end", code_id, coder, created_at, memo, provenance, rule FROM codings'
            + where(clauses) + ' ORDER BY document_id, start, "end", coder, code_id, id', params))

    def spans(self, coders: Iterable[str] | None = None, codes: Iterable[str] | None = None) -> list[Span]:
        """Who coded what where (of some coders / codes); fast: no other columns."""
        clauses, params = _filters(coders, codes)
        return [Span(*r) for r in self.db.execute(
            'SELECT document_id, start, "end", code_id, coder FROM codings' + where(clauses), params)]

    def in_scope(self, regions: Sequence[str] | None = None, source_types: Sequence[str] | None = None,
                 since: str | None = None, coders: Sequence[str] | None = None) -> list[ScopedCoding]:
        """Codings of the documents of some regions / source types / imported since (of some coders), in text order."""
        clauses, params = _filters(coders, None, "k.")
        for column, values in (("d.region", regions), ("d.source_type", source_types)):
            if values is not None:
                clause, values = in_list(column, values)
                clauses.append(clause)
                params += values
        if since:
            clauses.append("d.imported_at >= ?")
            params.append(since)
        return [ScopedCoding(*r) for r in self.db.execute(
            'SELECT k.id, k.document_id, k.start, k."end", k.code_id, k.coder, k.memo, d.case_id'
            " FROM codings k JOIN documents d ON d.id = k.document_id" + where(clauses)
            + ' ORDER BY k.document_id, k.start, k."end", k.id', params)]

    def fragments(self, code_id: str, coders: Iterable[str] | None = None) -> list[FragmentRow]:
        """All fragments of a code across documents, with document, region, case, speaker and text."""
        clauses, params = _filters(coders, [code_id], "k.")
        rows = list(self.db.query(
            f"""SELECT k.id, k.document_id, k.start, k."end", k.coder, k.memo, k.provenance,
                       d.title, d.region, d.source_type, c.name AS case_name
                FROM codings k JOIN documents d ON d.id = k.document_id
                LEFT JOIN cases c ON c.id = d.case_id{where(clauses)}
                ORDER BY d.region, c.name, d.title, k.start""", params))
        doc_ids = {r["document_id"] for r in rows}
        texts = self.project.documents.texts(doc_ids)
        speaker_at = self.project.documents.speaker_finder(doc_ids)
        for row in rows:
            row["text"] = texts[row["document_id"]][row["start"]:row["end"]]
            row["speaker"] = speaker_at(row["document_id"], row["start"])
        return rows

    def coded_share(self, coders: Iterable[str] | None = None, document_id: int | None = None) -> dict[int, float]:
        """Per document: the share (0–1) of its segments' characters covered by a coding (of some coders)."""
        clauses, params = _filters(coders)
        seg_where = ""
        if document_id is not None:
            clauses.append("document_id = ?")
            params.append(document_id)
            seg_where = f" WHERE document_id = {int(document_id)}"
        spans: dict[int, list[tuple[int, int]]] = {}
        for doc_id, start, end in self.db.execute(
                f'SELECT document_id, start, "end" FROM codings{where(clauses)} ORDER BY document_id, start', params):
            spans.setdefault(doc_id, []).append((start, end))
        lengths = dict(self.db.execute(
            f'SELECT document_id, SUM("end" - start) FROM segments{seg_where} GROUP BY document_id').fetchall())
        share = {}
        for doc_id, total in lengths.items():
            covered, reach = 0, -1
            for start, end in spans.get(doc_id, []):
                if end > reach:
                    covered += end - max(start, reach)
                    reach = end
            share[doc_id] = min(1.0, covered / total) if total else 0.0
        return share

    def coders(self) -> list[str]:
        """Every coder with at least one coding, by name."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT coder FROM codings ORDER BY coder")]

    def count(self, code_id: str | None = None) -> int:
        """The number of codings (of one code)."""
        if code_id is None:
            return self.db.execute("SELECT COUNT(*) FROM codings").fetchone()[0]
        return self.db.execute("SELECT COUNT(*) FROM codings WHERE code_id = ?", [code_id]).fetchone()[0]

    def document_ids(self) -> set[int]:
        """Ids of the documents that carry at least one coding (of any coder)."""
        return {r[0] for r in self.db.execute("SELECT DISTINCT document_id FROM codings")}
