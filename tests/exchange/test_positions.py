"""Position conventions: code points, CRLF as one (ATLAS.ti), UTF-16 units (NVivo for Windows); BOM, NFC."""

from __future__ import annotations

import unicodedata
import zipfile

import pytest

from werkplaats.exchange import positions as pos
from werkplaats.exchange.qdpx import import_qdpx, read_qdpx
from werkplaats.store import Project

RAW = ("Interviewer: Hoe gaat het met de re\u0301integratie? 😀\r\n"
       "Respondent: Goed, café en crèche 👍🏽 geregeld.\r\n\r\n"
       "Interviewer: En het werk?\r\nRespondent: Een proefplaatsing bij de gemeente 🎉 Utrecht.\r\n")
WORDS = ["réintegratie", "café", "crèche", "geregeld", "werk", "proefplaatsing", "Utrecht", "Respondent"]


def positions(raw: str, word: str, convention: str) -> tuple[int, int]:
    """Where ``word`` (as in the normalised text) sits in ``raw`` under ``convention``."""
    utf16, crlf_one = pos._SPEC[convention]
    lf = raw.replace("\r\n", "\n")
    base = lf if crlf_one else raw
    nfd_word = "re\u0301integratie" if word == "réintegratie" else word  # decomposed in the file
    i = base.index(nfd_word)
    j = i + len(nfd_word)
    if utf16:
        i, j = (len(base[:i].encode("utf-16-le")) // 2, len(base[:j].encode("utf-16-le")) // 2)
    return i, j


def make_qdpx(path, raw: str, convention: str, origin: str, names: bool = True, bom: bool = True) -> None:
    sels = []
    for n, word in enumerate(WORDS):
        s, e = positions(raw, word, convention)
        name = f' name="{word}"' if names else ""
        sels.append(f'<PlainTextSelection guid="00000000-0000-0000-0000-{n:012d}"{name} startPosition="{s}" '
                    f'endPosition="{e}"><Coding guid="10000000-0000-0000-0000-{n:012d}" creatingUser="{{AAAAAAAA-0000-0000-0000-000000000001}}">'
                    f'<CodeRef targetGUID="{{C0DE0000-0000-0000-0000-000000000001}}"/></Coding></PlainTextSelection>')
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1:0" name="t" origin="{origin}">
<Users><User guid="aaaaaaaa-0000-0000-0000-000000000001" name="Eva"/></Users>
<CodeBook><Codes><Code guid="c0de0000-0000-0000-0000-000000000001" name="Woord" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="5eed0000-0000-0000-0000-000000000001" name="interview" plainTextPath="internal://5EED0000-0000-0000-0000-000000000001.txt">
{''.join(sels)}</TextSource></Sources></Project>"""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Project.qde", qde)
        z.writestr("Sources/5eed0000-0000-0000-0000-000000000001.TXT", (b"\xef\xbb\xbf" if bom else b"") + raw.encode())


@pytest.mark.parametrize("convention,origin", [
    (pos.CODEPOINTS, "qc 1.3"), (pos.CODEPOINTS_LF, "ATLAS.ti 23"), (pos.UTF16, "NVivo for Windows 12.6"),
    (pos.UTF16, "Onbekend programma"), (pos.CODEPOINTS_LF, "Onbekend programma")])
@pytest.mark.parametrize("names", [True, False])
def test_convention_detected_and_mapped(tmp_path, convention, origin, names):
    path = tmp_path / "t.qdpx"
    make_qdpx(path, RAW, convention, origin, names)
    parsed = read_qdpx(path)
    assert parsed.docs[0].convention == convention or not names and origin == "Onbekend programma" and \
        parsed.docs[0].convention in (pos.CODEPOINTS, pos.UTF16, pos.CODEPOINTS_LF, pos.UTF16_LF)
    with Project.create(tmp_path / "p.wpl") as p:
        report = import_qdpx(p, path, "imp", parsed=parsed)
        text = p.db.execute("SELECT text FROM documents").fetchone()[0]
        got = [text[s:e] for s, e in p.db.execute('SELECT start, "end" FROM codings ORDER BY start')]
        coders = {r[0] for r in p.db.execute("SELECT coder FROM codings")}
    assert report.counts["coderingen"] == len(WORDS)
    assert "\r" not in text and unicodedata.is_normalized("NFC", text) and not text.startswith("\ufeff")
    if names or origin != "Onbekend programma":
        assert sorted(got) == sorted(WORDS)
    assert coders == {"Eva"}


def test_textmap_roundtrip_of_every_position():
    tmap = pos.TextMap(RAW)
    lf = RAW.replace("\r\n", "\n")
    for convention in pos.CONVENTIONS:
        for word in WORDS:
            s, e = positions(RAW, word, convention)
            assert tmap.text[tmap.to_text(s, convention):tmap.to_text(e, convention, end=True)] == word
    assert len(tmap.text) == len(unicodedata.normalize("NFC", lf))


def test_unambiguous_text_needs_no_detection():
    tmap = pos.TextMap("plain ascii\nline two")
    assert not tmap.ambiguous
    assert pos.detect(tmap, [(0, 5, "plain")]).convention == pos.CODEPOINTS


def test_missing_source_is_warned_and_rest_imported(tmp_path):
    path = tmp_path / "t.qdpx"
    make_qdpx(path, RAW, pos.CODEPOINTS, "qc")
    broken = tmp_path / "kapot.qdpx"
    with zipfile.ZipFile(path) as a, zipfile.ZipFile(broken, "w") as b:
        b.writestr("project.qde", a.read("Project.qde").replace(b"</Sources>", b'<TextSource guid="{5EED0000-0000-0000-0000-000000000002}" name="weg" plainTextPath="internal://weg.txt"/></Sources>'))
        b.writestr("sources/5EED0000-0000-0000-0000-000000000001.txt", a.read("Sources/5eed0000-0000-0000-0000-000000000001.TXT"))
    parsed = read_qdpx(broken)
    assert any("'weg'" in w and "ontbreekt" in w for w in parsed.warnings)
    with Project.create(tmp_path / "p.wpl") as p:
        report = import_qdpx(p, broken, "imp", parsed=parsed)
    assert report.counts["documenten"] == 1 and report.counts["coderingen"] == len(WORDS)
