"""Pseudonymised quotes with their source reference, and how quotes are picked.

Everything here leaves the project (Word, Excel, CSV), so every piece of text
goes through :class:`werkplaats.pseudo.Pseudonymiser`: quotes with
``span()``, and free text (document titles, memos) with the same detectors
and the same pseudonym key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..pseudo import Pseudonymiser
from ..safetext import shown
from ..store import Project
from .dataset import NO_SPEAKER, Dataset

MAX_QUOTE_CHARS = 300
GOOD_LENGTH = (30, 400)  # fragments of this length make good quotes


@dataclass
class Quote:
    """One pseudonymised fragment and where it comes from."""

    code_id: str
    document_id: int
    start: int
    end: int
    text: str
    document: str  # pseudonymised title
    casus: str
    region: str
    speaker: str  # role, never a name
    timestamp: str  # "00:12:30" or ""
    coder: str

    @property
    def reference(self) -> str:
        """``"Interview inwoner Woerden, respondent, 00:12:30"`` (parts left out when unknown)."""
        parts = [self.document]
        if self.speaker and self.speaker != NO_SPEAKER:
            parts.append(self.speaker)
        if self.timestamp:
            parts.append(self.timestamp)
        return ", ".join(parts)


def format_time(seconds) -> str:
    if seconds is None or pd.isna(seconds):
        return ""
    seconds = int(round(float(seconds)))
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def shorten(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """Whitespace collapsed; cut at a word boundary with '…' when longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.") + " …"


def deduce_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("deduce") is not None


class Quoter:
    """Renders pseudonymised quotes and labels for one project.

    Before the first quote from a document, the document goes through
    detection if it never did, or if it did without ``deduce`` while deduce
    is installed (``deduce=False``: rules and name lists only, much faster
    to start). Earlier review decisions are kept (see ``Pseudonymiser.detect``).
    ``detected`` counts the documents checked here.
    """

    def __init__(self, project: Project, max_chars: int = MAX_QUOTE_CHARS, deduce: bool | None = None) -> None:
        self.project = project
        self.use_deduce = deduce is not False and deduce_available()
        self.ps = Pseudonymiser(project, use_deduce=self.use_deduce)
        self.max_chars = max_chars
        self.detected = 0
        self._texts: dict[int, str] = {}
        self._free: dict[tuple[str, bool], str] = {}
        self._ready: set[int] = set()

    def prepare(self, document_ids) -> None:
        """Run detection where needed on these documents (all at once: deduce loads only once)."""
        ids = {int(d) for d in document_ids} - self._ready
        if not ids:
            return
        runs = self.project.pseudo.runs(ids)
        todo = sorted(d for d in ids if d not in runs or (self.use_deduce and "deduce" not in runs[d]))
        if todo:
            self.ps.detect(todo)
            self.detected += len(todo)
        self._ready |= ids

    def _text(self, document_id: int) -> str:
        if document_id not in self._texts:
            self._texts.update(self.project.documents.texts([document_id]))
        return self._texts[document_id]

    def preload(self, document_ids) -> None:
        missing = [d for d in set(document_ids) if d not in self._texts]
        if missing:
            self._texts.update(self.project.documents.texts(missing))

    def span(self, document_id: int, start: int, end: int) -> str:
        """The pseudonymised, shortened text of a fragment."""
        self.prepare([document_id])
        full = self.ps.span(int(document_id), int(start), int(end), text=self._text(int(document_id)))
        return shown(shorten(full, self.max_chars))

    def free_text(self, text: str | None, thorough: bool = False) -> str:
        """Any other text (titles, memos) with the project's personal data replaced.

        ``thorough``: also use deduce (when installed and allowed) — for text
        researchers wrote themselves, such as memos, which may name anyone.
        """
        if not text:
            return ""
        key = (text, thorough)
        if key not in self._free:
            deduce_fn = None
            if thorough and self.use_deduce:
                from ..pseudo.deduce_adapter import deduce_detector

                deduce_fn = deduce_detector()
            found = self.ps.detect_text(text, self.ps.project_names(), deduce_fn)
            out, pos = [], 0
            for d in sorted(found, key=lambda d: d.start):
                if d.start < pos:
                    continue
                out += [text[pos:d.start], self.ps.pseudonym(d.type, d.text)]
                pos = d.end
            out.append(text[pos:])
            self._free[key] = shown(re.sub(r"[ \t]+", " ", "".join(out)).strip())
        return self._free[key]


def fragment_table(ds: Dataset) -> pd.DataFrame:
    """Distinct fragments (per document, span and code) with document, case, region, role, time and coder."""
    frags = ds.fragments
    at = ds.segment_at()
    table = frags.assign(role=at["role"].values, timestamp=at["timestamp"].values)
    table = table.drop_duplicates(["document_id", "start", "end", "code_id"])
    docs = ds.documents[["title", "casus", "region", "municipality", "source_type"]]
    return table.merge(docs, left_on="document_id", right_index=True, how="left")


def records(table: pd.DataFrame) -> list:
    """The rows of a :func:`fragment_table` as named tuples (fast to group and pick in Python)."""
    return list(table.itertuples(index=False, name="Fragment"))


def group_records(rows: list, *fields: str) -> dict[tuple, list]:
    groups: dict[tuple, list] = {}
    for row in rows:
        groups.setdefault(tuple(getattr(row, f) for f in fields), []).append(row)
    return groups


def pick(rows: list, n: int) -> list:
    """Up to ``n`` fragments: good lengths first, one per document before a second from the same one."""
    if n <= 0:
        return []
    seen, candidates = set(), []
    for row in rows:
        span = (row.document_id, row.start, row.end)
        if span not in seen:
            seen.add(span)
            candidates.append(row)
    candidates.sort(key=lambda r: (not GOOD_LENGTH[0] <= r.end - r.start <= GOOD_LENGTH[1], r.document_id, r.start))
    nth: dict[int, int] = {}
    ranked = []
    for order, row in enumerate(candidates):
        nth[row.document_id] = nth.get(row.document_id, -1) + 1
        ranked.append((nth[row.document_id], order, row))
    return [row for _, _, row in sorted(ranked, key=lambda x: x[:2])[:n]]


def make_quote(quoter: Quoter, row) -> Quote:
    return Quote(
        code_id=row.code_id, document_id=int(row.document_id), start=int(row.start), end=int(row.end),
        text=quoter.span(row.document_id, row.start, row.end), document=quoter.free_text(row.title),
        casus=quoter.free_text(row.casus), region=row.region, speaker=row.role,
        timestamp=format_time(row.timestamp), coder=row.coder,
    )


def quotes(quoter: Quoter, rows: list) -> list[Quote]:
    quoter.prepare(r.document_id for r in rows)
    return [make_quote(quoter, row) for row in rows]


def quotes_by_region(ds: Dataset, quoter: Quoter, code_id: str, n: int = 3,
                     groups: dict[tuple, list] | None = None) -> dict[str, list[Quote]]:
    """Per region (in region order) up to ``n`` quotes of one code.

    ``groups``: fragment records grouped by ``(code_id, region)`` (see :func:`group_records`),
    to pass when asking for many codes.
    """
    from .dataset import region_order

    if groups is None:
        groups = group_records(records(fragment_table(ds)), "code_id", "region")
    regions = [region for code, region in groups if code == code_id]
    out = {}
    for region in region_order(regions):
        chosen = pick(groups.get((code_id, region), []), n)
        if chosen:
            out[region] = quotes(quoter, chosen)
    return out
