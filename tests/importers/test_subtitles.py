"""Tests for the WebVTT and SRT importers."""

from __future__ import annotations

import unicodedata
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkplaats.importers import ImportFailure, read_file
from werkplaats.model import PARAGRAPH, TURN

TEAMS_VTT = """WEBVTT

a1b2c3/12-0
00:00:01.000 --> 00:00:03.500
<v Anna de Vries>Goedemorgen, fijn dat u er bent.</v>

a1b2c3/13-0
00:00:03.600 --> 00:00:06.000
<v Anna de Vries>Zullen we beginnen?</v>

NOTE dit is een opmerking

a1b2c3/14-0
00:00:06.200 --> 00:00:09.000
<v Jeroen>Ja hoor, <b>prima</b> &amp; <c.yellow>graag</c>.</v>

a1b2c3/15-0
00:01:09.000 --> 01:02:03.250
<v Anna de Vries>Hoe kwam u bij
de werkplaats terecht?</v>
"""

ZOOM_VTT = """WEBVTT

1
00:00:00.500 --> 00:00:02.000
Interviewer: Hoe gaat het?

2
00:00:02.500 --> 00:00:04.000
Respondent 3: Goed, dank u.

3
00:00:04.100 --> 00:00:05.000
Respondent 3: Echt waar.
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
Anna: <i>Hallo</i> allemaal

2
00:00:03,500 --> 00:00:05,000
Anna: nog een zin

3
00:00:06,000 --> 00:00:08,000
Bram: {\\an8}Dag Anna

4
00:00:08,100 --> 00:00:09,000
en de rest
"""


def read(text: str, name: str, encoding: str = "utf-8"):
    docs = read_file(text.encode(encoding), name)
    assert len(docs) == 1
    docs[0].check()
    return docs[0]


def test_vtt_voice_tags_merge_consecutive_cues():
    doc = read(TEAMS_VTT, "gesprek.vtt")
    assert doc.format == "vtt"
    assert doc.title == "gesprek"
    turns = [(s.kind, s.speaker, s.text, s.timestamp) for s in doc.segments]
    assert turns == [
        (TURN, "Anna de Vries", "Goedemorgen, fijn dat u er bent. Zullen we beginnen?", 1.0),
        (TURN, "Jeroen", "Ja hoor, prima & graag.", 6.2),
        (TURN, "Anna de Vries", "Hoe kwam u bij de werkplaats terecht?", 69.0),
    ]
    assert doc.text.startswith("Anna de Vries: Goedemorgen")
    assert doc.speakers == ["Anna de Vries", "Jeroen"]
    assert doc.metadata == {"Duur": "01:02:03"}
    assert "<" not in doc.text and "dit is een opmerking" not in doc.text


def test_vtt_name_prefix_speakers():
    doc = read(ZOOM_VTT, "zoom.vtt")
    assert [(s.speaker, s.text, s.timestamp) for s in doc.segments] == [
        ("Interviewer", "Hoe gaat het?", 0.5),
        ("Respondent 3", "Goed, dank u. Echt waar.", 2.5),
    ]
    assert doc.text == "Interviewer: Hoe gaat het?\n\nRespondent 3: Goed, dank u. Echt waar."


def test_vtt_without_speakers_gives_paragraphs_split_at_pauses():
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nEen zin.\n\n00:00:02.100 --> 00:00:03.000\nNog een.\n\n" \
        "00:00:10.000 --> 00:00:11.000\nNa een pauze.\n"
    doc = read(text, "los.vtt")
    assert [(s.kind, s.speaker, s.text, s.timestamp) for s in doc.segments] == [
        (PARAGRAPH, None, "Een zin. Nog een.", 1.0),
        (PARAGRAPH, None, "Na een pauze.", 10.0),
    ]


def test_vtt_single_prose_label_is_not_a_speaker():
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nlet op: dit is geen spreker\n\n" \
        "00:00:02.100 --> 00:00:03.000\nen dit ook niet\n"
    doc = read(text, "x.vtt")
    assert doc.speakers == []
    assert doc.segments[0].text == "let op: dit is geen spreker en dit ook niet"


def test_vtt_crlf_bom_and_cp1252():
    text = "\ufeff" + ZOOM_VTT.replace("\n", "\r\n").replace("Goed", "Geëmotioneerd")
    doc = read(text, "bom.vtt", encoding="utf-8")
    assert doc.segments[1].text.startswith("Geëmotioneerd")
    doc = read(ZOOM_VTT.replace("Goed", "Geëmotioneerd"), "ansi.vtt", encoding="cp1252")
    assert doc.segments[1].text.startswith("Geëmotioneerd")


def test_vtt_malformed_timestamp_names_the_line():
    bad = TEAMS_VTT.replace("00:00:06.200 --> 00:00:09.000", "00:00:6,2 --> 00:00:09.000")
    with pytest.raises(ImportFailure, match=r"ongeldige tijdcode in regel 14"):
        read_file(bad.encode(), "kapot.vtt")


def test_vtt_timing_line_without_arrow_names_the_line():
    bad = ZOOM_VTT.replace("00:00:02.500 --> 00:00:04.000", "00:00:02.500 00:00:04.000")
    with pytest.raises(ImportFailure, match=r"ongeldige tijdcode in regel 8"):
        read_file(bad.encode(), "kapot.vtt")


def test_vtt_text_block_without_timing_is_kept_with_a_warning():
    text = ZOOM_VTT.replace("Hoe gaat het?\n", "Hoe gaat het?\n\nlosse regel\n")
    doc = read(text, "los.vtt")
    assert doc.segments[0].text == "Hoe gaat het? losse regel"
    assert any("regel 7" in w for w in doc.warnings)


@pytest.mark.parametrize("content", ["", "   \n\n", "WEBVTT\n", "WEBVTT\n\nNOTE alleen een notitie\n"])
def test_vtt_empty(content):
    with pytest.raises(ImportFailure):
        read_file(content.encode(), "leeg.vtt")


def test_vtt_not_webvtt():
    with pytest.raises(ImportFailure, match="WEBVTT"):
        read_file(b"Dit is gewoon tekst.\n", "tekst.vtt")
    with pytest.raises(ImportFailure, match="PDF"):
        read_file(b"%PDF-1.4\n...", "stiekem.vtt")


def test_vtt_that_is_really_srt_is_read_as_srt():
    doc = read(SRT, "verkeerd.vtt")
    assert doc.format == "srt"
    assert doc.warnings and "SRT" in doc.warnings[0]


def test_srt_speakers_tags_and_continuation():
    doc = read(SRT, "opname.srt")
    assert doc.format == "srt"
    assert [(s.kind, s.speaker, s.text, s.timestamp) for s in doc.segments] == [
        (TURN, "Anna", "Hallo allemaal nog een zin", 1.0),
        (TURN, "Bram", "Dag Anna en de rest", 6.0),
    ]
    assert doc.text == "Anna: Hallo allemaal nog een zin\n\nBram: Dag Anna en de rest"
    assert doc.metadata == {"Duur": "00:00:09"}


def test_srt_dialogue_cue_with_two_speakers():
    doc = read("1\n00:00:01,000 --> 00:00:02,000\n- Anna: Kom je?\n- Bram: Ja, zo.\n", "dialoog.srt")
    assert [(s.speaker, s.text, s.timestamp) for s in doc.segments] == [("Anna", "Kom je?", 1.0), ("Bram", "Ja, zo.", 1.0)]


def test_srt_malformed_timestamp_names_the_line():
    bad = SRT.replace("00:00:06,000 --> 00:00:08,000", "00:00:0x,000 --> 00:00:08,000")
    with pytest.raises(ImportFailure, match=r"ongeldige tijdcode in regel 10"):
        read_file(bad.encode(), "kapot.srt")


def test_srt_empty_and_garbage():
    with pytest.raises(ImportFailure, match="leeg"):
        read_file(b"", "leeg.srt")
    with pytest.raises(ImportFailure, match="regel 1"):
        read_file(b"zomaar wat tekst\n", "tekst.srt")


cue_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<>&{:\n\r-"), min_size=1, max_size=40
).filter(lambda t: t.strip())
speaker = st.sampled_from([None, "Anna", "Bram de Boer", "I"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(speaker, cue_text), min_size=1, max_size=8))
def test_vtt_offsets_always_match(cues):
    blocks = ["WEBVTT", ""]
    for i, (name, text) in enumerate(cues):
        blocks += [f"00:00:{i:02d}.000 --> 00:00:{i:02d}.900", f"<v {name}>{text}</v>" if name else text, ""]
    doc = read_file("\n".join(blocks).encode(), "h.vtt")[0]
    doc.check()
    expected = unicodedata.normalize("NFC", " ".join(t for _, t in cues))  # importers normalise to NFC
    assert " ".join(s.text for s in doc.segments).split() == expected.split()
    for seg in doc.segments:
        assert seg.timestamp is not None
        assert (seg.kind == TURN) == bool(seg.speaker)


def test_vtt_cue_right_after_header_and_leading_blank_lines():
    text = "\n\nWEBVTT\n00:00:01.000 --> 00:00:02.000\nhallo\n00:00:03.000 --> 00:00:04.000\n<v Anna>dag</v>\n"
    doc = read(text, "kort.vtt")
    assert [(s.speaker, s.text, s.timestamp) for s in doc.segments] == [(None, "hallo", 1.0), ("Anna", "dag", 3.0)]
