"""The ``deduce`` de-identifier (Dutch), loaded lazily and once per process.

Deduce needs ~75 s to build its lookup structures the first time (cached in a
user folder, not in site-packages), then ~8 s to start and ~1 GB of memory.
So it is never loaded at TUI start-up, only when detection runs.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Callable

from .rules import ADDRESS, AGE, BSN, DATE, EMAIL, INSTITUTION, OTHER, PERSON, PHONE, PLACE, Detection

TAGS = {
    "persoon": PERSON, "patient": PERSON, "locatie": ADDRESS, "datum": DATE, "leeftijd": AGE,
    "telefoonnummer": PHONE, "emailadres": EMAIL, "bsn": BSN, "instelling": INSTITUTION, "ziekenhuis": INSTITUTION,
    "zorginstelling": INSTITUTION, "url": OTHER, "patientnummer": OTHER, "id": OTHER,
}
# Deduce sometimes runs a name on into an organisation: "Lotte van Dijk van Ferm".
ORG_TAIL = re.compile(r"\s+(?:van|bij|voor)\s+(?:Ferm|WIL|RSD|het|de)\b.*$")

_DEDUCE = None


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    path = Path(base) / "werkplaats" / "deduce"
    path.mkdir(parents=True, exist_ok=True)
    return path


def deduce_detector(required: bool = False) -> Callable[[str], list[Detection]] | None:
    """A function text → detections using deduce; ``None`` when deduce is not installed (unless required)."""
    global _DEDUCE
    if _DEDUCE is None:
        try:
            import logging

            from deduce import Deduce
        except ImportError:
            if required:
                raise
            return None
        logging.getLogger().setLevel(max(logging.getLogger().level, logging.WARNING))
        _DEDUCE = Deduce(cache_path=str(cache_dir()))
    engine = _DEDUCE

    def detect(text: str) -> list[Detection]:
        found = []
        for a in engine.deidentify(text).annotations:
            kind = TAGS.get(a.tag.split("_")[-1].lower(), TAGS.get(a.tag.lower(), OTHER))
            start, end, value = a.start_char, a.end_char, a.text
            if kind == PERSON:
                m = ORG_TAIL.search(value)
                if m:
                    value = value[: m.start()]
                    end = start + len(value)
            if kind == ADDRESS and not any(c.isdigit() for c in value):
                kind = PLACE  # a bare place name; study places are filtered out later
            if end > start:
                found.append(Detection(start, end, kind, value, "deduce"))
        return found

    return detect
