"""Import a REFI-QDA project (read by :mod:`.qdpx_read`) into a project.

Everything is written in ONE transaction; codes and codings are journaled
actions (undoable). Our own exports carry ``werkplaats.json`` with what
REFI-QDA cannot hold; with it the round trip is lossless. Documents whose
text is already in the project are not added again; their codings are added
to the existing document (importing twice adds nothing).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..codebook import qdc
from ..importers.structure import Paragraph, TURN_RE, speaker_labels
from ..model import PARAGRAPH, SOURCE_TYPES, TURN, ImportedDocument, Segment
from ..store import AttributeValueError, Definition, Project, now
from .qdpx_archive import Archive
from .qdpx_read import DocDef, NoteDef, Parsed, SelectionDef, read_qdpx
from .refi import ATTRIBUTE_TYPE, LEVELS_LABEL, MUNICIPALITY_VAR, REGION_VAR, SOURCE_TYPE_VAR, gkey, iso_datetime


@dataclass
class ImportReport:
    path: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    conventions: dict[str, str] = field(default_factory=dict)  # document title → position convention
    existing: list[str] = field(default_factory=list)  # documents that were already in the project
    document_ids: list[int] = field(default_factory=list)


# -- writing ------------------------------------------------------------------------------------


def _line_segments(text: str) -> list[Segment]:
    """Segments for a text from another program: one per non-empty line, speaker turns recognised."""
    lines = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            lines.append((offset + lead, stripped))
        offset += len(line) + 1
    labels = speaker_labels([Paragraph(t) for _, t in lines]) if lines else set()
    segments = []
    for start, line in lines:
        m = TURN_RE.match(line) if labels else None
        if m and m.group("label") in labels and not m.group("ts1") and not m.group("ts2"):
            rest_at = m.start("rest")
            segments.append(Segment(start + rest_at, start + len(line), line[rest_at:], TURN, speaker=m.group("label")))
        else:
            segments.append(Segment(start, start + len(line), line, PARAGRAPH))
    return segments


def _note_text(note: NoteDef, own: bool) -> str:
    if own or not note.name:
        return note.text
    return f"{note.name}\n\n{note.text}" if note.text.strip() else note.name


def _unique_id(code_id: str, taken: set[str]) -> str:
    candidate, n = code_id, 2
    while candidate in taken:
        candidate, n = f"{code_id}_{n}", n + 1
    return candidate


def import_qdpx(project: Project, path: str | os.PathLike, coder: str, parsed: Parsed | None = None) -> ImportReport:
    """Import a REFI-QDA project into ``project`` in one transaction; return what was done and skipped.

    ``coder`` is used for the journal and for codings and memos without a user.
    Documents whose text is already in the project are not added again; their
    codings are added to the existing document (importing twice adds nothing).
    """
    parsed = parsed or read_qdpx(path)
    run = _Import(project, path, coder, parsed)
    with project.atomic():
        for key, name in parsed.users.items():
            project.exchange.set_guid("user", name, key)
        run.codes()
        run.attributes()
        run.cases()
        run.documents()
        memos = run.memos()
        rows = run.codings(memos)
        run.report.counts["coderingen"] = project.codings.add_rows(
            rows, coder=coder, description=f"REFI-QDA-project '{parsed.name}' geïmporteerd")
        run.report.counts["memo's"] = project.memos.add_many(
            [m for m in memos if m["text"].strip()], coder=coder, description=f"memo's uit '{parsed.name}'")
        run.sets()
    run.report.counts.update({"documenten": len(run.report.document_ids), "al aanwezig": len(run.report.existing),
                              "codes": len(parsed.codebook.codes), "casussen": len(parsed.cases),
                              "sets": len(parsed.sets), "gebruikers": len(parsed.users)})
    return run.report


class _Import:
    """One import in progress: what each part of the file became in the project."""

    def __init__(self, project: Project, path: str | os.PathLike, coder: str, parsed: Parsed) -> None:
        self.project, self.path, self.coder, self.parsed = project, path, coder, parsed
        self.report = ImportReport(str(path), warnings=list(parsed.warnings))
        self.side = parsed.sidecar or {}
        self.case_of_doc: dict[str, str] = {}  # document GUID → case name
        self.case_ids: dict[str, int] = {}  # case GUID → case id
        self.doc_ids: dict[str, int] = {}  # document GUID → document id
        self.texts: dict[int, str] = {}

    def user_name(self, key: str | None) -> str | None:
        return self.parsed.users.get(key) if key else None

    def codes(self) -> None:
        """Codes: GUIDs that the project knows map to its codes; clashing ids get a suffix."""
        project, parsed, report = self.project, self.parsed, self.report
        existing = {row["id"]: row for row in project.codes.list()}
        known_guid = {}
        for cid, row in existing.items():
            extra = row["extra"]
            known_guid[gkey(extra.get("guid") or qdc.code_guid(cid))] = cid
        rename: dict[str, str] = {}
        taken = set(existing)
        for guid, cid in parsed.code_ids.items():
            if guid in known_guid:
                rename[cid] = known_guid[guid]
            elif cid in existing:
                rename[cid] = _unique_id(cid, taken | set(parsed.code_ids.values()))
                taken.add(rename[cid])
                report.warnings.append(f"Code-id '{cid}' bestond al met een andere code; de geïmporteerde code heet "
                                       f"'{rename[cid]}'.")
        codebook = parsed.codebook
        for code in codebook.codes:
            if code.id in rename:
                code.id = rename[code.id]
            if code.parent in rename:
                code.parent = rename[code.parent]
            if not code.extra.get("guid"):
                original = next((g for g, i in parsed.code_ids.items() if rename.get(i, i) == code.id), None)
                if original and original != gkey(qdc.code_guid(code.id)):
                    code.extra["guid"] = original
        own_codes = self.side.get("codes", {})
        for code in codebook.codes:
            extra = own_codes.get(code.id, {}).get("extra")
            if extra is not None:
                code.extra = extra
        self.code_ids = {g: rename.get(i, i) for g, i in parsed.code_ids.items()}
        if codebook.codes:
            self._load_codebook(codebook)

    def _load_codebook(self, codebook) -> None:
        """Load the codes; the project keeps its own codebook name (or takes the one our export carried)."""
        project, settings = self.project, self.project.settings
        old_meta = {k: settings.get(k) for k in ("codebook_name", "codebook_version", "codebook_extra")}
        codebook.name = codebook.name or self.parsed.name
        codebook.extra.setdefault("origin", self.parsed.origin)
        counts = project.codes.load_codebook(codebook, coder=self.coder)
        self.report.counts["codes nieuw"] = counts["new"]
        self.report.counts["codes bijgewerkt"] = counts["updated"]
        if old_meta["codebook_name"]:
            for k, v in old_meta.items():
                settings.set(k, v)
        elif self.side.get("meta"):
            for k, v in self.side["meta"].items():
                settings.set(k, v)

    def attributes(self) -> None:
        """Attribute definitions (exactly, from our own export) and the REFI types and GUIDs of variables."""
        project, parsed, cases = self.project, self.parsed, self.project.cases
        for row in self.side.get("attributes") or []:
            current = cases.definition(row["name"])
            if current is None or not cases.attribute_in_use(row["name"]):
                cases.restore_definition(row)
            elif (current.type, current.levels) != (row["type"], row.get("levels")):
                self.report.warnings.append(f"Kenmerk '{row['name']}' bestaat al met een andere definitie; "
                                            "de definitie van het project is gehouden.")
        case_var_keys = {k for case in parsed.cases for k, _, _ in case.values}
        source_var_keys = {k for d in parsed.docs for k, _, _ in d.values}
        reserved = {REGION_VAR, MUNICIPALITY_VAR, SOURCE_TYPE_VAR}
        for key, (name, refi_type, description) in parsed.variables.items():
            if name.lower() in reserved:
                continue
            scope = "both" if key in case_var_keys and key in source_var_keys else (
                "source" if key in source_var_keys else "case")
            project.exchange.set_variable_type(name, refi_type, scope)
            project.exchange.set_guid("variable", name, key)
            if scope == "source" or cases.definition(name) is not None:
                continue
            kind, levels = ATTRIBUTE_TYPE.get(refi_type, "text"), None
            if LEVELS_LABEL in description:
                description, _, level_text = description.partition(LEVELS_LABEL)
                description = description.strip()
                levels = [x.strip() for x in level_text.split("|") if x.strip()]
                kind = "ordinal"
            cases.define(Definition(name, kind, description or None, levels))

    def cases(self) -> None:
        """Cases with their region, municipality and typed values; which documents belong to which case."""
        project, report, variables = self.project, self.report, self.parsed.variables
        for case in self.parsed.cases:
            own_case = self.side.get("cases", {}).get(case.guid, {})
            region = municipality = None
            values = {}
            for key, refi_type, value in case.values:
                name = variables.get(key, (None,))[0]
                if name is None:
                    report.warnings.append(f"Casus '{case.name}': waarde van onbekende variabele overgeslagen.")
                elif name.lower() == REGION_VAR:
                    region = value
                elif name.lower() == MUNICIPALITY_VAR:
                    municipality = value
                elif value != "":
                    values[name] = value
            case_id = project.cases.ensure(case.name, project.cases.ensure_region(own_case.get("region", region)),
                                           own_case.get("municipality", municipality))
            self.case_ids[case.guid] = case_id
            project.exchange.set_guid("case", case_id, case.guid)
            if own_case.get("created_at"):
                project.cases.set_fields(case_id, {"created_at": own_case["created_at"]})
            for name, value in values.items():
                try:
                    project.cases.set_attributes(case_id, {name: value})
                except AttributeValueError as exc:
                    report.warnings.append(f"Casus '{case.name}': {exc}; waarde overgeslagen.")
            if case.description:
                report.warnings.append(f"Casus '{case.name}': de beschrijving is als casusmemo overgenomen.")
            for src in case.sources:
                if src in self.case_of_doc and self.case_of_doc[src] != case.name:
                    report.warnings.append(f"Een bron hoort bij meerdere casussen ('{self.case_of_doc[src]}' en "
                                           f"'{case.name}'); hier hoort een document bij één casus: "
                                           f"'{self.case_of_doc[src]}' is gekozen.")
                    continue
                self.case_of_doc[src] = case.name

    def documents(self) -> None:
        """Documents, matched by text with those already in the project; our export's fields restored."""
        project, report = self.project, self.report
        by_hash: dict[str, int] = {}
        for doc_id, text in project.documents.texts().items():
            by_hash.setdefault(hashlib.sha256(text.encode("utf-8")).hexdigest(), doc_id)
        matched: set[int] = set()
        own_docs = self.side.get("documents", {})
        own_sources = self.side.get("sources", {})
        archive = Archive(Path(self.path)) if own_sources else None
        try:
            for doc in self.parsed.docs:
                text = doc.tmap.text
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                if digest in by_hash and by_hash[digest] not in matched and text.strip():
                    self.doc_ids[doc.guid] = by_hash[digest]
                    matched.add(by_hash[digest])
                    self.texts[by_hash[digest]] = text
                    report.existing.append(doc.name)
                    continue
                info = own_docs.get(doc.guid)
                if info and info.get("text_sha256") != digest:
                    report.warnings.append(f"Document '{doc.name}': de tekst is na de export gewijzigd; "
                                           "segmenten en kenmerken uit werkplaats.json zijn niet gebruikt.")
                    info = None
                doc_id = _add_document(project, doc, info, own_sources, archive, self.case_of_doc,
                                       self.parsed.variables, report)
                self.doc_ids[doc.guid] = doc_id
                self.texts[doc_id] = text
                by_hash.setdefault(digest, doc_id)
                matched.add(doc_id)
                project.exchange.set_guid("document", doc_id, doc.guid)
                report.document_ids.append(doc_id)
        finally:
            if archive:
                archive.close()
        for doc in self.parsed.docs:
            report.conventions[doc.name] = doc.convention
        for guid, info in self.side.get("cases", {}).items():
            if guid in self.case_ids:
                project.cases.set_fields(self.case_ids[guid], {
                    "region": project.cases.ensure_region(info.get("region")), "municipality": info.get("municipality"),
                    "created_at": info.get("created_at")})

    def _note_targets(self) -> dict[str, list[tuple[str, str, str | None]]]:
        """note → (type, id, selection quote) of what it belongs to; notes on a selection go to the selection."""
        parsed, code_ids, doc_ids = self.parsed, self.code_ids, self.doc_ids
        note_targets: dict[str, list[tuple[str, str, str | None]]] = {}
        selection_of: dict[str, tuple[DocDef, SelectionDef]] = {}
        for doc in parsed.docs:
            for key in doc.notes:
                note_targets.setdefault(key, []).append(("document", str(doc_ids[doc.guid]), None))
            for sel in doc.selections:
                selection_of[sel.guid] = (doc, sel)
        code_guid_set = set(code_ids)
        for guid, note in parsed.code_notes:
            if guid in code_ids:
                note_targets.setdefault(note, []).append(("code", code_ids[guid], None))
        for key in parsed.project_notes:
            note_targets.setdefault(key, []).append(("project", "project", None))
        selection_notes: dict[str, list[str]] = {}
        case_names = {c_.guid: c_.name for c_ in parsed.cases}
        for origin, target, _ in parsed.links:
            note, other = (origin, target) if origin in parsed.notes else (target, origin)
            if note not in parsed.notes:
                continue
            if other in doc_ids:
                note_targets.setdefault(note, []).append(("document", str(doc_ids[other]), None))
            elif other in code_guid_set:
                note_targets.setdefault(note, []).append(("code", code_ids[other], None))
            elif other in case_names:
                note_targets.setdefault(note, []).append(("case", case_names[other], None))
            elif other in selection_of:
                selection_notes.setdefault(other, []).append(note)
            else:
                note_targets.setdefault(note, []).append(("project", "project", None))
        for doc in parsed.docs:
            for sel in doc.selections:
                sel.notes += selection_notes.get(sel.guid, [])
        return note_targets

    def memos(self) -> list[dict]:
        """Memos from notes (on documents, codes, cases, the project), descriptions of project and cases."""
        parsed, coder = self.parsed, self.coder
        memos = []
        used_notes: set[str] = set()
        own_memos = self.side.get("memos", {})
        coding_note_keys = {n for d in parsed.docs for s in d.selections for k in s.codings for n in k.notes} | {
            n for d in parsed.docs for k in d.whole for n in k.notes}
        for key, targets in self._note_targets().items():
            note = parsed.notes.get(key)
            if note is None:
                self.report.warnings.append(f"Verwijzing naar een onbekende notitie ({key}) overgeslagen.")
                continue
            used_notes.add(key)
            for target_type, target_id, _ in targets:
                meta = own_memos.get(key, {})
                memos.append({"target_type": meta.get("target_type", target_type),
                              "target_id": meta.get("target_id", target_id),
                              "coder": self.user_name(note.user) or coder, "text": _note_text(note, parsed.own),
                              "created_at": meta.get("created_at") or iso_datetime(note.created),
                              "updated_at": meta.get("updated_at") or iso_datetime(note.modified)})
        selection_note_keys = {n for d in parsed.docs for s in d.selections for n in s.notes}
        for key, note in parsed.notes.items():
            if key not in used_notes and key not in coding_note_keys and key not in selection_note_keys:
                meta = own_memos.get(key, {})  # our own export says where it belonged (e.g. a segment)
                memos.append({"target_type": meta.get("target_type", "project"),
                              "target_id": meta.get("target_id", "project"),
                              "coder": self.user_name(note.user) or coder, "text": _note_text(note, parsed.own),
                              "created_at": meta.get("created_at") or iso_datetime(note.created),
                              "updated_at": meta.get("updated_at") or iso_datetime(note.modified)})
        if parsed.description:
            memos.append({"target_type": "project", "target_id": "project", "coder": coder,
                          "text": f"Beschrijving van '{parsed.name}':\n\n{parsed.description}"})
        for case in parsed.cases:
            if case.description:
                memos.append({"target_type": "case", "target_id": case.name, "coder": coder, "text": case.description})
        return memos

    def codings(self, memos: list[dict]) -> list[dict]:
        """Coding rows to insert (none that the project already has); a selection without codings but with
        a description or notes becomes a memo on its document (appended to ``memos``)."""
        existing_keys = set(self.project.codings.spans())
        rows = []
        for doc in self.parsed.docs:
            doc_id = self.doc_ids[doc.guid]
            for s, e, k, sel, extra_memo in self._coded_spans(doc, doc_id, memos):
                code_id = self.code_ids.get(k.code)
                if code_id is None:
                    continue
                who = self.user_name(k.user) or self.user_name(sel.user if sel else None) or self.coder
                key = (doc_id, s, e, code_id, who)
                if key in existing_keys:
                    continue
                existing_keys.add(key)
                rows.append(self._coding_row(doc_id, s, e, code_id, who, k, sel, extra_memo))
        return rows

    def _coded_spans(self, doc: DocDef, doc_id: int, memos: list[dict]) -> list[tuple]:
        """``(start, end, coding, selection, memo parts)`` of a document, in our offsets."""
        parsed, text = self.parsed, self.texts[doc_id]
        items = []
        for sel in doc.selections:
            s = doc.tmap.to_text(sel.start, doc.convention)
            e = doc.tmap.to_text(sel.end, doc.convention, end=True)
            if not (0 <= s < e <= len(text)):
                continue
            extra_memo = [sel.description] if sel.description else []
            extra_memo += [_note_text(parsed.notes[n], parsed.own) for n in sel.notes if n in parsed.notes]
            if not sel.codings and extra_memo:
                quote = " ".join(text[s:e].split())
                quote = quote if len(quote) <= 80 else quote[:79] + "…"
                memos.append({"target_type": "document", "target_id": str(doc_id),
                              "coder": self.user_name(sel.user) or self.coder,
                              "text": f"Bij «{quote}» ({s}–{e}):\n" + "\n\n".join(extra_memo),
                              "created_at": iso_datetime(sel.created)})
            for k in sel.codings:
                items.append((s, e, k, sel, extra_memo))
        for k in doc.whole:
            if text:
                items.append((0, len(text), k, None, []))
        return items

    def _coding_row(self, doc_id, s, e, code_id, who, k, sel, extra_memo) -> dict:
        parsed = self.parsed
        own = self.side.get("codings", {}).get(k.guid, {})
        memo_parts = [_note_text(parsed.notes[n], parsed.own) for n in k.notes if n in parsed.notes] + extra_memo
        return {
            "document_id": doc_id, "start": s, "end": e, "code_id": code_id, "coder": who,
            "created_at": own.get("created_at") or iso_datetime(k.created) or iso_datetime(
                sel.created if sel else None) or now(),
            "memo": "\n\n".join(memo_parts) or None,
            "provenance": own.get("provenance", "manual" if parsed.own else "imported"),
            "rule": own.get("rule"),
        }

    def sets(self) -> None:
        for guid, name, description, sources, codes, _ in self.parsed.sets:
            members = [("document", str(self.doc_ids[g])) for g in sources if g in self.doc_ids]
            members += [("code", self.code_ids[g]) for g in codes if g in self.code_ids]
            set_id = self.project.exchange.add_set(name, description, members)
            self.project.exchange.set_guid("set", set_id, guid)


def _add_document(project: Project, doc: DocDef, info: dict | None, own_sources: dict,
                  archive: Archive | None, case_of_doc: dict, variables: dict, report: ImportReport) -> int:
    text = doc.tmap.text
    metadata: dict = {}
    region = municipality = None
    source_type = "overig"
    for key, _, value in doc.values:
        name = variables.get(key, (None,))[0]
        if name is None or value == "":
            continue
        if name.lower() == REGION_VAR:
            region = value
        elif name.lower() == MUNICIPALITY_VAR:
            municipality = value
        elif name.lower() == SOURCE_TYPE_VAR:
            source_type = value if value in SOURCE_TYPES else "overig"
        else:
            metadata[name] = value
    if doc.description:
        metadata["Beschrijving"] = doc.description
    if info:
        segments = [Segment(s, e, text[s:e], k, sp, ts, lv) for k, s, e, sp, ts, lv in info["segments"]]
        imported = ImportedDocument(title=info["title"], text=text, segments=segments, format=info["format"],
                                    metadata=info.get("metadata") or {})
        src_info = own_sources.get(info["source"], {})
        content = None
        if archive and src_info.get("archive"):
            content, _ = archive.read(src_info["archive"])
        if content is None:
            content = doc.rich or doc.plain_bytes or b""
        fmt = src_info.get("format") or info["format"]
        filename = src_info.get("filename") or info["filename"]
        src_path = src_info.get("path") or filename
        position = info.get("position", 0)
        region, municipality = info.get("region"), info.get("municipality")
        source_type, case = info.get("source_type") or "overig", info.get("case")
        doc_filename = info.get("filename") or filename
    else:
        segments = _line_segments(text)
        fmt = "docx" if doc.rich and doc.rich_ext == ".docx" else ("pdf" if doc.rich_ext == ".pdf" else "txt")
        imported = ImportedDocument(title=doc.name, text=text, segments=segments, format=fmt, metadata=metadata)
        content = doc.rich if doc.rich else (doc.plain_bytes or b"")
        stem = doc.name if PurePosixPath(doc.name).suffix.lower() in (".txt", ".docx", ".pdf") else doc.name + (
            doc.rich_ext if doc.rich else ".txt")
        filename = doc_filename = stem
        src_path = f"{Path(report.path).name}:{doc.name}"
        position = 0
        case = case_of_doc.get(doc.guid)
    digest = hashlib.sha256(content).hexdigest()
    source = project.documents.source_by_sha(digest)
    if source:
        source_id = source["id"]
        if project.documents.position_taken(source_id, position):
            position = project.documents.next_position(source_id)
    else:
        source_id = project.documents.add_source(filename=filename, path=src_path, sha256=digest, content=content, fmt=fmt)
    if info and info.get("case") is None and case_of_doc.get(doc.guid):
        case = case_of_doc[doc.guid]
    doc_id = project.documents.add(imported, source_id=source_id, filename=doc_filename, source_type=source_type,
                                  region=region, municipality=municipality, case=case, position=position)
    if info and info.get("imported_at"):
        project.documents.set_fields(doc_id, {"imported_at": info["imported_at"]})
    if info:
        # add_document fills gaps in region/municipality from canonical names: keep what was exported.
        project.documents.set_fields(doc_id, {"region": project.cases.ensure_region(info.get("region")),
                                           "municipality": info.get("municipality")})
    return doc_id
