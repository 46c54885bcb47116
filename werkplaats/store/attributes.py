"""Typed case attributes: text, number, date and ordinal.

Values are validated and normalised before they are stored: numbers as
numbers, dates as ISO ``JJJJ-MM-DD``, ordinal values only from their levels.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

TYPES = ("text", "number", "date", "ordinal")
# Codebook attribute types (YAML) → stored types.
CODEBOOK_TYPES = {"select": "text", "multi_select": "text", "text": "text", "ordinal": "ordinal",
                  "integer": "number", "number": "number", "date": "date"}


@dataclass
class Definition:
    name: str
    type: str
    description: str | None = None
    levels: list[str] | None = None  # ordinal: allowed values, low to high


# Divosa's participatieladder: 1 geïsoleerd … 6 betaald werk.
LADDER = ["1", "2", "3", "4", "5", "6"]
DEFAULT_DEFINITIONS = [
    Definition("trede_start", "ordinal", "Trede op de participatieladder bij de start (1–6).", LADDER),
    Definition("trede_eind", "ordinal", "Trede op de participatieladder aan het eind (1–6).", LADDER),
    Definition("leefgebieden", "text", "Leefgebieden waarop problemen spelen (gescheiden door komma's)."),
    Definition(
        "leeftijdscategorie",
        "ordinal",
        "Leeftijdscategorie van de inwoner.",
        ["<27", "27-44", "45-54", "55+"],
    ),
]


class AttributeValueError(ValueError):
    """A value that does not fit its attribute; the message is Dutch."""


def definition_row(definition: Definition) -> dict:
    return {
        "name": definition.name,
        "type": definition.type,
        "description": definition.description,
        "levels": json.dumps(definition.levels, ensure_ascii=False) if definition.levels else None,
    }


_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d")


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", text):  # 1.234,5
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _number_text(number: float) -> str:
    return str(int(number)) if number.is_integer() else str(number)


def infer_definition(name: str, values: list[Any]) -> Definition:
    """Guess a type for a new attribute from its values (number, date or text)."""
    present = [v for v in values if v is not None and str(v).strip()]
    if present and all(parse_number(v) is not None for v in present):
        return Definition(name, "number")
    if present and all(parse_date(v) is not None for v in present):
        return Definition(name, "date")
    return Definition(name, "text")


def coerce(definition: Definition, raw: Any) -> tuple[str, float | None]:
    """Validate ``raw`` for ``definition``; return (stored text, numeric value)."""
    if definition.type == "number":
        number = parse_number(raw)
        if number is None:
            raise AttributeValueError(f"kenmerk '{definition.name}' verwacht een getal, niet '{raw}'")
        return _number_text(number), number
    if definition.type == "date":
        date = parse_date(raw)
        if date is None:
            raise AttributeValueError(f"kenmerk '{definition.name}' verwacht een datum (JJJJ-MM-DD), niet '{raw}'")
        return date.isoformat(), None
    if definition.type == "ordinal":
        text = str(raw).strip()
        number = parse_number(text)
        if number is not None and number.is_integer():
            text = _number_text(number)
        levels = definition.levels or []
        if levels and text not in levels:
            raise AttributeValueError(
                f"kenmerk '{definition.name}' kent alleen de waarden {', '.join(levels)}, niet '{raw}'"
            )
        return text, float(levels.index(text) + 1) if levels else number
    return str(raw).strip(), None
