"""Word to PDF through LibreOffice (when installed), and where each heading landed.

LibreOffice runs headless with a profile of its own in a temporary folder, so
it neither touches nor waits for a LibreOffice the user has open. Nothing
goes over the network. The PDF's outline (bookmarks), which LibreOffice makes
from the Word headings, tells on which page each heading is; the report uses
that to put page numbers in its table of contents.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_S = 600
KNOWN_PLACES = (
    "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe", r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
MISSING = ("LibreOffice is niet gevonden; zonder LibreOffice kan werkplaats geen PDF maken. Installeer LibreOffice "
           "(bijvoorbeeld 'apt-get install libreoffice-writer' of via libreoffice.org) of open het Word-bestand "
           "en kies daar 'Opslaan als PDF'.")


class PdfError(Exception):
    """A PDF that could not be made; the message is Dutch."""


def find_libreoffice() -> str | None:
    """The soffice program: ``$WERKPLAATS_LIBREOFFICE``, the PATH, or a usual install place."""
    explicit = os.environ.get("WERKPLAATS_LIBREOFFICE")
    if explicit:
        return explicit if Path(explicit).exists() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in KNOWN_PLACES if Path(p).exists()), None)


def docx_to_pdf(source: str | Path, target: str | Path, timeout: float = TIMEOUT_S) -> Path:
    """Convert ``source`` (.docx) to ``target`` (.pdf); raises :class:`PdfError` when that fails."""
    program = find_libreoffice()
    if program is None:
        raise PdfError(MISSING)
    source, target = Path(source), Path(target)
    with tempfile.TemporaryDirectory(prefix="werkplaats-pdf-") as work:
        work = Path(work)
        copy = work / "rapport.docx"  # a plain name: LibreOffice names its output after the input
        shutil.copyfile(source, copy)
        command = [program, f"-env:UserInstallation={(work / 'profiel').as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work / "uit"), str(copy)]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL,
                                  env={**os.environ, "HOME": str(work)})
        except subprocess.TimeoutExpired:
            raise PdfError(f"LibreOffice was na {int(timeout)} seconden nog niet klaar met de PDF; "
                           "probeer het opnieuw of sla het Word-bestand zelf op als PDF.") from None
        except OSError as exc:
            raise PdfError(f"LibreOffice ({program}) kon niet worden gestart: {exc.strerror or exc}.") from None
        made = work / "uit" / "rapport.pdf"
        if done.returncode != 0 or not made.exists():
            raise PdfError("LibreOffice kon van het Word-bestand geen PDF maken"
                           f" (afsluitcode {done.returncode}).")
        shutil.move(str(made), target)
    return target


def outline(pdf: str | Path) -> list[tuple[int, str, int]]:
    """``(level, title, page)`` for every bookmark of the PDF, in order (level 1 = top, page 1 = first)."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    out: list[tuple[int, str, int]] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, str(item.title), reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 1)
    return out


def page_count(pdf: str | Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def heading_pages(pdf: str | Path, headings: list[tuple[int, str]]) -> list[int | None]:
    """The page of each ``(level, text)`` heading, matched in order against the PDF's outline."""
    marks = outline(pdf)
    pages: list[int | None] = []
    position = 0
    for level, text in headings:
        wanted = " ".join(text.split())
        for k in range(position, len(marks)):
            if marks[k][0] == level and " ".join(marks[k][1].split()) == wanted:
                pages.append(marks[k][2])
                position = k + 1
                break
        else:
            pages.append(None)
    return pages


def paginate(document, toc, path: Path, toc_pages: bool, pdf: str | Path | None) -> tuple[int | None, bool]:
    """Render ``path`` (the saved ``document``), put the headings' pages in ``toc``, write ``pdf``.

    :param toc: a :class:`~.wordfields.Toc` written with placeholders for page numbers when ``toc_pages``.
    :returns: ``(page count, whether the contents have page numbers)``.

    The page numbers take the room the placeholders held, so the layout does not
    move; with a PDF asked for, the final rendering is checked and if a heading
    moved after all, the numbers are set once more. When LibreOffice fails and
    no PDF was asked for, the contents simply lose their page numbers.
    """
    headings = [(e.level, e.text) for e in toc.entries]
    with tempfile.TemporaryDirectory(prefix="werkplaats-rapport-") as work:
        rendered = Path(work) / "rapport.pdf"
        try:
            docx_to_pdf(path, rendered)
        except PdfError:
            if pdf is not None:
                raise
            toc.drop_pages()  # no page numbers rather than wrong ones
            document.save(str(path))
            return None, False
        if not toc_pages:
            count = page_count(rendered)
            shutil.move(str(rendered), pdf)
            return count, False
        pages = heading_pages(rendered, headings)
        for _attempt in range(2):
            toc.set_pages(pages)
            document.save(str(path))
            if pdf is None:
                return page_count(rendered), True
            docx_to_pdf(path, rendered)
            again = heading_pages(rendered, headings)
            if again == pages:
                break
            pages = again
        count = page_count(rendered)
        shutil.move(str(rendered), pdf)
        return count, True
