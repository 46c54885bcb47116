"""Read a REFI-QDA project (``.qdpx`` archive or a bare ``.qde``) without touching any project.

:func:`read_qdpx` returns a :class:`Parsed` project, so :func:`inspect_qdpx`
can tell the user exactly what will not carry over before anything is
written (:mod:`.qdpx_import` writes). Robust against the quirks of real exports:

- elements are matched by local name (namespace versions differ);
- archive paths case-insensitively (``Sources/`` vs ``sources/``,
  ``Project.qde``), bare file names (qc) as well as ``internal://``;
- GUIDs case-insensitively, with or without braces, hex of any version;
- text files as raw bytes (BOM, CRLF), positions mapped per source from the
  convention the file turns out to use (:mod:`.positions`);
- a missing ``internal://`` file skips that source with a warning, the rest
  is imported.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..codebook import qdc
from ..codebook.model import Codebook, CodebookError, assign_colours, tree_order, validate
from ..importers.base import ImportFailure, decode_text
from . import positions as pos
from .qdpx_archive import Archive
from .refi import ELEMENT_TYPES, SIDECAR, QdpxError, gkey, kid, kids, local, text_of

MEDIA = {"PictureSource": "afbeelding", "AudioSource": "audiobestand", "VideoSource": "videobestand",
         "PDFSource": "PDF"}
SELECTIONS = {"PictureSelection": "afbeeldingsselectie", "AudioSelection": "audioselectie",
              "VideoSelection": "videoselectie", "PDFSelection": "PDF-selectie",
              "TranscriptSelection": "transcriptselectie"}


# -- the parsed file ------------------------------------------------------------------------


@dataclass
class CodingDef:
    code: str  # GUID key
    user: str | None
    created: str | None
    notes: list[str] = field(default_factory=list)  # note GUID keys
    guid: str = ""


@dataclass
class SelectionDef:
    guid: str
    start: int
    end: int
    name: str | None
    description: str
    user: str | None
    created: str | None
    codings: list[CodingDef] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class DocDef:
    guid: str
    name: str
    kind: str  # "TextSource" or "PDFSource"
    tmap: pos.TextMap | None = None
    plain_bytes: bytes | None = None
    rich: bytes | None = None
    rich_ext: str = ""
    description: str = ""
    selections: list[SelectionDef] = field(default_factory=list)
    whole: list[CodingDef] = field(default_factory=list)  # codings of the whole source
    notes: list[str] = field(default_factory=list)
    values: list[tuple[str, str, str]] = field(default_factory=list)  # (variable key, type, value)
    created: str | None = None
    convention: str = pos.CODEPOINTS
    detection: pos.Detection | None = None


@dataclass
class CaseDef:
    guid: str
    name: str
    description: str
    values: list[tuple[str, str, str]]
    sources: list[str]


@dataclass
class NoteDef:
    guid: str
    name: str
    text: str
    user: str | None
    created: str | None
    modified: str | None


@dataclass
class Parsed:
    name: str
    origin: str
    own: bool
    users: dict[str, str]
    codebook: Codebook
    code_ids: dict[str, str]  # GUID key → code id
    variables: dict[str, tuple[str, str, str]]  # GUID key → (name, REFI type, description)
    cases: list[CaseDef]
    docs: list[DocDef]
    notes: dict[str, NoteDef]
    project_notes: list[str]
    links: list[tuple[str, str, str]]  # (origin key, target key, name)
    sets: list[tuple[str, str, str, list[str], list[str], int]]  # guid, name, description, sources, codes, notes
    description: str
    sidecar: dict | None
    code_notes: list[tuple[str, str]] = field(default_factory=list)  # (code GUID, note GUID)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


# -- reading ----------------------------------------------------------------------------------


def _user_names(root: ET.Element) -> dict[str, str]:
    users: dict[str, str] = {}
    taken: set[str] = set()
    for u in kids(kid(root, "Users"), "User"):
        key = gkey(u.get("guid"))
        if not key:
            continue
        name = (u.get("name") or u.get("id") or f"gebruiker {key[:8]}").strip() or f"gebruiker {key[:8]}"
        base, n = name, 2
        while name in taken:
            name, n = f"{base} ({n})", n + 1
        taken.add(name)
        users[key] = name
    return users


def _codebook(root: ET.Element, warnings: list[str]) -> tuple[Codebook, dict[str, str]]:
    element = kid(root, "CodeBook")
    codes_el = kid(element, "Codes")
    cb = Codebook()
    if codes_el is None:
        return cb, {}
    own_ids = {qdc.parse_description(text_of(d)).get("id") for d in codes_el.iter() if local(d.tag) == "Description"}
    codes: list = []
    taken: set[str] = set()
    for code_el in kids(codes_el, "Code"):
        qdc._read(code_el, None, codes, taken, own_ids)
    elements = [e for e in codes_el.iter() if local(e.tag) == "Code"]
    guid_map: dict[str, str] = {}
    for code, code_el in zip(codes, elements):
        key = gkey(code_el.get("guid"))
        if key in guid_map:
            warnings.append(f"Code '{code.name}' heeft dezelfde GUID als een eerdere code; coderingen gaan naar de eerste.")
        guid_map.setdefault(key, code.id)
    cb.codes = tree_order(codes)
    try:
        validate(cb, "codeboek")
    except CodebookError as exc:
        raise QdpxError(str(exc)) from None
    assign_colours(cb)
    return cb, guid_map


def _values(element: ET.Element) -> list[tuple[str, str, str]]:
    result = []
    for vv in kids(element, "VariableValue"):
        ref = kid(vv, "VariableRef")
        value_el = next((c for c in vv if local(c.tag) in ELEMENT_TYPES), None)
        if ref is None or value_el is None:
            continue
        result.append((gkey(ref.get("targetGUID")), ELEMENT_TYPES[local(value_el.tag)], text_of(value_el).strip()))
    return result


def _codings(parent: ET.Element) -> list[CodingDef]:
    result = []
    for c in kids(parent, "Coding"):
        ref = kid(c, "CodeRef")
        result.append(CodingDef(gkey(ref.get("targetGUID")) if ref is not None else "", gkey(c.get("creatingUser")),
                                c.get("creationDateTime"), [gkey(n.get("targetGUID")) for n in kids(c, "NoteRef")],
                                gkey(c.get("guid"))))
    return result


def _iter(element: ET.Element | None):
    return element.iter() if element is not None else iter(())


def _iter_children(element: ET.Element | None) -> list[ET.Element]:
    return list(element) if element is not None else []


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _count_codings(element: ET.Element) -> int:
    return sum(1 for e in element.iter() if local(e.tag) == "Coding")


def _text_source(element: ET.Element, name: str, kind: str, archive: Archive, warnings: list[str]) -> DocDef | None:
    guid = gkey(element.get("guid"))
    doc = DocDef(guid=guid, name=name, kind=kind, description=text_of(kid(element, "Description")).strip(),
                 created=element.get("creationDateTime"))
    content = kid(element, "PlainTextContent")
    plain_ref = element.get("plainTextPath")
    rich_ref = element.get("richTextPath")
    if rich_ref:
        doc.rich, _ = archive.read(rich_ref)
        doc.rich_ext = PurePosixPath(rich_ref.split("://")[-1]).suffix.lower() or ".docx"
    if content is not None and not plain_ref:
        raw_text = text_of(content)
        doc.plain_bytes = raw_text.encode("utf-8")
    else:
        data, reason = archive.read(plain_ref)
        if data is None:
            n_sel = len(kids(element, "PlainTextSelection"))
            warnings.append(f"Bron '{name}' overgeslagen: de tekst {reason if plain_ref else 'ontbreekt (geen plainTextPath)'}"
                            f" — {n_sel} selecties en {_count_codings(element)} coderingen niet overgenomen.")
            return None
        doc.plain_bytes = data
        try:
            raw_text = decode_text(data)
        except ImportFailure as exc:
            warnings.append(f"Bron '{name}' overgeslagen: {exc}.")
            return None
    doc.tmap = pos.TextMap(raw_text)
    for sel in kids(element, "PlainTextSelection"):
        start, end = _int(sel.get("startPosition")), _int(sel.get("endPosition"))
        if start is None or end is None:
            warnings.append(f"Bron '{name}': selectie zonder geldige start/eind overgeslagen "
                            f"({_count_codings(sel)} coderingen).")
            continue
        doc.selections.append(SelectionDef(
            gkey(sel.get("guid")), start, end, sel.get("name"), text_of(kid(sel, "Description")).strip(),
            gkey(sel.get("creatingUser")), sel.get("creationDateTime"), _codings(sel),
            [gkey(n.get("targetGUID")) for n in kids(sel, "NoteRef")]))
    doc.whole = _codings(element)
    doc.notes = [gkey(n.get("targetGUID")) for n in kids(element, "NoteRef")]
    doc.values = _values(element)
    return doc


def read_qdpx(path: str | os.PathLike) -> Parsed:
    """Read a REFI-QDA project without touching any project; see :class:`Parsed`."""
    path = Path(path)
    if not path.exists():
        raise QdpxError(f"'{path}' bestaat niet.")
    archive = Archive(path)
    try:
        return _read(archive, path)
    finally:
        archive.close()


def _read(archive: Archive, path: Path) -> Parsed:
    data = archive.read_entry(archive.project_entry())
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise QdpxError(f"{path.name}: project.qde is geen geldige XML ({exc}).") from None
    if local(root.tag) != "Project":
        raise QdpxError(f"{path.name}: geen REFI-QDA-project (verwacht <Project>, gevonden <{local(root.tag)}>).")
    warnings: list[str] = []
    origin = root.get("origin") or ""
    sidecar = None
    if archive.has(SIDECAR):
        try:
            sidecar = json.loads(archive.read_entry(archive.names[SIDECAR]).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            warnings.append("werkplaats.json in het archief is beschadigd en wordt genegeerd.")
    own = bool(sidecar) and origin.startswith("werkplaats")
    users = _user_names(root)
    codebook, code_ids = _codebook(root, warnings)
    variables = {}
    for v in kids(kid(root, "Variables"), "Variable"):
        variables[gkey(v.get("guid"))] = ((v.get("name") or "variabele").strip(), v.get("typeOfVariable") or "Text",
                                          text_of(kid(v, "Description")).strip())
    cases = _cases(root, warnings)
    docs, media_guids = _sources(root, archive, warnings)
    notes = _notes(root, archive, own, warnings)
    links = [(gkey(link.get("originGUID")), gkey(link.get("targetGUID")), link.get("name") or "")
             for link in kids(kid(root, "Links"), "Link")]
    sets = []
    for s in kids(kid(root, "Sets"), "Set"):
        sets.append((gkey(s.get("guid")), (s.get("name") or "set").strip(), text_of(kid(s, "Description")).strip(),
                     [gkey(m.get("targetGUID")) for m in kids(s, "MemberSource")],
                     [gkey(m.get("targetGUID")) for m in kids(s, "MemberCode")], len(kids(s, "MemberNote"))))
    graphs = kids(kid(root, "Graphs"), "Graph")
    if graphs:
        vertices = sum(len(kids(g, "Vertex")) for g in graphs)
        edges = sum(len(kids(g, "Edge")) for g in graphs)
        warnings.append(f"{len(graphs)} netwerkweergaven (Graphs: {vertices} knopen, {edges} verbindingen) overgeslagen: "
                        "werkplaats heeft geen netwerken.")
    parsed = Parsed(
        name=root.get("name") or path.stem, origin=origin, own=own, users=users, codebook=codebook, code_ids=code_ids,
        variables=variables, cases=cases, docs=docs, notes=notes,
        project_notes=[gkey(r.get("targetGUID")) for r in kids(root, "NoteRef")], links=links, sets=sets,
        description=text_of(kid(root, "Description")).strip(), sidecar=sidecar if own else None, warnings=warnings,
        code_notes=[(gkey(e.get("guid")), gkey(r.get("targetGUID"))) for e in _iter(kid(root, "CodeBook"))
                    if local(e.tag) == "Code" for r in kids(e, "NoteRef")])
    _detect_conventions(parsed)
    _check(parsed, media_guids)
    return parsed


def _cases(root: ET.Element, warnings: list[str]) -> list[CaseDef]:
    cases = []
    for n, c in enumerate(kids(kid(root, "Cases"), "Case"), start=1):
        name = (c.get("name") or "").strip() or f"Casus {n}"
        cases.append(CaseDef(gkey(c.get("guid")), name, text_of(kid(c, "Description")).strip(), _values(c),
                             [gkey(r.get("targetGUID")) for r in kids(c, "SourceRef")]))
        if kids(c, "SelectionRef"):
            warnings.append(f"Casus '{name}': {len(kids(c, 'SelectionRef'))} verwijzingen naar selecties overgeslagen "
                            "(een casus bestaat hier uit hele documenten).")
        if kids(c, "CodeRef"):
            warnings.append(f"Casus '{name}': {len(kids(c, 'CodeRef'))} codes bij de casus zelf overgeslagen.")
    return cases


def _sources(root: ET.Element, archive: Archive, warnings: list[str]) -> tuple[list[DocDef], set[str]]:
    """Text sources (and the text of PDFs) as documents; what other sources lose is a warning."""
    docs: list[DocDef] = []
    skipped: dict[str, int] = {}
    media_guids: set[str] = set()
    for n, src in enumerate(_iter_children(kid(root, "Sources")), start=1):
        kind = local(src.tag)
        name = (src.get("name") or "").strip() or PurePosixPath(
            (src.get("plainTextPath") or src.get("path") or f"bron-{n}").split("://")[-1]).name
        if kind == "TextSource":
            doc = _text_source(src, name, kind, archive, warnings)
            if doc:
                docs.append(doc)
            continue
        media_guids.add(gkey(src.get("guid")))
        label = MEDIA.get(kind, kind)
        representation = kid(src, "Representation") if kind == "PDFSource" else None
        lost_sel = sum(1 for e in src.iter() if local(e.tag) in SELECTIONS)
        lost_cod = sum(_count_codings(e) for e in src.iter() if local(e.tag) in SELECTIONS) + len(kids(src, "Coding"))
        if representation is not None:
            own_warnings: list[str] = []
            doc = _text_source(representation, name, kind, archive, own_warnings)
            if doc is None:
                missing = own_warnings[0].split(": ", 1)[-1].split(" — ")[0] if own_warnings else "ontbreekt"
                warnings.append(f"PDF '{name}' overgeslagen ({missing}): {lost_sel} selecties en {lost_cod} "
                                "coderingen niet overgenomen.")
                skipped[label] = skipped.get(label, 0) + 1
                continue
            warnings.extend(own_warnings)
            if doc:
                original, _ = archive.read(src.get("path"))
                if original:
                    doc.rich, doc.rich_ext = original, ".pdf"
                doc.guid = gkey(src.get("guid"))
                doc.notes += [gkey(r.get("targetGUID")) for r in kids(src, "NoteRef")]
                doc.values += _values(src)
                docs.append(doc)
                if lost_sel:
                    warnings.append(f"PDF '{name}': de tekst is overgenomen, maar {lost_sel} selecties op de pagina "
                                    f"(coördinaten) met {lost_cod} coderingen niet; de coderingen op de tekst wel.")
                continue
        transcripts = [t for t in src if local(t.tag) == "Transcript"]
        extra = f", {len(transcripts)} transcripten" if transcripts else ""
        warnings.append(f"{label[0].upper() + label[1:]} '{name}' overgeslagen (alleen tekstbronnen worden ondersteund): "
                        f"{lost_sel} selecties en {lost_cod} coderingen{extra} niet overgenomen.")
        skipped[label] = skipped.get(label, 0) + 1
    return docs, media_guids


def _notes(root: ET.Element, archive: Archive, own: bool, warnings: list[str]) -> dict[str, NoteDef]:
    notes = {}
    for note in kids(kid(root, "Notes"), "Note"):
        key = gkey(note.get("guid"))
        content = kid(note, "PlainTextContent")
        text = text_of(content) if content is not None else ""
        if content is None and note.get("plainTextPath"):
            data_, reason = archive.read(note.get("plainTextPath"))
            if data_ is None:
                warnings.append(f"Notitie '{note.get('name') or key}': de tekst {reason}; alleen de naam is overgenomen.")
            else:
                text = decode_text(data_)
        description = text_of(kid(note, "Description")).strip()
        if description and not own:
            text = description + ("\n\n" + text if text.strip() else "")
        notes[key] = NoteDef(key, (note.get("name") or "").strip(), text.replace("\r\n", "\n"),
                             gkey(note.get("creatingUser")), note.get("creationDateTime"), note.get("modifiedDateTime"))
        if kids(note, "PlainTextSelection"):
            warnings.append(f"Notitie '{note.get('name') or key}': {len(kids(note, 'PlainTextSelection'))} selecties in "
                            "de notitie zelf overgeslagen.")
    return notes


def _detect_conventions(parsed: Parsed) -> None:
    """Pick the position convention per source; undecided sources follow the project's majority."""
    prefer = pos.preferred_convention(parsed.origin)
    decided: dict[str, int] = {}
    for doc in parsed.docs:
        sels = [(s.start, s.end, s.name) for s in doc.selections]
        doc.detection = pos.detect(doc.tmap, sels, prefer)
        doc.convention = doc.detection.convention
        if doc.detection.decided:
            decided[doc.convention] = decided.get(doc.convention, 0) + 1
    if decided:
        majority = max(decided, key=decided.get)
        for doc in parsed.docs:
            if doc.tmap.ambiguous and not doc.detection.decided:
                doc.convention = majority


def _check(parsed: Parsed, media_guids: set[str]) -> None:
    """Count what will be imported and warn about what will not (before anything is written)."""
    w = parsed.warnings
    selection_keys = {s.guid for d in parsed.docs for s in d.selections}
    doc_keys = {d.guid for d in parsed.docs}
    unknown_codes: dict[str, int] = {}
    n_codings = bad = 0
    for doc in parsed.docs:
        length = len(doc.tmap.text)
        for sel in doc.selections:
            s = doc.tmap.to_text(sel.start, doc.convention)
            e = doc.tmap.to_text(sel.end, doc.convention, end=True)
            if not (0 <= s < e <= length):
                bad += 1
                w.append(f"Bron '{doc.name}': selectie {sel.start}–{sel.end} valt buiten de tekst ({length} tekens) of "
                         f"is leeg; {len(sel.codings)} coderingen overgeslagen.")
                continue
            for c in sel.codings:
                if c.code not in parsed.code_ids:
                    unknown_codes[c.code] = unknown_codes.get(c.code, 0) + 1
                else:
                    n_codings += 1
        for c in doc.whole:
            if c.code in parsed.code_ids and length:
                n_codings += 1
            elif c.code not in parsed.code_ids:
                unknown_codes[c.code] = unknown_codes.get(c.code, 0) + 1
    for code, n in unknown_codes.items():
        w.append(f"{n} coderingen verwijzen naar een onbekende code (GUID {code or '(leeg)'}) en zijn overgeslagen.")
    for guid, name, _, sources, codes, n_notes in parsed.sets:
        lost = [g for g in sources if g not in doc_keys]
        if lost:
            why = "media" if all(g in media_guids for g in lost) else "niet overgenomen bronnen"
            w.append(f"Set '{name}': {len(lost)} leden ({why}) overgeslagen.")
        lost_codes = [g for g in codes if g not in parsed.code_ids]
        if lost_codes:
            w.append(f"Set '{name}': {len(lost_codes)} onbekende codes overgeslagen.")
        if n_notes:
            w.append(f"Set '{name}': {n_notes} notities als lid overgeslagen.")
    note_keys = set(parsed.notes)
    for origin, target, name in parsed.links:
        note, other = (origin, target) if origin in note_keys else (target, origin)
        if note not in note_keys:
            w.append(f"Koppeling '{name or '(zonder naam)'}' tussen twee objecten die geen notitie zijn overgeslagen.")
        elif other not in doc_keys and other not in selection_keys and other not in parsed.code_ids and \
                other not in {c.guid for c in parsed.cases}:
            w.append(f"Notitie '{parsed.notes[note].name}' hoort bij een object dat niet wordt overgenomen "
                     "(bijv. een videoselectie); ze wordt een projectmemo.")
    parsed.counts = {
        "gebruikers": len(parsed.users), "codes": len(parsed.codebook.codes), "bronnen": len(parsed.docs),
        "selecties": sum(len(d.selections) for d in parsed.docs), "coderingen": n_codings,
        "notities": len(parsed.notes), "casussen": len(parsed.cases), "variabelen": len(parsed.variables),
        "sets": len(parsed.sets), "ongeldige selecties": bad,
    }


def inspect_qdpx(path: str | os.PathLike) -> Parsed:
    """What an import of ``path`` would bring in (``counts``) and leave out (``warnings``)."""
    return read_qdpx(path)
