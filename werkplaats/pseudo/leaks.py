"""The last check before pseudonymised text leaves the project.

A leak is personal data that is still visible after pseudonymisation. It is
found by position and identity, never by looking for loose substrings of
ordinary words ("vier" in "vier maanden", "negen" in "negentien"):

- every known person's name (the project's :class:`~.names.Registry`) that
  stands in the original span as a whole word, as a name (not "Groen licht"),
  at a position no active detection covers;
- every fixed-shape detail the rules find in the original span (phone, e-mail,
  postcode, BSN, IBAN, dossier number, address) that no active detection
  covers.

Each leak names the document, the position and the kind of detail, so the
researcher can fix it (always/never lists, the TUI's personal-data screen) or
leave that fragment out. The text of a leak is for the researcher's own
terminal only.
"""

from __future__ import annotations

from dataclasses import dataclass

from .rules import ADDRESS, BSN, CASE_NUMBER, EMAIL, IBAN, PERSON, PHONE, POSTCODE, Detection, detect_rules

HARD_TYPES = {PHONE, EMAIL, POSTCODE, BSN, IBAN, CASE_NUMBER, ADDRESS}


@dataclass(frozen=True)
class Leak:
    """Personal data that would still be visible in ``[start, end)`` of a document."""

    document_id: int
    start: int
    end: int
    type: str
    text: str


def _covered(start: int, end: int, active: list[Detection]) -> bool:
    return any(d.start <= start and end <= d.end for d in active)


def find_leaks(ps, document_id: int, start: int, end: int, text: str | None = None) -> list[Leak]:
    """Personal data in ``[start, end)`` of a document that its active detections do not hide.

    :param ps: the project's :class:`~werkplaats.pseudo.Pseudonymiser`.
    """
    if text is None:
        text = ps.project.documents.get(document_id)["text"]
    ps.ensure_detected(document_id)
    active = ps.store.active(document_id, start, end)
    rejected = {(r["start"], r["end"]) for r in ps.store.detections(document_id) if r["status"] == "rejected"}
    part = text[start:end]
    leaks = []
    for d in detect_rules(part):
        a, b = start + d.start, start + d.end
        if d.type in HARD_TYPES and (a, b) not in rejected and not _covered(a, b, active):
            leaks.append(Leak(document_id, a, b, d.type, d.text))
    reg = ps.project_names()
    for d in ps._find_forms(part, reg):
        a, b = start + d.start, start + d.end
        if (a, b) in rejected or _covered(a, b, active) or _rejected_inside(a, b, rejected):
            continue
        leaks.append(Leak(document_id, a, b, PERSON, d.text))
    return leaks


def _rejected_inside(a: int, b: int, rejected: set[tuple[int, int]]) -> bool:
    """A name inside or around a span the researcher marked as 'not personal data'."""
    return any(x <= a and b <= y or a <= x and y <= b for x, y in rejected)
