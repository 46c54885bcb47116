"""SQL for exchange: REFI-QDA import/export, merging project copies, inter-coder agreement.

The tables this feature adds (created by migration 6):

- ``exchange_guids``: GUIDs of objects that came from another program (users,
  documents, cases, variables, sets), so an export gives them back their own
  GUID; our own objects get deterministic GUIDs instead.
- ``exchange_variables``: the REFI-QDA type of a variable (Boolean, DateTime, …
  have no exact attribute type here) and where it was used (case or source).
- ``exchange_sets`` / ``exchange_set_members``: REFI-QDA sets of documents and codes.
- ``exchange_merges``: which actions of which project copy were merged, so
  merging the same copy twice changes nothing.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .journal import Journal
from .project import now
from .sql import in_list

if TYPE_CHECKING:
    from .project import Project


TABLES = ("exchange_guids", "exchange_variables", "exchange_sets", "exchange_set_members", "exchange_merges")




class ExchangeStore:
    """Reading and writing one project for exchange."""

    def __init__(self, project: "Project") -> None:
        self.project = project
        self.db = project.db

    # -- reading a whole project (export, merge) ----------------------------------------

    def sources(self) -> list[dict]:
        return list(self.db.query("SELECT id, filename, path, sha256, format, size, imported_at FROM sources ORDER BY id"))

    def source_content(self, source_id: int) -> bytes:
        return self.project.source_content(source_id)

    def documents(self) -> list[dict]:
        """Every document with its text and case name, in id order."""
        rows = list(self.db.query(
            """SELECT d.id, d.source_id, d.position, d.title, d.filename, d.format, d.source_type, d.region,
                      d.municipality, d.case_id, c.name AS casus, d.imported_at, d.text, d.metadata
               FROM documents d LEFT JOIN cases c ON c.id = d.case_id ORDER BY d.id"""))
        for row in rows:
            row["metadata"] = json.loads(row["metadata"] or "{}")
        return rows

    def document_texts(self) -> Iterator[tuple[int, str]]:
        yield from self.db.execute("SELECT id, text FROM documents ORDER BY id")

    def segments(self) -> dict[int, list[tuple]]:
        """Per document: (kind, start, end, speaker, timestamp, level) in order."""
        result: dict[int, list[tuple]] = {}
        for doc_id, *rest in self.db.execute(
                'SELECT document_id, kind, start, "end", speaker, timestamp, level FROM segments'
                " ORDER BY document_id, position"):
            result.setdefault(doc_id, []).append(tuple(rest))
        return result

    def segments_of_document(self, document_id: int) -> list[tuple]:
        return self.db.execute(
            'SELECT kind, start, "end", speaker, timestamp, level FROM segments WHERE document_id = ? ORDER BY position',
            [document_id]).fetchall()

    def segment_spans(self, document_ids: Iterable[int] | None = None) -> dict[int, list[tuple[int, int]]]:
        result: dict[int, list[tuple[int, int]]] = {}
        for doc_id, start, end in self.db.execute(
                'SELECT document_id, start, "end" FROM segments ORDER BY document_id, position'):
            result.setdefault(doc_id, []).append((start, end))
        if document_ids is not None:
            wanted = set(document_ids)
            result = {k: v for k, v in result.items() if k in wanted}
        return result

    def document_lengths(self) -> dict[int, int]:
        return dict(self.db.execute("SELECT id, LENGTH(text) FROM documents"))

    def codings(self, coders: Iterable[str] | None = None, codes: Iterable[str] | None = None) -> list[dict]:
        sql = ('SELECT id, document_id, start, "end", code_id, coder, created_at, memo, provenance, rule FROM codings')
        clauses, params = [], []
        for column, values in (("coder", coders), ("code_id", codes)):
            if values is not None:
                clause, values = in_list(column, values)
                clauses.append(clause)
                params += values
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += ' ORDER BY document_id, start, "end", coder, code_id, id'
        return list(self.db.query(sql, params))

    def coding_tuples(self, coders: list[str], codes: list[str] | None = None) -> list[tuple]:
        """(document_id, start, end, code_id, coder) of these coders: fast path for agreement."""
        clause, params = in_list("coder", coders)
        sql = f'SELECT document_id, start, "end", code_id, coder FROM codings WHERE {clause}'
        if codes is not None:
            clause, values = in_list("code_id", codes)
            sql += f" AND {clause}"
            params += values
        return self.db.execute(sql, params).fetchall()

    def coders(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT coder FROM codings UNION SELECT coder FROM memos ORDER BY 1")]

    def memos(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM memos ORDER BY target_type, target_id, coder"))

    def cases(self) -> list[dict]:
        return list(self.db.query("SELECT id, name, region, municipality, created_at FROM cases ORDER BY id"))

    def case_attributes(self) -> dict[int, dict[str, str]]:
        result: dict[int, dict[str, str]] = {}
        for case_id, name, value in self.db.execute("SELECT case_id, name, value FROM case_attributes ORDER BY case_id, name"):
            result.setdefault(case_id, {})[name] = value
        return result

    def attribute_definitions(self) -> list[dict]:
        rows = list(self.db.query("SELECT name, type, description, levels, spec FROM attribute_definitions ORDER BY rowid"))
        for row in rows:
            row["levels"] = json.loads(row["levels"]) if row["levels"] else None
        return rows

    def restore_attribute_definition(self, row: dict) -> None:
        """Store an attribute definition exactly (our own round trip)."""
        self.db.execute(
            "INSERT OR REPLACE INTO attribute_definitions (name, type, description, levels, spec) VALUES (?, ?, ?, ?, ?)",
            [row["name"], row["type"], row.get("description"),
             json.dumps(row["levels"], ensure_ascii=False) if row.get("levels") else None, row.get("spec")])

    def attribute_in_use(self, name: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM case_attributes WHERE name = ? LIMIT 1", [name]).fetchone())

    def codes_extra(self) -> dict[str, dict]:
        return {cid: json.loads(extra or "{}") for cid, extra in self.db.execute("SELECT id, extra FROM codes")}

    def all_meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM project"))

    # -- GUIDs, variables, sets ----------------------------------------------------------

    def guids(self, kind: str) -> dict[str, str]:
        """local id → GUID of the objects of ``kind`` that brought their own GUID."""
        return dict(self.db.execute("SELECT local_id, guid FROM exchange_guids WHERE kind = ?", [kind]))

    def set_guid(self, kind: str, local_id: Any, guid: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO exchange_guids (kind, local_id, guid) VALUES (?, ?, ?)",
                        [kind, str(local_id), guid])

    def variable_types(self) -> dict[str, tuple[str, str]]:
        return {n: (t, s) for n, t, s in self.db.execute("SELECT name, refi_type, scope FROM exchange_variables")}

    def set_variable_type(self, name: str, refi_type: str, scope: str) -> None:
        old = self.db.execute("SELECT scope FROM exchange_variables WHERE name = ?", [name]).fetchone()
        if old and old[0] != scope:
            scope = "both"
        self.db.execute("INSERT OR REPLACE INTO exchange_variables (name, refi_type, scope) VALUES (?, ?, ?)",
                        [name, refi_type, scope])

    def sets(self) -> list[dict]:
        """Every set with ``members``: a list of (member_type, member_id)."""
        sets = list(self.db.query("SELECT id, name, description FROM exchange_sets ORDER BY id"))
        members: dict[int, list[tuple[str, str]]] = {}
        for set_id, kind, member in self.db.execute(
                "SELECT set_id, member_type, member_id FROM exchange_set_members ORDER BY rowid"):
            members.setdefault(set_id, []).append((kind, member))
        for s in sets:
            s["members"] = members.get(s["id"], [])
        return sets

    def add_set(self, name: str, description: str, members: Iterable[tuple[str, str]]) -> int:
        """Add a set; a set with the same name gets the new members added. Returns its id."""
        row = self.db.execute("SELECT id FROM exchange_sets WHERE name = ?", [name]).fetchone()
        set_id = row[0] if row else self.db.execute(
            "INSERT INTO exchange_sets (name, description) VALUES (?, ?)", [name, description or ""]).lastrowid
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO exchange_set_members (set_id, member_type, member_id) VALUES (?, ?, ?)",
            [(set_id, kind, str(member)) for kind, member in members])
        return set_id

    # -- writing imported coding ---------------------------------------------------------

    def coding_keys(self) -> set[tuple]:
        return {tuple(r) for r in self.db.execute('SELECT document_id, start, "end", code_id, coder FROM codings')}

    def insert_codings(self, journal_coder: str, description: str, rows: list[dict]) -> int:
        """Insert coding rows (with their own coder and date) as ONE undoable action."""
        if not rows:
            return 0
        with Journal(self.project, journal_coder).action(description) as rec:
            rec.insert_many("codings", rows)
        return len(rows)

    def write_memos(self, journal_coder: str, description: str, memos: list[dict]) -> int:
        """Add memos (target_type, target_id, coder, text, created_at, updated_at) as one action.

        A memo for a target and coder that already has one is appended to it,
        unless the same text is already there. Returns the number written.
        """
        written = 0
        with Journal(self.project, journal_coder).action(description) as rec:
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

    def set_document_case(self, document_id: int, case_id: int | None) -> None:
        self.db.execute("UPDATE documents SET case_id = ? WHERE id = ?", [case_id, document_id])

    def set_document_fields(self, document_id: int, fields: dict) -> None:
        if fields:
            sets = ", ".join(f"[{k}] = ?" for k in fields)
            self.db.execute(f"UPDATE documents SET {sets} WHERE id = ?", [*fields.values(), document_id])

    def set_case_fields(self, case_id: int, fields: dict) -> None:
        if fields:
            sets = ", ".join(f"[{k}] = ?" for k in fields)
            self.db.execute(f"UPDATE cases SET {sets} WHERE id = ?", [*fields.values(), case_id])

    def replace_segments(self, document_id: int, segments: list[tuple], text: str) -> None:
        """Replace a document's segments by (kind, start, end, speaker, timestamp, level) tuples."""
        self.db.execute("DELETE FROM segments WHERE document_id = ?", [document_id])
        self.db.conn.executemany(
            'INSERT INTO segments (document_id, position, kind, start, "end", speaker, timestamp, level, text)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(document_id, i, k, s, e, sp, ts, lv, text[s:e]) for i, (k, s, e, sp, ts, lv) in enumerate(segments)])

    def max_source_position(self, source_id: int) -> int:
        return self.db.execute("SELECT COALESCE(MAX(position), -1) FROM documents WHERE source_id = ?",
                               [source_id]).fetchone()[0]

    # -- merging project copies ------------------------------------------------------------

    def actions(self) -> list[tuple]:
        """(id, coder, at, description, state) of every journaled action, in order."""
        return self.db.execute("SELECT id, coder, at, description, state FROM actions ORDER BY id").fetchall()

    def audit_after(self, action_id: int) -> list[tuple]:
        """(action_id, table, row_id, before, after) of the changes of actions after ``action_id``."""
        return [(a, t, json.loads(r), json.loads(b) if b else None, json.loads(x) if x else None)
                for a, t, r, b, x in self.db.execute(
                    "SELECT action_id, table_name, row_id, before, after FROM audit WHERE action_id > ?"
                    " ORDER BY action_id, seq", [action_id])]

    def merge_record(self, source_key: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM exchange_merges WHERE source_key = ?", [source_key]))
        if not rows:
            return None
        rows[0]["merge_actions"] = json.loads(rows[0]["merge_actions"])
        return rows[0]

    def all_merge_actions(self) -> dict[str, list[int]]:
        return {k: json.loads(v) for k, v in self.db.execute("SELECT source_key, merge_actions FROM exchange_merges")}

    def record_merge(self, source_key: str, source_path: str, last_action_id: int, merge_action: int | None) -> None:
        record = self.merge_record(source_key)
        actions = (record["merge_actions"] if record else []) + ([merge_action] if merge_action else [])
        self.db.execute(
            "INSERT OR REPLACE INTO exchange_merges (source_key, source_path, last_action_id, merge_actions, merged_at)"
            " VALUES (?, ?, ?, ?, ?)", [source_key, source_path, last_action_id, json.dumps(actions), now()])

    def code_rows(self) -> dict[str, dict]:
        return {r["id"]: r for r in self.db.query("SELECT * FROM codes")}

    def coding_rows(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM codings ORDER BY id"))

    def apply_changes(self, journal_coder: str, description: str, changes: list[tuple]) -> int | None:
        """Apply ('insert'|'update'|'delete', table, row or id, fields) changes as ONE action; return its id."""
        with Journal(self.project, journal_coder).action(description) as rec:
            for op, table, target, fields in changes:
                if op == "insert":
                    rec.insert(table, target)
                elif op == "update":
                    rec.update(table, target, fields)
                elif op == "delete":
                    rec.delete(table, target)
            return rec.action_id if rec.changes else None
