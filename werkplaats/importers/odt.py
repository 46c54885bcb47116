"""OpenDocument text (.odt): headings, paragraphs, lists, tables, speaker turns.

The body is walked in reading order and turned into :class:`Paragraph` objects,
which :func:`build_structure` turns into segments, exactly like Word documents.
Footnotes, comments, tracked deletions and tables of contents are left out.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile

from ..model import ImportedDocument
from .base import ImportFailure, Importer, expect_kind
from .structure import Paragraph, build_structure, split_plain_paragraphs
from .text import title_from

TEXTNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLENS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLENS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
OFFICENS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
SVGNS = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"

ODT_MIMETYPES = {
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
    "application/vnd.oasis.opendocument.text-master",
}
# Elements whose text is not part of the running text.
SKIP_INLINE = {
    (TEXTNS, "note"),
    (OFFICENS, "annotation"),
    (TEXTNS, "tracked-changes"),
    (TEXTNS, "ruby-text"),
    (SVGNS, "title"),  # alt text of images
    (SVGNS, "desc"),
}
SKIP_BLOCK = {
    (TEXTNS, "tracked-changes"),
    (TEXTNS, "table-of-content"),
    (TEXTNS, "sequence-decls"),
    (TEXTNS, "variable-decls"),
    (OFFICENS, "forms"),
    (OFFICENS, "annotation"),
}
CONTAINERS = {"list", "list-item", "list-header", "section", "numbered-paragraph", "index-body"}
HEADING_STYLE = re.compile(r"^(Heading|Kop)(_20_|\s)?(\d)$")


def _is_element(node) -> bool:
    return node.nodeType == node.ELEMENT_NODE


def inline_text(element) -> str:
    """The text of a paragraph: spaces (``text:s``), tabs, line breaks, spans, links."""
    parts: list[str] = []
    for node in element.childNodes:
        if not _is_element(node):
            parts.append(re.sub(r"[ \t\r\n]+", " ", node.data))
            continue
        qname = node.qname
        if qname in SKIP_INLINE:
            continue
        if qname == (TEXTNS, "s"):
            parts.append(" " * max(1, int(node.getAttrNS(TEXTNS, "c") or 1)))
        elif qname == (TEXTNS, "tab"):
            parts.append("\t")
        elif qname == (TEXTNS, "line-break"):
            parts.append("\n")
        else:  # spans, links, fields, text boxes in frames
            parts.append(inline_text(node))
    return "".join(parts)


def clean(text: str) -> str:
    """Strip each line; drop empty lines at the ends."""
    return "\n".join(line.strip() for line in text.split("\n")).strip()


class StyleLevels:
    """Heading levels of paragraph styles (``Title`` → 0, ``Heading 2`` → 2)."""

    def __init__(self, document) -> None:
        self.parent: dict[str, str] = {}
        for container in (document.automaticstyles, document.styles):
            for style in container.childNodes:
                if _is_element(style) and style.qname == (STYLENS, "style"):
                    name = style.getAttrNS(STYLENS, "name")
                    parent = style.getAttrNS(STYLENS, "parent-style-name")
                    if name and parent:
                        self.parent[name] = parent

    def level(self, name: str | None) -> int | None:
        for _ in range(6):  # follow the parent chain a few steps
            if not name:
                return None
            if name in ("Title", "Subtitle"):
                return 0
            m = HEADING_STYLE.match(name)
            if m:
                return int(m.group(3))
            name = self.parent.get(name)
        return None


def cell_text(element) -> str:
    """All text inside a table cell on one line (nested tables and lists too)."""
    texts: list[str] = []

    def collect(node) -> None:
        for child in node.childNodes:
            if not _is_element(child) or child.qname in SKIP_BLOCK:
                continue
            if child.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                texts.append(" ".join(inline_text(child).split()))
            else:
                collect(child)

    collect(element)
    return " ".join(t for t in texts if t)


def table_paragraphs(table) -> list[Paragraph]:
    """One TABLE_ROW paragraph per non-empty row, cells joined by tabs."""
    result: list[Paragraph] = []
    for node in table.childNodes:
        if not _is_element(node):
            continue
        if node.qname == (TABLENS, "table-row"):
            cells = [cell_text(c) for c in node.childNodes if _is_element(c) and c.qname == (TABLENS, "table-cell")]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                result.append(Paragraph("\t".join(cells), table_row=True))
        elif node.qname[0] == TABLENS and node.qname[1] in ("table-header-rows", "table-rows", "table-row-group"):
            result.extend(table_paragraphs(node))
    return result


def body_paragraphs(element, styles: StyleLevels) -> list[Paragraph]:
    """The paragraphs of ``element`` (the office:text body) in reading order."""
    result: list[Paragraph] = []
    for node in element.childNodes:
        if not _is_element(node) or node.qname in SKIP_BLOCK:
            continue
        ns, tag = node.qname
        if ns == TEXTNS and tag == "h":
            text = " ".join(inline_text(node).split())
            if text:
                level = node.getAttrNS(TEXTNS, "outline-level")
                result.append(Paragraph(text, heading_level=int(level) if level and level.isdigit() else 1))
        elif ns == TEXTNS and tag == "p":
            text = clean(inline_text(node))
            if not text:
                continue
            level = styles.level(node.getAttrNS(TEXTNS, "style-name"))
            if level is not None:
                result.append(Paragraph(" ".join(text.split()), heading_level=level))
            else:  # line breaks inside one paragraph may separate speaker turns
                result.extend(split_plain_paragraphs(text))
        elif ns == TABLENS and tag == "table":
            result.extend(table_paragraphs(node))
        elif ns == TEXTNS and tag in CONTAINERS:
            result.extend(body_paragraphs(node, styles))
    return result


def open_odt(data: bytes):
    """Load ``data`` with odfpy, turning its errors into Dutch reasons."""
    from odf.opendocument import load  # odfpy; imported lazily, only for this format

    expect_kind(data, "zip", ".odt")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        mimetype = archive.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else None
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        raise ImportFailure("het OpenDocument-bestand is beschadigd of onvolledig (geen geldig zip-archief)") from None
    if "word/document.xml" in names:
        raise ImportFailure("het bestand heet .odt, maar is een Word-document (.docx)")
    if mimetype and mimetype not in ODT_MIMETYPES:
        if mimetype.startswith("application/vnd.oasis.opendocument."):
            kind = mimetype.rsplit(".", 1)[-1]
            raise ImportFailure(f"het bestand is een OpenDocument-{kind}, geen tekstdocument (.odt)")
        raise ImportFailure("het bestand is een zip-archief maar geen OpenDocument-tekstdocument")
    if "content.xml" not in names or "META-INF/manifest.xml" not in names:
        raise ImportFailure("het bestand is een zip-archief maar geen OpenDocument-tekstdocument")
    captured = io.StringIO()
    try:
        with contextlib.redirect_stdout(captured):  # odfpy prints XML it cannot parse
            document = load(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, zlib errors, defusedxml refusals, ...
        raise ImportFailure(f"het OpenDocument-bestand kan niet gelezen worden ({type(exc).__name__})") from None
    if "SAX FAILED" in captured.getvalue():
        raise ImportFailure("de inhoud van het OpenDocument-bestand is beschadigd (content.xml is geen geldige XML)")
    return document


def document_title(document) -> str:
    """The title in the document's properties (dc:title), or ``""``."""
    for node in document.meta.childNodes:
        if _is_element(node) and node.qname[1] == "title":
            return " ".join(inline_text(node).split())
    return ""


class OdtImporter(Importer):
    extensions = (".odt",)
    format = "odt"

    def read(self, data: bytes, name: str) -> list[ImportedDocument]:
        document = open_odt(data)
        try:
            paragraphs = body_paragraphs(document.text, StyleLevels(document))
        except Exception as exc:
            reason = f"de inhoud van het OpenDocument-bestand kan niet gelezen worden ({type(exc).__name__})"
            raise ImportFailure(reason) from None
        builder, meta = build_structure(paragraphs)
        if not builder.segments:
            raise ImportFailure("het OpenDocument-bestand bevat geen tekst")
        title = meta.get("Titel") or document_title(document) or title_from(name, meta)
        return [builder.build(title, self.format, metadata=meta)]
