"""The document model every importer returns.

Importers never touch the store: they read bytes and return one or more
:class:`ImportedDocument` objects. A document's ``text`` is the normalised full
text; each :class:`Segment` points into it with exact character offsets, so
``doc.text[seg.start:seg.end] == seg.text`` always holds.

Importers build documents with :class:`TextBuilder`, which joins blocks with a
blank line and records offsets as it goes, so no importer computes offsets by
hand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

# Segment kinds (stored values; the UI shows the Dutch labels below).
TURN = "turn"
PARAGRAPH = "paragraph"
HEADING = "heading"
TABLE_ROW = "table_row"
METADATA = "metadata"
ANSWER = "answer"

KIND_LABELS = {
    TURN: "spreekbeurt",
    PARAGRAPH: "alinea",
    HEADING: "kop",
    TABLE_ROW: "tabelrij",
    METADATA: "kopgegevens",
    ANSWER: "antwoord",
}

# Source types a researcher gives with --type (stored as-is; Dutch by design).
SOURCE_TYPES = ("interview", "casuistiek", "observatie", "vragenlijst", "overig")


@dataclass
class Segment:
    """A span of a document's text: a speaker turn, paragraph, heading, ..."""

    start: int
    end: int
    text: str
    kind: str = PARAGRAPH
    speaker: str | None = None
    timestamp: float | None = None
    level: int | None = None  # heading level, when kind == HEADING


@dataclass
class ImportedDocument:
    """What an importer returns for one document."""

    title: str
    text: str
    segments: list[Segment]
    format: str
    metadata: dict[str, Any] = field(default_factory=dict)
    # Case, place and attribute information found in the file itself
    # (questionnaires, header blocks); options given by the user win.
    case: str | None = None
    region: str | None = None
    municipality: str | None = None
    source_type: str | None = None
    case_attributes: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def speakers(self) -> list[str]:
        """Distinct speakers in order of first appearance."""
        seen: dict[str, None] = {}
        for seg in self.segments:
            if seg.speaker:
                seen.setdefault(seg.speaker, None)
        return list(seen)

    def check(self) -> None:
        """Raise ``ValueError`` when a segment does not match the text."""
        for seg in self.segments:
            if not (0 <= seg.start <= seg.end <= len(self.text)):
                raise ValueError(f"segment {seg.start}-{seg.end} outside text")
            if self.text[seg.start : seg.end] != seg.text:
                raise ValueError(f"segment {seg.start}-{seg.end} does not match text")


def normalise(text: str) -> str:
    """Normalise text the way every importer must: NFC, ``\\n`` line ends.

    Also replaces NUL and other C0 control characters (except tab and
    newline) by spaces, so the text is safe to store and display.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return CONTROL_CHARS.sub(" ", text)


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class TextBuilder:
    """Build a document text block by block, recording segment offsets.

    Blocks are separated by a blank line. A block may have a ``prefix`` (a
    speaker label such as ``"R: "`` or ``"[00:03:12] Anna: "``) that is part of
    the document text but not of the segment, so a segment holds exactly what
    was said.
    """

    SEPARATOR = "\n\n"

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.segments: list[Segment] = []

    def _append(self, piece: str) -> None:
        self._parts.append(piece)
        self._length += len(piece)

    def add(
        self,
        text: str,
        kind: str = PARAGRAPH,
        *,
        prefix: str = "",
        speaker: str | None = None,
        timestamp: float | None = None,
        level: int | None = None,
    ) -> Segment | None:
        """Append a block and return its segment (``None`` for empty text)."""
        text = normalise(text).strip()
        prefix = normalise(prefix)
        if not text and not prefix.strip():
            return None
        if self._parts:
            self._append(self.SEPARATOR)
        self._append(prefix)
        start = self._length
        self._append(text)
        seg = Segment(start, self._length, text, kind, speaker, timestamp, level)
        self.segments.append(seg)
        return seg

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def build(self, title: str, fmt: str, **kwargs: Any) -> ImportedDocument:
        """Return the finished :class:`ImportedDocument`."""
        doc = ImportedDocument(title=title, text=self.text, segments=self.segments, format=fmt, **kwargs)
        doc.check()
        return doc


def word_count(text: str) -> int:
    """Count words the way ``info`` reports them (whitespace-separated)."""
    return len(text.split())
