"""Word documents (.docx): paragraphs, heading styles, tables, speaker turns."""

from __future__ import annotations

import io
import re
import zipfile

from ..model import ImportedDocument
from .base import ImportFailure, Importer, expect_kind
from .structure import Paragraph, build_structure, split_plain_paragraphs
from .text import title_from

HEADING_STYLE = re.compile(r"^(heading|kop)\s*(\d)$", re.IGNORECASE)
TITLE_STYLES = {"title", "titel", "subtitle", "ondertitel"}


def heading_level(style_name: str | None) -> int | None:
    """``"Heading 2"`` / ``"Kop 2"`` → 2, ``"Title"`` → 0, else ``None``."""
    if not style_name:
        return None
    name = style_name.strip().lower()
    if name in TITLE_STYLES:
        return 0
    m = HEADING_STYLE.match(name)
    return int(m.group(2)) if m else None


def open_docx(data: bytes):
    """Open ``data`` with python-docx, turning its errors into Dutch reasons."""
    import docx  # python-docx; imported lazily, only for this format

    expect_kind(data, "zip", ".docx")
    try:
        return docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportFailure("het Word-bestand is beschadigd of onvolledig (geen geldig zip-archief)") from None
    except KeyError:
        raise ImportFailure("het bestand is een zip-archief maar geen Word-document") from None
    except ValueError:
        raise ImportFailure("het bestand is geen Word-document (.docx)") from None
    except Exception as exc:  # lxml errors in a damaged document.xml, EOFError, ...
        raise ImportFailure(f"het Word-bestand kan niet gelezen worden ({type(exc).__name__})") from None


def style_levels(document) -> dict[str | None, int | None]:
    """Heading level per style id, read straight from styles.xml (python-docx's style
    objects are slow to build for every style of every document)."""
    from docx.oxml.ns import qn

    levels: dict[str | None, int | None] = {None: None}
    for style in document.styles.element.iterchildren(qn("w:style")):
        name = style.find(qn("w:name"))
        levels[style.get(qn("w:styleId"))] = heading_level(name.get(qn("w:val")) if name is not None else None)
    return levels


def paragraph_text(p_element) -> str:
    """The text of a ``w:p`` element: runs, tabs and line breaks (as python-docx reads it, faster)."""
    from docx.oxml.ns import qn

    parts = []
    for el in p_element.iter(TEXT_TAGS[0], *TEXT_TAGS[1:]):
        tag = el.tag
        if tag == TEXT_TAGS[0]:
            parts.append(el.text or "")
        elif tag == TEXT_TAGS[1]:
            parts.append("\t")
        elif tag == TEXT_TAGS[4]:
            parts.append("-")
        else:
            if tag == TEXT_TAGS[2] and el.get(qn("w:type")) == "page":
                continue
            parts.append("\n")
    return "".join(parts)


def _text_tags() -> tuple[str, ...]:
    from docx.oxml.ns import qn

    return tuple(qn(t) for t in ("w:t", "w:tab", "w:br", "w:cr", "w:noBreakHyphen"))


TEXT_TAGS = _text_tags()


def body_blocks(document):
    """Paragraphs and tables of the body in order (like ``iter_inner_content``, without XPath)."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    p_tag, tbl_tag = qn("w:p"), qn("w:tbl")
    parent = document._body
    for child in document.element.body.iterchildren():
        if child.tag == p_tag:
            yield DocxParagraph(child, parent)
        elif child.tag == tbl_tag:
            yield Table(child, parent)


def docx_paragraphs(document) -> list[Paragraph]:
    """The body of a python-docx document as paragraphs, in reading order."""
    from docx.table import Table

    result: list[Paragraph] = []
    levels = style_levels(document)
    for block in body_blocks(document):
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(cell.text.split()))
                if any(cells):
                    result.append(Paragraph("\t".join(cells), table_row=True))
            continue
        text = paragraph_text(block._p)
        if not text.strip():
            continue
        # python-docx's Paragraph.style searches all styles on every call;
        # look the style id up in a table built once instead.
        level = levels.get(block._p.style)  # style id → heading level
        if level is not None:
            result.append(Paragraph(" ".join(text.split()), heading_level=level))
        else:
            # Soft line breaks inside one paragraph may separate speaker turns.
            result.extend(split_plain_paragraphs(text))
    return result


class DocxImporter(Importer):
    extensions = (".docx",)
    format = "docx"

    def read(self, data: bytes, name: str) -> list[ImportedDocument]:
        document = open_docx(data)
        try:
            paragraphs = docx_paragraphs(document)
        except Exception as exc:
            raise ImportFailure(f"de inhoud van het Word-bestand kan niet gelezen worden ({type(exc).__name__})") from None
        builder, meta = build_structure(paragraphs)
        if not builder.segments:
            raise ImportFailure("het Word-document bevat geen tekst")
        core_title = (document.core_properties.title or "").strip()
        title = title_from(name, {"Titel": meta.get("Titel") or core_title}, builder.segments)
        return [builder.build(title, self.format, metadata=meta)]
