"""Tests for the PDF importer, with small PDFs written by hand."""

from __future__ import annotations

import io

import pypdf
import pytest

from werkplaats.importers import ImportFailure, read_file
from werkplaats.importers.pdf import join_lines
from werkplaats.model import HEADING, METADATA, PARAGRAPH, TURN


def make_pdf(pages: list[list[tuple[float, str]]], title: str | None = None) -> bytes:
    """A minimal PDF: each page a list of (y, text) lines in 11pt Helvetica at x=72."""
    objects: list[bytes] = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", b""]
    kids = []
    for lines in pages:
        ops = []
        for y, text in lines:
            text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 11 Tf 72 {y} Td ({text}) Tj ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 1 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    info = b""
    if title:
        objects.append(b"<< /Title (%s) >>" % title.encode("latin-1"))
        info = b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    catalog = len(objects) - (1 if title else 0)
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, info, xref)
    return bytes(out)


TRANSCRIPT = [
    [
        (800, "Interview werkplaats Zeist"),
        (772, "Datum: 3 maart 2024"),
        (758, "Gemeente: Zeist"),
        (730, "I: Hoe bent u bij de werk-"),
        (716, "plaats terechtgekomen? Was dat in Noord-"),
        (702, "Holland?"),
        (674, "R: Via de klantmanager. De in-"),
        (660, "en uitstroom ging vlot en"),
        (40, "1"),
    ],
    [
        (800, "daarna kwam ik hier terecht."),
        (772, "I: Nog iets?"),
        (60, "Pagina 2 van 2"),
    ],
]


def read(data: bytes, name: str = "interview.pdf"):
    docs = read_file(data, name)
    assert len(docs) == 1
    docs[0].check()
    return docs[0]


def test_pdf_transcript():
    doc = read(make_pdf(TRANSCRIPT))
    assert doc.format == "pdf"
    assert doc.title == "Interview werkplaats Zeist"
    assert doc.metadata["Pagina's"] == 2
    assert doc.metadata["Datum"] == "3 maart 2024"
    assert [(s.kind, s.speaker, s.text) for s in doc.segments] == [
        (HEADING, None, "Interview werkplaats Zeist"),
        (METADATA, None, "3 maart 2024"),
        (METADATA, None, "Zeist"),
        (TURN, "I", "Hoe bent u bij de werkplaats terechtgekomen? Was dat in Noord-Holland?"),
        (TURN, "R", "Via de klantmanager. De in- en uitstroom ging vlot en daarna kwam ik hier terecht."),
        (TURN, "I", "Nog iets?"),
    ]
    assert "Pagina 2" not in doc.text


@pytest.mark.parametrize("spacing", [13, 17, 24])
def test_pdf_paragraphs_from_vertical_gaps(spacing):
    lines, y = [], 800.0
    for para in range(3):
        for line in range(3):
            lines.append((y, f"alinea {para} regel {line} met tekst"))
            y -= spacing
        y -= spacing
    doc = read(make_pdf([lines]), "rapport.pdf")
    assert [s.kind for s in doc.segments] == [PARAGRAPH] * 3
    assert doc.segments[1].text == "alinea 1 regel 0 met tekst alinea 1 regel 1 met tekst alinea 1 regel 2 met tekst"


def test_join_lines_hyphenation():
    assert join_lines(["samen-", "werking"]) == "samenwerking"
    assert join_lines(["in-", "en uitstroom"]) == "in- en uitstroom"
    assert join_lines(["Noord-", "Holland"]) == "Noord-Holland"
    assert join_lines(["ICT-", "bedrijf"]) == "ICT-bedrijf"
    assert join_lines(["een zin -", "met een streep"]) == "een zin - met een streep"
    assert join_lines(["lijst:", "- eerste", "- tweede"]) == "lijst:\n- eerste\n- tweede"


def test_pdf_title_from_info_unless_junk():
    page = [[(800, "Gewone tekst zonder kop, met een komma en een punt.")]]
    assert read(make_pdf(page, title="Verslag bijeenkomst")).title == "Verslag bijeenkomst"
    assert read(make_pdf(page, title="Microsoft Word - verslag.docx"), "verslag 2.pdf").title == "verslag 2"


def test_pdf_without_text_layer():
    with pytest.raises(ImportFailure, match="geen tekstlaag"):
        read_file(make_pdf([[], []]), "scan.pdf")


def test_pdf_encrypted():
    plain = make_pdf([[(800, "Vertrouwelijk verslag")]])
    for user_password, expected in (("geheim", None), ("", "Vertrouwelijk verslag")):
        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(plain)))
        writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm="RC4-128")
        buf = io.BytesIO()
        writer.write(buf)
        if expected is None:
            with pytest.raises(ImportFailure, match="wachtwoord"):
                read_file(buf.getvalue(), "beveiligd.pdf")
        else:  # only an owner password: readable
            assert read(buf.getvalue(), "open.pdf").text == expected


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_pdf_truncated(cut):
    data = make_pdf(TRANSCRIPT)
    with pytest.raises(ImportFailure, match="beschadigd of onvolledig"):
        read_file(data[: int(len(data) * cut)], "afgebroken.pdf")


def test_pdf_wrong_content():
    with pytest.raises(ImportFailure, match="leeg"):
        read_file(b"", "leeg.pdf")
    with pytest.raises(ImportFailure, match="geen .pdf"):
        read_file(b"I: Hallo\nR: Dag\n", "tekst.pdf")
    with pytest.raises(ImportFailure, match="ZIP"):
        read_file(b"PK\x03\x04rest", "word.pdf")


def test_pdf_renamed_to_other_formats():
    data = make_pdf(TRANSCRIPT)
    for name in ("interview.docx", "interview.txt", "interview.odt", "interview.xlsx", "interview.vtt", "interview.csv"):
        with pytest.raises(ImportFailure, match="PDF"):
            read_file(data, name)
