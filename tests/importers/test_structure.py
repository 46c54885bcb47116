"""Speaker turns, header blocks and the offset invariant, format-independent."""

import pytest
from hypothesis import given, settings, strategies as st

from werkplaats.importers.structure import Paragraph, build_structure, parse_timestamp, split_plain_paragraphs
from werkplaats.model import HEADING, METADATA, PARAGRAPH, TABLE_ROW, TURN, TextBuilder


def structure(text):
    builder, meta = build_structure(split_plain_paragraphs(text))
    doc = builder.build("t", "txt", metadata=meta)
    return doc, meta


@pytest.mark.parametrize(
    "lines, speakers, stamps, first_text",
    [
        (["I: Hoe gaat het?", "R: Goed."], ["I", "R"], [None, None], "Hoe gaat het?"),
        (["Interviewer: Vraag?", "Respondent 2: Antwoord."], ["Interviewer", "Respondent 2"], [None, None], "Vraag?"),
        (["Anna: Hoi.", "Bram: Hallo.", "Anna: Nou ja."], ["Anna", "Bram", "Anna"], [None] * 3, "Hoi."),
        (["[00:03:12] Anna de Vries: Ja.", "[00:03:20] Bram: Nee."], ["Anna de Vries", "Bram"], [192.0, 200.0], "Ja."),
        (["Anna (00:03:12): Ja.", "Bram (1:02:03): Nee."], ["Anna", "Bram"], [192.0, 3723.0], "Ja."),
        (["00:03:12 Anna: Ja.", "00:03:15 Bram: Nee."], ["Anna", "Bram"], [192.0, 195.0], "Ja."),
        (["I: [00:00:05] Begin maar.", "R: [00:00:09] Goed."], ["I", "R"], [5.0, 9.0], "Begin maar."),
        (["Fatima El Amrani: Eerst de schulden.", "Klantmanager: Precies."], ["Fatima El Amrani", "Klantmanager"], [None, None], "Eerst de schulden."),
    ],
)
def test_turn_forms(lines, speakers, stamps, first_text):
    doc, _ = structure("\n".join(lines))
    turns = [s for s in doc.segments if s.kind == TURN]
    assert [s.speaker for s in turns] == speakers
    assert [s.timestamp for s in turns] == stamps
    assert turns[0].text == first_text


def test_prose_with_colon_is_not_a_speaker():
    doc, _ = structure("Let op: de inwoner had geen vaste lasten meer.\n\nDaarna ging het beter.")
    assert [s.kind for s in doc.segments] == [PARAGRAPH, PARAGRAPH]
    assert doc.speakers == []


def test_header_block_becomes_metadata():
    doc, meta = structure(
        "Interview WIL\n\nRespondent: Ahmed Yilmaz\nFunctie: jobcoach\nDuur: 00:31:00\n\nI: Vertel.\nR: Goed."
    )
    assert meta == {"Respondent": "Ahmed Yilmaz", "Functie": "jobcoach", "Duur": "00:31:00", "Titel": "Interview WIL"}
    assert [s.kind for s in doc.segments] == [HEADING, METADATA, METADATA, METADATA, TURN, TURN]
    assert doc.speakers == ["I", "R"]


def test_dialogue_at_top_is_not_a_header():
    doc, meta = structure("Interviewer: Hoe gaat het?\nRespondent: Goed, dank je.\nInterviewer: Mooi.\nRespondent: Ja.")
    assert meta == {}
    assert doc.speakers == ["Interviewer", "Respondent"]


def test_continuation_paragraph_keeps_speaker_until_heading():
    paragraphs = [
        Paragraph("R: Eerste deel."),
        Paragraph("Tweede deel."),
        Paragraph("Afspraken", heading_level=1),
        Paragraph("Losse tekst."),
        Paragraph("Actie\tWie", table_row=True),
    ]
    builder, _ = build_structure(paragraphs)
    segs = builder.build("t", "docx").segments
    assert [(s.kind, s.speaker) for s in segs] == [
        (TURN, "R"), (TURN, "R"), (HEADING, None), (PARAGRAPH, None), (TABLE_ROW, None)]


@pytest.mark.parametrize("value, seconds", [("00:03:12", 192.0), ("3:12", 192.0), ("01:02:03,5", 3723.5), ("x", None), (None, None)])
def test_parse_timestamp(value, seconds):
    assert parse_timestamp(value) == seconds


# -- the offset invariant, on arbitrary input ---------------------------------

text_chars = st.characters(blacklist_categories=("Cs",))
labels = st.sampled_from(["I: ", "R: ", "Respondent 2: ", "[00:01:02] Anna: ", "Bram (00:00:09): ", "", "Functie: "])
lines = st.tuples(labels, st.text(text_chars, max_size=60)).map(lambda t: t[0] + t[1])


@settings(max_examples=300, deadline=None)
@given(st.lists(lines, max_size=25), st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\n \n"]))
def test_every_segment_matches_document_text(ls, sep):
    from werkplaats.importers.text import TextImporter

    data = sep.join(ls).encode("utf-8")
    try:
        docs = TextImporter().read(data, "x.txt")
    except Exception as exc:  # only "empty" is allowed to fail
        assert "leeg" in str(exc) or "geen tekst" in str(exc)
        return
    for doc in docs:
        for seg in doc.segments:
            assert doc.text[seg.start:seg.end] == seg.text
            assert seg.text == seg.text.strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(text_chars, max_size=40), st.text(text_chars, max_size=10)), max_size=20))
def test_builder_invariant(blocks):
    b = TextBuilder()
    for text, prefix in blocks:
        b.add(text, prefix=prefix)
    doc = b.build("t", "txt")
    for seg in doc.segments:
        assert doc.text[seg.start:seg.end] == seg.text


def test_header_then_role_labelled_dialogue():
    doc, meta = structure(
        "Respondent: Jan Smit\nFunctie: klantmanager\nDatum: 2024-01-02\n\n"
        "Interviewer: Hoe gaat het?\nRespondent: Goed, dank je.\nInterviewer: Mooi.\nRespondent: Ja, echt."
    )
    assert meta == {"Respondent": "Jan Smit", "Functie": "klantmanager", "Datum": "2024-01-02"}
    assert [s.speaker for s in doc.segments if s.kind == TURN] == ["Interviewer", "Respondent"] * 2


def test_markdown_header_after_title_and_blank_line():
    from werkplaats.importers.text import MarkdownImporter

    [doc] = MarkdownImporter().read("# Observatie\n\nObservator: Kees\nDatum: 2024-02-01\n\nTekst.".encode(), "o.md")
    assert doc.metadata["Observator"] == "Kees" and doc.metadata["Datum"] == "2024-02-01"
    assert doc.title == "Observatie"
