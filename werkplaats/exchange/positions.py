"""Character positions in REFI-QDA files: conventions, detection and mapping.

The standard says 0-based Unicode code points with an exclusive end, but the
tools differ: NVivo for Windows counts UTF-16 code units and a CRLF as two,
ATLAS.ti writes CRLF but counts a line break as one. A project text in
werkplaats is normalised (``\\n`` line ends, NFC, no control characters), so
every position in a file is mapped from the file's convention to the stored
text with :class:`TextMap`. :func:`detect` picks the convention per source by
checking which reading puts the selections on their quoted text
(``PlainTextSelection/@name``) and on word boundaries.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from ..model import CONTROL_CHARS

# Conventions: (name, counts UTF-16 units, counts CRLF as one).
CODEPOINTS = "tekens"  # the standard: code points, CRLF = 2
CODEPOINTS_LF = "tekens, CRLF als één"  # ATLAS.ti
UTF16 = "UTF-16"  # NVivo for Windows
UTF16_LF = "UTF-16, CRLF als één"
CONVENTIONS = (CODEPOINTS, CODEPOINTS_LF, UTF16, UTF16_LF)
_SPEC = {CODEPOINTS: (False, False), CODEPOINTS_LF: (False, True), UTF16: (True, False), UTF16_LF: (True, True)}

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_GENERIC_NAME = re.compile(r"^\s*(line:\s*\d+|quotation\s+\d+:\d+|citaat\s+\d+:\d+|\d+:\d+)\s*$", re.I)


def _utf16_starts(text: str) -> list[int]:
    """UTF-16 positions of the astral characters (surrogate pairs) in ``text``."""
    return [m.start() + k for k, m in enumerate(_ASTRAL.finditer(text))]


class TextMap:
    """A raw source text and its normalised form, with position mapping between them.

    ``raw`` is the decoded file (BOM removed, line ends as written); ``text``
    is what the project stores.
    """

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._crs = [m.start() for m in re.finditer("\r\n", raw)]  # the '\r' of each CRLF
        lf = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
        lf = CONTROL_CHARS.sub(" ", lf)
        self._nfc: tuple[list[int], list[int], list[int], list[int]] | None = None
        self.text = lf if unicodedata.is_normalized("NFC", lf) else self._normalise(lf)
        self._u16_raw: list[int] | None = None
        self._u16_lf: list[int] | None = None
        self._lf = lf

    @property
    def ambiguous(self) -> bool:
        """Whether the conventions can give different positions for this text."""
        return bool(self._crs) or bool(_ASTRAL.search(self.raw))

    def _normalise(self, lf: str) -> str:
        """NFC per cluster (a starter and its combining marks), keeping a position map."""
        target = unicodedata.normalize("NFC", lf)
        starts = [i for i, ch in enumerate(lf) if unicodedata.combining(ch) == 0] + [len(lf)]
        pieces, old_s, old_e, new_s, new_e = [], [], [], [], []
        pos = 0
        previous = 0
        for k in range(len(starts) - 1):
            a, b = starts[k], starts[k + 1]
            if b - a == 1:
                continue
            cluster = lf[a:b]
            normal = unicodedata.normalize("NFC", cluster)
            if normal == cluster:
                continue
            pieces.append(lf[previous:a])
            pos += a - previous
            old_s.append(a)
            old_e.append(b)
            new_s.append(pos)
            pieces.append(normal)
            pos += len(normal)
            new_e.append(pos)
            previous = b
        pieces.append(lf[previous:])
        result = "".join(pieces)
        if result != target:  # composition across starters (rare scripts): keep the text as it is
            return lf
        self._nfc = (old_s, old_e, new_s, new_e)
        return result

    def _lf_to_text(self, p: int, end: bool) -> int:
        if self._nfc is None:
            return p
        old_s, old_e, new_s, new_e = self._nfc
        k = bisect.bisect_right(old_s, p) - 1
        if k < 0:
            return p
        if p >= old_e[k]:
            return new_e[k] + (p - old_e[k])
        if p == old_s[k]:
            return new_s[k]
        return new_e[k] if end else new_s[k]

    def _raw_to_lf(self, p: int) -> int:
        return p - bisect.bisect_left(self._crs, p)

    @staticmethod
    def _u16_to_cp(starts: list[int], u: int) -> int:
        return u - bisect.bisect_right(starts, u - 2)

    def to_text(self, position: int, convention: str, end: bool = False) -> int:
        """A position in ``convention`` → a position in :attr:`text`."""
        utf16, crlf_one = _SPEC[convention]
        p = position
        if utf16:
            if crlf_one:
                if self._u16_lf is None:
                    self._u16_lf = _utf16_starts(self._lf)
                p = self._u16_to_cp(self._u16_lf, p)
            else:
                if self._u16_raw is None:
                    self._u16_raw = _utf16_starts(self.raw)
                p = self._raw_to_lf(self._u16_to_cp(self._u16_raw, p))
        elif not crlf_one:
            p = self._raw_to_lf(p)
        return self._lf_to_text(p, end)


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _score(text: str, start: int, end: int, name: str | None) -> float:
    if not (0 <= start < end <= len(text)):
        return -10.0
    score = 0.0
    if name and not _GENERIC_NAME.match(name):
        wanted = _squash(name.rstrip("…").rstrip(".").rstrip())
        got = _squash(text[start:end])
        if wanted:
            score += 4.0 if got.startswith(wanted[: max(8, len(wanted) - 2)]) else -1.0
    if start == 0 or not text[start - 1].isalnum() or not text[start].isalnum():
        score += 1.0
    if end == len(text) or not text[end].isalnum() or not text[end - 1].isalnum():
        score += 1.0
    return score


@dataclass
class Detection:
    convention: str
    scores: dict[str, float]
    decided: bool  # False when the text or the selections could not tell the conventions apart


def detect(tmap: TextMap, selections: list[tuple[int, int, str | None]], prefer: str = CODEPOINTS) -> Detection:
    """The convention under which ``selections`` (start, end, name) fit the text best."""
    if not tmap.ambiguous or not selections:
        return Detection(prefer if tmap.ambiguous else CODEPOINTS, {}, False)
    scores = {}
    for convention in CONVENTIONS:
        total = 0.0
        for start, end, name in selections:
            s = tmap.to_text(start, convention)
            e = tmap.to_text(end, convention, end=True)
            total += _score(tmap.text, s, e, name)
        scores[convention] = total
    best = max(scores.values())
    winners = [c for c in CONVENTIONS if scores[c] == best]
    choice = prefer if prefer in winners else winners[0]
    return Detection(choice, scores, len(winners) < len(CONVENTIONS))


def preferred_convention(origin: str | None) -> str:
    """The convention a tool is known to use, as a tie-breaker."""
    origin = (origin or "").lower()
    if "nvivo" in origin and "windows" in origin:
        return UTF16
    if "atlas" in origin:
        return CODEPOINTS_LF
    return CODEPOINTS
