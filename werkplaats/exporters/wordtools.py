"""Low-level python-docx helpers: sections, table properties, shading, fast table rows.

Things python-docx has no API for (repeating header rows, cell shading,
vertical header text, rows kept together) are written as WordprocessingML here,
so the rest of the exporters stay readable. Page numbers, the table of contents
and document properties are in :mod:`.wordfields`.
"""

from __future__ import annotations

import math
import re
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

# Heat map: white for zero, then five blues (ColorBrewer "Blues").
HEAT = ["FFFFFF", "DEEBF7", "9ECAE1", "6BAED6", "3182BD", "08519C"]
DARK = {"3182BD", "08519C"}  # white text on these
DIAGONAL = "D9D9D9"
HEADER_FILL = "E7E6E6"

A4 = (Cm(21.0), Cm(29.7))
PORTRAIT_MARGIN = Cm(2.0)
LANDSCAPE_MARGIN = Cm(1.5)


def new_document() -> Document:
    """A document with Dutch language, Calibri 10 pt and A4 portrait pages."""
    document = Document()
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    rpr = styles.element.find(qn("w:docDefaults"))
    if rpr is not None:
        for lang in rpr.iter(qn("w:lang")):
            lang.set(qn("w:val"), "nl-NL")
    for style in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
        _set_language(styles[style].element)
    section = document.sections[0]
    section.page_width, section.page_height = A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, PORTRAIT_MARGIN)
    return document


def _set_language(style_element) -> None:
    rpr = style_element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")


def start_section(document, landscape: bool) -> bool:
    """Start a new page in a new section with the given orientation (when it differs); True if so."""
    current = document.sections[-1]
    if (current.orientation == WD_ORIENT.LANDSCAPE) == landscape:
        return False
    orient(document.add_section(WD_SECTION.NEW_PAGE), landscape)
    return True


def orient(section, landscape: bool) -> None:
    """Set a section to A4 landscape or portrait with the matching margins."""
    width, height = A4
    margin = LANDSCAPE_MARGIN if landscape else PORTRAIT_MARGIN
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, margin)


def text_width(document) -> int:
    """Usable width (EMU) of the current section."""
    section = document.sections[-1]
    return section.page_width - section.left_margin - section.right_margin


def page_break(document) -> None:
    from docx.enum.text import WD_BREAK

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def heat_level(value, top) -> int:
    """0 for zero/empty, else 1–5 by the share of ``top``."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value <= 0 or not top:
        return 0
    return max(1, min(5, math.ceil(value / top * 5 - 1e-9)))


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def table_setup(table, widths: list[int]) -> None:
    """Fixed layout, column widths (EMU), narrow cell margins, centred."""
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), "45")
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    tblpr.append(margins)
    for column, width in zip(table.columns, widths):
        column.width = width


def set_widths(row, widths: list[int]) -> None:
    for cell, width in zip(row.cells, widths):
        cell.width = width


def write(cell, text: str, size: float = 8, bold: bool = False, colour: str | None = None,
          align=None, indent_cm: float = 0.0, italic: bool = False) -> None:
    """Replace a cell's text with one run (newlines become line breaks)."""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    if indent_cm:
        paragraph.paragraph_format.left_indent = Cm(indent_cm)
    if align is not None:
        paragraph.alignment = align
    lines = str(text).split("\n")
    run = paragraph.add_run(lines[0])
    for line in lines[1:]:
        run.add_break()
        run.add_text(line)
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def text_cm(text: str, size: float = 8, bold: bool = False) -> float:
    """A generous estimate of the width (cm) of one line of ``text``.

    Generous on purpose: LibreOffice without the Carlito font lays Calibri text
    out in DejaVu Sans, which is about a fifth wider.
    """
    em = size / 72 * 2.54
    return len(str(text)) * em * (0.63 if bold else 0.58)


# -- fast table rows -------------------------------------------------------------------
# python-docx builds every run and property through generic XML helpers, which
# takes ~0.3 ms per cell; big matrices are written as WordprocessingML text and
# parsed once per row instead (same XML, ~30× faster).

EMU_PER_TWIP = 635
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def run_xml(text: str, bold: bool = False, italic: bool = False, size: float = 8, colour: str | None = None,
            superscript: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props += f'<w:color w:val="{colour}"/>' if colour else ""
    half = int(round(size * 2))
    props += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    props += '<w:vertAlign w:val="superscript"/>' if superscript else ""
    lines = CONTROL.sub("", str(text).replace("\t", " ")).split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)
    return f"<w:r><w:rPr>{props}</w:rPr>{body}</w:r>"


def para_xml(runs: list[str], align: str | None = None, indent_cm: float = 0.0, after_pt: float = 0,
             keep_next: bool = False) -> str:
    props = "<w:keepNext/>" if keep_next else ""
    props += f'<w:spacing w:before="0" w:after="{int(after_pt * 20)}"/>'
    props += f'<w:ind w:left="{int(indent_cm * 567)}"/>' if indent_cm else ""
    props += f'<w:jc w:val="{align}"/>' if align else ""
    return f"<w:p><w:pPr>{props}</w:pPr>{''.join(runs)}</w:p>"


def cell_xml(paragraphs: list[str], width: int, fill: str | None = None, vertical: bool = False,
             valign: str | None = None, no_wrap: bool = False) -> str:
    props = f'<w:tcW w:w="{int(width / EMU_PER_TWIP)}" w:type="dxa"/>'
    props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill and fill != "FFFFFF" else ""
    props += "<w:noWrap/>" if no_wrap else ""
    props += '<w:textDirection w:val="btLr"/>' if vertical else ""
    props += f'<w:vAlign w:val="{valign}"/>' if valign else ""
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(paragraphs) or '<w:p/>'}</w:tc>"


def add_row_xml(table, cells: list[str], header: bool = False, height_cm: float | None = None,
                cant_split: bool = True) -> None:
    props = "<w:cantSplit/>" if cant_split else ""
    props += f'<w:trHeight w:val="{int(height_cm * 567)}" w:hRule="atLeast"/>' if height_cm else ""
    props += "<w:tblHeader/>" if header else ""
    table._tbl.append(parse_xml(f"<w:tr {nsdecls('w')}><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"))
