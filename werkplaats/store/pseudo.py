"""Pseudonymisation: detected personal data, the researcher's decisions, the key and the name list.

Tables: ``pseudo_detections``, ``pseudo_runs``, ``pseudo_key``, ``pseudo_names``.
The text itself never changes: pseudonyms are a view (:mod:`werkplaats.pseudo`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, TypedDict

from .base import Family, now
from .errors import StoreError
from .sql import chunks, in_list

if TYPE_CHECKING:
    from ..pseudo.rules import Detection

STATUSES = ("auto", "accepted", "rejected", "manual")


class DetectionRow(TypedDict):
    id: int
    document_id: int
    start: int
    end: int
    type: str
    text: str
    source: str
    status: str  # one of STATUSES


class Pseudo(Family):
    """``project.pseudo``: storage for :mod:`werkplaats.pseudo`."""

    def has_run(self, document_id: int) -> bool:
        return bool(self.db.execute("SELECT 1 FROM pseudo_runs WHERE document_id = ?", [document_id]).fetchone())

    def runs(self, document_ids: Iterable[int]) -> dict[int, str]:
        """Which detectors last ran on each document: ``{document_id: 'regels+namen+deduce'}``."""
        out: dict[int, str] = {}
        for part in chunks(document_ids):
            clause, params = in_list("document_id", part)
            out.update(self.db.execute(f"SELECT document_id, detectors FROM pseudo_runs WHERE {clause}",
                                       params).fetchall())
        return out

    def run_times(self) -> dict[int, tuple[str, str]]:
        """Per document: which detectors last ran and when (``(detectors, at)``)."""
        return {d: (detectors, at) for d, detectors, at in self.db.execute(
            "SELECT document_id, detectors, at FROM pseudo_runs")}

    def replace_auto(self, document_id: int, detections: list["Detection"], detectors: str) -> None:
        """Replace a document's automatic detections; keep accepted, rejected and manual ones."""
        with self.project.atomic():
            decided = {
                (s, e): status for s, e, status in self.db.execute(
                    'SELECT start, "end", status FROM pseudo_detections WHERE document_id = ? AND status != \'auto\'',
                    [document_id])
            }
            self.db.execute("DELETE FROM pseudo_detections WHERE document_id = ? AND status = 'auto'", [document_id])
            self.db.conn.executemany(
                'INSERT INTO pseudo_detections (document_id, start, "end", type, text, source) VALUES (?, ?, ?, ?, ?, ?)',
                [(document_id, d.start, d.end, d.type, d.text, d.source) for d in detections
                 if (d.start, d.end) not in decided],
            )
            self.db.execute(
                "INSERT OR REPLACE INTO pseudo_runs (document_id, detectors, at) VALUES (?, ?, ?)",
                [document_id, detectors, now()],
            )

    def active(self, document_id: int, start: int = 0, end: int | None = None) -> list["Detection"]:
        """Detections that are replaced (not rejected) overlapping ``[start, end)``, in order."""
        from ..pseudo.rules import Detection, resolve_overlaps

        end = end if end is not None else 1 << 62
        rows = self.db.execute(
            'SELECT start, "end", type, text, source FROM pseudo_detections WHERE document_id = ?'
            ' AND status != \'rejected\' AND start < ? AND "end" > ? ORDER BY start',
            [document_id, end, start],
        ).fetchall()
        return resolve_overlaps([Detection(*row) for row in rows])

    def detections(self, document_id: int | None = None) -> list[DetectionRow]:
        sql = "SELECT * FROM pseudo_detections" + (" WHERE document_id = ?" if document_id else "")
        return list(self.db.query(sql + " ORDER BY document_id, start", [document_id] if document_id else []))

    def set_status(self, detection_id: int, status: str) -> None:
        if status not in STATUSES:
            raise StoreError(f"Onbekende status '{status}'.")
        with self.project.atomic():
            self.db.execute("UPDATE pseudo_detections SET status = ? WHERE id = ?", [status, detection_id])

    def add_manual(self, document_id: int, start: int, end: int, kind: str) -> int:
        """Add a span the detectors missed."""
        text = self.db.execute("SELECT substr(text, ? + 1, ? - ?) FROM documents WHERE id = ?",
                               [start, end, start, document_id]).fetchone()
        if not text or not text[0] or start >= end:
            raise StoreError("Ongeldig tekstbereik voor een handmatige markering.")
        with self.project.atomic():
            return self.db.execute(
                'INSERT INTO pseudo_detections (document_id, start, "end", type, text, source, status)'
                " VALUES (?, ?, ?, ?, ?, 'handmatig', 'manual')",
                [document_id, start, end, kind, text[0]],
            ).lastrowid

    def key(self, kind: str, original: str) -> tuple[int, str | None]:
        """The number (and optional replacement) of ``original``; created on first use."""
        sql = "SELECT number, replacement FROM pseudo_key WHERE type = ? AND original = ?"
        row = self.db.execute(sql, [kind, original]).fetchone()
        if row:
            return row[0], row[1]
        with self.project.atomic():
            number = self.db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM pseudo_key WHERE type = ?",
                                     [kind]).fetchone()[0]
            self.db.execute("INSERT OR IGNORE INTO pseudo_key (type, original, number) VALUES (?, ?, ?)",
                            [kind, original, number])
        row = self.db.execute(sql, [kind, original]).fetchone()
        return row[0], row[1]

    def names(self, rule: str) -> list[tuple[str, str]]:
        """``(name, type)`` of the name list entries with ``rule`` (``altijd`` or ``nooit``)."""
        return [tuple(r) for r in self.db.execute("SELECT name, type FROM pseudo_names WHERE rule = ?", [rule])]

    def add_name(self, name: str, kind: str, rule: str = "altijd") -> None:
        """'Always treat X as a name' (``altijd``) or 'X is never personal data' (``nooit``)."""
        with self.project.atomic():
            self.db.execute("INSERT OR REPLACE INTO pseudo_names (name, type, rule) VALUES (?, ?, ?)",
                            [name.strip(), kind, rule])

    def counts(self) -> dict[str, int]:
        """Detections that are replaced (not rejected), per type."""
        return dict(self.db.execute(
            "SELECT type, COUNT(*) FROM pseudo_detections WHERE status != 'rejected' GROUP BY type").fetchall())
