"""The codebook: codes in a tree (table ``codes``) and the codebook's name and version.

Every change is one action in the journal of the coder who made it, so it
can be undone. Merging two codes moves codings and memos along (through
:mod:`.codings` and :mod:`.memos`, in the same action).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable, TypedDict

from .base import Family
from .errors import CodingError
from .sql import in_list, where

if TYPE_CHECKING:
    from ..codebook.model import Codebook

CODE_FIELDS = ("name", "definition", "include", "exclude", "example", "colour")


class CodeRow(TypedDict, total=False):
    """A code; ``count`` (codings) and ``depth`` (0 = top level) only from :meth:`Codes.list`."""

    id: str
    parent_id: str | None
    name: str
    definition: str
    include: str
    exclude: str
    example: str
    keywords: list[str]
    colour: str | None
    position: int
    extra: dict
    count: int
    depth: int


def _code(row: dict) -> CodeRow:
    row["keywords"] = json.loads(row["keywords"] or "[]")
    row["extra"] = json.loads(row["extra"] or "{}")
    return row


class Codes(Family):
    """``project.codes``: reading the codebook needs no coder; changing it names one."""

    def list(self, coders: Iterable[str] | None = None) -> list[CodeRow]:
        """All codes in tree order (parents first) with ``count`` of codings (of some coders) and ``depth``."""
        clauses, params = [], []
        if coders is not None:
            clause, params = in_list("coder", coders)
            clauses.append(clause)
        counts = dict(self.db.execute(f"SELECT code_id, COUNT(*) FROM codings{where(clauses)} GROUP BY code_id",
                                      params).fetchall())
        rows = [_code(r) for r in self.db.query("SELECT * FROM codes ORDER BY position, id")]
        by_parent: dict[Any, list[dict]] = {}
        for row in rows:
            row["count"] = counts.get(row["id"], 0)
            by_parent.setdefault(row["parent_id"], []).append(row)
        ordered: list[CodeRow] = []

        def walk(parent: Any, depth: int) -> None:
            for row in by_parent.get(parent, []):
                row["depth"] = depth
                ordered.append(row)
                walk(row["id"], depth + 1)

        walk(None, 0)
        seen = {r["id"] for r in ordered}
        ordered.extend(r | {"depth": 0} for r in rows if r["id"] not in seen)  # orphans, never lost
        return ordered

    def get(self, code_id: str) -> CodeRow | None:
        rows = list(self.db.query("SELECT * FROM codes WHERE id = ?", [code_id]))
        return _code(rows[0]) if rows else None

    def require(self, code_id: str) -> CodeRow:
        """The code, or :class:`CodingError` with a Dutch message."""
        row = self.get(code_id)
        if not row:
            raise CodingError(f"Onbekende code '{code_id}'.")
        return row

    def rows(self) -> dict[str, dict]:
        """Every code exactly as stored (JSON fields as text), by id: the journal's view (merging copies)."""
        return {r["id"]: r for r in self.db.query("SELECT * FROM codes")}

    # -- the codebook as a whole -------------------------------------------------------------

    def codebook(self) -> "Codebook":
        """The project's codes, name, version and attribute specs as a :class:`Codebook` (for export)."""
        from ..codebook.model import AttributeSpec, Code, Codebook

        settings = self.project.settings
        extra = json.loads(settings.get("codebook_extra") or "{}")
        cb = Codebook(
            name=settings.get("codebook_name") or "",
            version=settings.get("codebook_version") or "",
            language=extra.pop("language", "nl") or "nl",
            description=extra.pop("description", "") or "",
        )
        cb.extra = extra
        for row in self.list():
            cb.codes.append(Code(
                id=row["id"], name=row["name"], definition=row["definition"], include=row["include"],
                exclude=row["exclude"], example=row["example"], keywords=row["keywords"], colour=row["colour"],
                parent=row["parent_id"], extra=row["extra"],
            ))
        cb.attributes = [AttributeSpec(**spec) for spec in self.project.cases.specs()]
        return cb

    def load_codebook(self, codebook: "Codebook", *, coder: str) -> dict[str, int]:
        """Add the codes of ``codebook``; update codes that exist (same id). One action of ``coder``.

        Codes missing from ``codebook`` are kept (their codings too). Returns
        counts ``{"new": n, "updated": n}``.
        """
        counts = {"new": 0, "updated": 0}
        with self.project.journal.action(f"codeboek '{codebook.name}' geladen", coder=coder) as rec:
            for position, code in enumerate(codebook.codes):
                row = {
                    "parent_id": code.parent, "name": code.name, "definition": code.definition or "",
                    "include": code.include or "", "exclude": code.exclude or "", "example": code.example or "",
                    "keywords": json.dumps(list(code.keywords), ensure_ascii=False), "colour": code.colour,
                    "position": position, "extra": json.dumps(code.extra or {}, ensure_ascii=False, default=str),
                }
                if self.get(code.id):
                    before = rec.seq
                    rec.update("codes", code.id, row)
                    counts["updated"] += rec.seq > before
                else:
                    rec.insert("codes", {"id": code.id, **row})
                    counts["new"] += 1
            settings = self.project.settings
            settings.set("codebook_name", codebook.name)
            settings.set("codebook_version", codebook.version)
            settings.set("codebook_extra", json.dumps(
                {"language": codebook.language, "description": codebook.description, **(codebook.extra or {})},
                ensure_ascii=False, default=str))
            for spec in codebook.attributes:
                self.project.cases.define_from_spec(spec)
        return counts

    # -- changing one code -------------------------------------------------------------------

    def add(self, code_id: str, name: str, parent_id: str | None = None, *, coder: str, **fields: Any) -> str:
        """Add a code (at the end of its level); return its id."""
        if not code_id.strip() or not name.strip():
            raise CodingError("Een code heeft een id en een naam nodig.")
        if self.get(code_id):
            raise CodingError(f"Code '{code_id}' bestaat al.")
        if parent_id:
            self.require(parent_id)
        position = self.db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM codes").fetchone()[0]
        if "keywords" in fields:
            fields["keywords"] = json.dumps(list(fields["keywords"]), ensure_ascii=False)
        if "extra" in fields:
            fields["extra"] = json.dumps(fields["extra"], ensure_ascii=False, default=str)
        with self.project.journal.action(f"code '{name}' toegevoegd", coder=coder) as rec:
            rec.insert("codes", {"id": code_id, "name": name, "parent_id": parent_id, "position": position, **fields})
        return code_id

    def edit(self, code_id: str, *, coder: str, **fields: Any) -> None:
        """Change name, definition, include, exclude, example, colour or keywords."""
        self.require(code_id)
        unknown = set(fields) - set(CODE_FIELDS) - {"keywords"}
        if unknown:
            raise CodingError(f"Onbekende eigenschap(pen): {', '.join(sorted(unknown))}")
        if "name" in fields and not str(fields["name"]).strip():
            raise CodingError("De naam van een code mag niet leeg zijn.")
        if "keywords" in fields:
            fields["keywords"] = json.dumps(list(fields["keywords"]), ensure_ascii=False)
        with self.project.journal.action(f"code '{code_id}' bewerkt", coder=coder) as rec:
            rec.update("codes", code_id, fields)

    def move(self, code_id: str, parent_id: str | None, *, coder: str) -> None:
        """Put ``code_id`` under ``parent_id`` (``None``: top level); refuses cycles."""
        self.require(code_id)
        ancestor = parent_id
        while ancestor:
            if ancestor == code_id:
                raise CodingError("Een code kan niet onder zichzelf of een eigen subcode geplaatst worden.")
            ancestor = self.require(ancestor)["parent_id"]
        with self.project.journal.action(f"code '{code_id}' verplaatst", coder=coder) as rec:
            rec.update("codes", code_id, {"parent_id": parent_id})

    def merge(self, source_id: str, target_id: str, *, coder: str) -> int:
        """Merge ``source_id`` into ``target_id``: codings, subcodes and memos move, the source goes.

        Returns the number of codings moved. A coding that would duplicate
        one of the target (same document, span and coder) is removed.
        """
        if source_id == target_id:
            raise CodingError("Een code kan niet met zichzelf samengevoegd worden.")
        source = self.require(source_id)
        target = self.require(target_id)
        ancestor = target["parent_id"]
        while ancestor:
            if ancestor == source_id:
                raise CodingError("Een code kan niet samengevoegd worden met een eigen subcode.")
            ancestor = self.require(ancestor)["parent_id"]
        with self.project.journal.action(f"code '{source['name']}' samengevoegd met '{target['name']}'",
                                         coder=coder) as rec:
            moved = self.project.codings.recode(rec, source_id, target_id)
            for child in self.db.execute("SELECT id FROM codes WHERE parent_id = ?", [source_id]).fetchall():
                rec.update("codes", child[0], {"parent_id": target_id})
            self.project.memos.move_code_memos(rec, source_id, target_id)
            rec.delete("codes", source_id)
        return moved

    def delete(self, code_id: str, *, coder: str) -> None:
        """Delete a code without codings or subcodes (merge it to keep its codings)."""
        code = self.require(code_id)
        n = self.project.codings.count(code_id=code_id)
        if n:
            raise CodingError(f"Code '{code['name']}' heeft nog {n} coderingen; voeg haar samen met een andere code.")
        if self.db.execute("SELECT 1 FROM codes WHERE parent_id = ?", [code_id]).fetchone():
            raise CodingError(f"Code '{code['name']}' heeft subcodes; verplaats die eerst.")
        with self.project.journal.action(f"code '{code['name']}' verwijderd", coder=coder) as rec:
            rec.delete("codes", code_id)
