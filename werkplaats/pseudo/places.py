"""Places that locate a person: villages, neighbourhoods and streets.

A municipality does not identify anybody (and the study's municipalities
are research variables), so municipalities stay. A village or a
neighbourhood does, when the text puts someone there: "hij woont in Maarn",
"een mevrouw uit Den Dolder", "meneer K. (52), Harmelen", "in mijn wijk, in
Zenderpark". Villages and towns come from deduce's list of Dutch residences;
neighbourhoods are recognised by such contexts alone. Street names are
recognised by their ending ("-straat", "-laan", …) or deduce's list of
street names, after "aan de", "op de", "in de" or with a house number.
"""

from __future__ import annotations

import re

from .lexicon import fold, is_common_word, is_first_name, municipalities, never_a_person, residences, streets, zipf
from .names import NAME_WORD, UPPER
from .rules import ADDRESS, PLACE, STREET_SUFFIX, Detection

PLACE_NAME = rf"(?:(?:Den|De|Het|'t|Sint|St\.)\s)?{NAME_WORD}(?:[ -](?:aan|bij|op|in)[ -](?:de[ -]|het[ -])?{NAME_WORD}|-{NAME_WORD})?"
# Before a place: prepositions that locate somebody.
LOCATIVE = re.compile(
    r"(?:\b(?:woont|woonde|wonen|woon|woonachtig|wonend|gewoond|verhuisd|verhuist|verhuizen|opgegroeid|geboren|"
    r"thuis|huis|woning|huurwoning|gezin|moeder|vader|vrouw|man|meneer|mevrouw|familie|kinderen|school|basisschool)"
    r"\b[^.!?\n]{0,25}?\b(?:in|te|naar|uit)\s+(?:de\s+wijk\s+|het\s+dorp\s+|de\s+buurt\s+)?"
    r"|\b(?:in|uit)\s+(?:de\s+wijk|het\s+dorp|de\s+buurt|mijn\s+wijk|onze\s+wijk|haar\s+wijk|zijn\s+wijk)\s*,?\s*(?:in\s+)?"
    r"|\bwijk\s+|\bhier\s+in\s+|\bdaar\s+in\s+|\buit\s+|\bin\s+)$",
    re.IGNORECASE)
STRONG = re.compile(
    r"(?:\b(?:woont|woonde|wonen|woon|woonachtig|wonend|gewoond|verhuisd|opgegroeid)\b[^.!?\n]{0,25}?\b(?:in|te|naar)\s+"
    r"(?:[^.!?\n]{0,20},\s*in\s+)?"
    r"|\b(?:in|uit)\s+(?:de\s+wijk|het\s+dorp|de\s+buurt|mijn\s+wijk|onze\s+wijk|haar\s+wijk|zijn\s+wijk)\s*,?\s*(?:in\s+)?"
    r"|\bwijk\s+|\bhier\s+in\s+|\b(?:gezin|moeder|vader|familie|huurwoning|woning)\s+in\s+|\bop\s+de\s+"
    r"|\b(?:meneer|mevrouw)\s+uit\s+)$",
    re.IGNORECASE)
# "meneer K. (52), Harmelen", "mevrouw Pinas (44), Den Dolder", "meneer S. (Hagestein)", "3615 BK Westbroek"
CASE_HEADING = re.compile(
    r"(?:\(\d{1,3}\)\s*,\s*|\b(?:meneer|mevrouw)\s+[^,()\n]{1,25}\s*[,(]\s*|\b[1-9]\d{3}\s?[A-Z]{2}\s+)$")
STREET = re.compile(rf"(?<![\w-])(?:{NAME_WORD}{STREET_SUFFIX}|{NAME_WORD}(?: {NAME_WORD})? (?:{STREET_SUFFIX.strip('(?:)')}))"
                    r"(?:\s+\d+\s?[a-zA-Z]?\b)?", re.UNICODE)
STREET_BEFORE = re.compile(r"\b(?:aan|op|in|naar|bij|langs|via)\s+(?:de|het)\s+$|\bwoont\s+(?:aan|op)\s+(?:de|het)?\s*$",
                           re.IGNORECASE)


def _place_ok(name: str, extra: frozenset[str]) -> bool:
    """Not a municipality, organisation or well-known place (a city or country does not identify anybody)."""
    folded = fold(name)
    return not (folded in municipalities() or never_a_person(name, extra) or name.lower() in extra
                or zipf(name) >= 3.8)


def _candidates(text: str):
    """Place-name candidates: the longest form that is a listed residence, else the single word."""
    pos = 0
    pattern = re.compile(rf"(?<![\w-]){PLACE_NAME}(?![\w-])")
    single = re.compile(rf"(?<![\w-])(?:(?:Den|De|Het|'t)\s)?{NAME_WORD}(?![\w-])")
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        if " " in m.group().strip() and fold(m.group()) not in residences():
            m = single.match(text, m.start()) or m
        yield m
        pos = m.end()


def detect_places(text: str, extra: frozenset[str] = frozenset()) -> list[Detection]:
    """Villages, towns and neighbourhoods that locate someone, and street names."""
    found: list[Detection] = []
    for m in _candidates(text):
        name = m.group()
        if not _place_ok(name, extra):
            continue
        before = text[max(0, m.start() - 60):m.start()]
        listed = fold(name) in residences()
        if listed and (LOCATIVE.search(before) or CASE_HEADING.search(before)):
            found.append(Detection(m.start(), m.end(), PLACE, name, "plaats"))
        elif not listed and (STRONG.search(before) or CASE_HEADING.search(before)) and not is_first_name(name) \
                and not is_common_word(name):
            found.append(Detection(m.start(), m.end(), PLACE, name, "plaats"))
    for m in STREET.finditer(text):
        name = m.group()
        has_number = bool(re.search(r"\d", name))
        if has_number or STREET_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            found.append(Detection(m.start(), m.end(), ADDRESS, name, "plaats"))
    for m in re.finditer(rf"\b(?:aan|op)\s+(?:de|het)\s+(?P<name>[{UPPER}][\w'-]+(?: [{UPPER}][\w'-]+)?)", text):
        name = m.group("name")
        if fold(name) in streets() and not is_common_word(name) and _place_ok(name, extra):
            found.append(Detection(m.start("name"), m.end("name"), ADDRESS, name, "plaats"))
    return found
