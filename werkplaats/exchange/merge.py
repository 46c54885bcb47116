"""Merge coders' copies of a project into one project (``werkplaats voeg-samen doel.wpl a.wpl b.wpl``).

- Documents are matched by the hash of their text; a document only in the
  copy is added (with its original file, segments and case).
- Codes are matched by id, codings by (document, span, code, coder): every
  coding keeps its coder, date, memo and provenance. Memos by (target, coder).
- Who changed what is read from the journal (the ``actions``/``audit`` tables)
  that both files carry: the actions they share are the common history; what
  came after is each side's own change. A change on one side is taken over;
  the same thing changed differently on both sides is a **conflict**, as is a
  code deleted on one side and used on the other. Conflicts are listed and
  nothing is written, unless the user chose how to resolve them
  (``prefer='target'|'source'``, ``on_deleted='restore'|'follow'``).
- The merge is one undoable action in the target. Which actions of which copy
  were merged is recorded, so merging the same copy twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..model import ImportedDocument, Segment
from ..store import Project, StoreError

CODE_FIELDS = ("parent_id", "name", "definition", "include", "exclude", "example", "keywords", "colour", "extra")
FIELD_LABELS = {"parent_id": "plaats in de boom", "name": "naam", "definition": "definitie", "include": "wel coderen",
                "exclude": "niet coderen", "example": "voorbeeld", "keywords": "trefwoorden", "colour": "kleur",
                "extra": "overige gegevens"}
PREFER = ("target", "source")  # which side wins a conflicting change
ON_DELETED = ("restore", "follow")  # a code deleted on one side and used on the other: keep it, or follow the deletion


class MergeError(StoreError):
    """A merge that cannot be done; the message is Dutch."""


class Conflict(str):
    """An unresolved conflict: its Dutch description, and which choice resolves it.

    ``kind`` is ``CHANGED`` (the same thing changed differently on both sides:
    choose a side, ``prefer``) or ``DELETED_USED`` (a code deleted on one side
    and used on the other: restore it or follow the deletion, ``on_deleted``).
    """

    kind: str

    def __new__(cls, text: str, kind: str) -> "Conflict":
        conflict = super().__new__(cls, text)
        conflict.kind = kind
        return conflict


CHANGED = "changed"
DELETED_USED = "deleted"


@dataclass
class MergeReport:
    source: str
    documents: int = 0
    codes_added: int = 0
    codes_updated: int = 0
    codes_deleted: int = 0
    codings_added: int = 0
    codings_deleted: int = 0
    codings_updated: int = 0
    memos_added: int = 0
    memos_updated: int = 0
    memos_deleted: int = 0
    attributes: int = 0
    conflicts: list[Conflict] = field(default_factory=list)  # unresolved: nothing was written
    resolved: list[str] = field(default_factory=list)  # how each conflict was resolved
    notes: list[str] = field(default_factory=list)
    applied: bool = False

    @property
    def changes(self) -> int:
        return (self.documents + self.codes_added + self.codes_updated + self.codes_deleted + self.codings_added
                + self.codings_deleted + self.codings_updated + self.memos_added + self.memos_updated
                + self.memos_deleted + self.attributes)


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _History:
    """One side's own changes (after the common history), by object."""

    def __init__(self, audit: list[tuple], actions: set[int], doc_hash: dict[int, str]) -> None:
        self.code_fields: dict[str, set[str]] = {}
        self.code_inserted: set[str] = set()
        self.code_deleted: set[str] = set()
        self.merged_into: dict[str, str] = {}  # code → code its codings moved to (merge_codes)
        self.coding_added: set[tuple] = set()
        self.coding_removed: set[tuple] = set()
        self.coding_memo: set[tuple] = set()
        self.memo_changed: set[tuple] = set()
        self.memo_deleted: set[tuple] = set()
        self.touched_codes: set[str] = set()
        self.doc_hash = doc_hash
        for action_id, table, row_id, before, after in audit:
            if action_id not in actions:
                continue
            if table == "codes":
                self.touched_codes.add(row_id)
                if before is None:
                    self.code_inserted.add(row_id)
                elif after is None:
                    self.code_deleted.add(row_id)
                else:
                    self.code_fields.setdefault(row_id, set()).update(
                        f for f in CODE_FIELDS if before.get(f) != after.get(f))
            elif table == "codings":
                old, new = self.coding_key(before), self.coding_key(after)
                if old != new:
                    if old:
                        self.coding_removed.add(old)
                    if new:
                        self.coding_added.add(new)
                    if old and new and old[3] != new[3]:
                        self.merged_into[old[3]] = new[3]
                    if new:
                        self.touched_codes.add(new[3])
                elif before and after and before.get("memo") != after.get("memo"):
                    self.coding_memo.add(new)
            elif table == "memos":
                key = self.memo_key(after or before)
                if after is None:
                    self.memo_deleted.add(key)
                else:
                    self.memo_changed.add(key)
                    self.memo_deleted.discard(key)

    def coding_key(self, row: dict | None) -> tuple | None:
        if not row or row.get("document_id") not in self.doc_hash:
            return None
        return (self.doc_hash[row["document_id"]], row["start"], row["end"], row["code_id"], row["coder"])

    def memo_key(self, row: dict) -> tuple:
        target = row["target_id"]
        if row["target_type"] == "document" and str(target).isdigit():
            target = self.doc_hash.get(int(target), target)
        return (row["target_type"], str(target), row["coder"])


def _common_prefix(a: list[tuple], b: list[tuple]) -> int:
    """The last action id both histories share (0: none)."""
    common = 0
    for x, y in zip(a, b):
        if x[:4] != y[:4]:
            break
        common = x[0]
    return common


def merge(target: Project, source_path: str | Path, coder: str, *, prefer: str | None = None,
          on_deleted: str | None = None, dry_run: bool = False) -> MergeReport:
    """Merge the project copy at ``source_path`` into ``target``; see the module docstring."""
    if prefer not in (None, *PREFER):
        raise ValueError(f"prefer must be one of {PREFER}, not {prefer!r}")
    if on_deleted not in (None, *ON_DELETED):
        raise ValueError(f"on_deleted must be one of {ON_DELETED}, not {on_deleted!r}")
    source_path = Path(source_path)
    if source_path.resolve() == target.path.resolve():
        raise MergeError("Een project kan niet met zichzelf samengevoegd worden.")
    report = MergeReport(str(source_path))
    with Project(source_path) as source:
        _merge(target, source, coder, prefer, on_deleted, dry_run, report)
    return report


SOURCE_WINS = " Opgelost: de kopie gaat voor."
TARGET_WINS = " Opgelost: het doel gaat voor."


def _merge(target: Project, source: Project, coder: str, prefer, on_deleted, dry_run, report: MergeReport) -> None:
    plan = _Merge(target, source, prefer, on_deleted, report)
    plan.codes()
    plan.codes_deleted_in_copy()
    plan.codings()
    plan.memos()
    plan.attributes()
    plan.count()
    if report.conflicts or dry_run:
        return
    plan.apply(coder)
    report.applied = True


class _Merge:
    """What merging one copy into the target changes; built step by step, then applied at once."""

    def __init__(self, target: Project, source: Project, prefer: str | None, on_deleted: str | None,
                 report: MergeReport) -> None:
        self.target, self.source, self.prefer, self.on_deleted, self.report = target, source, prefer, on_deleted, report
        self._histories()
        self.changes: list[tuple] = []  # updates and deletes, in order
        self.code_inserts: list[dict] = []
        self.code_deletes: list[str] = []
        self.skip_codes: set[str] = set()
        self.remap: dict[str, str] = {}  # code of the copy → code its codings go to
        self.coding_inserts: list[tuple[str, dict]] = []  # (document hash, row)
        self.coding_deletes: list[int] = []
        self.memo_inserts: list[tuple[tuple, dict]] = []
        self.attribute_sets: list[tuple[str, str, str]] = []  # (case name, attribute, value)

    def _histories(self) -> None:
        """Common history, what each side did since, documents by text hash."""
        target, source = self.target, self.source
        t_actions, self.s_actions = target.journal.actions(), source.journal.actions()
        common = _common_prefix(t_actions, self.s_actions)
        s_own = [a for a in self.s_actions if a[0] > common]
        key_basis = f"{s_own[0][1]}|{s_own[0][2]}|{s_own[0][3]}" if s_own else f"pad|{Path(source.path).resolve()}"
        self.source_key = hashlib.sha256(key_basis.encode("utf-8")).hexdigest()[:16]
        record = target.exchange.merge_record(self.source_key)
        last = max(common, record["last_action_id"] if record else 0)
        own_merges = set(record["merge_actions"]) if record else set()
        self.first = record is None
        t_docs = {d["id"]: d for d in sorted(target.documents.list(with_text=True), key=lambda d: d["id"])}
        s_docs = {d["id"]: d for d in sorted(source.documents.list(with_text=True), key=lambda d: d["id"])}
        self.t_hash = {i: _text_hash(d["text"]) for i, d in t_docs.items()}
        self.s_hash = {i: _text_hash(d["text"]) for i, d in s_docs.items()}
        self.t_by_hash: dict[str, int] = {}
        for i, h in self.t_hash.items():
            self.t_by_hash.setdefault(h, i)
        self.new_docs = [d for i, d in s_docs.items() if self.s_hash[i] not in self.t_by_hash]
        self.s_hist = _History(source.journal.changes_after(last),
                               {a[0] for a in self.s_actions if a[0] > last and a[4] == "done"}, self.s_hash)
        self.t_hist = _History(target.journal.changes_after(common),
                               {a[0] for a in t_actions if a[0] > common and a[4] == "done" and a[0] not in own_merges},
                               self.t_hash)
        self.t_codes, self.s_codes = target.codes.rows(), source.codes.rows()
        self.t_rows, self.s_rows = _coding_rows(target), _coding_rows(source)
        self.s_used: dict[str, int] = {}
        for k in self.s_rows:
            self.s_used[k["code_id"]] = self.s_used.get(k["code_id"], 0) + 1
        self.t_used: dict[str, int] = {}
        for k in self.t_rows:
            self.t_used[k["code_id"]] = self.t_used.get(k["code_id"], 0) + 1

    def _choose(self, text: str) -> bool:
        """A change made differently on both sides: ``True`` when the copy's version is taken.

        Without a choice (``prefer``) it is a conflict and nothing will be written.
        """
        if self.prefer == "source":
            self.report.resolved.append(text + SOURCE_WINS)
            return True
        if self.prefer == "target":
            self.report.resolved.append(text + TARGET_WINS)
        else:
            self.report.conflicts.append(Conflict(text, CHANGED))
        return False

    # -- codes ------------------------------------------------------------------------------------

    def codes(self) -> None:
        """Codes of the copy: new ones are added, changed fields taken over or reported as conflicts."""
        for cid, srow in self.s_codes.items():
            considered = self.first or cid in self.s_hist.touched_codes
            trow = self.t_codes.get(cid)
            if trow is None:
                if considered:
                    self._code_missing_in_target(cid, srow)
                continue
            if considered:
                self._code_fields(cid, srow, trow)

    def _code_missing_in_target(self, cid: str, srow: dict) -> None:
        if cid not in self.t_hist.code_deleted:
            self.code_inserts.append(srow)
            return
        if not self.s_used.get(cid):
            return  # deleted in the target, unused in the copy: the deletion stands
        where = self.t_hist.merged_into.get(cid)
        text = (f"Code '{srow['name']}' ({cid}) is in het doel verwijderd"
                + (f" (samengevoegd met '{where}')" if where else "")
                + f", maar in de kopie gebruikt ({self.s_used[cid]} coderingen).")
        if self.on_deleted == "restore":
            self.code_inserts.append(srow)
            self.report.resolved.append(text + " Opgelost: code hersteld.")
        elif self.on_deleted == "follow":
            if where and where in self.t_codes:
                self.remap[cid] = where
                self.report.resolved.append(text + f" Opgelost: coderingen gaan naar '{where}'.")
            else:
                self.skip_codes.add(cid)
                self.report.resolved.append(text + " Opgelost: deze coderingen worden niet overgenomen.")
        else:
            self.report.conflicts.append(Conflict(text, DELETED_USED))

    def _code_fields(self, cid: str, srow: dict, trow: dict) -> None:
        updates = {}
        for f in CODE_FIELDS:
            if srow[f] == trow[f]:
                continue
            sc = cid in self.s_hist.code_inserted or f in self.s_hist.code_fields.get(cid, set())
            tc = cid in self.t_hist.code_inserted or f in self.t_hist.code_fields.get(cid, set())
            if not self.first and not sc:
                continue
            if sc and not tc:
                updates[f] = srow[f]
                continue
            if tc and not sc:
                continue
            text = (f"Code '{cid}': {FIELD_LABELS[f]} verschilt: doel '{_short(trow[f])}', kopie '{_short(srow[f])}'"
                    + (" (aan beide kanten gewijzigd)." if sc and tc else "."))
            if self._choose(text):
                updates[f] = srow[f]
        if updates:
            self.changes.append(("update", "codes", cid, updates))
            self.report.codes_updated += 1

    def codes_deleted_in_copy(self) -> None:
        """Codes the copy deleted: gone here too, unless the target still uses them (a conflict)."""
        for cid in self.s_hist.code_deleted:
            if cid in self.s_codes or cid not in self.t_codes:
                continue
            trow = self.t_codes[cid]
            where = self.s_hist.merged_into.get(cid)
            children = [c for c, r in self.t_codes.items() if r["parent_id"] == cid]
            # Codings the copy moved away (merging codes) leave the target with this merge.
            moved = sum(1 for key in self.s_hist.coding_removed if key[3] == cid)
            remaining = self.t_used.get(cid, 0) - moved
            if remaining <= 0 and not children:
                self.code_deletes.append(cid)
                continue
            text = (f"Code '{trow['name']}' ({cid}) is in de kopie verwijderd"
                    + (f" (samengevoegd met '{where}')" if where else "")
                    + f", maar in het doel nog gebruikt ({remaining} coderingen"
                    + (f", {len(children)} subcodes" if children else "") + ").")
            if self.on_deleted == "restore":
                self.report.resolved.append(text + " Opgelost: de code blijft.")
            elif self.on_deleted == "follow" and where and where in self.t_codes and not children:
                self.code_deletes.append(cid)
                self.remap[cid] = where
                self.report.resolved.append(text + f" Opgelost: de coderingen gaan naar '{where}'.")
            elif self.on_deleted == "follow":
                self.report.resolved.append(text + " Kan niet volgen zonder coderingen te verliezen: de code blijft.")
            else:
                self.report.conflicts.append(Conflict(text, DELETED_USED))

    # -- codings and memos --------------------------------------------------------------------------

    def codings(self) -> None:
        """Codings by (document, span, code, coder): new ones added, memos merged, deletions followed."""
        self.t_key_row = {}
        for k in self.t_rows:
            self.t_key_row[(self.t_hash[k["document_id"]], k["start"], k["end"], k["code_id"], k["coder"])] = k
        s_keys = set()
        for k in self.s_rows:
            key = (self.s_hash[k["document_id"]], k["start"], k["end"], k["code_id"], k["coder"])
            s_keys.add(key)
            considered = self.first or key in self.s_hist.coding_added or key in self.s_hist.coding_memo
            if considered and k["code_id"] not in self.skip_codes:
                self._coding(k, key)
        for key in self.s_hist.coding_removed:
            if key in s_keys:
                continue
            row = self.t_key_row.get(key)
            if row and "id" in row and key not in self.t_hist.coding_added:
                self.coding_deletes.append(row["id"])
        for cid in self.code_deletes:
            for key, row in self.t_key_row.items():
                if key[3] == cid and "id" in row and row["id"] not in self.coding_deletes and cid in self.remap:
                    self.changes.append(("update", "codings", row["id"], {"code_id": self.remap[cid]}))
                    self.report.codings_updated += 1

    def _coding(self, k: dict, key: tuple) -> None:
        code_id = self.remap.get(k["code_id"], k["code_id"])
        mapped = (key[0], key[1], key[2], code_id, key[4])
        existing = self.t_key_row.get(mapped)
        if existing is None:
            if mapped in self.t_hist.coding_removed and key not in self.s_hist.coding_added:
                return  # deleted in the target
            self.coding_inserts.append((key[0], {c: k[c] for c in ("start", "end", "coder", "created_at", "memo",
                                                                   "provenance", "rule")} | {"code_id": code_id}))
            self.t_key_row[mapped] = {"memo": k["memo"]}
        elif (existing.get("memo") or None) != (k["memo"] or None) and "id" in existing:
            sc = key in self.s_hist.coding_memo or key in self.s_hist.coding_added
            tc = mapped in self.t_hist.coding_memo or mapped in self.t_hist.coding_added
            if not existing.get("memo") or (sc and not tc):
                self.changes.append(("update", "codings", existing["id"], {"memo": k["memo"]}))
                self.report.codings_updated += 1
            elif k["memo"] and sc and tc:
                text = f"Memo bij een codering van {k['coder']} ({k['code_id']}) verschilt aan beide kanten."
                if self._choose(text):
                    self.changes.append(("update", "codings", existing["id"], {"memo": k["memo"]}))
                    self.report.codings_updated += 1

    def memos(self) -> None:
        """Memos by (target, coder): new ones added, changes taken over or reported as conflicts."""
        self.t_memos = {_memo_key(m, self.t_hash): m for m in self.target.memos.list()}
        s_memos = {_memo_key(m, self.s_hash): m for m in self.source.memos.list()}
        for key, m in s_memos.items():
            if not (self.first or key in self.s_hist.memo_changed):
                continue
            tm = self.t_memos.get(key)
            if tm is None:
                if key not in self.t_hist.memo_deleted:
                    self.memo_inserts.append((key, m))
            elif tm["text"] != m["text"]:
                sc, tc = key in self.s_hist.memo_changed, key in self.t_hist.memo_changed
                if tc and not sc:
                    continue
                if (sc and not tc) or self._choose(f"Memo van {m['coder']} bij {m['target_type']} verschilt "
                                                   "aan beide kanten."):
                    self.changes.append(("update", "memos", tm["id"], {"text": m["text"], "updated_at": m["updated_at"]}))
                    self.report.memos_updated += 1
        for key in self.s_hist.memo_deleted:
            if key in self.t_memos and key not in s_memos and key not in self.t_hist.memo_changed:
                self.changes.append(("delete", "memos", self.t_memos[key]["id"], None))
                self.report.memos_deleted += 1

    def attributes(self) -> None:
        """Case attributes of cases on both sides: missing values added, different values a conflict (first merge)."""
        t_cases = {c["name"]: c for c in sorted(self.target.cases.list(), key=lambda c: c["id"])}
        s_cases = {c["id"]: c for c in sorted(self.source.cases.list(), key=lambda c: c["id"])}
        t_attrs, self.s_attrs = self.target.cases.attributes_by_case(), self.source.cases.attributes_by_case()
        for case_id, values in self.s_attrs.items():
            name = s_cases[case_id]["name"]
            if name not in t_cases:
                continue  # comes along with a new document, or has no documents here
            current = t_attrs.get(t_cases[name]["id"], {})
            for attr, value in values.items():
                if attr not in current:
                    self.attribute_sets.append((name, attr, value))
                elif current[attr] != value and (self.prefer or self.first):
                    text = f"Casus '{name}': kenmerk '{attr}' is '{current[attr]}' in het doel en '{value}' in de kopie."
                    if self._choose(text):
                        self.attribute_sets.append((name, attr, value))

    # -- the result -------------------------------------------------------------------------------

    def count(self) -> None:
        report = self.report
        report.documents = len(self.new_docs)
        report.codes_added = len(self.code_inserts)
        report.codes_deleted = len(self.code_deletes)
        report.codings_added = len(self.coding_inserts)
        report.codings_deleted = len(self.coding_deletes)
        report.memos_added = len(self.memo_inserts)
        report.attributes = len(self.attribute_sets)
        if self.new_docs:
            report.notes.append(f"{len(self.new_docs)} documenten staan alleen in de kopie en worden toegevoegd.")

    def apply(self, coder: str) -> None:
        """Write everything in one transaction; the journaled part is one undoable action of ``coder``."""
        target, source = self.target, self.source
        s_definitions = {d["name"]: d for d in source.cases.definitions()}
        with target.atomic():
            # New documents (not journaled, like every import).
            doc_map: dict[str, int] = dict(self.t_by_hash)
            for doc in self.new_docs:
                doc_map[self.s_hash[doc["id"]]] = _copy_document(target, source, doc, self.s_attrs, s_definitions)
            for case_name, attr, value in self.attribute_sets:
                if target.cases.definition(attr) is None and attr in s_definitions:
                    target.cases.restore_definition(s_definitions[attr])
                target.cases.set_attributes(target.cases.ensure(case_name), {attr: value})
            action = target.journal.replay(self._journaled(doc_map), coder=coder,
                                           description=f"samengevoegd met '{Path(source.path).name}'")
            target.exchange.record_merge(self.source_key, str(Path(source.path).resolve()),
                                         max((a[0] for a in self.s_actions), default=0), action)

    def _journaled(self, doc_map: dict[str, int]) -> list[tuple]:
        """Every journaled change, parents before children, deletions after what moved away."""
        ordered = _parents_first(self.code_inserts, self.t_codes)
        changes = [("insert", "codes", row, None) for row in ordered] + self.changes
        for h, row in self.coding_inserts:
            changes.append(("insert", "codings", row | {"document_id": doc_map[h]}, None))
        changes += [("delete", "codings", i, None) for i in self.coding_deletes]
        for cid in self.code_deletes:
            for child_memo in [m for k, m in self.t_memos.items() if k[0] == "code" and k[1] == cid]:
                if cid in self.remap:
                    changes.append(("update", "memos", child_memo["id"], {"target_id": self.remap[cid]}))
            changes.append(("delete", "codes", cid, None))
        for key, m in self.memo_inserts:
            target_id = m["target_id"]
            if m["target_type"] == "document":
                target_id = str(doc_map.get(key[1], target_id))
            changes.append(("insert", "memos", {"target_type": m["target_type"], "target_id": target_id,
                                                "coder": m["coder"], "text": m["text"],
                                                "created_at": m["created_at"], "updated_at": m["updated_at"]}, None))
        return changes


def _memo_key(m: dict, doc_hash: dict[int, str]) -> tuple:
    target = m["target_id"]
    if m["target_type"] == "document" and str(target).isdigit():
        target = doc_hash.get(int(target), target)
    return (m["target_type"], str(target), m["coder"])


def _short(value) -> str:
    text = str(value if value is not None else "(geen)")
    return text if len(text) <= 60 else text[:59] + "…"


def _parents_first(rows: list[dict], existing: dict) -> list[dict]:
    done = set(existing)
    ordered, pending = [], list(rows)
    while pending:
        progress = False
        for row in list(pending):
            if row["parent_id"] is None or row["parent_id"] in done:
                ordered.append(row)
                done.add(row["id"])
                pending.remove(row)
                progress = True
        if not progress:  # parent missing on both sides: keep the code at the top level
            row = pending.pop(0)
            ordered.append(row | {"parent_id": None})
            done.add(row["id"])
    return ordered


def _coding_rows(project: Project) -> list[dict]:
    return sorted(project.codings.rows(), key=lambda k: k["id"])


def _copy_document(target: Project, source: Project, doc: dict, s_attrs: dict, s_definitions: dict) -> int:
    src = next(s for s in source.documents.sources() if s["id"] == doc["source_id"])
    existing = target.documents.source_by_sha(src["sha256"])
    position = doc["position"]
    if existing:
        source_id = existing["id"]
        position = max(position, target.documents.next_position(source_id))
    else:
        source_id = target.documents.add_source(filename=src["filename"], path=src["path"], sha256=src["sha256"],
                                                content=source.documents.source_content(src["id"]), fmt=src["format"])
    text = doc["text"]
    segments = [Segment(s["start"], s["end"], text[s["start"]:s["end"]], s["kind"], s["speaker"], s["timestamp"],
                        s["level"]) for s in source.documents.segments(doc["id"])]
    imported = ImportedDocument(title=doc["title"], text=text, segments=segments, format=doc["format"],
                                metadata=doc["metadata"])
    doc_id = target.documents.add(imported, source_id=source_id, filename=doc["filename"],
                                   source_type=doc["source_type"], region=doc["region"],
                                   municipality=doc["municipality"], case=doc["case_name"], position=position)
    if doc["case_id"] is not None and s_attrs.get(doc["case_id"]):
        case_id = target.cases.ensure(doc["case_name"])
        for attr, value in s_attrs[doc["case_id"]].items():
            if target.cases.definition(attr) is None and attr in s_definitions:
                target.cases.restore_definition(s_definitions[attr])
            if attr not in target.cases.attributes(case_id):
                target.cases.set_attributes(case_id, {attr: value})
    target.documents.set_fields(doc_id, {"imported_at": doc["imported_at"]})
    return doc_id


def merge_json(report: MergeReport) -> str:
    return json.dumps(report.__dict__, ensure_ascii=False, indent=2)
