"""docx, txt and md importers, including hostile files."""

import io
import zipfile

import pytest

from tests.conftest import make_docx
from werkplaats.importers import ImportFailure, importer_for, read_file
from werkplaats.model import HEADING, METADATA, TABLE_ROW, TURN


def test_docx_transcript(transcript_docx):
    [doc] = read_file(transcript_docx, "interview.docx")
    doc.check()
    assert doc.title == "Interview klantmanager Woerden"
    assert doc.metadata["Respondent"] == "Sandra Bakker"
    assert doc.metadata["Duur"] == "00:47:10"
    kinds = [s.kind for s in doc.segments]
    assert kinds[0] == HEADING and kinds[1:7] == [METADATA] * 6
    assert doc.speakers == ["I", "R"]
    turns = [s for s in doc.segments if s.kind == TURN]
    assert turns[2].text == "Dat werkt eigenlijk heel goed." and turns[2].speaker == "R"
    headings = [s for s in doc.segments if s.kind == HEADING]
    assert [(h.text, h.level) for h in headings] == [("Interview klantmanager Woerden", 0), ("Samenwerking", 1)]
    rows = [s.text for s in doc.segments if s.kind == TABLE_ROW]
    assert rows == ["Actie\tWie\tWanneer", "Budgetplan maken\tSandra\t1 april"]


def test_docx_soft_line_breaks_split_turns():
    data = make_docx(["I: Eerste vraag?\nR: Eerste antwoord.\nI: Tweede vraag?\nR: Tweede."])
    [doc] = read_file(data, "x.docx")
    assert [s.speaker for s in doc.segments] == ["I", "R", "I", "R"]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "leeg"),
        (b"%PDF-1.4\n%...", "PDF"),
        (b"gewoon tekst", "geen .docx-bestand"),
        (b"PK\x03\x04" + b"\x00" * 40, "beschadigd"),
    ],
)
def test_docx_hostile(data, reason):
    with pytest.raises(ImportFailure, match=reason):
        read_file(data, "kapot.docx")


def test_docx_truncated_and_wrong_zip(transcript_docx):
    with pytest.raises(ImportFailure, match="beschadigd"):
        read_file(transcript_docx[: len(transcript_docx) // 2], "half.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hallo.txt", "geen word")
    with pytest.raises(ImportFailure, match="geen Word"):
        read_file(buffer.getvalue(), "zip.docx")


def test_docx_without_text():
    with pytest.raises(ImportFailure, match="geen tekst"):
        read_file(make_docx([""]), "leeg.docx")


TEXT = "Observatie café\n\nDe klantmanager begroet mevrouw Özdemir. Ze drinken koffie; één ruimte, geëmailde ‘afspraken’.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.replace("‘", "'").replace("’", "'").encode("cp1252"),
        TEXT.replace("‘", "'").replace("’", "'").replace("\n", "\r\n").encode("cp1252"),
        TEXT.replace("‘", "'").replace("’", "'").replace("\n", "\r").encode("latin-1"),
        TEXT.encode("utf-16"),
    ],
)
def test_text_encodings_and_line_endings(encoded):
    [doc] = read_file(encoded, "observatie.txt")
    doc.check()
    assert "Özdemir" in doc.text and "één" in doc.text and "café" in doc.text
    assert "\r" not in doc.text
    assert doc.text.startswith("Observatie café")


def test_text_is_nfc():
    decomposed = "Cafe\u0301 en ree\u0308el".encode("utf-8")
    [doc] = read_file(decomposed, "x.txt")
    assert doc.text == "Café en reëel"


def test_invalid_utf8_falls_back_without_losing_text():
    data = "Schuld en geld ".encode() + b"\xff\xfe\x80 einde"
    [doc] = read_file(data, "x.txt")
    assert doc.text.startswith("Schuld en geld") and doc.text.endswith("einde")


def test_binary_file_named_txt_is_refused():
    with pytest.raises(ImportFailure):
        read_file(b"\x00\x01\x02\x03" * 100 + b"\xff" * 10, "foto.txt")


def test_huge_single_line_text():
    line = ("woord " * 900_000).encode()  # > 5 MB on one line
    assert len(line) > 5_000_000
    [doc] = read_file(line, "lang.txt")
    doc.check()
    assert len(doc.segments) == 1


def test_markdown_headings_and_tables():
    md = "# Observatie\n\nTekst over **het** gesprek.\n\n## Afspraken\n\n| Actie | Wie |\n|---|---|\n| Bellen | Sara |\n"
    [doc] = read_file(md.encode(), "notitie.md")
    doc.check()
    assert [(s.kind, s.text) for s in doc.segments] == [
        (HEADING, "Observatie"), ("paragraph", "Tekst over **het** gesprek."), (HEADING, "Afspraken"),
        (TABLE_ROW, "Actie\tWie"), (TABLE_ROW, "Bellen\tSara")]


@pytest.mark.parametrize("name, reason", [("x.doc", ".docx"), ("x.exe", "onbekend bestandstype"), ("geen_extensie", "onbekend")])
def test_unsupported_extensions(name, reason):
    with pytest.raises(ImportFailure, match=reason):
        importer_for(name)


def test_fast_paragraph_text_equals_python_docx():
    import docx as pydocx

    from werkplaats.importers.docx import paragraph_text

    d = pydocx.Document()
    p = d.add_paragraph("Eerste")
    run = p.add_run("\tmet tab")
    run.add_break()
    p.add_run("en een regel – één café")
    d.add_paragraph("")
    for para in d.paragraphs:
        assert paragraph_text(para._p) == para.text
