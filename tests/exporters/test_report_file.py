"""The report as a file other people open: footer page numbers, contents, properties, cautions, PDF.

The LibreOffice tests render the report and read the PDF back (``pdftotext``):
every page shows "pagina X van Y" and the contents give the page each heading
is really on. CI installs LibreOffice and poppler-utils (``.ci/run``).
"""

import datetime as dt
import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from werkplaats.analysis import Dataset, code_matrix
from werkplaats.exporters import ExportError, export_report
from werkplaats.exporters.docx import add_matrix
from werkplaats.exporters.pdf import find_libreoffice, outline
from werkplaats.exporters import wordtools as wt
from werkplaats.store import Project

HAS_LIBREOFFICE = find_libreoffice() is not None and shutil.which("pdftotext") is not None
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def part(path, name) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8")


def headings(d):
    return [(int(p.style.name[-1]), p.text) for p in d.paragraphs if p.style.name in ("Heading 1", "Heading 2")]


def toc_entries(d):
    return [p for p in d.paragraphs if p.style.name in ("toc 1", "toc 2")]


def keeps(row) -> bool:
    return all(p._p.pPr is not None and p._p.pPr.find(qn("w:keepNext")) is not None
               for cell in row.cells for p in cell.paragraphs)


@pytest.fixture(scope="module")
def report(coded_master, tmp_path_factory):
    """One report for the read-only checks (without LibreOffice: no page numbers in the contents)."""
    out = tmp_path_factory.mktemp("rapport") / "rapport.docx"
    project = out.parent / "coded.wpl"
    shutil.copy(coded_master, project)
    with Project(project) as p:
        summary = export_report(p, out, deduce=False, author="Anna de Vries", toc_pages=False)
    return out, summary


def test_footer_has_page_fields_and_nothing_asks_to_update_fields(report):
    out, _ = report
    settings = part(out, "word/settings.xml")
    assert "updateFields" not in settings and 'w:decimalSymbol w:val=","' in settings
    d = docx.Document(str(out))
    footer = d.sections[0].footer
    xml = footer._element.xml
    assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", xml)
    assert re.search(r"<w:instrText[^>]*> NUMPAGES </w:instrText>", xml)
    assert footer.paragraphs[0].text.startswith("pagina ") and " van " in footer.paragraphs[0].text
    assert all(s.footer.is_linked_to_previous for s in d.sections[1:])  # every section shows the same footer
    assert len(d.sections) > 3


def test_real_document_properties(report):
    out, _ = report
    props = docx.Document(str(out)).core_properties
    assert props.title.startswith("Werkzame factoren vergeleken")
    assert props.author == props.last_modified_by == "Anna de Vries"
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    for when in (props.created, props.modified):
        assert abs(when.replace(tzinfo=None) - now) < dt.timedelta(hours=1)
    assert props.language == "nl-NL" and props.revision == 1
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        meta = "".join(z.read(n).decode("utf-8") for n in names if n.startswith("docProps/"))
    assert "python-docx" not in meta and "2013" not in meta and "Microsoft" not in meta
    assert "<Application>werkplaats" in meta and not any("thumbnail" in n for n in names)


def test_contents_written_from_the_headings_with_links(report):
    out, summary = report
    d = docx.Document(str(out))
    entries = toc_entries(d)
    assert [(int(p.style.name[-1]), p.text) for p in entries] == headings(d)
    assert not summary.toc_pages and not any(re.search(r"\d+$", p.text) for p in entries)
    body = d.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    anchors = [h.get(qn("w:anchor")) for p in entries for h in p._p.iter(qn("w:hyperlink"))]
    assert len(anchors) == len(entries) and set(anchors) <= bookmarks
    xml = body.xml
    assert xml.count('TOC \\o "1-2"') == 1 and "Veld bijwerken" not in xml
    assert "Onderzoeker: Anna de Vries" in [p.text for p in d.paragraphs]


def test_wording_in_tables(report):
    out, _ = report
    d = docx.Document(str(out))
    header_cells = [c.text for t in d.tables for c in t.rows[0].cells]
    assert "casuistiek" not in header_cells and "casuïstiek" in header_cells
    assert "vragenlijsten" in header_cells
    assert "gold" not in header_cells and "goudstandaard" in header_cells
    h2 = [text for level, text in headings(d) if level == 2]
    assert "Aantal casussen met de code naar trede op de participatieladder bij de start" in h2
    assert not any("trede start" in t for t in h2)
    documents = next(t for t in d.tables if t.rows[0].cells[0].text == "Regio")
    for cell in documents.rows[0].cells:  # short headers on one line: never broken inside a word
        assert cell._tc.tcPr.find(qn("w:noWrap")) is not None
        width_cm = int(cell._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) / 567
        assert width_cm >= wt.text_cm(cell.text, 9, bold=True)


def test_rates_on_few_words_are_greyed_with_word_counts_and_a_note(coded, report):
    out, _ = report
    d = docx.Document(str(out))
    with Project(coded) as p:
        matrix = code_matrix(Dataset(p), "type", "per10k")
    few = {matrix.column_label(c) for c in matrix.few_words}
    assert few == {"vragenlijsten"}  # the fixture's questionnaires hold fewer than 1,000 words
    table = next(t for t in d.tables if [c.text for c in t.rows[0].cells][:3] == ["Code", "casuïstiek", "interviews"])
    header = [c.text for c in table.rows[0].cells]
    assert header[-1] == "vragenlijsten *"
    words = [c.text for c in table.rows[1].cells]
    assert words[0] == "Woorden tekst" and all(re.fullmatch(r"[\d.]+", w) for w in words[1:])
    column = header.index("vragenlijsten *")
    fills = []
    for row in table.rows[2:]:
        cell = row.cells[column]
        shd = cell._tc.tcPr.find(qn("w:shd"))
        fills.append(shd.get(qn("w:fill")) if shd is not None else None)
    assert set(fills) <= {"F2F2F2", wt.HEADER_FILL}  # greyed (parents stay header grey), never a heat colour
    assert any(cell.text not in ("0,0", "–") for row in table.rows[2:] for cell in [row.cells[column]])
    assert not any(wt.HEAT[-1] == f for f in fills)
    notes = [p.text for p in d.paragraphs if p.text.startswith("* Minder dan 1.000 woorden tekst (vragenlijsten)")]
    assert notes


def test_the_darkest_shade_never_goes_to_a_rate_on_few_words(coded, tmp_path):
    with Project(coded) as p:
        matrix = code_matrix(Dataset(p), "gemeente", "per10k")
    document = wt.new_document()
    add_matrix(document, matrix)
    few = [matrix.column_label(c) for c in matrix.few_words]
    assert few
    dark = set()
    for table in document.tables[:-1]:
        labels = [c.text.rstrip(" *") for c in table.rows[0].cells]
        for row in table.rows[2:]:
            for label, cell in zip(labels, row.cells):
                shd = cell._tc.tcPr.find(qn("w:shd"))
                if shd is not None and shd.get(qn("w:fill")) == wt.HEAT[-1]:
                    dark.add(label)
    assert dark and not dark & set(few)


def test_tables_keep_their_header_with_the_first_rows(report):
    out, _ = report
    d = docx.Document(str(out))
    matrices = [t for t in d.tables if t.rows[0].cells[0].text == "Code" and len(t.rows) > 20]
    assert matrices
    for table in matrices:
        data = [r for r in table.rows if r._tr.trPr.find(qn("w:tblHeader")) is None]
        assert keeps(table.rows[0]) and all(keeps(r) for r in data[:4]) and not keeps(data[len(data) // 2])
    small = next(t for t in d.tables if t.rows[0].cells[0].text == "Regio")
    assert all(keeps(r) for r in small.rows)  # a short table is never split


def test_pdf_without_libreoffice_is_a_clear_dutch_error(coded, tmp_path, monkeypatch):
    monkeypatch.setenv("WERKPLAATS_LIBREOFFICE", str(tmp_path / "geen-libreoffice"))
    out = tmp_path / "rapport.docx"
    with Project(coded) as p:
        with pytest.raises(ExportError, match="LibreOffice is niet gevonden"):
            export_report(p, out, deduce=False, pdf=True)
    assert not out.exists() and not out.with_suffix(".pdf").exists()
    assert [f.name for f in tmp_path.iterdir() if f.name.startswith(".werkplaats-")] == []


def test_a_failing_libreoffice_leaves_the_contents_without_page_numbers(coded, tmp_path, monkeypatch):
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("WERKPLAATS_LIBREOFFICE", str(fake))
    out = tmp_path / "rapport.docx"
    with Project(coded) as p:
        summary = export_report(p, out, deduce=False)
        with pytest.raises(ExportError, match="LibreOffice kon van het Word-bestand geen PDF maken"):
            export_report(p, tmp_path / "ander.docx", deduce=False, pdf=True)
    assert not summary.toc_pages and summary.pdf is None
    entries = toc_entries(docx.Document(str(out)))
    assert entries and not any(re.search(r"\d+$|00$", p.text) for p in entries)
    assert not (tmp_path / "ander.docx").exists() and not (tmp_path / "ander.pdf").exists()


def pdf_pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.mark.skipif(not HAS_LIBREOFFICE, reason="LibreOffice and pdftotext are installed by .ci/run")
def test_rendered_report_numbers_every_page_and_its_contents_are_right(coded, tmp_path):
    out = tmp_path / "rapport.docx"
    with Project(coded) as p:
        summary = export_report(p, out, deduce=False, pdf=True, author="Anna de Vries")
    pdf = out.with_suffix(".pdf")
    assert summary.pdf == pdf and pdf.exists() and summary.toc_pages
    pages = pdf_pages(pdf)
    assert len(pages) == summary.pages > 20
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in text, number
    d = docx.Document(str(out))
    entries = toc_entries(d)
    numbers = [int(re.search(r"(\d+)$", p.text).group(1)) for p in entries]
    marks = outline(pdf)
    assert [(level, title) for level, title, _ in marks] == headings(d)
    assert numbers == [page for _, _, page in marks]  # the contents name the page each heading is on
    for (level, title), page in zip(headings(d), numbers):
        assert " ".join(title.split()[:3]) in " ".join(pages[page - 1].split())
    assert "00" not in {str(n) for n in numbers}
