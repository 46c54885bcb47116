"""Dutch labels for column values a reader should not see raw: source types, coders, ladder steps.

The store keeps short keys (``casuistiek``, ``gold``, ``trede_start``, ``+1``);
matrices, the report and the workbook show these labels instead.
"""

from __future__ import annotations

import re

SOURCE_TYPE_LABELS = {"interview": "interviews", "casuistiek": "casuïstiek", "observatie": "observaties",
                      "vragenlijst": "vragenlijsten", "overig": "overig"}
CODER_LABELS = {"gold": "goudstandaard"}  # the demo's reference coding (corpora/gold)
# The participatieladder (VNG/Divosa): six steps, short names.
LADDER_STEPS = {1: "geïsoleerd", 2: "sociale contacten", 3: "georganiseerde activiteiten", 4: "onbetaald werk",
                5: "betaald werk met ondersteuning", 6: "betaald werk"}
ATTRIBUTE_BASES = {"trede": "trede op de participatieladder",
                   "trede_participatieladder": "trede op de participatieladder"}


def source_type_label(key: str) -> str:
    return SOURCE_TYPE_LABELS.get(key, key)


def coder_label(name: str) -> str:
    """``gold`` → ``goudstandaard``; other coder names as they are."""
    return CODER_LABELS.get(name, name)


def _split(name: str) -> tuple[str, str]:
    for suffix in ("_start", "_eind"):
        if name.endswith(suffix):
            return name[: -len(suffix)], suffix[1:]
    return name, ""


def attribute_label(name: str, derived_prefix: str = "verandering_") -> str:
    """``trede_start`` → ``trede op de participatieladder bij de start``; others with spaces for underscores."""
    if name.startswith(derived_prefix):
        base = name[len(derived_prefix):]
        return f"verandering van {ATTRIBUTE_BASES.get(base, base.replace('_', ' '))} (eind − start)"
    base, moment = _split(name)
    text = ATTRIBUTE_BASES.get(base, base.replace("_", " "))
    return text + {"start": " bij de start", "eind": " aan het eind", "": ""}[moment]


def is_ladder(name: str, derived_prefix: str = "verandering_") -> bool:
    base = _split(name[len(derived_prefix):] if name.startswith(derived_prefix) else name)[0]
    return base in ATTRIBUTE_BASES


def ladder_value_label(value: str, change: bool) -> str:
    """A step (``3`` → ``trede 3``) or a change (``+1`` → ``1 trede hoger``); see :func:`ladder_note`."""
    text = str(value).strip()
    if not re.fullmatch(r"[+-]?\d+(\.0)?", text):
        return text
    number = int(float(text))
    if change:
        if number == 0:
            return "gelijk gebleven"
        steps = f"{abs(number)} {'trede' if abs(number) == 1 else 'treden'}"
        return f"{steps} {'hoger' if number > 0 else 'lager'}"
    return f"trede {number}" if number in LADDER_STEPS else text


def ladder_note() -> str:
    """What the steps mean, for the description under a matrix with steps as columns."""
    return "Treden: " + "; ".join(f"{n} {name}" for n, name in LADDER_STEPS.items()) + "."
