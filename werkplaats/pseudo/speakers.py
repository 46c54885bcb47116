"""Speaker labels that are names, and the roles shown instead of them.

In a transcript a label such as ``Fatima el Amrani:`` or ``Smits, Ingrid
(Ferm Werk)`` is a name; a reader of pseudonymised text needs to know who
speaks, not who it is. The role comes from the header (``Interviewer: Anne
Vos``), a legend (``KM = klantmanager (Sophie)``) or a role in brackets
(``Sanne de Wit (klantmanager)``); otherwise the label becomes "Spreker N"
in order of appearance.
"""

from __future__ import annotations

import re

from .lexicon import HEADER_LABELS, ROLE_WORDS
from .names import name_words, parse_speaker

HEADER_ROLES = {"interviewer", "respondent", "observant", "observator", "voorzitter", "notulist", "gespreksleider",
                "moderator", "tolk", "inbrenger", "begeleiding"}
LEGEND = re.compile(r"\b[A-Z]{1,4}\d{0,2}\s*=\s*(?P<role>[\wÀ-ÿ-]+)[^()\n,]*\((?P<name>[^)]+)\)")
WITH_ROLE = re.compile(r"(?P<name>[A-ZÀ-Þ][\wÀ-ÿ'-]+(?:\s+[\wÀ-ÿ'-]+){0,3})\s*(?:\(|–|-|,)\s*(?P<role>[a-zà-ÿ-]+)")


TIME = r"\d{1,2}:\d{1,2}(?::\d{1,2})?(?:[.,]\d+)?"
# "Naam:", "[00:01:02] Naam:", "Naam (00:01:02):", "Naam [00:01:02]", "Naam   0:03:12", "00:00:07 Naam", "Achternaam, Voornaam (Org)"
LABEL_LINE = re.compile(
    rf"^[ \t]*(?:\[?{TIME}\]?[ \t]+|#?{TIME}[-\d]*#?[ \t]+)?(?P<label>[^\s:\d\[\]<>#][^:\n\[\]<>#]{{0,45}}?)"
    rf"(?:[ \t]*(?:\(|\[)?{TIME}(?:\)|\])?)?(?:[ \t]*:[ \t]|[ \t]*$)",
    re.MULTILINE)
VOICE = re.compile(r"<v\s+(?P<label>[^>]{1,60})>")


def speaker_labels(text: str, segments: list[dict]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of each speaker label in ``text`` that names a person."""
    found: dict[tuple[int, int], str] = {}
    cache: dict[str, str | None] = {}
    for pattern in (LABEL_LINE, VOICE):
        for m in pattern.finditer(text):
            label = m.group("label").strip()
            if pattern is LABEL_LINE and ":" not in m.group()[len(m.group("label")):] and "," not in label \
                    and not re.search(r"\d:\d", m.group()):
                continue  # a line with only a name is a label when it has a time or reads "Achternaam, Voornaam"
            if label not in cache:
                cache[label] = parse_speaker(label)
            if cache[label]:
                start = m.start("label") + (len(m.group("label")) - len(m.group("label").lstrip()))
                found[(start, start + len(label))] = label
    for seg in segments:
        label = seg.get("speaker")
        if not label or seg.get("kind") not in (None, "turn"):
            continue
        if label not in cache:
            cache[label] = parse_speaker(label)
        person = cache[label]
        if not person:
            continue
        window_start = max(0, seg["start"] - 160)
        idx = text.rfind(label, window_start, seg["start"] + len(label))
        if idx == -1 or idx > seg["start"]:
            continue
        found[(idx, idx + len(label))] = label
    return [(a, b, label) for (a, b), label in sorted(found.items())]


def _same_person(value: str, person: str) -> bool:
    words = set(name_words(person))
    return bool(words) and words <= set(name_words(value))


def speaker_roles(text: str, segments: list[dict], metadata: dict) -> dict[str, str]:
    """Speaker label → role to show ("Interviewer", "Klantmanager", "Spreker 2")."""
    labels: list[str] = []
    for _, _, label in speaker_labels(text, segments):
        if label not in labels:
            labels.append(label)
    header = [(k, str(v)) for k, v in metadata.items()]
    header += [(s["speaker"], s["text"]) for s in segments
               if s.get("speaker") and s["speaker"].split()[0].lower() in HEADER_ROLES | HEADER_LABELS]
    roles: dict[str, str] = {}
    for label in labels:
        person = parse_speaker(label) or label
        role = None
        for key, value in header:
            if key.split()[0].lower() in HEADER_ROLES and _same_person(value, person):
                role = key.strip()
                break
        if role is None:
            for m in LEGEND.finditer(text):
                if m.group("role").lower() in ROLE_WORDS and _same_person(m.group("name"), person):
                    role = m.group("role").capitalize()
                    break
        if role is None:
            for m in WITH_ROLE.finditer(text):
                if m.group("role").lower() in ROLE_WORDS and _same_person(m.group("name"), person):
                    role = m.group("role").capitalize()
                    break
        roles[label] = role or ""
    counts: dict[str, int] = {}
    for role in roles.values():
        if role:
            counts[role] = counts.get(role, 0) + 1
    seen: dict[str, int] = {}
    unnamed = 0
    for label in labels:
        role = roles[label]
        if not role:
            unnamed += 1
            roles[label] = f"Spreker {unnamed}"
        elif counts[role] > 1 and not role[-1].isdigit():
            seen[role] = seen.get(role, 0) + 1
            roles[label] = f"{role} {seen[role]}"
    return roles
