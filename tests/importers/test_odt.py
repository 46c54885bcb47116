"""Tests for the OpenDocument text importer."""

from __future__ import annotations

import io
import zipfile

import pytest
from odf import dc
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import Style
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, LineBreak, List, ListItem, Note, NoteBody, NoteCitation, P, S, Span, Tab

from werkplaats.importers import ImportFailure, read_file
from werkplaats.model import HEADING, METADATA, PARAGRAPH, TABLE_ROW, TURN


def save(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def table(rows) -> Table:
    t = Table(name="Tabel1")
    t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for row in rows:
        tr = TableRow()
        for value in row:
            cell = TableCell()
            cell.addElement(P(text=value))
            tr.addElement(cell)
        t.addElement(tr)
    return t


def interview() -> bytes:
    doc = OpenDocumentText()
    title = Style(name="Title", family="paragraph")
    doc.styles.addElement(title)
    doc.text.addElement(P(stylename=title, text="Interview Zeist"))
    doc.text.addElement(P(text="Datum: 3 maart 2024"))
    doc.text.addElement(P(text="Gemeente: Zeist"))
    doc.text.addElement(H(outlinelevel=2, text="Deel 1"))
    p = P(text="I: Hoe ")
    p.addElement(Span(text="bent u"))
    p.addElement(S(c=2))
    p.addText("hier gekomen?")
    note = Note(noteclass="footnote", id="ftn1")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="voetnoottekst"))
    note.addElement(body)
    p.addElement(note)
    p.addElement(LineBreak())
    p.addText("R: Via mijn\tklantmanager.")
    doc.text.addElement(p)
    tab = P(text="Kolom")
    tab.addElement(Tab())
    tab.addText("waarde")
    doc.text.addElement(P(text="R: En daarna ging het snel."))
    items = List()
    for text in ("eerste punt", "tweede punt"):
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    doc.text.addElement(items)
    doc.text.addElement(table([["Leefgebied", "Score"], ["Werk", "3"]]))
    doc.text.addElement(H(outlinelevel=1, text="Notities"))
    doc.text.addElement(tab)
    doc.meta.addElement(dc.Title(text="Titel uit eigenschappen"))
    return save(doc)


def test_odt_structure():
    doc = read_file(interview(), "interview.odt")[0]
    doc.check()
    assert doc.format == "odt"
    assert doc.title == "Titel uit eigenschappen"  # dc:title, as docx uses core properties
    assert doc.metadata["Datum"] == "3 maart 2024" and doc.metadata["Gemeente"] == "Zeist"
    kinds = [(s.kind, s.speaker, s.level, s.text) for s in doc.segments]
    assert kinds == [
        (HEADING, None, 0, "Interview Zeist"),
        (METADATA, None, None, "3 maart 2024"),
        (METADATA, None, None, "Zeist"),
        (HEADING, None, 2, "Deel 1"),
        (TURN, "I", None, "Hoe bent u  hier gekomen?"),
        (TURN, "R", None, "Via mijn klantmanager."),  # a literal tab is XML whitespace
        (TURN, "R", None, "En daarna ging het snel."),
        (TURN, "R", None, "eerste punt"),
        (TURN, "R", None, "tweede punt"),
        (TABLE_ROW, None, None, "Leefgebied\tScore"),
        (TABLE_ROW, None, None, "Werk\t3"),
        (HEADING, None, 1, "Notities"),
        (PARAGRAPH, None, None, "Kolom\twaarde"),
    ]
    assert "voetnoot" not in doc.text
    assert doc.speakers == ["I", "R"]


def test_odt_title_from_properties_and_plain_paragraphs():
    doc = OpenDocumentText()
    doc.text.addElement(P(text="Een observatie van de werkvloer."))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Tweede alinea."))
    doc.meta.addElement(dc.Title(text="Observatie 4"))
    result = read_file(save(doc), "obs.odt")[0]
    result.check()
    assert result.title == "Observatie 4"
    assert [(s.kind, s.text) for s in result.segments] == [
        (PARAGRAPH, "Een observatie van de werkvloer."),
        (PARAGRAPH, "Tweede alinea."),
    ]


def test_odt_without_text():
    doc = OpenDocumentText()
    doc.text.addElement(P(text="   "))
    with pytest.raises(ImportFailure, match="geen tekst"):
        read_file(save(doc), "leeg.odt")


def test_odt_errors():
    with pytest.raises(ImportFailure, match="leeg"):
        read_file(b"", "leeg.odt")
    with pytest.raises(ImportFailure, match="PDF"):
        read_file(b"%PDF-1.7\n", "stiekem.odt")
    with pytest.raises(ImportFailure, match="geen .odt"):
        read_file(b"gewone tekst", "tekst.odt")
    data = interview()
    with pytest.raises(ImportFailure, match="beschadigd of onvolledig"):
        read_file(data[: len(data) // 2], "afgebroken.odt")
    with pytest.raises(ImportFailure, match="rekenblad|spreadsheet"):
        read_file(save(OpenDocumentSpreadsheet()), "blad.odt")


def test_odt_zip_without_content_and_broken_xml():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("iets.txt", "hallo")
    with pytest.raises(ImportFailure, match="geen OpenDocument"):
        read_file(buf.getvalue(), "zip.odt")
    good = zipfile.ZipFile(io.BytesIO(interview()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in good.namelist():
            content = good.read(name)
            if name == "content.xml":
                content = content[: len(content) // 2]
            zf.writestr(name, content)
    with pytest.raises(ImportFailure, match="beschadigd"):
        read_file(buf.getvalue(), "kapot.odt")
