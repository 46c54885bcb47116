"""Page numbers, the table of contents and the document properties of a Word file.

Word and LibreOffice compute ``PAGE`` and ``NUMPAGES`` themselves whenever they
lay out a page, so the footer ("pagina 3 van 41") is always right. A table of
contents field is different: what shows is the text stored in the file, and
asking Word to update fields on opening puts a prompt in front of the reader.
So :class:`Toc` writes the contents itself from the headings the document has,
each entry linked to a bookmark on its heading; the page numbers are filled in
from a LibreOffice rendering when LibreOffice is installed (:mod:`.pdf`), and
are left out otherwise. The field stays a real TOC field: Word can rebuild it
(right-click, "Veld bijwerken") but never asks to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HEADING_LEVELS = {"Heading 1": 1, "Heading 2": 2}
TOC_INSTRUCTION = ' TOC \\o "1-2" \\h \\z \\u '
PAGE_PLACEHOLDER = "00"  # reserves the room of a page number until the real one is known


def _run(inner: str, size: float | None = None, bold: bool = False) -> str:
    props = "<w:b/>" if bold else ""
    if size:
        props += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    return f"<w:r><w:rPr>{props}</w:rPr>{inner}</w:r>"


def field_xml(instruction: str, result: str, size: float | None = None) -> str:
    """A complex field (begin, instruction, separate, current result, end) as runs."""
    return (_run('<w:fldChar w:fldCharType="begin"/>', size)
            + _run(f'<w:instrText xml:space="preserve">{escape(instruction)}</w:instrText>', size)
            + _run('<w:fldChar w:fldCharType="separate"/>', size)
            + _run(f'<w:t xml:space="preserve">{escape(result)}</w:t>', size)
            + _run('<w:fldChar w:fldCharType="end"/>', size))


def text_xml(text: str, size: float | None = None, bold: bool = False) -> str:
    return _run(f'<w:t xml:space="preserve">{escape(text)}</w:t>', size, bold)


def _append_runs(paragraph, runs: str) -> None:
    for element in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
        paragraph._p.append(element)


def add_page_footer(document, size: float = 8) -> None:
    """"pagina X van Y" centred in the footer of every section (later sections link to the first)."""
    for n, section in enumerate(document.sections):
        section.footer.is_linked_to_previous = n > 0
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _append_runs(paragraph, text_xml("pagina ", size) + field_xml(" PAGE ", "1", size) + text_xml(" van ", size)
                 + field_xml(" NUMPAGES ", "1", size))


@dataclass
class TocEntry:
    level: int
    text: str
    bookmark: str
    page: object = None  # the w:t element holding the page number (None without page numbers)
    link: object = None  # the w:hyperlink element of the entry


class Toc:
    """The table of contents: a placeholder paragraph now, the entries once all headings exist."""

    def __init__(self, document, title: str = "Inhoudsopgave") -> None:
        self.document = document
        document.add_paragraph(title, style="TOC Heading")
        self.anchor = document.add_paragraph()
        self.entries: list[TocEntry] = []

    def write(self, with_pages: bool) -> list[TocEntry]:
        """Bookmark every Heading 1/2 and write one linked entry per heading after the placeholder.

        ``with_pages``: give each entry a right-aligned page number (a PAGEREF field with
        :data:`PAGE_PLACEHOLDER` until :meth:`set_pages`).
        """
        _toc_styles(self.document)
        headings = [(HEADING_LEVELS[p.style.name], p) for p in self.document.paragraphs
                    if p.style is not None and p.style.name in HEADING_LEVELS]
        previous = self.anchor._p
        for n, (level, paragraph) in enumerate(headings):
            name = f"_Toc{900000 + n}"
            _bookmark(paragraph, name, 900000 + n)
            text = paragraph.text
            inner = text_xml(text)
            if with_pages:
                inner += _run("<w:tab/>") + field_xml(f" PAGEREF {name} \\h ", PAGE_PLACEHOLDER)
            runs = f'<w:hyperlink w:anchor="{name}" w:history="1">{inner}</w:hyperlink>'
            if n == 0:
                runs = (_run('<w:fldChar w:fldCharType="begin"/>')
                        + _run(f'<w:instrText xml:space="preserve">{TOC_INSTRUCTION}</w:instrText>')
                        + _run('<w:fldChar w:fldCharType="separate"/>') + runs)
            if n == len(headings) - 1:
                runs += _run('<w:fldChar w:fldCharType="end"/>')
            element = parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="TOC{level}"/></w:pPr>{runs}</w:p>')
            previous.addnext(element)
            previous = element
            page = None
            if with_pages:
                page = [t for t in element.iter(qn("w:t")) if t.text == PAGE_PLACEHOLDER][-1]
            self.entries.append(TocEntry(level, text, name, page, element.find(qn("w:hyperlink"))))
        self.anchor._p.getparent().remove(self.anchor._p)
        return self.entries

    def drop_pages(self) -> None:
        """Take the page numbers out again (when they could not be found)."""
        for entry in self.entries:
            if entry.page is not None:
                for run in list(entry.link)[1:]:
                    entry.link.remove(run)
                entry.page = None

    def set_pages(self, pages: list[int | None]) -> None:
        """The page number of each entry, in order (``None``: unknown, shown as a dash)."""
        for entry, page in zip(self.entries, pages):
            if entry.page is not None:
                entry.page.text = "–" if page is None else str(page)


def _bookmark(paragraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    ppr = paragraph._p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


def _toc_styles(document) -> None:
    """Word's built-in "toc 1" and "toc 2" styles, with a dotted right tab at the text width."""
    styles = document.styles
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    for level in (1, 2):
        name = f"toc {level}"
        if name in [s.name for s in styles]:
            continue
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.element.set(qn("w:styleId"), f"TOC{level}")
        fmt = style.paragraph_format
        fmt.left_indent = Cm(0.6 * (level - 1))
        fmt.space_before = Pt(4 if level == 1 else 0)
        fmt.space_after = Pt(1)
        fmt.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        style.font.bold = level == 1
        style.font.size = Pt(10 if level == 1 else 9.5)


def set_properties(document, title: str, author: str = "", subject: str = "", keywords: str = "",
                   language: str = "nl-NL", when: dt.datetime | None = None) -> None:
    """Real core and app properties instead of python-docx's template ("python-docx", 2013)."""
    when = (when or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.subject = subject
    props.keywords = keywords
    props.comments = ""
    props.category = ""
    props.language = language
    props.created = when
    props.modified = when
    props.revision = 1
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # the template's preview of an empty page
            package.rels.pop(rid)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _app_xml()
    settings = document.settings.element
    for name in ("savePreviewPicture", "updateFields"):
        for element in settings.findall(qn(f"w:{name}")):
            settings.remove(element)
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), language)
    for name, value in (("decimalSymbol", ","), ("listSeparator", ";")):
        element = settings.find(qn(f"w:{name}"))
        if element is not None:
            element.set(qn("w:val"), value)


def _app_xml() -> bytes:
    from .. import __version__

    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>werkplaats {escape(__version__)}</Application><DocSecurity>0</DocSecurity>"
        "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    ).encode("utf-8")
