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
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..codebook.qdc import _element as code_element
from ..codebook.qdc import code_guid
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
    exchange = project.exchange
    report = ExportReport(str(path), not_carried=export_plan(project))
    user_guids = exchange.guids("user")
    doc_guids = exchange.guids("document")
    case_guids = exchange.guids("case")
    set_guids = exchange.guids("set")
    variable_types = exchange.variable_types()

    def user(name: str) -> str:
        guid = user_guids.get(name)
        if not is_guid(guid):
            guid = guid5("user", name)
            user_guids[name] = guid
        return guid

    sidecar: dict = {"format": SIDECAR_FORMAT, "werkplaats": __version__, "meta": {}, "sources": {}, "documents": {},
                     "cases": {}, "attributes": [], "codes": {}, "codings": {}, "memos": {}, "users": []}
    meta = project.settings.all()
    sidecar["meta"] = {k: meta[k] for k in ("codebook_name", "codebook_version", "codebook_extra") if k in meta}

    root = ET.Element("Project", {
        "xmlns": NS, "name": project.path.stem, "origin": ORIGIN,
        "creationDateTime": xsd_datetime(now()) or "",
    })
    users_el = ET.SubElement(root, "Users")

    # -- codebook ---------------------------------------------------------------------
    codebook = project.codes.codebook()
    code_guids: dict[str, str] = {}
    for code in codebook.codes:
        guid = code.extra.get("guid")
        code_guids[code.id] = guid if isinstance(guid, str) and is_guid(guid) else code_guid(code.id)
    code_elements: dict[str, ET.Element] = {}
    if codebook.codes:
        codes_el = ET.SubElement(ET.SubElement(root, "CodeBook"), "Codes")
        known = {c.id for c in codebook.codes}
        seen: set[str] = set()
        for code in [c for c in codebook.codes if c.parent is None or c.parent not in known] + codebook.codes:
            if code.id not in seen:
                seen.add(code.id)
                codes_el.append(code_element(code, codebook, seen))
        by_guid = {g: cid for cid, g in code_guids.items()}
        for element in codes_el.iter("Code"):
            code_elements[by_guid[element.get("guid")]] = element
    for row in sorted(project.codes.list(), key=lambda c: c["id"]):
        sidecar["codes"][row["id"]] = {"position": row["position"], "extra": row["extra"]}

    # -- variables and cases ----------------------------------------------------------
    variables = _Variables(exchange.guids("variable"))
    definitions = project.cases.definitions()
    sidecar["attributes"] = definitions
    attributes = project.cases.attributes_by_case()
    cases = sorted(project.cases.list(), key=lambda c: c["id"])
    attr_types: dict[str, str] = {}
    for d in definitions:
        values = [v.get(d["name"]) for v in attributes.values() if d["name"] in v]
        refi_type = _typed(d, values, variable_types.get(d["name"], (None, None))[0])
        description = d["description"] or ""
        if d["type"] == "ordinal" and d["levels"]:
            description = (description + "\n\n" if description else "") + LEVELS_LABEL + " | ".join(d["levels"])
        attr_types[d["name"]] = variables.get(d["name"], refi_type, description)
    documents = sorted(project.documents.list(with_text=True), key=lambda d: d["id"])
    docs_of_case: dict[int, list[dict]] = {}
    for doc in documents:
        if doc["case_id"] is not None:
            docs_of_case.setdefault(doc["case_id"], []).append(doc)
    sources = {s["id"]: s for s in project.documents.sources()}
    source_guid = {sid: guid5("source", s["sha256"]) for sid, s in sources.items()}
    doc_guid: dict[int, str] = {}
    for doc in documents:
        guid = doc_guids.get(str(doc["id"]))
        doc_guid[doc["id"]] = guid if is_guid(guid) else guid5("document", sources[doc["source_id"]]["sha256"], doc["position"])
    case_guid = {}
    for case in cases:
        guid = case_guids.get(str(case["id"])) or case_guids.get(case["name"])
        case_guid[case["id"]] = guid if is_guid(guid) else guid5("case", case["name"])

    region_var = variables.get(REGION_VAR, "Text", "Regio (werkplaats)")
    municipality_var = variables.get(MUNICIPALITY_VAR, "Text", "Gemeente (werkplaats)")
    type_var = variables.get(SOURCE_TYPE_VAR, "Text", "Soort bron (werkplaats)")
    metadata_vars: dict[str, str] = {}
    for doc in documents:
        for key in doc["metadata"]:
            if key not in metadata_vars:
                metadata_vars[key] = variables.get(key, "Text")

    variables_el = ET.SubElement(root, "Variables")
    cases_el = ET.SubElement(root, "Cases") if cases else None
    for case in cases:
        element = ET.SubElement(cases_el, "Case", {"guid": case_guid[case["id"]], "name": case["name"]})
        for name, value in attributes.get(case["id"], {}).items():
            var = attr_types.get(name) or variables.get(name, "Text")
            refi_type = variables.defs[var]["type"]
            formatted = _format(refi_type, value)
            if formatted is None:
                var = variables.get(name, "Text")
                refi_type, formatted = "Text", value
            _value(element, variables, var, refi_type, formatted)
        if case["region"]:
            _value(element, variables, region_var, "Text", case["region"])
        if case["municipality"]:
            _value(element, variables, municipality_var, "Text", case["municipality"])
        for doc in docs_of_case.get(case["id"], []):
            ET.SubElement(element, "SourceRef", {"targetGUID": doc_guid[doc["id"]]})
        sidecar["cases"][case_guid[case["id"]]] = {"name": case["name"], "region": case["region"],
                                                   "municipality": case["municipality"],
                                                   "created_at": case["created_at"]}

    # -- memos → notes ------------------------------------------------------------------
    notes: list[ET.Element] = []
    note_refs: dict[tuple[str, str], list[str]] = {}  # (target type, target id) → note GUIDs
    links: list[tuple[str, str]] = []
    for memo in project.memos.list():
        target_guid = {"document": lambda t: doc_guid.get(int(t)) if str(t).isdigit() else None,
                       "code": lambda t: code_guids.get(t), "case": lambda t: _case_guid_by_name(cases, case_guid, t),
                       "project": lambda t: "project",
                       # a segment memo ("doc:start") travels as a note on its document
                       "segment": lambda t: doc_guid.get(int(str(t).split(":")[0])) if str(t).split(":")[0].isdigit() else None,
                       }.get(memo["target_type"], lambda t: None)(memo["target_id"])
        if target_guid is None:
            report.not_carried.append(f"Memo van {memo['coder']} bij {memo['target_type']} '{memo['target_id']}' "
                                      "(onbekend doel) is niet geëxporteerd.")
            continue
        guid = guid5("memo", memo["target_type"],
                     str(memo["target_id"]) if memo["target_type"] == "segment" else target_guid, memo["coder"])
        note = ET.Element("Note", {"guid": guid, "name": f"Memo van {memo['coder']}", "creatingUser": user(memo["coder"]),
                                   "creationDateTime": xsd_datetime(memo["created_at"]) or "",
                                   "modifyingUser": user(memo["coder"]),
                                   "modifiedDateTime": xsd_datetime(memo["updated_at"]) or ""})
        _drop_empty(note)
        ET.SubElement(note, "PlainTextContent").text = memo["text"]
        notes.append(note)
        sidecar["memos"][guid] = {"target_type": memo["target_type"], "target_id": memo["target_id"],
                                  "created_at": memo["created_at"], "updated_at": memo["updated_at"]}
        if memo["target_type"] == "case":
            links.append((guid, target_guid))
        else:
            note_refs.setdefault((memo["target_type"], str(memo["target_id"])), []).append(guid)

    # -- sources, selections, codings -----------------------------------------------------
    files: dict[str, bytes | str] = {}
    segments: dict[int, list[tuple]] = {}
    for seg in project.documents.segments_of(with_text=False):
        segments.setdefault(seg["document_id"], []).append(
            (seg["kind"], seg["start"], seg["end"], seg["speaker"], seg["timestamp"], seg["level"]))
    codings = project.codings.rows()
    codings_by_doc: dict[int, list[dict]] = {}
    for k in codings:
        codings_by_doc.setdefault(k["document_id"], []).append(k)
    sources_el = ET.SubElement(root, "Sources") if documents else None
    n_selections = 0
    for doc in documents:
        src = sources[doc["source_id"]]
        sguid = source_guid[doc["source_id"]]
        guid = doc_guid[doc["id"]]
        attrs = {"guid": guid, "name": doc["title"], "plainTextPath": f"internal://{guid}.txt"}
        ext = (Path(src["filename"]).suffix.lower() or f".{src['format']}")
        archive_name = f"sources/{sguid}{ext}"
        if sguid not in sidecar["sources"]:
            content = project.documents.source_content(src["id"])
            if content:
                files[archive_name] = content
            sidecar["sources"][sguid] = {k: src[k] for k in ("filename", "path", "sha256", "format", "imported_at")}
            sidecar["sources"][sguid]["archive"] = archive_name if content else None
        if ext == ".docx" and sidecar["sources"][sguid]["archive"]:
            attrs["richTextPath"] = f"internal://{sguid}.docx"
        stamp = xsd_datetime(doc["imported_at"])
        if stamp:
            attrs["creationDateTime"] = stamp
        element = ET.SubElement(sources_el, "TextSource", attrs)
        files[f"sources/{guid}.txt"] = doc["text"]
        spans: dict[tuple[int, int, str], list[dict]] = {}
        for k in codings_by_doc.get(doc["id"], []):
            spans.setdefault((k["start"], k["end"], k["coder"]), []).append(k)
        for (start, end, who), items in spans.items():
            sel_guid = guid5("selection", guid, start, end, who)
            first = min((k["created_at"] for k in items), default=None)
            sel = ET.SubElement(element, "PlainTextSelection", {
                "guid": sel_guid, "name": _quote(doc["text"][start:end]), "startPosition": str(start),
                "endPosition": str(end), "creatingUser": user(who)})
            if xsd_datetime(first):
                sel.set("creationDateTime", xsd_datetime(first))
            n_selections += 1
            for k in items:
                cguid = guid5("coding", guid, start, end, k["code_id"], who)
                coding = ET.SubElement(sel, "Coding", {"guid": cguid, "creatingUser": user(who)})
                if xsd_datetime(k["created_at"]):
                    coding.set("creationDateTime", xsd_datetime(k["created_at"]))
                ET.SubElement(coding, "CodeRef", {"targetGUID": code_guids[k["code_id"]]})
                extra = {}
                if k["memo"]:
                    nguid = guid5("coding-memo", cguid)
                    ET.SubElement(coding, "NoteRef", {"targetGUID": nguid})
                    note = ET.Element("Note", {"guid": nguid, "name": f"Memo bij codering van {who}",
                                               "creatingUser": user(who)})
                    ET.SubElement(note, "PlainTextContent").text = k["memo"]
                    notes.append(note)
                    extra["memo_note"] = nguid
                if k["provenance"] != "manual" or k["rule"]:
                    extra.update(provenance=k["provenance"], rule=k["rule"])
                if iso_roundtrip(k["created_at"]) != k["created_at"]:
                    extra["created_at"] = k["created_at"]
                if extra:
                    sidecar["codings"][cguid] = extra
        for note_guid in note_refs.get(("document", str(doc["id"])), []):
            ET.SubElement(element, "NoteRef", {"targetGUID": note_guid})
        if doc["region"]:
            _value(element, variables, region_var, "Text", doc["region"])
        if doc["municipality"]:
            _value(element, variables, municipality_var, "Text", doc["municipality"])
        _value(element, variables, type_var, "Text", doc["source_type"])
        for key, value in doc["metadata"].items():
            if value not in (None, ""):
                _value(element, variables, metadata_vars[key], "Text", str(value))
        sidecar["documents"][guid] = {
            "source": sguid, "position": doc["position"], "title": doc["title"], "filename": doc["filename"],
            "format": doc["format"], "source_type": doc["source_type"], "region": doc["region"],
            "municipality": doc["municipality"], "case": doc["case_name"], "imported_at": doc["imported_at"],
            "metadata": doc["metadata"], "text_sha256": hashlib.sha256(doc["text"].encode("utf-8")).hexdigest(),
            "segments": [list(s) for s in segments.get(doc["id"], [])],
        }
    for cid, refs in ((cid, note_refs.get(("code", cid), [])) for cid in code_elements):
        if refs:
            element = code_elements[cid]
            index = 1 if len(element) and element[0].tag == "Description" else 0
            for offset, note_guid in enumerate(refs):
                element.insert(index + offset, ET.Element("NoteRef", {"targetGUID": note_guid}))

    # -- notes, links, sets ---------------------------------------------------------------
    if notes:
        ET.SubElement(root, "Notes").extend(notes)
    if links:
        links_el = ET.SubElement(root, "Links")
        for note_guid, target in links:
            ET.SubElement(links_el, "Link", {"guid": guid5("link", note_guid, target), "name": "Memo",
                                             "direction": "OneWay", "originGUID": note_guid, "targetGUID": target})
    sets = exchange.sets()
    if sets:
        sets_el = ET.SubElement(root, "Sets")
        for s in sets:
            guid = set_guids.get(str(s["id"]))
            element = ET.SubElement(sets_el, "Set", {"guid": guid if is_guid(guid) else guid5("set", s["name"]),
                                                    "name": s["name"]})
            if s["description"]:
                ET.SubElement(element, "Description").text = s["description"]
            members = {"code": [], "document": []}
            for kind, member in s["members"]:
                target = code_guids.get(member) if kind == "code" else doc_guid.get(int(member))
                if target:
                    members[kind].append(target)
            for target in members["code"]:
                ET.SubElement(element, "MemberCode", {"targetGUID": target})
            for target in members["document"]:
                ET.SubElement(element, "MemberSource", {"targetGUID": target})
    for note_guid in note_refs.get(("project", "project"), []) + [
            g for (t, i), gs in note_refs.items() if t == "project" and i != "project" for g in gs]:
        ET.SubElement(root, "NoteRef", {"targetGUID": note_guid})

    # Users (all coders, and users that came with an import), then variables.
    for name in sorted(set(project.codings.coders()) | set(project.memos.authors())):
        user(name)
    for name, guid in sorted(user_guids.items()):
        ET.SubElement(users_el, "User", {"guid": guid, "name": name})
    if not len(users_el):
        root.remove(users_el)
    if variables.defs:
        for name, d in variables.defs.items():
            element = ET.SubElement(variables_el, "Variable", {"guid": d["guid"], "name": name,
                                                               "typeOfVariable": d["type"]})
            if d["description"]:
                ET.SubElement(element, "Description").text = d["description"]
    else:
        root.remove(variables_el)
    sidecar["users"] = sorted(user_guids)
    if not root.get("creationDateTime"):
        del root.attrib["creationDateTime"]

    body = _XML_INVALID.sub("", ET.tostring(root, encoding="unicode"))  # characters XML 1.0 cannot hold
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")
    _write_zip(path, xml, files, json.dumps(sidecar, ensure_ascii=False, default=str).encode("utf-8"))
    report.counts = {"documenten": len(documents), "codes": len(codebook.codes), "coderingen": len(codings),
                     "selecties": n_selections, "codeurs": len(user_guids), "memo's": len(sidecar["memos"]),
                     "casussen": len(cases), "variabelen": len(variables.defs), "sets": len(sets)}
    return report


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
    """Write the archive next to ``path`` and move it into place (never a half-written file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".werkplaats-", suffix=".qdpx", dir=path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr("project.qde", xml)
            for name, content in files.items():
                z.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
            z.writestr(SIDECAR, sidecar)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
