"""Small REFI-QDA helpers shared by export and import: names, GUIDs, dates, values."""

from __future__ import annotations

import datetime as dt
import re
import uuid
import xml.etree.ElementTree as ET

NS = "urn:QDA-XML:project:1.0"
SIDECAR = "werkplaats.json"  # our own extra file in the archive: what REFI-QDA has no element for
SIDECAR_FORMAT = 1

# Variables we write for werkplaats fields that REFI-QDA has no place for.
REGION_VAR = "regio"
MUNICIPALITY_VAR = "gemeente"
SOURCE_TYPE_VAR = "soort bron"
LEVELS_LABEL = "Niveaus (laag → hoog): "

REFI_TYPES = ("Text", "Boolean", "Integer", "Float", "Date", "DateTime")
VALUE_ELEMENTS = {"Text": "TextValue", "Boolean": "BooleanValue", "Integer": "IntegerValue", "Float": "FloatValue",
                  "Date": "DateValue", "DateTime": "DateTimeValue"}
ELEMENT_TYPES = {v: k for k, v in VALUE_ELEMENTS.items()}
# REFI type → our attribute type.
ATTRIBUTE_TYPE = {"Text": "text", "Boolean": "text", "Integer": "number", "Float": "number", "Date": "date",
                  "DateTime": "text"}

_GUID = re.compile(r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$")


class QdpxError(Exception):
    """A REFI-QDA file that cannot be read or written; the message is Dutch."""


def local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def kids(element: ET.Element | None, name: str) -> list[ET.Element]:
    if element is None:
        return []
    return [c for c in element if local(c.tag) == name]


def kid(element: ET.Element | None, name: str) -> ET.Element | None:
    if element is None:
        return None
    return next((c for c in element if local(c.tag) == name), None)


def text_of(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def gkey(guid: str | None) -> str:
    """A GUID for comparison: without braces and spaces, lower case."""
    return (guid or "").strip().strip("{}").strip().lower()


def is_guid(value: str | None) -> bool:
    return bool(value and _GUID.match(value.strip()))


def guid5(*parts: object) -> str:
    """A deterministic GUID for one of our own objects."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "werkplaats:" + ":".join(str(p) for p in parts)))


def xsd_datetime(value: str | None) -> str | None:
    """An ISO date-time as xsd:dateTime in UTC (``…Z``); ``None`` when it cannot be read."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"


def iso_datetime(value: str | None) -> str | None:
    """An xsd:dateTime from a file → our ISO form (UTC, seconds, ``+00:00``)."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat()


def decimal_text(number: float) -> str:
    """A float as xsd:decimal (no exponent)."""
    if float(number).is_integer():
        return str(int(number))
    return f"{number:.15f}".rstrip("0").rstrip(".")
