"""What an import stores is free of control characters: names stripped, body text replaced in place.

Called by :mod:`werkplaats.ingest` on every document an importer returns, and
on what the user says about the files (manifest, options). Names, titles,
cases, places, attributes and speaker labels lose their escape sequences and
control characters (:func:`~werkplaats.safetext.clean_name`). The text itself
keeps its length: each control character becomes one visible character
(:func:`~werkplaats.safetext.clean_body`), so segments and codings keep their
offsets.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

from ..safetext import clean_body, clean_name

# Fields of the document model that hold names (cleaned with clean_name) and text (clean_body).
NAME_FIELDS = ("title", "case", "region", "municipality", "source_type", "respondent")
SEGMENT_NAMES = ("speaker", "label", "time_text", "clock", "question")


def clean_document(doc, fallback_title: str = "") -> int:
    """Clean ``doc`` in place; return how many characters of its text were replaced.

    :param fallback_title: the title when nothing is left of it (the file name).
    """
    doc.text, replaced = clean_body(doc.text)
    for segment in doc.segments:
        segment.text, _ = clean_body(segment.text)
        for name in SEGMENT_NAMES:
            if hasattr(segment, name):
                setattr(segment, name, clean_name(getattr(segment, name)))
    for name in NAME_FIELDS:
        if hasattr(doc, name):
            setattr(doc, name, clean_name(getattr(doc, name)))
    if not doc.title:
        doc.title = fallback_title
    doc.metadata = clean_mapping(doc.metadata)
    doc.case_attributes = clean_mapping(doc.case_attributes)
    for name in ("legend", "personal", "inferred"):
        if isinstance(getattr(doc, name, None), dict):
            setattr(doc, name, clean_mapping(getattr(doc, name)))
    for name in ("header", "speaker_info", "questions"):
        for item in getattr(doc, name, None) or ():
            _clean_record(item)
    return replaced


def clean_mapping(mapping: dict[str, Any]) -> dict[str, Any]:
    """Keys and string values as names; other values (numbers, lists of names) kept or cleaned inside."""
    result = {}
    for key, value in mapping.items():
        if isinstance(value, list):
            value = [clean_name(v) for v in value]
        result[clean_name(key) if isinstance(key, str) else key] = clean_name(value)
    return result


def clean_options(options):
    """The user's import options (command line or manifest row) with clean names; a new object."""
    from dataclasses import replace

    changes = {name: clean_name(getattr(options, name))
               for name in ("region", "municipality", "case", "source_type", "title") if hasattr(options, name)}
    changes["attributes"] = clean_mapping(options.attributes)
    return replace(options, **changes)


def _clean_record(item) -> None:
    """A header field, speaker or question: labels and names as names; a header value as text (it has offsets)."""
    if not is_dataclass(item):
        return
    for f in fields(item):
        value = getattr(item, f.name)
        if not isinstance(value, str):
            continue
        if f.name == "value" and hasattr(item, "start"):
            setattr(item, f.name, clean_body(value)[0])
        else:
            setattr(item, f.name, clean_name(value))
