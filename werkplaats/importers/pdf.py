"""PDF documents with a text layer (exported transcripts, reports, minutes).

Text is extracted per page with pypdf's layout mode, which keeps vertical gaps
as blank lines, so paragraphs survive; plain extraction is the fallback.
Inside a paragraph the layout's line breaks are undone: lines are joined with
a space, and a word hyphenated at the end of a line (``werk-`` / ``zaam``) is
rejoined only when that is clearly a hyphenation. Page numbers at the top or
bottom of a page are dropped, and a paragraph that runs on to the next page
is kept whole. Scanned PDFs (no text layer) are refused with advice to OCR.
"""

from __future__ import annotations

import io
import logging
import re

from ..model import ImportedDocument
from .base import ImportFailure, Importer, expect_kind
from .structure import Paragraph, _is_header_line, _turn_match, build_structure, split_plain_paragraphs
from .text import title_from

NO_TEXT = "de PDF bevat geen tekstlaag (gescand document?); maak eerst een doorzoekbare PDF met OCR"
DAMAGED = "de PDF is beschadigd of onvolledig en kan niet gelezen worden"
PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:pagina|blz\.?|page)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:van|/|of)\s*\d{1,4})?\s*$", re.IGNORECASE
)
BULLET = re.compile(r"^\s*(?:[-–•*▪◦]|\d{1,2}[.)])\s+")
JUNK_TITLE = re.compile(r"^(microsoft|untitled|naamloos|document\d*$)|\.\w{2,4}$", re.I)
# A word ending in "-" before one of these is not hyphenated: "in- en uitstroom".
NOT_CONTINUATION = {"en", "of", "tot", "noch", "dan", "als", "t/m", "en/of"}


def page_lines(text: str) -> list[str]:
    """The lines of one page, one empty line between paragraphs.

    Layout mode writes a vertical gap as blank lines; in a double-spaced
    document every line is followed by one, so when all gaps are at least
    the smallest gap and some are larger, only the larger ones separate
    paragraphs. Page numbers at the top or bottom are dropped.
    """
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    filled = [i for i, line in enumerate(lines) if line]
    for i in (filled[:1] + filled[-1:]) if filled else []:
        if PAGE_NUMBER.match(lines[i]):
            lines[i] = ""
    filled = [i for i, line in enumerate(lines) if line]
    gaps = [b - a - 1 for a, b in zip(filled, filled[1:])]
    within = min(gaps) if gaps and min(gaps) > 0 and max(gaps) > min(gaps) else 0
    result: list[str] = []
    for n, i in enumerate(filled):
        if n and gaps[n - 1] > within:
            result.append("")
        result.append(lines[i])
    return result


def join_pages(pages: list[list[str]]) -> str:
    """Join pages; a page ending mid-sentence continues on the next one."""
    text = ""
    for lines in pages:
        if not lines:
            continue
        page = "\n".join(lines)
        if not text:
            text = page
        elif not re.search(r"[.?!:;\"”’)]$", text) and re.match(r"[a-zà-ÿ]", page):
            text += "\n" + page
        else:
            text += "\n\n" + page
    return text


def join_lines(lines: list[str]) -> str:
    """Undo the line breaks of a paragraph, rejoining clear hyphenations.

    Bullet lines, speaker turns and header lines stay on their own line.
    """
    result = ""
    for line in lines:
        line = line.strip()
        if not result:
            result = line
            continue
        if BULLET.match(line) or _turn_match(line) or _is_header_line(line):
            result += "\n" + line
            continue
        m = re.search(r"(\w+)-$", result)
        next_word = line.split()[0] if line.split() else ""
        if m and next_word.lower() in NOT_CONTINUATION:
            result += " " + line  # "in- en uitstroom"
        elif m and re.fullmatch(r"[a-zà-ÿ]{2,}", m.group(1)[-2:]) and re.match(r"[a-zà-ÿ]", line):
            result = result[:-1] + line  # "werk-" + "zaam" → "werkzaam"
        elif m:
            result += line  # "Noord-" + "Holland", "ICT-" + "bedrijf": a real hyphen
        else:
            result += " " + line
    return result


def pdf_paragraphs(text: str) -> list[Paragraph]:
    """Split the joined page text into paragraphs with their lines rejoined."""
    result: list[Paragraph] = []
    for para in split_plain_paragraphs(text):
        result.extend(split_plain_paragraphs(join_lines(para.text.split("\n"))))
    return result


def open_pdf(data: bytes):
    """Open ``data`` with pypdf, turning its errors into Dutch reasons."""
    import pypdf  # imported lazily, only for this format

    expect_kind(data, "pdf", ".pdf")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many "secured" PDFs only restrict printing/copying
            except Exception as exc:  # DependencyError: AES needs the cryptography package
                reason = f"de PDF is versleuteld en kan niet ontsleuteld worden ({type(exc).__name__})"
                raise ImportFailure(reason) from None
            if not opened:
                raise ImportFailure(
                    "de PDF is beveiligd met een wachtwoord; sla hem zonder beveiliging op en importeer opnieuw"
                )
        count = len(reader.pages)
    except ImportFailure:
        raise
    except Exception:  # PdfReadError, PdfStreamError, EmptyFileError, ...
        raise ImportFailure(DAMAGED) from None
    if count == 0:
        raise ImportFailure(DAMAGED if b"%%EOF" not in data[-2048:] else "de PDF bevat geen pagina's")
    return reader


def extract_page(page) -> str:
    """The text of one page, keeping vertical gaps as blank lines when possible."""
    try:
        text = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True)
    except Exception:
        text = ""
    return text if text.strip() else page.extract_text() or ""  # layout mode skips rotated text


class PdfImporter(Importer):
    extensions = (".pdf",)
    format = "pdf"

    def read(self, data: bytes, name: str) -> list[ImportedDocument]:
        pypdf_log = logging.getLogger("pypdf")
        level = pypdf_log.level
        pypdf_log.setLevel(logging.ERROR)  # damage is reported in Dutch, not as pypdf warnings
        try:
            return [self._read(data, name)]
        finally:
            pypdf_log.setLevel(level)

    def _read(self, data: bytes, name: str) -> ImportedDocument:
        reader = open_pdf(data)
        pages: list[list[str]] = []
        failed = 0
        for page in reader.pages:
            try:
                pages.append(page_lines(extract_page(page)))
            except Exception:
                failed += 1
                pages.append([])
        if not any(pages):
            raise ImportFailure(DAMAGED if failed else NO_TEXT)
        builder, meta = build_structure(pdf_paragraphs(join_pages(pages)))
        if not builder.segments:
            raise ImportFailure(NO_TEXT)
        meta["Pagina's"] = len(pages)
        warnings = []
        if failed:
            warnings.append(f"{failed} pagina('s) konden niet gelezen worden")
        empty = sum(1 for lines in pages if not lines) - failed
        if empty and empty * 2 >= len(pages):
            warnings.append(f"{empty} van de {len(pages)} pagina's hebben geen tekstlaag (gescand?)")
        try:
            pdf_title = (reader.metadata.title or "").strip() if reader.metadata else ""
        except Exception:
            pdf_title = ""
        if JUNK_TITLE.search(pdf_title):  # "Microsoft Word - interview3.docx"
            pdf_title = ""
        title = meta.get("Titel") or pdf_title or title_from(name, meta)
        return builder.build(title, self.format, metadata=meta, warnings=warnings)
