"""Tests for the questionnaire importers (.csv, .tsv, .xlsx)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkplaats.importers import ImportFailure, read_file
from werkplaats.model import ANSWER, METADATA

Q_OPEN = "Wat vond u van de begeleiding?"
CSV_ROWS = [
    ["Respondentnummer", "Regio", "Gemeente", "Leeftijd", "Tevreden", Q_OPEN, "Toelichting"],
    ["101", "Midden-Utrecht", "Zeist", "34", "ja",
     '"Heel prettig; de klantmanager nam de tijd.\r\nVooral het eerste gesprek was fijn."', "Geen opmerkingen verder hier"],
    ["102", "Midden-Utrecht", "Utrecht", "51", "nee", "Te weinig contact met de consulent gehad", ""],
    ["", "", "", "", "", "", ""],
    ["", "", "Houten", "29", "ja", "", ""],
]


def csv_bytes(rows=CSV_ROWS, sep=";", encoding="cp1252") -> bytes:
    return "".join(sep.join(row) + "\r\n" for row in rows).encode(encoding)


def read(data: bytes, name: str):
    docs = read_file(data, name)
    for doc in docs:
        doc.check()
    return docs


def test_csv_semicolon_cp1252_multiline_cell():
    docs = read(csv_bytes(), "enquête werkplaats.csv")
    assert len(docs) == 3  # the empty row is skipped
    first = docs[0]
    assert first.format == "csv"
    assert first.source_type == "vragenlijst"
    assert first.case == first.title == "enquête werkplaats – 101"
    assert (first.region, first.municipality) == ("Midden-Utrecht", "Zeist")
    assert first.case_attributes == {"Leeftijd": 34, "Tevreden": "ja"}
    answers = [s for s in first.segments if s.kind == ANSWER]
    assert [s.text for s in answers] == [
        "Heel prettig; de klantmanager nam de tijd.\nVooral het eerste gesprek was fijn.",
        "Geen opmerkingen verder hier",
    ]
    assert all(s.speaker is None for s in answers)
    assert first.text.startswith(Q_OPEN + "\nHeel prettig")
    assert "\nToelichting\nGeen opmerkingen" in first.text
    assert first.metadata["Rij"] == 2


def test_csv_row_without_answers_gets_metadata_and_row_number_id():
    docs = read(csv_bytes(), "enquete.csv")
    second, third = docs[1], docs[2]
    assert [s.kind for s in second.segments] == [ANSWER]  # empty Toelichting is skipped
    assert third.case == "enquete – Respondent 3"
    assert third.municipality == "Houten" and third.region is None
    assert [s.kind for s in third.segments] == [METADATA]
    assert third.text == "Gemeente: Houten\nLeeftijd: 29\nTevreden: ja"
    assert third.case_attributes == {"Leeftijd": 29, "Tevreden": "ja"}


@pytest.mark.parametrize("sep", [",", "\t"])
def test_csv_other_delimiters(sep):
    rows = [["id", "Score", "Opmerking"], ["a1", "7,5" if sep != "," else "7.5", "Het was een hele goede dag vandaag"],
            ["a2", "6", "Ik kon helaas niet zo veel doen"]]
    docs = read(csv_bytes(rows, sep=sep, encoding="utf-8"), "lijst.tsv" if sep == "\t" else "lijst.csv")
    assert [d.case for d in docs] == ["lijst – a1", "lijst – a2"]
    assert docs[0].case_attributes == {"Score": 7.5}
    assert docs[1].case_attributes == {"Score": 6}
    assert docs[0].segments[0].text == "Het was een hele goede dag vandaag"


def test_csv_excel_sep_hint_and_utf8_bom():
    data = "\ufeffsep=,\nNaam,Antwoord\nPiet,Dit is een lang antwoord met veel woorden erin\n".encode("utf-8")
    doc = read(data, "hint.csv")[0]
    assert doc.case == "hint – Piet"
    assert doc.segments[0].kind == ANSWER


def test_csv_duplicate_and_missing_headers():
    rows = [["vraag", "vraag", "", "nr"], ["ja", "nee", "x", "1"]]
    doc = read(csv_bytes(rows), "dubbel.csv")[0]
    assert doc.case_attributes == {"vraag": "ja", "vraag (2)": "nee", "kolom 3": "x"}
    assert doc.case == "dubbel – 1"


def test_csv_numbers_with_leading_zero_stay_text():
    rows = [["respondent", "telefoon"], ["1", "0612345678"], ["2", "0201234567"]]
    docs = read(csv_bytes(rows), "tel.csv")
    assert docs[0].case_attributes == {"telefoon": "0612345678"}


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "leeg"),
        (b"\r\n;;;\r\n", "geen gegevens"),
        (b"1;2;3\r\n4;5;6\r\n", "kolomnamen"),
        (b"respondent;antwoord\r\n", "alleen een kopregel"),
        (b'respondent;antwoord\r\n1;"niet afgesloten\r\n', "aanhalingsteken"),
        (b"%PDF-1.4 nep", "PDF"),
    ],
)
def test_csv_errors(data, message):
    with pytest.raises(ImportFailure, match=message):
        read_file(data, "fout.csv")


def make_xlsx(rows, empty_first_sheet=False) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    if empty_first_sheet:
        ws.title = "Leeg"
        ws = wb.create_sheet("Antwoorden")
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


XLSX_ROWS = [
    ["Deelnemer", "Gemeente", "Startdatum", "Trede", "Cijfer", "Tevreden", "Wat heeft u geleerd?"],
    ["D-01", "Amersfoort", dt.datetime(2024, 3, 1), 2, 7.5, True, "Op tijd komen en samenwerken met collega's"],
    ["D-02", "Soest", dt.date(2024, 4, 15), 3, 8.0, False, None],
    [None, None, None, None, None, None, None],
]


def test_xlsx_types_and_documents():
    docs = read(make_xlsx(XLSX_ROWS, empty_first_sheet=True), "vragenlijst.xlsx")
    assert len(docs) == 2
    first, second = docs
    assert first.format == "xlsx"
    assert first.case == "vragenlijst – D-01"
    assert first.municipality == "Amersfoort"
    assert first.case_attributes == {"Startdatum": "2024-03-01", "Trede": 2, "Cijfer": 7.5, "Tevreden": "ja"}
    assert first.metadata == {"Rij": 2, "Blad": "Antwoorden"}
    assert [(s.kind, s.text) for s in first.segments] == [(ANSWER, "Op tijd komen en samenwerken met collega's")]
    assert first.text == "Wat heeft u geleerd?\nOp tijd komen en samenwerken met collega's"
    assert second.case_attributes == {"Startdatum": "2024-04-15", "Trede": 3, "Cijfer": 8, "Tevreden": "nee"}
    assert second.segments[0].kind == METADATA
    assert "Deelnemer: D-02" in second.text


def test_xlsx_duplicate_ids_get_distinct_titles():
    rows = [["casus", "Verhaal"], ["A", "Een lang verhaal over de eerste week op het werk"],
            ["A", "Een tweede lang verhaal over de tweede week op het werk"]]
    docs = read(make_xlsx(rows), "casus.xlsx")
    assert [d.case for d in docs] == ["casus – A", "casus – A"]
    assert docs[0].title != docs[1].title


def test_xlsx_errors():
    with pytest.raises(ImportFailure, match="leeg"):
        read_file(b"", "leeg.xlsx")
    with pytest.raises(ImportFailure, match="geen gegevens"):
        read_file(make_xlsx([]), "leeg.xlsx")
    data = make_xlsx(XLSX_ROWS)
    with pytest.raises(ImportFailure, match="beschadigd of onvolledig"):
        read_file(data[: len(data) // 2], "afgebroken.xlsx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("foto.txt", "geen werkmap")
    with pytest.raises(ImportFailure, match="geen Excel-werkmap"):
        read_file(buf.getvalue(), "zip.xlsx")
    with pytest.raises(ImportFailure, match="geen .xlsx"):
        read_file(b"Respondent;Antwoord\r\n", "tekst.xlsx")


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=6))
def test_csv_offsets_always_match(rows):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(["respondent", "vraag een", "vraag twee"])
    writer.writerows(rows)
    try:
        docs = read_file(buf.getvalue().encode("utf-8"), "h.csv")
    except ImportFailure:
        return  # e.g. only empty rows
    for doc in docs:
        doc.check()
        assert doc.segments
        assert doc.source_type == "vragenlijst"
