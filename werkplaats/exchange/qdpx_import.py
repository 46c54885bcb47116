"""Import a REFI-QDA project (``.qdpx`` archive or a bare ``.qde``) into a project.

Reading (:func:`read_qdpx`) is separate from writing (:func:`import_qdpx`), so
:func:`inspect_qdpx` can tell the user exactly what will not carry over before
anything is written. Robust against the quirks of real exports:

- elements are matched by local name (namespace versions differ);
- archive paths case-insensitively (``Sources/`` vs ``sources/``,
  ``Project.qde``), bare file names (qc) as well as ``internal://``;
- GUIDs case-insensitively, with or without braces, hex of any version;
- text files as raw bytes (BOM, CRLF), positions mapped per source from the
  convention the file turns out to use (:mod:`.positions`);
- a missing ``internal://`` file skips that source with a warning, the rest
  is imported.

Everything is written in ONE transaction; codes and codings are journaled
actions (undoable). Our own exports carry ``werkplaats.json`` with what
REFI-QDA cannot hold; with it the round trip is lossless.
"""

from __future__ import annotations

import hashlib
import json
import os
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..codebook import qdc
from ..codebook.model import Codebook, CodebookError, assign_colours, tree_order, validate
from ..importers.base import ImportFailure, decode_text
from ..importers.structure import Paragraph, TURN_RE, speaker_labels
from ..model import PARAGRAPH, SOURCE_TYPES, TURN, ImportedDocument, Segment
from ..store import AttributeValueError, Definition, Project, now
from . import positions as pos
from .refi import (ATTRIBUTE_TYPE, ELEMENT_TYPES, LEVELS_LABEL, MUNICIPALITY_VAR, REGION_VAR, SIDECAR,
                   SOURCE_TYPE_VAR, QdpxError, gkey, iso_datetime, kid, kids, local, text_of)

MAX_MEMBER_BYTES = 200 * 1024 * 1024
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


@dataclass
class ImportReport:
    path: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    conventions: dict[str, str] = field(default_factory=dict)  # document title → position convention
    existing: list[str] = field(default_factory=list)  # documents that were already in the project
    document_ids: list[int] = field(default_factory=list)


# -- the archive ----------------------------------------------------------------------------


class Archive:
    """Files of a ``.qdpx`` (zip) or of the folder next to a bare ``.qde``, case-insensitively."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.names: dict[str, str] = {}
        if zipfile.is_zipfile(path):
            try:
                self.zip = zipfile.ZipFile(path)
            except zipfile.BadZipFile as exc:
                raise QdpxError(f"'{path.name}' is geen geldig REFI-QDA-archief ({exc}).") from None
            for info in self.zip.infolist():
                if not info.is_dir():
                    self.names.setdefault(info.filename.replace("\\", "/").lower(), info.filename)
        elif path.suffix.lower() == ".qde":
            self.names[path.name.lower()] = str(path)
            for folder in path.parent.iterdir():
                if folder.is_dir() and folder.name.lower() == "sources":
                    for f in folder.rglob("*"):
                        if f.is_file():
                            self.names.setdefault(f"sources/{f.relative_to(folder).as_posix()}".lower(), str(f))
        else:
            raise QdpxError(f"'{path.name}' is geen REFI-QDA-projectbestand (.qdpx of .qde).")

    def project_entry(self) -> str:
        if self.zip is None:
            return next(iter(self.names.values()))
        for wanted in ("project.qde",):
            if wanted in self.names:
                return self.names[wanted]
        candidates = [real for low, real in self.names.items() if low.endswith(".qde") and "/" not in low]
        candidates = candidates or [real for low, real in self.names.items() if low.endswith(".qde")]
        if not candidates:
            raise QdpxError(f"'{self.path.name}' bevat geen project.qde; is het wel een REFI-QDA-project?")
        return candidates[0]

    def read_entry(self, real: str) -> bytes:
        if self.zip is None:
            return Path(real).read_bytes()
        info = self.zip.getinfo(real)
        if info.file_size > MAX_MEMBER_BYTES:
            raise QdpxError(f"'{real}' in het archief is groter dan {MAX_MEMBER_BYTES // 2**20} MB.")
        return self.zip.read(real)

    def has(self, name: str) -> bool:
        return name.lower() in self.names

    def read(self, ref: str | None) -> tuple[bytes | None, str]:
        """The bytes a path attribute points to, and a Dutch reason when they are missing."""
        if not ref:
            return None, "geen pad"
        ref = ref.strip()
        low = ref.lower()
        if low.startswith(("relative://", "absolute://", "file://", "http://", "https://")):
            return None, f"'{ref}' staat buiten het archief (externe bestanden worden niet ingelezen)"
        if low.startswith("internal://"):
            name = ref[len("internal://"):].lstrip("/")
        else:
            name = ref.lstrip("/")
        for candidate in (f"sources/{name}", name, f"sources/{PurePosixPath(name).name}"):
            real = self.names.get(candidate.lower())
            if real:
                return self.read_entry(real), ""
        return None, f"'{ref}' ontbreekt in het archief"

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


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
    report = ImportReport(str(path), warnings=list(parsed.warnings))
    store = project.exchange
    side = parsed.sidecar or {}
    user_name = lambda key: parsed.users.get(key) if key else None  # noqa: E731

    with project.atomic():
        # Users.
        for key, name in parsed.users.items():
            store.set_guid("user", name, key)
        # Codes: GUIDs that the project knows map to its codes; clashing ids get a suffix.
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
        own_codes = side.get("codes", {})
        for code in codebook.codes:
            extra = own_codes.get(code.id, {}).get("extra")
            if extra is not None:
                code.extra = extra
        code_ids = {g: rename.get(i, i) for g, i in parsed.code_ids.items()}
        old_meta = {k: project.settings.get(k) for k in ("codebook_name", "codebook_version", "codebook_extra")}
        if codebook.codes:
            codebook.name = codebook.name or parsed.name
            codebook.extra.setdefault("origin", parsed.origin)
            counts = project.codes.load_codebook(codebook, coder=coder)
            report.counts["codes nieuw"] = counts["new"]
            report.counts["codes bijgewerkt"] = counts["updated"]
            if old_meta["codebook_name"]:
                for k, v in old_meta.items():
                    project.settings.set(k, v)
            elif side.get("meta"):
                for k, v in side["meta"].items():
                    project.settings.set(k, v)
        # Attribute definitions.
        if side.get("attributes"):
            for row in side["attributes"]:
                current = project.cases.definition(row["name"])
                if current is None or not project.cases.attribute_in_use(row["name"]):
                    project.cases.restore_definition(row)
                elif (current.type, current.levels) != (row["type"], row.get("levels")):
                    report.warnings.append(f"Kenmerk '{row['name']}' bestaat al met een andere definitie; "
                                           "de definitie van het project is gehouden.")
        variables = parsed.variables
        case_var_keys = {k for case in parsed.cases for k, _, _ in case.values}
        source_var_keys = {k for d in parsed.docs for k, _, _ in d.values}
        reserved = {REGION_VAR, MUNICIPALITY_VAR, SOURCE_TYPE_VAR}
        for key, (name, refi_type, description) in variables.items():
            if name.lower() in reserved:
                continue
            scope = "both" if key in case_var_keys and key in source_var_keys else (
                "source" if key in source_var_keys else "case")
            store.set_variable_type(name, refi_type, scope)
            store.set_guid("variable", name, key)
            if scope == "source" or project.cases.definition(name) is not None:
                continue
            kind, levels = ATTRIBUTE_TYPE.get(refi_type, "text"), None
            if LEVELS_LABEL in description:
                description, _, level_text = description.partition(LEVELS_LABEL)
                description = description.strip()
                levels = [x.strip() for x in level_text.split("|") if x.strip()]
                kind = "ordinal"
            project.cases.define(Definition(name, kind, description or None, levels))
        # Cases.
        case_of_doc: dict[str, str] = {}
        case_ids: dict[str, int] = {}
        for case in parsed.cases:
            own_case = side.get("cases", {}).get(case.guid, {})
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
            case_ids[case.guid] = case_id
            store.set_guid("case", case_id, case.guid)
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
                if src in case_of_doc and case_of_doc[src] != case.name:
                    report.warnings.append(f"Een bron hoort bij meerdere casussen ('{case_of_doc[src]}' en '{case.name}');"
                                           f" hier hoort een document bij één casus: '{case_of_doc[src]}' is gekozen.")
                    continue
                case_of_doc[src] = case.name
        # Documents.
        by_hash: dict[str, int] = {}
        for doc_id, text in project.documents.texts().items():
            by_hash.setdefault(hashlib.sha256(text.encode("utf-8")).hexdigest(), doc_id)
        doc_ids: dict[str, int] = {}
        texts: dict[int, str] = {}
        matched: set[int] = set()
        own_docs = side.get("documents", {})
        own_sources = side.get("sources", {})
        archive = Archive(Path(path)) if own_sources else None
        try:
            for doc in parsed.docs:
                text = doc.tmap.text
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                if digest in by_hash and by_hash[digest] not in matched and text.strip():
                    doc_ids[doc.guid] = by_hash[digest]
                    matched.add(by_hash[digest])
                    texts[by_hash[digest]] = text
                    report.existing.append(doc.name)
                    continue
                info = own_docs.get(doc.guid)
                if info and info.get("text_sha256") != digest:
                    report.warnings.append(f"Document '{doc.name}': de tekst is na de export gewijzigd; "
                                           "segmenten en kenmerken uit werkplaats.json zijn niet gebruikt.")
                    info = None
                doc_ids[doc.guid] = _add_document(project, doc, info, own_sources, archive, case_of_doc,
                                                  variables, report)
                texts[doc_ids[doc.guid]] = text
                by_hash.setdefault(digest, doc_ids[doc.guid])
                matched.add(doc_ids[doc.guid])
                store.set_guid("document", doc_ids[doc.guid], doc.guid)
                report.document_ids.append(doc_ids[doc.guid])
        finally:
            if archive:
                archive.close()
        for doc in parsed.docs:
            report.conventions[doc.name] = doc.convention
        for guid, info in side.get("cases", {}).items():
            if guid in case_ids:
                project.cases.set_fields(case_ids[guid], {
                    "region": project.cases.ensure_region(info.get("region")), "municipality": info.get("municipality"),
                    "created_at": info.get("created_at")})
        # Memos from notes.
        note_targets: dict[str, list[tuple[str, str, str | None]]] = {}  # note → (type, id, selection quote)
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
        memos = []
        used_notes: set[str] = set()
        own_memos = side.get("memos", {})
        coding_note_keys = {n for d in parsed.docs for s in d.selections for k in s.codings for n in k.notes} | {
            n for d in parsed.docs for k in d.whole for n in k.notes}
        for key, targets in note_targets.items():
            note = parsed.notes.get(key)
            if note is None:
                report.warnings.append(f"Verwijzing naar een onbekende notitie ({key}) overgeslagen.")
                continue
            used_notes.add(key)
            for target_type, target_id, _ in targets:
                meta = own_memos.get(key, {})
                memos.append({"target_type": meta.get("target_type", target_type),
                              "target_id": meta.get("target_id", target_id),
                              "coder": user_name(note.user) or coder, "text": _note_text(note, parsed.own),
                              "created_at": meta.get("created_at") or iso_datetime(note.created),
                              "updated_at": meta.get("updated_at") or iso_datetime(note.modified)})
        selection_note_keys = {n for d in parsed.docs for s in d.selections for n in s.notes}
        for key, note in parsed.notes.items():
            if key not in used_notes and key not in coding_note_keys and key not in selection_note_keys:
                meta = own_memos.get(key, {})  # our own export says where it belonged (e.g. a segment)
                memos.append({"target_type": meta.get("target_type", "project"),
                              "target_id": meta.get("target_id", "project"), "coder": user_name(note.user) or coder,
                              "text": _note_text(note, parsed.own),
                              "created_at": meta.get("created_at") or iso_datetime(note.created),
                              "updated_at": meta.get("updated_at") or iso_datetime(note.modified)})
        if parsed.description:
            memos.append({"target_type": "project", "target_id": "project", "coder": coder,
                          "text": f"Beschrijving van '{parsed.name}':\n\n{parsed.description}"})
        for case in parsed.cases:
            if case.description:
                memos.append({"target_type": "case", "target_id": case.name, "coder": coder, "text": case.description})
        # Codings.
        existing_keys = set(project.codings.spans())
        own_codings = side.get("codings", {})
        rows = []
        skipped_codes = 0
        for doc in parsed.docs:
            doc_id = doc_ids[doc.guid]
            text = texts[doc_id]
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
                                  "coder": user_name(sel.user) or coder,
                                  "text": f"Bij «{quote}» ({s}–{e}):\n" + "\n\n".join(extra_memo),
                                  "created_at": iso_datetime(sel.created)})
                for k in sel.codings:
                    items.append((s, e, k, sel, extra_memo))
            for k in doc.whole:
                if text:
                    items.append((0, len(text), k, None, []))
            for s, e, k, sel, extra_memo in items:
                code_id = code_ids.get(k.code)
                if code_id is None:
                    skipped_codes += 1
                    continue
                who = user_name(k.user) or user_name(sel.user if sel else None) or coder
                key = (doc_id, s, e, code_id, who)
                if key in existing_keys:
                    continue
                existing_keys.add(key)
                own = own_codings.get(k.guid, {})
                memo_parts = [_note_text(parsed.notes[n], parsed.own) for n in k.notes if n in parsed.notes] + extra_memo
                rows.append({
                    "document_id": doc_id, "start": s, "end": e, "code_id": code_id, "coder": who,
                    "created_at": own.get("created_at") or iso_datetime(k.created) or iso_datetime(
                        sel.created if sel else None) or now(),
                    "memo": "\n\n".join(memo_parts) or None,
                    "provenance": own.get("provenance", "manual" if parsed.own else "imported"),
                    "rule": own.get("rule"),
                })
        report.counts["coderingen"] = project.codings.add_rows(
            rows, coder=coder, description=f"REFI-QDA-project '{parsed.name}' geïmporteerd")
        report.counts["memo's"] = project.memos.add_many(
            [m for m in memos if m["text"].strip()], coder=coder, description=f"memo's uit '{parsed.name}'")
        # Sets.
        for guid, name, description, sources, codes, _ in parsed.sets:
            members = [("document", str(doc_ids[g])) for g in sources if g in doc_ids]
            members += [("code", code_ids[g]) for g in codes if g in code_ids]
            set_id = store.add_set(name, description, members)
            store.set_guid("set", set_id, guid)
    report.counts.update({"documenten": len(report.document_ids), "al aanwezig": len(report.existing),
                          "codes": len(parsed.codebook.codes), "casussen": len(parsed.cases), "sets": len(parsed.sets),
                          "gebruikers": len(parsed.users)})
    return report


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
