"""Turn a flat list of paragraphs into structured segments.

Shared by every paragraph-based importer (docx, odt, txt, md, pdf): it finds
the transcript's header metadata block, speaker turns in the forms that
transcription services use, and timestamps, and feeds a :class:`TextBuilder`.

Recognised turn forms::

    I: ...                      R: ...
    Interviewer: ...            Respondent 2: ...
    Naam: ...                   Naam Achternaam: ...
    [00:03:12] Naam: ...        Naam (00:03:12): ...
    00:03:12 Naam: ...          Naam [03:12]: ...

A plain ``Naam:`` label only counts as a speaker when it is a known role label
or occurs at least twice in the document, so prose like ``Let op: ...`` is not
taken for a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import HEADING, METADATA, PARAGRAPH, TABLE_ROW, TURN, TextBuilder

# Keys of a transcript's header block (lower case) → canonical key.
HEADER_KEYS = {
    "respondent": "Respondent",
    "respondenten": "Respondent",
    "functie": "Functie",
    "organisatie": "Organisatie",
    "datum": "Datum",
    "interviewer": "Interviewer",
    "interviewers": "Interviewer",
    "duur": "Duur",
    "locatie": "Locatie",
    "plaats": "Locatie",
    "gemeente": "Gemeente",
    "regio": "Regio",
    "casus": "Casus",
    "onderwerp": "Onderwerp",
    "titel": "Titel",
    "transcriptie": "Transcriptie",
    "transcribent": "Transcriptie",
    "aanwezig": "Aanwezig",
    "aanwezigen": "Aanwezig",
    "afwezig": "Afwezig",
    "notulist": "Notulist",
    "observator": "Observator",
    "voorzitter": "Voorzitter",
    "tijd": "Tijd",
}

ROLE_LABELS = re.compile(
    r"^(I|R|I\d|R\d|Int|Interviewer|Interviewster|Respondent|Resp|Moderator|"
    r"Gespreksleider|Onderzoeker|Deelnemer|Spreker|Speaker|Klant|Cliënt|Client|"
    r"Inwoner|Ervaringsdeskundige|Klantmanager|Consulent|Voorzitter|Notulist)"
    r"(\s*\d+)?$",
    re.IGNORECASE,
)

# Labels that introduce prose in minutes and notes, not a speaker.
NOT_SPEAKERS = {
    "opmerking", "opmerkingen", "conclusie", "actie", "acties", "besluit", "afspraak", "afspraken",
    "noot", "toelichting", "vraag", "antwoord", "doel", "resultaat", "tip", "samenvatting", "nb",
    "let op", "zie", "bijvoorbeeld", "voorbeeld", "status", "stand van zaken", "agenda", "bron",
}

_TS = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ0-9][\w'’.\-]*|van|de|der|den|het|ter|ten|te|'t|v\.d\.))*"
# Turn with optional timestamp before or after the label.
TURN_RE = re.compile(
    rf"^\s*(?:[\[(]?(?P<ts1>{_TS})[\])]?\s*[-–]?\s*)?"
    rf"(?P<label>{_NAME})"
    rf"(?:\s*[\[(](?P<ts2>{_TS})[\])])?"
    rf"\s*:\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
HEADER_RE = re.compile(r"^\s*(?P<key>[A-Za-zÀ-ÿ ]{3,25}?)\s*:\s*(?P<value>.{0,120})$")
SPOKEN = re.compile(r"[.?!…]\s*$|\b(ik|je|jij|u|we|wij|het|een|is|was)\b", re.IGNORECASE)
LEADING_TS_RE = re.compile(rf"[\[(](?P<ts>{_TS})[\])]\s*")


@dataclass
class Paragraph:
    """A raw paragraph as an importer reads it."""

    text: str
    heading_level: int | None = None
    table_row: bool = False


def parse_timestamp(value: str | None) -> float | None:
    """``"00:03:12"`` → 192.0, ``"3:12"`` → 192.0, ``"01:02:03,5"`` → 3723.5."""
    if not value:
        return None
    value = value.replace(",", ".")
    parts = value.split(":")
    try:
        nums = [float(p) for p in parts]
    except ValueError:
        return None
    seconds = 0.0
    for n in nums:
        seconds = seconds * 60 + n
    return seconds


def format_timestamp(seconds: float | None) -> str:
    """192.0 → ``"00:03:12"``."""
    if seconds is None:
        return ""
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _turn_match(text: str) -> re.Match | None:
    m = TURN_RE.match(text[:5000] if len(text) > 5000 else text)
    if not m or len(m.group("label")) > 40 or len(m.group("label").split()) > 4:
        return None
    return m


def _split_header(paragraphs: list[Paragraph]) -> tuple[dict[str, str], int]:
    """Find a header metadata block at the top; return (metadata, index after it).

    The block may start after a title heading; it consists of lines
    ``Sleutel: waarde`` whose key is a known header key.
    """
    meta: dict[str, str] = {}
    i = 0
    # A title (headings, or one short first line) may precede the header block.
    while i < len(paragraphs) and paragraphs[i].heading_level is not None:
        i += 1
    plain_title = (
        i == 0
        and paragraphs
        and "\n" not in paragraphs[0].text.strip()
        and len(paragraphs[0].text.strip()) <= 100
        and not paragraphs[0].table_row
        and not HEADER_RE.match(paragraphs[0].text)
    )
    if plain_title:
        i = 1
    end = i
    while end < len(paragraphs):
        para = paragraphs[end]
        lines = [ln for ln in para.text.split("\n") if ln.strip()]
        if not lines or para.heading_level is not None:
            break
        found = {}
        for line in lines:
            m = HEADER_RE.match(line)
            key = m and HEADER_KEYS.get(m.group("key").strip().lower())
            if not key or key in meta or key in found:  # a repeated key is dialogue
                found = None
                break
            if key in ("Interviewer", "Respondent") and SPOKEN.search(m.group("value")):
                found = None  # "Interviewer: Hoe gaat het?" is the first turn
                break
            found[key] = m.group("value").strip()
        if found is None:
            break
        meta.update(found)
        end += 1
    if len(meta) < 2:
        return {}, 0
    # "Interviewer: Hoe gaat het?" at the top is a turn, not a header, when
    # the same labels go on as turns in the body.
    body_labels = speaker_labels(paragraphs, end)
    if sum(1 for key in meta if key in body_labels) * 2 >= len(meta):
        return {}, 0
    if plain_title:
        paragraphs[0].heading_level = 0
        meta.setdefault("Titel", paragraphs[0].text.strip())
    return meta, end


def speaker_labels(paragraphs: list[Paragraph], start: int = 0) -> set[str]:
    """The labels in ``paragraphs`` that are speakers (see module docstring)."""
    counts: dict[str, int] = {}
    timestamped: set[str] = set()
    for para in paragraphs[start:]:
        if para.heading_level is not None or para.table_row:
            continue
        m = _turn_match(para.text)
        if m:
            label = m.group("label").strip()
            counts[label] = counts.get(label, 0) + 1
            if m.group("ts1") or m.group("ts2"):
                timestamped.add(label)
    confirmed = {
        label
        for label, n in counts.items()
        if (n >= 2 or label in timestamped or ROLE_LABELS.match(label)) and label.lower() not in NOT_SPEAKERS
    }
    if confirmed:  # a transcript: a name that speaks once is a speaker too
        confirmed |= {label for label in counts if label.lower() not in NOT_SPEAKERS}
    return confirmed


def build_structure(paragraphs: list[Paragraph], builder: TextBuilder | None = None) -> tuple[TextBuilder, dict[str, str]]:
    """Feed ``paragraphs`` into a builder as headings, turns, rows and paragraphs.

    Returns the builder and the header metadata found. Paragraphs without a
    label that follow a speaker turn (and no heading in between) continue that
    speaker's turn as a segment of their own with the same speaker.
    """
    builder = builder or TextBuilder()
    meta, body_start = _split_header(paragraphs)
    labels = speaker_labels(paragraphs, body_start)
    current_speaker: str | None = None
    for index, para in enumerate(paragraphs):
        text = para.text
        if not text.strip():
            continue
        if index < body_start and para.heading_level is None:
            for line in text.split("\n"):
                m = HEADER_RE.match(line)
                if m:
                    key_text = line[: m.start("value")]
                    builder.add(m.group("value"), METADATA, prefix=key_text, speaker=None)
            continue
        if para.heading_level is not None:
            builder.add(text, HEADING, level=para.heading_level)
            current_speaker = None
            continue
        if para.table_row:
            builder.add(text, TABLE_ROW)
            continue
        m = _turn_match(text) if labels else None
        if m and m.group("label").strip() in labels:
            label = m.group("label").strip()
            stamp = parse_timestamp(m.group("ts1") or m.group("ts2"))
            rest_start = m.start("rest")
            inner = LEADING_TS_RE.match(text, rest_start)
            if inner and stamp is None:  # "I: [00:03:12] En verder?"
                stamp = parse_timestamp(inner.group("ts"))
                rest_start = inner.end()
            builder.add(text[rest_start:], TURN, prefix=text[:rest_start].lstrip(), speaker=label, timestamp=stamp)
            current_speaker = label
        elif current_speaker:
            builder.add(text, TURN, speaker=current_speaker)
        else:
            builder.add(text, PARAGRAPH)
    return builder, meta


def split_plain_paragraphs(text: str) -> list[Paragraph]:
    """Split plain text into paragraphs.

    Blank lines separate paragraphs. Inside a block, a line that starts a new
    speaker turn (``R: ...``) also starts a new paragraph, so transcripts with
    one turn per line work too.
    """
    paragraphs: list[Paragraph] = []
    for block in re.split(r"\n[ \t]*\n", text):
        block = block.strip("\n")
        if not block.strip():
            continue
        current: list[str] = []
        for line in block.split("\n"):
            if current and (_turn_match(line) or HEADER_RE.match(line) and _is_header_line(line)):
                paragraphs.append(Paragraph("\n".join(current)))
                current = []
            current.append(line)
        if current:
            paragraphs.append(Paragraph("\n".join(current)))
    return paragraphs


def _is_header_line(line: str) -> bool:
    m = HEADER_RE.match(line)
    return bool(m and m.group("key").strip().lower() in HEADER_KEYS)
