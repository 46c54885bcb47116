"""Subtitle transcripts (.vtt, .srt) as exported by Teams, Zoom and transcription tools.

Every cue becomes (part of) a speaker turn: ``<v Naam>`` voice tags and a
``Naam: tekst`` prefix give the speaker, consecutive cues of the same speaker
are merged into one turn, and the start of its first cue is the turn's
timestamp. Cues without any speaker in a file without speakers are merged into
paragraphs, broken at pauses of :data:`PAUSE` seconds or more.

A malformed cue is never dropped silently: webvtt-py skips blocks it cannot
parse, so the file is also scanned here and the first bad timing line is
reported with its line number.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from pathlib import PurePath

from ..model import PARAGRAPH, TURN, ImportedDocument, TextBuilder
from .base import ImportFailure, Importer, decode_text, expect_kind
from .structure import _NAME, ROLE_LABELS, format_timestamp, parse_timestamp

PAUSE = 3.0  # seconds of silence that end a paragraph of unlabelled cues
PARAGRAPH_CHARS = 500  # ... as does this length, at the end of a sentence

_VTT_TS = r"(?:\d+:)?\d{1,2}:\d{1,2}\.\d{1,3}"  # what webvtt-py accepts
VTT_TIMING = re.compile(rf"\s*({_VTT_TS})\s*-->\s*({_VTT_TS})")
NAME = re.compile(_NAME)
LOOKS_LIKE_TIME = re.compile(r"\d{1,2}:\d{2}")
VOICE_OPEN = re.compile(r"<v(?:\.[^\s>]*)*\s+([^>]*)>")
TAG = re.compile(r"<[^<>]*>|\{\\[^{}]*\}")  # <b>, </v>, <c.x>, <00:01.000>, {\an8}
LABEL = re.compile(r"^\s*[-–]?\s*(?P<label>[^\W\d_][\w'’.\- ]{0,39}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)


@dataclass
class Piece:
    """The text of one cue (or one voice span in a cue)."""

    start: float
    end: float
    text: str
    speaker: str | None = None
    label: str | None = None  # a "Naam:" candidate at the start of ``text``
    rest: str = ""


def clean(raw: str) -> str:
    """Cue text without tags and entities, on one line."""
    return " ".join(html.unescape(TAG.sub("", raw)).split())


def dialogue_lines(raw: str) -> list[str]:
    """Split unvoiced cue text where a line starts a new speaker (``- Bram: ...``)."""
    chunks: list[list[str]] = [[]]
    for line in raw.split("\n"):
        bare = TAG.sub("", line).strip()
        m = LABEL.match(bare)
        if chunks[-1] and (bare[:2] in ("- ", "– ") or m and NAME.fullmatch(m.group("label").strip())):
            chunks.append([])
        chunks[-1].append(line)
    return ["\n".join(chunk) for chunk in chunks]


def pieces_of(start: float, end: float, raw: str) -> list[Piece]:
    """Split a cue's raw text into voice spans and dialogue lines; find ``Naam:`` labels."""
    parts = VOICE_OPEN.split(raw)
    result = [Piece(start, end, clean(chunk)) for chunk in dialogue_lines(parts[0])]
    for name, text in zip(parts[1::2], parts[2::2]):
        result.append(Piece(start, end, clean(text), speaker=" ".join(name.split()) or None))
    for piece in result:
        m = LABEL.match(piece.text) if not piece.speaker else None
        if m and len(m.group("label").split()) <= 4:
            piece.label, piece.rest = m.group("label").strip(), m.group("rest")
    return [p for p in result if p.text]


def assign_labels(pieces: list[Piece]) -> None:
    """Decide which ``Naam:`` prefixes are speakers.

    A label counts when it looks like a name (``Anna``, ``Jan de Vries``), is
    a known role label (I, R, Interviewer, ...) or a voice name, occurs in
    two or more cues, or when every unvoiced cue has a label; so ``let op:
    ...`` or ``Let op: ...`` in a single cue is not taken for a speaker.
    """
    counts: dict[str, int] = {}
    for p in pieces:
        if p.label:
            counts[p.label] = counts.get(p.label, 0) + 1
    voices = {p.speaker for p in pieces if p.speaker}
    unvoiced = [p for p in pieces if not p.speaker]
    all_labelled = bool(unvoiced) and all(p.label for p in unvoiced)
    for p in unvoiced:
        label = p.label
        if label and (
            counts[label] >= 2 or label in voices or all_labelled or ROLE_LABELS.match(label) or NAME.fullmatch(label)
        ):
            p.speaker, p.text = p.label, p.rest


def build_document(pieces: list[Piece], name: str, fmt: str, warnings: list[str]) -> ImportedDocument:
    """Merge pieces into turns and build the document."""
    if not pieces:
        raise ImportFailure("het bestand bevat geen ondertitels met tekst")
    assign_labels(pieces)
    turns: list[Piece] = []
    for p in pieces:
        last = turns[-1] if turns else None
        if last and p.speaker is None and last.speaker:  # an unlabelled cue continues the turn
            p.speaker = last.speaker
        if last and p.speaker == last.speaker and (
            p.speaker or (p.start - last.end < PAUSE and not (len(last.text) >= PARAGRAPH_CHARS and last.text[-1] in ".?!"))
        ):
            last.text, last.end = f"{last.text} {p.text}", max(last.end, p.end)
        else:
            turns.append(Piece(p.start, p.end, p.text, p.speaker))
    builder = TextBuilder()
    for t in turns:
        prefix = f"{t.speaker}: " if t.speaker else ""
        builder.add(t.text, TURN if t.speaker else PARAGRAPH, prefix=prefix, speaker=t.speaker, timestamp=t.start)
    duration = max(p.end for p in pieces)
    meta = {"Duur": format_timestamp(duration)}
    return builder.build(PurePath(name).stem, fmt, metadata=meta, warnings=warnings)


def _shorten(line: str) -> str:
    line = line.strip()
    return line if len(line) <= 60 else line[:57] + "..."


def bad_block(lines: list[str], index: int) -> ImportFailure:
    """The failure for the block starting at ``lines[index]`` (0-based)."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    block = []
    for i in range(index, len(lines)):
        if not lines[i].strip():
            break
        block.append(i)
    for i in block[:3]:
        if "-->" in lines[i] or LOOKS_LIKE_TIME.search(lines[i]):
            return ImportFailure(f"ongeldige tijdcode in regel {i + 1}: '{_shorten(lines[i])}'")
    if block:
        return ImportFailure(f"ongeldige tijdcode in regel {block[0] + 1}: geen tijdcode bij '{_shorten(lines[block[0]])}'")
    return ImportFailure("het bestand bevat geen geldige ondertitels")


def scan_vtt(lines: list[str]) -> tuple[list[tuple[int, float]], dict[int, list[str]], list[str]]:
    """Check every block of a WebVTT file the way webvtt-py splits them.

    Returns the cues as (line index, start seconds), text blocks without a
    timing line keyed by the number of cues before them (they are added to
    the preceding cue), and warnings. Raises :class:`ImportFailure` for a
    malformed timing line.
    """
    cues: list[tuple[int, float]] = []
    orphans: dict[int, list[str]] = {}
    warnings: list[str] = []
    blocks: list[list[int]] = [[]]
    in_header = True  # the first block, as webvtt-py splits it
    for i, line in enumerate(lines):
        block = blocks[-1]
        if not line or "-->" in line and block and (in_header or len(block) > 1 or "-->" in lines[block[0]]):
            in_header = in_header and not block
            blocks.append([] if not line else [i])  # an arrow webvtt cannot use starts a new block
        else:
            block.append(i)
    blocks = [b for b in blocks if b]
    for number, block in enumerate(blocks):
        first = lines[block[0]]
        if number == 0 and first.startswith("WEBVTT"):
            continue
        if first.startswith(("NOTE", "STYLE", "REGION")) and not any("-->" in lines[i] for i in block[:2]):
            continue
        timing = next((i for i in block[:2] if "-->" in lines[i]), None)
        if timing is None:
            if any(LOOKS_LIKE_TIME.search(lines[i]) for i in block[:2]) or not cues:
                raise bad_block(lines, block[0])
            orphans.setdefault(len(cues), []).extend(lines[i] for i in block)
            warnings.append(f"regel {block[0] + 1}: tekst zonder tijdcode is bij de vorige ondertitel gevoegd")
            continue
        m = VTT_TIMING.match(lines[timing])
        if not m or any("-->" in lines[i] for i in block if i != timing):
            bad = timing if not m else next(i for i in block if i != timing and "-->" in lines[i])
            raise ImportFailure(f"ongeldige tijdcode in regel {bad + 1}: '{_shorten(lines[bad])}'")
        cues.append((timing, parse_timestamp(m.group(1))))
    return cues, orphans, warnings


class VttImporter(Importer):
    extensions = (".vtt",)
    format = "vtt"

    def read(self, data: bytes, name: str) -> list[ImportedDocument]:
        import webvtt  # webvtt-py; imported lazily, only for this format

        expect_kind(data, None, ".vtt")
        text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        lines = text.split("\n")  # line numbers in messages refer to the file as it is
        warnings: list[str] = []
        if not text.lstrip().startswith("WEBVTT"):
            if re.search(r"^\s*\d+:\d{2}:\d{2},\d{3}\s*-->", text, re.MULTILINE):
                docs = SrtImporter().read(data, name)
                docs[0].warnings.insert(0, "het bestand heet .vtt maar is een SRT-bestand; het is als SRT gelezen")
                return docs
            if "-->" not in text:
                raise ImportFailure("het bestand is geen WebVTT-bestand (de eerste regel moet WEBVTT zijn)")
            warnings.append("de kopregel WEBVTT ontbrak")
            text = "WEBVTT\n\n" + text
        cues, orphans, scan_warnings = scan_vtt(lines)
        warnings += scan_warnings
        try:
            captions = list(webvtt.from_buffer(io.StringIO(text.lstrip())))
        except Exception:  # MalformedFileError, MalformedCaptionError, ...
            raise bad_block(lines, cues[0][0] if cues else 0) from None
        if not cues:
            raise ImportFailure("het bestand bevat geen ondertitels")
        pieces: list[Piece] = []
        for index, (line_index, start) in enumerate(cues):
            caption = captions[index] if index < len(captions) else None
            if caption is None or abs(parse_timestamp(caption.start) - start) > 0.001:
                raise ImportFailure(f"ongeldige tijdcode in regel {line_index + 1}: '{_shorten(lines[line_index])}'")
            raw = "\n".join([caption.raw_text, *orphans.get(index + 1, [])])
            pieces.extend(pieces_of(start, parse_timestamp(caption.end), raw))
        return [build_document(pieces, name, self.format, warnings)]


class SrtImporter(Importer):
    extensions = (".srt",)
    format = "srt"

    def read(self, data: bytes, name: str) -> list[ImportedDocument]:
        import srt  # imported lazily, only for this format

        expect_kind(data, None, ".srt")
        text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        try:
            subtitles = list(srt.parse(text))
        except srt.SRTParseError as exc:
            pos = exc.expected_start
            index = text.count("\n", 0, pos) + (1 if 0 < pos < len(text) and text[pos - 1] != "\n" else 0)
            raise bad_block(text.split("\n"), index) from None
        except Exception:
            raise bad_block(text.split("\n"), 0) from None
        if not subtitles:
            raise ImportFailure("het bestand bevat geen ondertitels")
        pieces: list[Piece] = []
        for sub in subtitles:
            pieces.extend(pieces_of(sub.start.total_seconds(), sub.end.total_seconds(), sub.content))
        return [build_document(pieces, name, self.format, [])]
