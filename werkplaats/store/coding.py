"""Codes, codings and memos of one coder, every change journaled (undoable).

:class:`Coder` is what the CLI and the TUI use to change a project's coding:
each public method that changes something is one action in the journal.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable

from .journal import Journal
from .project import Project, StoreError, now
from .sql import in_list

if TYPE_CHECKING:
    from ..codebook.model import Codebook

PROVENANCES = ("manual", "suggested", "imported", "autocode")
CODE_FIELDS = ("name", "definition", "include", "exclude", "example", "colour")
MEMO_TARGETS = ("document", "case", "code", "project", "segment")


class CodingError(StoreError):
    """A coding action that cannot be done; the message is Dutch."""


def cell_memo_target(case: str, code_id: str) -> str:
    """The memo target (type ``case``) of one cell of the framework matrix: case × code."""
    return f"{case}/{code_id}"


class Coder:
    """One coder's view of and actions on a project.

    :param project: an open :class:`Project`
    :param name: the coder's name (codings of different coders are kept apart)
    """

    def __init__(self, project: Project, name: str) -> None:
        if not name or not name.strip():
            raise CodingError("Geen codeursnaam: geef --coder NAAM of stel een naam in.")
        self.project = project
        self.name = name.strip()
        self.journal = Journal(project, self.name)

    @property
    def db(self):
        return self.project.db

    # -- codebook -------------------------------------------------------------

    def load_codebook(self, codebook: "Codebook") -> dict[str, int]:
        """Add the codes of ``codebook``; update codes that exist (same id).

        Codes missing from ``codebook`` are kept (their codings too). Returns
        counts ``{"nieuw": n, "bijgewerkt": n}``.
        """
        counts = {"nieuw": 0, "bijgewerkt": 0}
        with self.journal.action(f"codeboek '{codebook.name}' geladen") as rec:
            for position, code in enumerate(codebook.codes):
                row = {
                    "parent_id": code.parent,
                    "name": code.name,
                    "definition": code.definition or "",
                    "include": code.include or "",
                    "exclude": code.exclude or "",
                    "example": code.example or "",
                    "keywords": json.dumps(list(code.keywords), ensure_ascii=False),
                    "colour": code.colour,
                    "position": position,
                    "extra": json.dumps(code.extra or {}, ensure_ascii=False, default=str),
                }
                if self.code(code.id):
                    before = rec.seq
                    rec.update("codes", code.id, row)
                    counts["bijgewerkt"] += rec.seq > before
                else:
                    rec.insert("codes", {"id": code.id, **row})
                    counts["nieuw"] += 1
            self.project.set_meta("codebook_name", codebook.name)
            self.project.set_meta("codebook_version", codebook.version)
            self.project.set_meta("codebook_extra", json.dumps(
                {"language": codebook.language, "description": codebook.description, **(codebook.extra or {})},
                ensure_ascii=False, default=str))
            for spec in codebook.attributes:
                self.project.define_attribute_spec(spec)
        return counts

    def codebook(self) -> "Codebook":
        """The project's codes as a :class:`Codebook` (for export)."""
        from ..codebook.model import AttributeSpec, Code, Codebook

        extra = json.loads(self.project.meta("codebook_extra") or "{}")
        cb = Codebook(
            name=self.project.meta("codebook_name") or "",
            version=self.project.meta("codebook_version") or "",
            language=extra.pop("language", "nl") or "nl",
            description=extra.pop("description", "") or "",
        )
        cb.extra = extra
        for row in self.codes():
            cb.codes.append(
                Code(
                    id=row["id"], name=row["name"], definition=row["definition"], include=row["include"],
                    exclude=row["exclude"], example=row["example"], keywords=row["keywords"],
                    colour=row["colour"], parent=row["parent_id"], extra=json.loads(row["extra"] or "{}"),
                )
            )
        cb.attributes = [AttributeSpec(**spec) for spec in self.project.attribute_specs()]
        return cb

    def codes(self, coders: Iterable[str] | None = None) -> list[dict]:
        """All codes in tree order (parents first) with ``count`` of codings and ``depth``."""
        where, params = self._coder_filter(coders)
        counts = dict(self.db.execute(f"SELECT k.code_id, COUNT(*) FROM codings k {where} GROUP BY k.code_id", params))
        rows = list(self.db.query("SELECT * FROM codes ORDER BY position, id"))
        by_parent: dict[Any, list[dict]] = {}
        for row in rows:
            row["count"] = counts.get(row["id"], 0)
            row["keywords"] = json.loads(row["keywords"] or "[]")
            by_parent.setdefault(row["parent_id"], []).append(row)
        ordered: list[dict] = []

        def walk(parent: Any, depth: int) -> None:
            for row in by_parent.get(parent, []):
                row["depth"] = depth
                ordered.append(row)
                walk(row["id"], depth + 1)

        walk(None, 0)
        seen = {r["id"] for r in ordered}
        ordered.extend(r | {"depth": 0} for r in rows if r["id"] not in seen)  # orphans, never lost
        return ordered

    def code(self, code_id: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM codes WHERE id = ?", [code_id]))
        return rows[0] if rows else None

    def _require_code(self, code_id: str) -> dict:
        row = self.code(code_id)
        if not row:
            raise CodingError(f"Onbekende code '{code_id}'.")
        return row

    def add_code(self, code_id: str, name: str, parent_id: str | None = None, **fields: Any) -> str:
        if not code_id.strip() or not name.strip():
            raise CodingError("Een code heeft een id en een naam nodig.")
        if self.code(code_id):
            raise CodingError(f"Code '{code_id}' bestaat al.")
        if parent_id:
            self._require_code(parent_id)
        position = self.db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM codes").fetchone()[0]
        if "keywords" in fields:
            fields["keywords"] = json.dumps(fields["keywords"], ensure_ascii=False)
        with self.journal.action(f"code '{name}' toegevoegd") as rec:
            rec.insert("codes", {"id": code_id, "name": name, "parent_id": parent_id, "position": position, **fields})
        return code_id

    def edit_code(self, code_id: str, **fields: Any) -> None:
        """Change name, definition, include, exclude, example or colour."""
        self._require_code(code_id)
        unknown = set(fields) - set(CODE_FIELDS) - {"keywords"}
        if unknown:
            raise CodingError(f"Onbekende eigenschap(pen): {', '.join(sorted(unknown))}")
        if "name" in fields and not str(fields["name"]).strip():
            raise CodingError("De naam van een code mag niet leeg zijn.")
        if "keywords" in fields:
            fields["keywords"] = json.dumps(list(fields["keywords"]), ensure_ascii=False)
        with self.journal.action(f"code '{code_id}' bewerkt") as rec:
            rec.update("codes", code_id, fields)

    def move_code(self, code_id: str, parent_id: str | None) -> None:
        """Put ``code_id`` under ``parent_id`` (``None``: top level); refuses cycles."""
        self._require_code(code_id)
        ancestor = parent_id
        while ancestor:
            if ancestor == code_id:
                raise CodingError("Een code kan niet onder zichzelf of een eigen subcode geplaatst worden.")
            ancestor = self._require_code(ancestor)["parent_id"]
        with self.journal.action(f"code '{code_id}' verplaatst") as rec:
            rec.update("codes", code_id, {"parent_id": parent_id})

    def merge_codes(self, source_id: str, target_id: str) -> int:
        """Merge ``source_id`` into ``target_id``: codings and subcodes move, the source goes.

        Returns the number of codings moved. A coding that would duplicate
        one of the target (same document, span and coder) is removed.
        """
        if source_id == target_id:
            raise CodingError("Een code kan niet met zichzelf samengevoegd worden.")
        source = self._require_code(source_id)
        target = self._require_code(target_id)
        ancestor = target["parent_id"]
        while ancestor:
            if ancestor == source_id:
                raise CodingError("Een code kan niet samengevoegd worden met een eigen subcode.")
            ancestor = self._require_code(ancestor)["parent_id"]
        moved = 0
        with self.journal.action(f"code '{source['name']}' samengevoegd met '{target['name']}'") as rec:
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
            for child in self.db.query("SELECT id FROM codes WHERE parent_id = ?", [source_id]):
                rec.update("codes", child["id"], {"parent_id": target_id})
            self._move_memos(rec, source_id, target_id)
            rec.delete("codes", source_id)
        return moved

    def _move_memos(self, rec, source_id: str, target_id: str) -> None:
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

    def delete_code(self, code_id: str) -> None:
        """Delete a code without codings or subcodes (merge it to keep its codings)."""
        code = self._require_code(code_id)
        n = self.db.execute("SELECT COUNT(*) FROM codings WHERE code_id = ?", [code_id]).fetchone()[0]
        if n:
            raise CodingError(f"Code '{code['name']}' heeft nog {n} coderingen; voeg haar samen met een andere code.")
        if self.db.execute("SELECT 1 FROM codes WHERE parent_id = ?", [code_id]).fetchone():
            raise CodingError(f"Code '{code['name']}' heeft subcodes; verplaats die eerst.")
        with self.journal.action(f"code '{code['name']}' verwijderd") as rec:
            rec.delete("codes", code_id)

    # -- codings ----------------------------------------------------------------

    def apply(
        self, document_id: int, start: int, end: int, code_id: str, *, memo: str | None = None,
        provenance: str = "manual", rule: str | None = None,
    ) -> int:
        """Code ``[start, end)`` of a document; return the coding id.

        Coding the same span with the same code twice returns the existing coding.
        """
        code = self._require_code(code_id)
        length = self.db.execute("SELECT LENGTH(text) FROM documents WHERE id = ?", [document_id]).fetchone()
        if not length:
            raise CodingError(f"Document {document_id} bestaat niet.")
        if not (0 <= start < end <= length[0]):
            raise CodingError(f"Ongeldig tekstbereik {start}–{end} (document heeft {length[0]} tekens).")
        if provenance not in PROVENANCES:
            raise CodingError(f"Onbekende herkomst '{provenance}'.")
        existing = self.db.execute(
            'SELECT id FROM codings WHERE document_id = ? AND start = ? AND "end" = ? AND code_id = ? AND coder = ?',
            [document_id, start, end, code_id, self.name],
        ).fetchone()
        if existing:
            return existing[0]
        with self.journal.action(f"'{code['name']}' toegekend") as rec:
            return rec.insert(
                "codings",
                {
                    "document_id": document_id, "start": start, "end": end, "code_id": code_id,
                    "coder": self.name, "created_at": now(), "memo": memo, "provenance": provenance, "rule": rule,
                },
            )

    def apply_many(
        self, items: Iterable[tuple[int, int, int, str]], *, description: str, provenance: str = "manual",
        rule: str | None = None, memos: Iterable[str | None] | None = None,
    ) -> list[int]:
        """Code many ``(document_id, start, end, code_id)`` spans as ONE undoable action.

        Spans this coder already coded with the same code are skipped (never
        duplicated). Everything is checked first; on any error nothing is
        applied. Returns the ids of the new codings.
        """
        if provenance not in PROVENANCES:
            raise CodingError(f"Onbekende herkomst '{provenance}'.")
        items = list(items)
        memo_list = list(memos) if memos is not None else [None] * len(items)
        known_codes = {r[0] for r in self.db.execute("SELECT id FROM codes")}
        lengths = dict(self.db.execute("SELECT id, LENGTH(text) FROM documents"))
        existing = {
            tuple(r) for r in self.db.execute(
                'SELECT document_id, start, "end", code_id FROM codings WHERE coder = ?', [self.name])
        }
        stamp = now()
        rows, seen = [], set()
        for n, (doc_id, start, end, code_id) in enumerate(items, start=1):
            if code_id not in known_codes:
                raise CodingError(f"Rij {n}: onbekende code '{code_id}'.")
            if doc_id not in lengths:
                raise CodingError(f"Rij {n}: document {doc_id} bestaat niet.")
            if not (0 <= start < end <= lengths[doc_id]):
                raise CodingError(f"Rij {n}: ongeldig tekstbereik {start}–{end} (document {doc_id} heeft {lengths[doc_id]} tekens).")
            key = (doc_id, start, end, code_id)
            if key in existing or key in seen:
                continue
            seen.add(key)
            rows.append({"document_id": doc_id, "start": start, "end": end, "code_id": code_id, "coder": self.name,
                         "created_at": stamp, "memo": memo_list[n - 1], "provenance": provenance, "rule": rule})
        if not rows:
            return []
        with self.journal.action(description) as rec:
            return rec.insert_many("codings", rows)

    def delete_coding(self, coding_id: int) -> None:
        row = self.coding(coding_id)
        with self.journal.action(f"codering '{row['code_name']}' verwijderd") as rec:
            rec.delete("codings", coding_id)

    def set_coding_memo(self, coding_id: int, text: str | None) -> None:
        self.coding(coding_id)
        with self.journal.action("memo bij codering") as rec:
            rec.update("codings", coding_id, {"memo": text or None})

    def coding(self, coding_id: int) -> dict:
        rows = list(
            self.db.query(
                "SELECT k.*, c.name AS code_name, c.colour FROM codings k JOIN codes c ON c.id = k.code_id WHERE k.id = ?",
                [coding_id],
            )
        )
        if not rows:
            raise CodingError(f"Codering {coding_id} bestaat niet (meer).")
        return rows[0]

    def _coder_filter(self, coders: Iterable[str] | None, alias: str = "k") -> tuple[str, list]:
        if coders is None:
            return "", []
        clause, params = in_list(f"{alias}.coder", coders)
        return f"WHERE {clause}", params

    def codings(self, document_id: int | None = None, code_id: str | None = None,
                coders: Iterable[str] | None = None) -> list[dict]:
        """Codings (optionally of one document / code / set of coders), in text order."""
        where, params = self._coder_filter(coders)
        clauses = [where[6:]] if where else []
        if document_id is not None:
            clauses.append("k.document_id = ?")
            params.append(document_id)
        if code_id is not None:
            clauses.append("k.code_id = ?")
            params.append(code_id)
        sql = (
            "SELECT k.*, c.name AS code_name, c.colour FROM codings k JOIN codes c ON c.id = k.code_id"
            + (" WHERE " + " AND ".join(clauses) if clauses else "")
            + ' ORDER BY k.document_id, k.start, k."end", k.id'
        )
        return list(self.db.query(sql, params))

    def fragments(self, code_id: str, coders: Iterable[str] | None = None) -> list[dict]:
        """All fragments of a code across documents, with document, region, case and speaker."""
        where, params = self._coder_filter(coders)
        rows = list(
            self.db.query(
                f"""SELECT k.id, k.document_id, k.start, k."end", k.coder, k.memo, k.provenance,
                           d.title, d.region, d.source_type, c.name AS casus
                    FROM codings k JOIN documents d ON d.id = k.document_id
                    LEFT JOIN cases c ON c.id = d.case_id
                    WHERE k.code_id = ? {where.replace('WHERE', 'AND')}
                    ORDER BY d.region, c.name, d.title, k.start""",
                [code_id, *params],
            )
        )
        doc_ids = {r["document_id"] for r in rows}
        texts = self.document_texts(doc_ids)
        speaker_at = self.project.speaker_finder(doc_ids)
        for row in rows:
            row["text"] = texts[row["document_id"]][row["start"] : row["end"]]
            row["speaker"] = speaker_at(row["document_id"], row["start"])
        return rows

    def document_texts(self, document_ids: Iterable[int]) -> dict[int, str]:
        """The texts of several documents, each read once."""
        ids = list(document_ids)
        if not ids:
            return {}
        clause, params = in_list("id", ids)
        return dict(self.db.execute(f"SELECT id, text FROM documents WHERE {clause}", params))

    def coded_share(self, coders: Iterable[str] | None = None, document_id: int | None = None) -> dict[int, float]:
        """Per document: the share (0–1) of its segments' characters covered by a coding."""
        where, params = self._coder_filter(coders)
        doc_where = ""
        if document_id is not None:
            where = (where + " AND" if where else "WHERE") + " k.document_id = ?"
            params.append(document_id)
            doc_where = f"WHERE document_id = {int(document_id)}"
        spans: dict[int, list[tuple[int, int]]] = {}
        for doc_id, start, end in self.db.execute(
            f'SELECT k.document_id, k.start, k."end" FROM codings k {where} ORDER BY k.document_id, k.start', params
        ):
            spans.setdefault(doc_id, []).append((start, end))
        lengths = dict(self.db.execute(f'SELECT document_id, SUM("end" - start) FROM segments {doc_where} GROUP BY document_id'))
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
        return [r[0] for r in self.db.execute("SELECT DISTINCT coder FROM codings ORDER BY coder")]

    # -- memos --------------------------------------------------------------------

    def set_memo(self, target_type: str, target_id: Any, text: str) -> None:
        """Write (or with empty text: remove) this coder's memo on a document, case, code or the project."""
        if target_type not in MEMO_TARGETS:
            raise CodingError(f"Memo's kunnen bij: {', '.join(MEMO_TARGETS)}.")
        existing = self.db.execute(
            "SELECT id FROM memos WHERE target_type = ? AND target_id = ? AND coder = ?",
            [target_type, str(target_id), self.name],
        ).fetchone()
        with self.journal.action(f"memo bij {target_type}") as rec:
            if existing and not text.strip():
                rec.delete("memos", existing[0])
            elif existing:
                rec.update("memos", existing[0], {"text": text, "updated_at": now()})
            elif text.strip():
                rec.insert("memos", {"target_type": target_type, "target_id": str(target_id), "coder": self.name,
                                     "text": text, "created_at": now(), "updated_at": now()})

    def memo(self, target_type: str, target_id: Any) -> str:
        row = self.db.execute(
            "SELECT text FROM memos WHERE target_type = ? AND target_id = ? AND coder = ?",
            [target_type, str(target_id), self.name],
        ).fetchone()
        return row[0] if row else ""

    def memos(self, target_type: str | None = None) -> list[dict]:
        """All memos of all coders (optionally of one target type)."""
        sql = "SELECT * FROM memos" + (" WHERE target_type = ?" if target_type else "") + " ORDER BY target_type, target_id, coder"
        return list(self.db.query(sql, [target_type] if target_type else []))

    # -- undo, settings -------------------------------------------------------------

    def undo(self) -> str | None:
        return self.journal.undo()

    def redo(self) -> str | None:
        return self.journal.redo()

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE coder = ? AND key = ?", [self.name, key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.project.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO settings (coder, key, value) VALUES (?, ?, ?)",
                [self.name, key, json.dumps(value, ensure_ascii=False)],
            )
