"""Autocoding: code many fragments at once by speaker, by search or by heading.

:func:`find_spans` turns a rule into spans (nothing changes); :func:`autocode`
applies them as ONE undoable action with provenance ``autocode`` and the rule
text, never duplicating a coding this coder already has.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import regex

from .model import HEADING
from .regions import canonical_region
from .search import to_fts
from .store import CodingError, Project

UNITS = ("segment", "zin", "alinea")
REGEX_TIMEOUT_S = 2.0
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+")


class RuleError(CodingError):
    """A rule that cannot be run; the message is Dutch."""


class NotOneRule(RuleError):
    """None, or more than one, of speaker, search, pattern and heading was given."""


class PatternTooComplex(RuleError):
    """A regular expression that ran out of time (catastrophic backtracking)."""


@dataclass
class Rule:
    """One autocoding rule: exactly one of ``speaker``, ``search``, ``pattern`` or ``heading``."""

    speaker: str | None = None
    search: str | None = None
    pattern: str | None = None  # a regular expression (run with a time limit)
    heading: str | None = None
    unit: str = "segment"
    region: str | None = None
    source_type: str | None = None

    def describe(self) -> str:
        if self.speaker is not None:
            what = f"spreker={self.speaker}"
        elif self.search is not None:
            what = f"zoek={self.search} ({self.unit})"
        elif self.pattern is not None:
            what = f"regex={self.pattern} ({self.unit})"
        else:
            what = f"kop={self.heading}"
        filters = [f"regio={self.region}" if self.region else "", f"type={self.source_type}" if self.source_type else ""]
        return " ".join([what, *[f for f in filters if f]])

    def check(self) -> None:
        given = [v for v in (self.speaker, self.search, self.pattern, self.heading) if v is not None]
        if len(given) != 1:
            raise NotOneRule("Geef precies één regel: een spreker, een zoekvraag, een patroon of een kop.")
        if not given[0].strip():
            raise RuleError("De regel is leeg: geef een spreker, zoekterm, patroon of kop.")
        if self.unit not in UNITS:
            raise RuleError(f"Onbekende eenheid '{self.unit}'; kies uit: {', '.join(UNITS)}.")


def _documents(project: Project, rule: Rule) -> list[int]:
    region = canonical_region(rule.region) if rule.region else None
    return [
        d["id"] for d in project.documents.list()
        if (region is None or d["region"] == region) and (rule.source_type is None or d["source_type"] == rule.source_type)
    ]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``[start, end)``."""
    left = 0
    for m in SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = SENTENCE_END.search(text, end)
    right = m.start() if m else len(text)
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, max(right, end)


def _term_pattern(query: str) -> re.Pattern:
    """A regex finding the words of a search query in a segment (``schuld*`` → prefix)."""
    words = [w for w in re.findall(r'[\w\'’-]+\*?', query) if w.upper() not in ("AND", "OR", "NOT", "NEAR")]
    if not words:
        raise RuleError("De zoekvraag bevat geen woorden.")
    parts = [re.escape(w.rstrip("*")) + r"\w*" for w in words]  # search matches word starts, as to_fts does
    return re.compile(r"\b(?:" + "|".join(parts) + r")", re.IGNORECASE)


def _match_units(seg: dict, matches: list[tuple[int, int]], unit: str) -> list[tuple[int, int]]:
    if unit in ("segment", "alinea") or not matches:
        return [(seg["start"], seg["end"])]
    spans = {_sentence(seg["text"], a, b) for a, b in matches}
    return sorted((seg["start"] + a, seg["start"] + b) for a, b in spans)


def find_spans(project: Project, rule: Rule) -> list[tuple[int, int, int]]:
    """The ``(document_id, start, end)`` spans a rule codes, in document order."""
    rule.check()
    docs = _documents(project, rule)
    wanted = set(docs)
    spans: list[tuple[int, int, int]] = []
    if rule.speaker is not None:
        names = {s.strip().lower() for s in rule.speaker.split(",") if s.strip()}
        for seg in project.documents.segments_of(docs):
            if seg["speaker"] and seg["speaker"].lower() in names:
                spans.append((seg["document_id"], seg["start"], seg["end"]))
    elif rule.search is not None:
        try:
            fts = to_fts(rule.search)
        except ValueError as exc:
            raise RuleError(f"Zoekvraag: {exc}") from None
        terms = _term_pattern(rule.search)
        for hit in project.documents.search(fts, limit=None):
            if hit["document_id"] not in wanted:
                continue
            seg = {"start": hit["start"], "end": hit["end"], "text": hit["text"]}
            matches = [(m.start(), m.end()) for m in terms.finditer(hit["text"])]
            spans.extend((hit["document_id"], a, b) for a, b in _match_units(seg, matches, rule.unit))
    elif rule.pattern is not None:
        try:
            compiled = regex.compile(rule.pattern, regex.IGNORECASE)
        except regex.error as exc:
            raise RuleError(f"Ongeldig patroon: {exc}") from None
        for seg in project.documents.segments_of(docs):
            try:
                matches = [(m.start(), m.end()) for m in compiled.finditer(seg["text"], timeout=REGEX_TIMEOUT_S)]
            except TimeoutError:
                raise PatternTooComplex(
                    "Het patroon loopt uit de hand (te veel mogelijkheden); maak het eenvoudiger of zoek met een zoekvraag."
                ) from None
            if matches:
                spans.extend((seg["document_id"], a, b) for a, b in _match_units(seg, matches, rule.unit))
    else:
        spans = _heading_sections(project, docs, rule.heading)
    return sorted(set(spans))


def _heading_sections(project: Project, docs: list[int], heading: str) -> list[tuple[int, int, int]]:
    """Sections under headings that match ``heading`` (case-insensitive, start of the heading)."""
    wanted = heading.strip().lower()
    spans = []
    current: dict[int, list] = {}
    for seg in project.documents.segments_of(docs):
        current.setdefault(seg["document_id"], []).append(seg)
    for doc_id, segments in current.items():
        for i, seg in enumerate(segments):
            if seg["kind"] != HEADING or not seg["text"].strip().lower().startswith(wanted):
                continue
            level = seg["level"] if seg["level"] is not None else 1
            body = []
            for nxt in segments[i + 1 :]:
                if nxt["kind"] == HEADING and (nxt["level"] if nxt["level"] is not None else 1) <= level:
                    break
                body.append(nxt)
            if body:
                spans.append((doc_id, body[0]["start"], body[-1]["end"]))
    return spans


def preview(project: Project, spans: list[tuple[int, int, int]]) -> list[dict]:
    """Counts per document for a dry run: title, region and number of spans."""
    counts = Counter(doc_id for doc_id, _, _ in spans)
    return [
        {"document_id": d["id"], "title": d["title"], "region": d["region"], "fragments": counts[d["id"]]}
        for d in project.documents.list() if counts.get(d["id"])
    ]


def autocode(project: Project, rule: Rule, code_id: str, *, coder: str) -> tuple[int, int]:
    """Apply ``rule`` with ``code_id`` as ``coder``; return (spans found, new codings)."""
    if not project.codes.get(code_id):
        raise RuleError(f"Onbekende code '{code_id}'.")
    spans = find_spans(project, rule)
    ids = project.codings.apply_many(
        [(d, a, b, code_id) for d, a, b in spans],
        coder=coder,
        description=f"autocodering: {rule.describe()} → {code_id}",
        provenance="autocode",
        rule=rule.describe(),
    )
    return len(spans), len(ids)


__all__ = ["Rule", "RuleError", "UNITS", "autocode", "find_spans", "preview"]
