"""Export a project as a REFI-QDA project (``.qdpx``): valid against Project-mrt2019.xsd.

What goes where:

- coders → ``Users`` (deterministic GUIDs, or the GUID a user brought along);
- the code tree → ``CodeBook`` (via :mod:`werkplaats.codebook.qdc`: GUID, name,
  colour, labelled Description with definition/include/exclude/example and
  the code id, ``isCodable``);
- documents → ``TextSource`` with the plain text in ``sources/<guid>.txt``
  (UTF-8, ``\\n``, positions in code points as the standard says) and the
  original file as ``richTextPath`` when it is a ``.docx``;
- codings → one ``PlainTextSelection`` per span and coder, one ``Coding`` per
  code, with coder and date; a coding memo is a ``Note`` with a ``NoteRef``;
- memos → ``Notes``, referred to from the document, code or project, and for a
  case through a ``Link`` (a Case has no NoteRef in the standard);
- cases → ``Cases`` with their documents (``SourceRef``) and typed
  ``VariableValue`` s; region and municipality as Text variables;
- sets → ``Sets``.

What REFI-QDA cannot hold (segments and speakers, the original non-docx
files, provenance of codings, attribute definitions with their levels, …) goes
into ``werkplaats.json`` in the same archive, which other programs ignore and
our importer uses for a lossless round trip. :func:`export_plan` lists what
another program will not see, and what is not exported at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..codebook.qdc import _element as code_element
from ..codebook.qdc import code_guid
from ..fileio import replacing
from ..store import Project, now
from .refi import (LEVELS_LABEL, MUNICIPALITY_VAR, NS, REGION_VAR, SIDECAR, SIDECAR_FORMAT, SOURCE_TYPE_VAR,
                   VALUE_ELEMENTS, QdpxError, decimal_text, guid5, is_guid, xsd_datetime)

ORIGIN = f"werkplaats {__version__}"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class ExportReport:
    path: str
    counts: dict[str, int] = field(default_factory=dict)
    not_carried: list[str] = field(default_factory=list)


def export_plan(project: Project) -> list[str]:
    """What will not carry over to another program (or not at all), as Dutch sentences."""
    notes = []
    counts = project.row_counts(["segments", "pseudo_detections", "pseudo_key", "review_judgements", "actions",
                                 "settings"])
    segments = counts["segments"]
    if segments:
        notes.append(f"{segments} segmenten (sprekersbeurten, koppen, tijdcodes) kent REFI-QDA niet: andere programma's "
                     "zien alleen de tekst; werkplaats leest ze terug uit werkplaats.json.")
    formats = [s["format"] for s in project.documents.sources() if s["format"] not in ("docx", "txt")]
    if formats:
        notes.append(f"{len(formats)} originele bestanden die geen .docx zijn ({', '.join(sorted(set(formats)))}) "
                     "gaan mee in het archief, maar andere programma's gebruiken alleen de platte tekst.")
    provenance = sum(1 for k in project.codings.rows() if k["provenance"] != "manual" or k["rule"] is not None)
    if provenance:
        notes.append(f"Herkomst (autocodering, suggestie, import) en regel van {provenance} coderingen staan alleen in "
                     "werkplaats.json.")
    levels = [d["name"] for d in project.cases.definitions() if d["type"] == "ordinal"]
    if levels:
        notes.append(f"Ordinale kenmerken ({', '.join(levels)}) worden Text-variabelen; de volgorde van de niveaus "
                     "staat in hun beschrijving.")
    definitions = sum(1 for c in project.codes.list() if c["definition"] or c["include"] or c["exclude"] or c["example"])
    if definitions:
        notes.append(f"Definities, wel/niet coderen en voorbeelden van {definitions} codes staan als gelabelde regels in "
                     "de beschrijving (Description) van de code.")
    notes.append("Regio, gemeente en soort bron worden variabelen ('regio', 'gemeente', 'soort bron').")
    for table, what in (("pseudo_detections", "opgespoorde persoonsgegevens"), ("pseudo_key", "de pseudoniemsleutel"),
                        ("review_judgements", "oordelen van reviewers"), ("actions", "het logboek (ongedaan maken)"),
                        ("settings", "persoonlijke instellingen van codeurs")):
        n = counts[table]
        if n:
            notes.append(f"Niet geëxporteerd: {what} ({n}).")
    notes.append("Let op: het bestand bevat de volledige, niet-gepseudonimiseerde teksten (persoonsgegevens, AVG).")
    return notes


class _Variables:
    """Variable definitions, one name per (meaning, type)."""

    def __init__(self, stored_guids: dict[str, str]) -> None:
        self.defs: dict[str, dict] = {}
        self.guids = stored_guids

    def get(self, name: str, refi_type: str, description: str = "") -> str:
        candidate, n = name, 1
        while candidate in self.defs and self.defs[candidate]["type"] != refi_type:
            n += 1
            candidate = f"{name} ({n})"
        if candidate not in self.defs:
            guid = self.guids.get(candidate)
            self.defs[candidate] = {"guid": guid if is_guid(guid) else guid5("variable", candidate),
                                    "type": refi_type, "description": description}
        return candidate


def _value(parent: ET.Element, variables: _Variables, name: str, refi_type: str, value: str) -> None:
    element = ET.SubElement(parent, "VariableValue")
    ET.SubElement(element, "VariableRef", {"targetGUID": variables.defs[name]["guid"]})
    ET.SubElement(element, VALUE_ELEMENTS[refi_type]).text = value


def _typed(definition: dict, values: list[str], stored_type: str | None) -> str:
    kind = definition["type"]
    if kind == "number":
        if stored_type == "Float" or not all(_is_int(v) for v in values):
            return "Float"
        return "Integer"
    if kind == "date":
        return "Date"
    if kind == "text" and stored_type in ("Boolean", "DateTime"):
        return stored_type
    return "Text"


def _is_int(value: str) -> bool:
    try:
        return float(value).is_integer()
    except ValueError:
        return False


def _format(refi_type: str, value: str) -> str | None:
    """A stored attribute value in the XSD form of ``refi_type`` (``None``: does not fit)."""
    try:
        if refi_type == "Integer":
            return str(int(float(value)))
        if refi_type == "Float":
            return decimal_text(float(value))
    except ValueError:
        return None
    if refi_type == "Boolean":
        low = value.strip().lower()
        return {"true": "true", "false": "false", "1": "true", "0": "false", "ja": "true", "nee": "false"}.get(low)
    if refi_type == "DateTime":
        return xsd_datetime(value)
    return value


def export_qdpx(project: Project, path: str | os.PathLike, *, overwrite: bool = False) -> ExportReport:
    """Write ``project`` as a REFI-QDA project file at ``path``; return counts and what did not carry over."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise QdpxError(f"'{path}' bestaat al; kies een andere naam (of overschrijf uitdrukkelijk).")
    export = _Export(project, ExportReport(str(path), not_carried=export_plan(project)))
    export.codebook()
    export.cases()
    export.memos()
    export.sources()
    export.notes_links_sets()
    export.users_and_variables()
    export.write(path)
    return export.report


class _Export:
    """One export in progress: the XML tree, the files of the archive and the sidecar, section by section."""

    def __init__(self, project: Project, report: ExportReport) -> None:
        self.project, self.report = project, report
        exchange = project.exchange
        self.user_guids = exchange.guids("user")
        self.doc_guids = exchange.guids("document")
        self.case_guids = exchange.guids("case")
        self.set_guids = exchange.guids("set")
        self.variable_types = exchange.variable_types()
        self.sidecar: dict = {"format": SIDECAR_FORMAT, "werkplaats": __version__, "meta": {}, "sources": {},
                              "documents": {}, "cases": {}, "attributes": [], "codes": {}, "codings": {}, "memos": {},
                              "users": []}
        meta = project.settings.all()
        self.sidecar["meta"] = {k: meta[k] for k in ("codebook_name", "codebook_version", "codebook_extra") if k in meta}
        self.root = ET.Element("Project", {
            "xmlns": NS, "name": project.path.stem, "origin": ORIGIN,
            "creationDateTime": xsd_datetime(now()) or "",
        })
        self.users_el = ET.SubElement(self.root, "Users")
        self.files: dict[str, bytes | str] = {}
        self.notes: list[ET.Element] = []
        self.note_refs: dict[tuple[str, str], list[str]] = {}  # (target type, target id) → note GUIDs
        self.links: list[tuple[str, str]] = []
        self.sets: list[dict] = []
        self.n_codings = self.n_selections = 0

    def user(self, name: str) -> str:
        """The GUID of a coder (their own from an import, else a deterministic one)."""
        guid = self.user_guids.get(name)
        if not is_guid(guid):
            guid = guid5("user", name)
            self.user_guids[name] = guid
        return guid

    def codebook(self) -> None:
        """The code tree; every code keeps a GUID it brought along."""
        codebook = self.codebook_ = self.project.codes.codebook()
        self.code_guids: dict[str, str] = {}
        for code in codebook.codes:
            guid = code.extra.get("guid")
            self.code_guids[code.id] = guid if isinstance(guid, str) and is_guid(guid) else code_guid(code.id)
        self.code_elements: dict[str, ET.Element] = {}
        if codebook.codes:
            codes_el = ET.SubElement(ET.SubElement(self.root, "CodeBook"), "Codes")
            known = {c.id for c in codebook.codes}
            seen: set[str] = set()
            for code in [c for c in codebook.codes if c.parent is None or c.parent not in known] + codebook.codes:
                if code.id not in seen:
                    seen.add(code.id)
                    codes_el.append(code_element(code, codebook, seen))
            by_guid = {g: cid for cid, g in self.code_guids.items()}
            for element in codes_el.iter("Code"):
                self.code_elements[by_guid[element.get("guid")]] = element
        for row in sorted(self.project.codes.list(), key=lambda c: c["id"]):
            self.sidecar["codes"][row["id"]] = {"position": row["position"], "extra": row["extra"]}

    def _guids(self) -> None:
        """GUIDs of documents (their own, else from the source's hash) and cases; cases' documents."""
        project = self.project
        self.documents = sorted(project.documents.list(with_text=True), key=lambda d: d["id"])
        self.docs_of_case: dict[int, list[dict]] = {}
        for doc in self.documents:
            if doc["case_id"] is not None:
                self.docs_of_case.setdefault(doc["case_id"], []).append(doc)
        self.source_rows = {s["id"]: s for s in project.documents.sources()}
        self.source_guid = {sid: guid5("source", s["sha256"]) for sid, s in self.source_rows.items()}
        self.doc_guid: dict[int, str] = {}
        for doc in self.documents:
            guid = self.doc_guids.get(str(doc["id"]))
            self.doc_guid[doc["id"]] = guid if is_guid(guid) else guid5(
                "document", self.source_rows[doc["source_id"]]["sha256"], doc["position"])
        self.case_guid = {}
        for case in self.case_rows:
            guid = self.case_guids.get(str(case["id"])) or self.case_guids.get(case["name"])
            self.case_guid[case["id"]] = guid if is_guid(guid) else guid5("case", case["name"])

    def _variables(self, definitions: list[dict]) -> None:
        """One variable per attribute (its REFI type from the values), region, municipality, type, metadata."""
        variables = self.variables = _Variables(self.project.exchange.guids("variable"))
        self.attr_types: dict[str, str] = {}
        for d in definitions:
            values = [v.get(d["name"]) for v in self.attributes.values() if d["name"] in v]
            refi_type = _typed(d, values, self.variable_types.get(d["name"], (None, None))[0])
            description = d["description"] or ""
            if d["type"] == "ordinal" and d["levels"]:
                description = (description + "\n\n" if description else "") + LEVELS_LABEL + " | ".join(d["levels"])
            self.attr_types[d["name"]] = variables.get(d["name"], refi_type, description)
        self.region_var = variables.get(REGION_VAR, "Text", "Regio (werkplaats)")
        self.municipality_var = variables.get(MUNICIPALITY_VAR, "Text", "Gemeente (werkplaats)")
        self.type_var = variables.get(SOURCE_TYPE_VAR, "Text", "Soort bron (werkplaats)")
        self.metadata_vars: dict[str, str] = {}
        for doc in self.documents:
            for key in doc["metadata"]:
                if key not in self.metadata_vars:
                    self.metadata_vars[key] = variables.get(key, "Text")

    def cases(self) -> None:
        """Variables, and cases with their typed values and documents."""
        definitions = self.project.cases.definitions()
        self.sidecar["attributes"] = definitions
        self.attributes = self.project.cases.attributes_by_case()
        self.case_rows = sorted(self.project.cases.list(), key=lambda c: c["id"])
        self._guids()
        self._variables(definitions)
        variables = self.variables
        self.variables_el = ET.SubElement(self.root, "Variables")
        cases_el = ET.SubElement(self.root, "Cases") if self.case_rows else None
        for case in self.case_rows:
            element = ET.SubElement(cases_el, "Case", {"guid": self.case_guid[case["id"]], "name": case["name"]})
            for name, value in self.attributes.get(case["id"], {}).items():
                var = self.attr_types.get(name) or variables.get(name, "Text")
                refi_type = variables.defs[var]["type"]
                formatted = _format(refi_type, value)
                if formatted is None:
                    var = variables.get(name, "Text")
                    refi_type, formatted = "Text", value
                _value(element, variables, var, refi_type, formatted)
            if case["region"]:
                _value(element, variables, self.region_var, "Text", case["region"])
            if case["municipality"]:
                _value(element, variables, self.municipality_var, "Text", case["municipality"])
            for doc in self.docs_of_case.get(case["id"], []):
                ET.SubElement(element, "SourceRef", {"targetGUID": self.doc_guid[doc["id"]]})
            self.sidecar["cases"][self.case_guid[case["id"]]] = {
                "name": case["name"], "region": case["region"], "municipality": case["municipality"],
                "created_at": case["created_at"]}

    def _memo_target(self, memo: dict) -> str | None:
        """The GUID a memo belongs to ('project' for the project; ``None``: unknown target)."""
        target, kind = memo["target_id"], memo["target_type"]
        if kind == "document":
            return self.doc_guid.get(int(target)) if str(target).isdigit() else None
        if kind == "code":
            return self.code_guids.get(target)
        if kind == "case":
            return _case_guid_by_name(self.case_rows, self.case_guid, target)
        if kind == "project":
            return "project"
        if kind == "segment":  # a segment memo ("doc:start") travels as a note on its document
            doc = str(target).split(":")[0]
            return self.doc_guid.get(int(doc)) if doc.isdigit() else None
        return None

    def memos(self) -> None:
        """Memos become notes, referred to from their target (a case through a link)."""
        for memo in self.project.memos.list():
            target_guid = self._memo_target(memo)
            if target_guid is None:
                self.report.not_carried.append(f"Memo van {memo['coder']} bij {memo['target_type']} "
                                               f"'{memo['target_id']}' (onbekend doel) is niet geëxporteerd.")
                continue
            guid = guid5("memo", memo["target_type"],
                         str(memo["target_id"]) if memo["target_type"] == "segment" else target_guid, memo["coder"])
            note = ET.Element("Note", {"guid": guid, "name": f"Memo van {memo['coder']}",
                                       "creatingUser": self.user(memo["coder"]),
                                       "creationDateTime": xsd_datetime(memo["created_at"]) or "",
                                       "modifyingUser": self.user(memo["coder"]),
                                       "modifiedDateTime": xsd_datetime(memo["updated_at"]) or ""})
            _drop_empty(note)
            ET.SubElement(note, "PlainTextContent").text = memo["text"]
            self.notes.append(note)
            self.sidecar["memos"][guid] = {"target_type": memo["target_type"], "target_id": memo["target_id"],
                                           "created_at": memo["created_at"], "updated_at": memo["updated_at"]}
            if memo["target_type"] == "case":
                self.links.append((guid, target_guid))
            else:
                self.note_refs.setdefault((memo["target_type"], str(memo["target_id"])), []).append(guid)

    def sources(self) -> None:
        """Every document as a TextSource with its plain text (and original file), selections and codings."""
        project = self.project
        self.segments: dict[int, list[tuple]] = {}
        for seg in project.documents.segments_of(with_text=False):
            self.segments.setdefault(seg["document_id"], []).append(
                (seg["kind"], seg["start"], seg["end"], seg["speaker"], seg["timestamp"], seg["level"]))
        codings = project.codings.rows()
        self.n_codings = len(codings)
        self.codings_by_doc: dict[int, list[dict]] = {}
        for k in codings:
            self.codings_by_doc.setdefault(k["document_id"], []).append(k)
        sources_el = ET.SubElement(self.root, "Sources") if self.documents else None
        for doc in self.documents:
            self._source(sources_el, doc)
        for cid, refs in ((cid, self.note_refs.get(("code", cid), [])) for cid in self.code_elements):
            if refs:
                element = self.code_elements[cid]
                index = 1 if len(element) and element[0].tag == "Description" else 0
                for offset, note_guid in enumerate(refs):
                    element.insert(index + offset, ET.Element("NoteRef", {"targetGUID": note_guid}))

    def _source(self, sources_el: ET.Element, doc: dict) -> None:
        src = self.source_rows[doc["source_id"]]
        sguid = self.source_guid[doc["source_id"]]
        guid = self.doc_guid[doc["id"]]
        attrs = {"guid": guid, "name": doc["title"], "plainTextPath": f"internal://{guid}.txt"}
        ext = (Path(src["filename"]).suffix.lower() or f".{src['format']}")
        archive_name = f"sources/{sguid}{ext}"
        sources = self.sidecar["sources"]
        if sguid not in sources:
            content = self.project.documents.source_content(src["id"])
            if content:
                self.files[archive_name] = content
            sources[sguid] = {k: src[k] for k in ("filename", "path", "sha256", "format", "imported_at")}
            sources[sguid]["archive"] = archive_name if content else None
        if ext == ".docx" and sources[sguid]["archive"]:
            attrs["richTextPath"] = f"internal://{sguid}.docx"
        stamp = xsd_datetime(doc["imported_at"])
        if stamp:
            attrs["creationDateTime"] = stamp
        element = ET.SubElement(sources_el, "TextSource", attrs)
        self.files[f"sources/{guid}.txt"] = doc["text"]
        self._selections(element, doc, guid)
        for note_guid in self.note_refs.get(("document", str(doc["id"])), []):
            ET.SubElement(element, "NoteRef", {"targetGUID": note_guid})
        variables = self.variables
        if doc["region"]:
            _value(element, variables, self.region_var, "Text", doc["region"])
        if doc["municipality"]:
            _value(element, variables, self.municipality_var, "Text", doc["municipality"])
        _value(element, variables, self.type_var, "Text", doc["source_type"])
        for key, value in doc["metadata"].items():
            if value not in (None, ""):
                _value(element, variables, self.metadata_vars[key], "Text", str(value))
        self.sidecar["documents"][guid] = {
            "source": sguid, "position": doc["position"], "title": doc["title"], "filename": doc["filename"],
            "format": doc["format"], "source_type": doc["source_type"], "region": doc["region"],
            "municipality": doc["municipality"], "case": doc["case_name"], "imported_at": doc["imported_at"],
            "metadata": doc["metadata"], "text_sha256": hashlib.sha256(doc["text"].encode("utf-8")).hexdigest(),
            "segments": [list(s) for s in self.segments.get(doc["id"], [])],
        }

    def _selections(self, element: ET.Element, doc: dict, guid: str) -> None:
        """One PlainTextSelection per span and coder, one Coding per code (a coding memo is a Note)."""
        spans: dict[tuple[int, int, str], list[dict]] = {}
        for k in self.codings_by_doc.get(doc["id"], []):
            spans.setdefault((k["start"], k["end"], k["coder"]), []).append(k)
        for (start, end, who), items in spans.items():
            sel_guid = guid5("selection", guid, start, end, who)
            first = min((k["created_at"] for k in items), default=None)
            sel = ET.SubElement(element, "PlainTextSelection", {
                "guid": sel_guid, "name": _quote(doc["text"][start:end]), "startPosition": str(start),
                "endPosition": str(end), "creatingUser": self.user(who)})
            if xsd_datetime(first):
                sel.set("creationDateTime", xsd_datetime(first))
            self.n_selections += 1
            for k in items:
                self._coding(sel, k, guid, start, end, who)

    def _coding(self, sel: ET.Element, k: dict, guid: str, start: int, end: int, who: str) -> None:
        cguid = guid5("coding", guid, start, end, k["code_id"], who)
        coding = ET.SubElement(sel, "Coding", {"guid": cguid, "creatingUser": self.user(who)})
        if xsd_datetime(k["created_at"]):
            coding.set("creationDateTime", xsd_datetime(k["created_at"]))
        ET.SubElement(coding, "CodeRef", {"targetGUID": self.code_guids[k["code_id"]]})
        extra = {}
        if k["memo"]:
            nguid = guid5("coding-memo", cguid)
            ET.SubElement(coding, "NoteRef", {"targetGUID": nguid})
            note = ET.Element("Note", {"guid": nguid, "name": f"Memo bij codering van {who}",
                                       "creatingUser": self.user(who)})
            ET.SubElement(note, "PlainTextContent").text = k["memo"]
            self.notes.append(note)
            extra["memo_note"] = nguid
        if k["provenance"] != "manual" or k["rule"]:
            extra.update(provenance=k["provenance"], rule=k["rule"])
        if iso_roundtrip(k["created_at"]) != k["created_at"]:
            extra["created_at"] = k["created_at"]
        if extra:
            self.sidecar["codings"][cguid] = extra

    def notes_links_sets(self) -> None:
        """Notes, links from notes to cases, sets of codes and documents, and the project's notes."""
        root = self.root
        if self.notes:
            ET.SubElement(root, "Notes").extend(self.notes)
        if self.links:
            links_el = ET.SubElement(root, "Links")
            for note_guid, target in self.links:
                ET.SubElement(links_el, "Link", {"guid": guid5("link", note_guid, target), "name": "Memo",
                                                 "direction": "OneWay", "originGUID": note_guid, "targetGUID": target})
        self.sets = self.project.exchange.sets()
        if self.sets:
            sets_el = ET.SubElement(root, "Sets")
            for s in self.sets:
                guid = self.set_guids.get(str(s["id"]))
                element = ET.SubElement(sets_el, "Set", {"guid": guid if is_guid(guid) else guid5("set", s["name"]),
                                                        "name": s["name"]})
                if s["description"]:
                    ET.SubElement(element, "Description").text = s["description"]
                members = {"code": [], "document": []}
                for kind, member in s["members"]:
                    target = self.code_guids.get(member) if kind == "code" else self.doc_guid.get(int(member))
                    if target:
                        members[kind].append(target)
                for target in members["code"]:
                    ET.SubElement(element, "MemberCode", {"targetGUID": target})
                for target in members["document"]:
                    ET.SubElement(element, "MemberSource", {"targetGUID": target})
        for note_guid in self.note_refs.get(("project", "project"), []) + [
                g for (t, i), gs in self.note_refs.items() if t == "project" and i != "project" for g in gs]:
            ET.SubElement(root, "NoteRef", {"targetGUID": note_guid})

    def users_and_variables(self) -> None:
        """Users (all coders, and users that came with an import), then the variables."""
        for name in sorted(set(self.project.codings.coders()) | set(self.project.memos.authors())):
            self.user(name)
        for name, guid in sorted(self.user_guids.items()):
            ET.SubElement(self.users_el, "User", {"guid": guid, "name": name})
        if not len(self.users_el):
            self.root.remove(self.users_el)
        if self.variables.defs:
            for name, d in self.variables.defs.items():
                element = ET.SubElement(self.variables_el, "Variable", {"guid": d["guid"], "name": name,
                                                                        "typeOfVariable": d["type"]})
                if d["description"]:
                    ET.SubElement(element, "Description").text = d["description"]
        else:
            self.root.remove(self.variables_el)
        self.sidecar["users"] = sorted(self.user_guids)
        if not self.root.get("creationDateTime"):
            del self.root.attrib["creationDateTime"]

    def write(self, path: Path) -> None:
        """The archive (written next to ``path``, then moved into place) and the report's counts."""
        body = _XML_INVALID.sub("", ET.tostring(self.root, encoding="unicode"))  # characters XML 1.0 cannot hold
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")
        _write_zip(path, xml, self.files, json.dumps(self.sidecar, ensure_ascii=False, default=str).encode("utf-8"))
        self.report.counts = {
            "documenten": len(self.documents), "codes": len(self.codebook_.codes), "coderingen": self.n_codings,
            "selecties": self.n_selections, "codeurs": len(self.user_guids), "memo's": len(self.sidecar["memos"]),
            "casussen": len(self.case_rows), "variabelen": len(self.variables.defs), "sets": len(self.sets)}


def iso_roundtrip(value: str | None) -> str | None:
    from .refi import iso_datetime

    return iso_datetime(xsd_datetime(value))


def _case_guid_by_name(cases: list[dict], case_guid: dict[int, str], target: str) -> str | None:
    for case in cases:
        if case["name"] == target or str(case["id"]) == str(target):
            return case_guid[case["id"]]
    return None


def _drop_empty(element: ET.Element) -> None:
    for key in [k for k, v in element.attrib.items() if v == ""]:
        del element.attrib[key]


def _quote(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _write_zip(path: Path, xml: bytes, files: dict[str, bytes | str], sidecar: bytes) -> None:
    """Write the archive next to ``path`` and move it into place (never a half-written file).

    Whether ``path`` may be replaced was decided by the caller; the temporary file is private (0600)
    until it is complete, and removed on failure or, after a kill, on the next start.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path, overwrite=True) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr("project.qde", xml)
            for name, content in files.items():
                z.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
            z.writestr(SIDECAR, sidecar)
