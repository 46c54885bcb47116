"""Read and write REFI-QDA codebooks (``.qdc``, ``urn:QDA-XML:codebook:1.0``).

Writing: one ``<Code>`` per code, nested like the tree, with a deterministic
GUID (``uuid5(NAMESPACE_URL, "werkplaats:" + id)``) unless the code came from
another tool with its own GUID (kept in ``extra["guid"]``). The Description
holds the code's texts as Dutch labelled lines (``Definitie: …``) and, last, a
``Code-id:`` line, so our own round trip is lossless and a codebook edited in
another program keeps its ids.

Reading: elements are matched by local name (tools use other namespace
versions); a ``Project`` root (``.qde``) is accepted too. Codes without a
``Code-id`` get an id from the slugs of their name path (``cluster.sub_code``).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET

from .model import Code, Codebook, CodebookError, _COLOUR, assign_colours, normalise_colour, tree_order, validate

NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = "werkplaats"
# Description labels, in the order they are written.
LABELS = (("definition", "Definitie"), ("include", "Wel coderen"), ("exclude", "Niet coderen"),
          ("example", "Voorbeeld"), ("keywords", "Trefwoorden"), ("id", "Code-id"))
_BY_LABEL = {label: key for key, label in LABELS}
_LABEL_LINE = re.compile(r"(%s): ?(.*)" % "|".join(re.escape(label) for _, label in LABELS), re.S)
_GUID = re.compile(r"\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?")


def code_guid(code_id: str) -> str:
    """The deterministic GUID of one of our code ids."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "werkplaats:" + code_id))


def describe(code: Code) -> str:
    """The labelled Dutch Description text of ``code``."""
    lines = []
    for key, label in LABELS:
        value = ", ".join(code.keywords) if key == "keywords" else getattr(code, key)
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def parse_description(text: str) -> dict[str, object]:
    """Fields from a labelled Description; otherwise ``{"definition": text}``."""
    text = text or ""
    if not _LABEL_LINE.match(text.lstrip()):
        return {"definition": text.strip()} if text.strip() else {}
    fields: dict[str, object] = {}
    key = None
    for line in text.lstrip().split("\n"):
        match = _LABEL_LINE.fullmatch(line)
        if match and _BY_LABEL[match.group(1)] not in fields:
            key = _BY_LABEL[match.group(1)]
            fields[key] = match.group(2)
        elif key is not None:
            fields[key] = f"{fields[key]}\n{line}"
    if "keywords" in fields:
        fields["keywords"] = [k.strip() for k in str(fields["keywords"]).split(",") if k.strip()]
    if "id" in fields:
        fields["id"] = str(fields["id"]).strip()
    return fields


def _element(code: Code, codebook: Codebook, seen: set[str]) -> ET.Element:
    guid = code.extra.get("guid")
    attrs = {
        "guid": guid if isinstance(guid, str) and _GUID.fullmatch(guid) else code_guid(code.id),
        "name": code.name,
        "isCodable": "false" if code.extra.get("codable") is False else "true",
    }
    if isinstance(code.colour, str) and _COLOUR.fullmatch(code.colour):
        attrs["color"] = code.colour.upper()
    element = ET.Element("Code", attrs)
    if describe(code):
        ET.SubElement(element, "Description").text = describe(code)
    for child in codebook.children(code.id):
        if child.id not in seen:
            seen.add(child.id)
            element.append(_element(child, codebook, seen))
    return element


def dump_qdc(codebook: Codebook) -> bytes:
    """The codebook as REFI-QDA ``.qdc`` (UTF-8, valid against Codebook.xsd)."""
    if not codebook.codes:
        raise CodebookError("een leeg codeboek kan niet als .qdc worden opgeslagen "
                            "(REFI-QDA vereist minstens één code)")
    root = ET.Element("CodeBook", {"xmlns": NS, "origin": ORIGIN})
    codes = ET.SubElement(root, "Codes")
    known = {c.id for c in codebook.codes}
    seen: set[str] = set()
    # Roots first; codes below an unknown parent or in a cycle (invalid trees) follow as roots.
    for code in [c for c in codebook.codes if c.parent is None or c.parent not in known] + codebook.codes:
        if code.id not in seen:
            seen.add(code.id)
            codes.append(_element(code, codebook, seen))
    ET.indent(root, space="  ")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n").encode("utf-8")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def slug(text: str) -> str:
    """``"Cliëntniveau en regie"`` → ``"clientniveau_en_regie"``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_") or "code"


def load_qdc(data: bytes, source: str = "codeboek.qdc") -> Codebook:
    """Read a REFI-QDA codebook (or the CodeBook of a ``.qde`` project)."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        where = f"{source}, regel {line}" if line else source
        raise CodebookError(f"{where}: ongeldige XML ({exc})") from None
    if _local(root.tag) == "Project":
        root = _child(root, "CodeBook")
        if root is None:
            raise CodebookError(f"{source}: dit REFI-QDA-project bevat geen codeboek (CodeBook)")
    if _local(root.tag) != "CodeBook":
        raise CodebookError(f"{source}: geen REFI-QDA-codeboek (verwacht <CodeBook>, gevonden <{_local(root.tag)}>)")
    codes_element = _child(root, "Codes")
    cb = Codebook()
    if root.get("origin"):
        cb.extra["origin"] = root.get("origin")
    taken: set[str] = set()
    own_ids = {parse_description(_text(d)).get("id") for d in root.iter() if _local(d.tag) == "Description"}
    codes: list[Code] = []
    for element in ([] if codes_element is None else [c for c in codes_element if _local(c.tag) == "Code"]):
        _read(element, None, codes, taken, own_ids)
    cb.codes = tree_order(codes)
    validate(cb, source)
    return assign_colours(cb)


def _text(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def _read(element: ET.Element, parent: str | None, out: list[Code], taken: set[str], own_ids: set) -> None:
    name = (element.get("name") or "").strip() or "naamloze code"
    fields = parse_description(_text(_child(element, "Description")))
    code_id = fields.pop("id", None)
    if not code_id or code_id in taken:
        base = f"{parent}.{slug(name)}" if parent else slug(name)
        code_id, n = base, 2
        while code_id in taken or code_id in own_ids:
            code_id, n = f"{base}_{n}", n + 1
    taken.add(code_id)
    colour = normalise_colour(element.get("color"))
    code = Code(id=code_id, name=name, parent=parent, colour=colour if isinstance(colour, str)
                and _COLOUR.fullmatch(colour) else None, **fields)
    guid = (element.get("guid") or "").strip()
    if guid and guid.strip("{}").lower() != code_guid(code_id):
        code.extra["guid"] = guid
    if (element.get("isCodable") or "true").strip().lower() in ("false", "0"):
        code.extra["codable"] = False
    out.append(code)
    for child in element:
        if _local(child.tag) == "Code":
            _read(child, code_id, out, taken, own_ids)
