"""Memos: one text per coder on a document, case, code, segment or the whole project (table ``memos``).

A case memo has the case's name as target; a memo on one cell of the
framework matrix (case × code) has ``'<case name>/<code id>'``
(:func:`cell_target`). A segment memo has ``'<document id>:<start>:<end>'``.
Every change is one action in the journal of the coder who made it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, TypedDict

from .base import Family, coder_name, now
from .errors import CodingError
from .sql import in_list, where

if TYPE_CHECKING:
    from .journal import Recorder

TARGETS = ("document", "case", "code", "project", "segment")


class MemoRow(TypedDict):
    id: int
    target_type: str
    target_id: str
    coder: str
    text: str
    created_at: str
    updated_at: str


def cell_target(case: str, code_id: str) -> str:
    """The memo target (type ``case``) of one cell of the framework matrix: case × code."""
    return f"{case}/{code_id}"


class Memos(Family):
    """``project.memos``: every coder writes their own memo per target."""

    def get(self, target_type: str, target_id: Any, *, coder: str) -> str:
        """``coder``'s memo on the target ('' when there is none)."""
        row = self.db.execute(
            "SELECT text FROM memos WHERE target_type = ? AND target_id = ? AND coder = ?",
            [target_type, str(target_id), coder],
        ).fetchone()
        return row[0] if row else ""

    def set(self, target_type: str, target_id: Any, text: str, *, coder: str) -> None:
        """Write (or with empty text: remove) ``coder``'s memo on a target."""
        coder = coder_name(coder)
        if target_type not in TARGETS:
            raise CodingError(f"Memo's kunnen bij: {', '.join(TARGETS)}.")
        existing = self.db.execute(
            "SELECT id FROM memos WHERE target_type = ? AND target_id = ? AND coder = ?",
            [target_type, str(target_id), coder],
        ).fetchone()
        with self.project.journal.action(f"memo bij {target_type}", coder=coder) as rec:
            if existing and not text.strip():
                rec.delete("memos", existing[0])
            elif existing:
                rec.update("memos", existing[0], {"text": text, "updated_at": now()})
            elif text.strip():
                rec.insert("memos", {"target_type": target_type, "target_id": str(target_id), "coder": coder,
                                     "text": text, "created_at": now(), "updated_at": now()})

    def list(self, target_type: str | None = None, coders: Iterable[str] | None = None) -> list[MemoRow]:
        """Memos of all coders (or some), optionally of one target type, by target and coder."""
        clauses, params = [], []
        if target_type:
            clauses.append("target_type = ?")
            params.append(target_type)
        if coders is not None:
            clause, values = in_list("coder", coders)
            clauses.append(clause)
            params += values
        return list(self.db.query("SELECT * FROM memos" + where(clauses) + " ORDER BY target_type, target_id, coder",
                                  params))

    def authors(self) -> list[str]:
        """Every coder with at least one memo, by name."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT coder FROM memos ORDER BY coder")]

    def add_many(self, memos: list[dict], *, coder: str, description: str) -> int:
        """Add memos (``target_type, target_id, coder, text``, optional dates) as ONE action of ``coder``.

        A memo for a target and coder that already has one is appended to it,
        unless the same text is already there. Returns the number written.
        """
        written = 0
        with self.project.journal.action(description, coder=coder) as rec:
            for memo in memos:
                existing = self.db.execute(
                    "SELECT id, text FROM memos WHERE target_type = ? AND target_id = ? AND coder = ?",
                    [memo["target_type"], str(memo["target_id"]), memo["coder"]]).fetchone()
                if existing:
                    if memo["text"].strip() in existing[1]:
                        continue
                    rec.update("memos", existing[0], {"text": existing[1] + "\n\n" + memo["text"], "updated_at": now()})
                else:
                    rec.insert("memos", {"target_type": memo["target_type"], "target_id": str(memo["target_id"]),
                                         "coder": memo["coder"], "text": memo["text"],
                                         "created_at": memo.get("created_at") or now(),
                                         "updated_at": memo.get("updated_at") or memo.get("created_at") or now()})
                written += 1
        return written

    def move_code_memos(self, rec: "Recorder", source_id: str, target_id: str) -> None:
        """Within an action (merging codes): memos on ``source_id`` go to ``target_id``, joined per coder."""
        for memo in self.db.query("SELECT * FROM memos WHERE target_type = 'code' AND target_id = ?", [source_id]):
            existing = self.db.execute(
                "SELECT id, text FROM memos WHERE target_type = 'code' AND target_id = ? AND coder = ?",
                [target_id, memo["coder"]],
            ).fetchone()
            if existing:
                rec.update("memos", existing[0], {"text": existing[1] + "\n\n" + memo["text"], "updated_at": now()})
                rec.delete("memos", memo["id"])
            else:
                rec.update("memos", memo["id"], {"target_id": target_id})
