"""Names of people: who a project names, and where a word is a name.

A candidate must look like a name in its context (:mod:`.lexicon` knows the
labels, roles, organisations and ordinary words that never are):

- **people the documents introduce**: header fields (``Respondent: …``),
  speaker labels that are names (``Fatima el Amrani:``, ``Smits, Ingrid
  (Ferm Werk)``), full names whose first word is a first name, and the names
  in e-mail addresses (``joost.mulder@…``);
- **single names in a name context**: a first name written with a capital in
  the middle of a sentence, or any capitalised word after a role or a phrase
  that introduces a name ("collega Wendy", "een jongen, Tesfay,", "ik ben
  Youssef", "dank je wel, Bram").

:class:`Registry` keeps the people found and their short forms, so that
"Burak" and "Burak Yıldız" are one person with one pseudonym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import (
    BUILDINGS, IDIOMS, PARTICLES, TITLES, fold, is_common_word, is_first_name, is_speaker_code, is_surname,
    municipalities, never_a_person, residences, zipf,
)

EXT_UPPER = "ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
UPPER = "A-ZÀ-ÖØ-Þ" + EXT_UPPER
LOWER = "a-zß-öø-ÿ" + "āăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"
NAME_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*"
PARTICLE = r"(?:van|de|der|den|ter|ten|te|el|al|la|le|du|da|von|'t|in\s't|bin|ben|ibn)"
FULL_NAME = re.compile(rf"(?<![\w-])(?:{NAME_WORD})(?: (?:{PARTICLE} )*(?:{NAME_WORD}))+(?![\w-])")
SINGLE = re.compile(rf"(?<![\w@.-])(?:{NAME_WORD})(?![\w@-])")
SURNAME_FIRST = re.compile(rf"^(?P<last>{NAME_WORD}(?:-{NAME_WORD})?),\s*(?P<first>{NAME_WORD})(?P<particles>(?:\s+{PARTICLE})*)"
                           r"\s*(?:\((?P<org>[^)]*)\))?$")
# Words after which a capitalised word is someone's name.
NAME_CONTEXT = re.compile(
    r"(?:\b(?:collega|collegaatje|klantmanager|jobcoach|taalcoach|werkcoach|coach|consulent|buurman|buurvrouw|vriend|"
    r"vriendin|dochter|dochtertje|zoon|zoontje|jongen|jongeman|meisje|man|vrouw|moeder|vader|broer|zus|cliënt|cliënte|"
    r"klant|werknemer|werkgever|voorman|teamleider|leidinggevende|begeleider|maatje|contactpersoon|partner|ex|baas|"
    r"chef|stagiair|stagiaire|vrijwilliger|mentor|buddy|opa|oma|tante|oom|neef|nicht|schoonmoeder|schoonvader|"
    r"kleinzoon|kleindochter|juf|meester|huisarts|bewindvoerder|schuldhulpverlener|casemanager|trajectbegeleider)"
    r"(?:[ \t]+(?-i:[a-zà-ÿ]+))?[ \t]*[,(:]?[ \t]*"
    r"|\b(?:ik\s+ben|ik\s+heet|heet|heette|noemde|noemen\s+we|noem\s+ik|noem\s+hem|noem\s+haar|dank\s+je\s+wel|"
    r"dank\s+u\s+wel|dank\s+je|bedankt|hoi|hallo|doei|dag|met)\s*,?\s*)$",
    re.IGNORECASE)
# Speaker-label lines: "Naam:", "[00:01:02] Naam:", "Naam (00:01:02):", "<v Naam>", "Naam   0:03:12".
PEOPLE_LABELS = {"respondent", "interviewer", "observant", "observator", "voorzitter", "notulist", "aanwezig",
                 "afwezig", "transcriptie", "inbrenger", "begeleiding", "tolk", "gespreksleider", "moderator",
                 "deelnemers", "aanwezigen", "contactpersoon", "onderzoeker", "naam", "auteur", "sprekers"}


def sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence, line, cell or label value (where any word has a capital)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“”‘’([*-–—•·>#_":
        if text[i] in "-–—•·#>*" and (i == 0 or text[i - 1] in "\n\t "):
            return True
        i -= 1
    if i < 0:
        return True
    return text[i] in "\n\r.!?:;…\t]|" or text[i].isdigit() and re.search(r"\d[:.]\d\d$", text[max(0, i - 8):i + 1]) is not None


def name_words(name: str) -> list[str]:
    """The words of a name that are not particles or titles."""
    return [w for w in re.split(r"\s+", name.strip()) if w and w.lower() not in PARTICLES and w.lower().rstrip(".") not in TITLES]


def is_part_of_idiom(text: str, start: int, end: int) -> bool:
    for idiom in IDIOMS:
        a = text.find(idiom, max(0, start - len(idiom)), end + len(idiom))
        if a != -1 and a <= start and end <= a + len(idiom):
            return True
    return False


def word_can_be_name(word: str, extra: frozenset[str] = frozenset()) -> bool:
    """A single capitalised word that is not a label, role, organisation, place or ordinary word."""
    if len(word) < 2 or not word[:1].isupper() or any(c.isdigit() for c in word):
        return False
    if never_a_person(word, extra) or word.lower() in BUILDINGS:
        return False
    return True


def full_name_ok(name: str, extra: frozenset[str] = frozenset(), known_first: frozenset[str] = frozenset(),
                 ordinary: frozenset[str] | set[str] = frozenset()) -> bool:
    """A full name: two or more name words, the first a first name, none a label, role or organisation.

    :param ordinary: words written in lowercase elsewhere in the text; such a word after the first name must be
        a known surname ("Groen") to count ("Gerrit Huisbezoek" in a flattened table is no name).
    """
    words = name_words(name)
    if len(words) < 2 or name.split()[0].lower() in PARTICLES:
        return False
    if any(not word_can_be_name(w, extra) for w in words):
        return False
    tokens = name.split()
    after_particle = {tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t.lower() in PARTICLES}
    if any(not is_surname(w) and w not in after_particle and (is_common_word(w) or w.lower() in ordinary)
           for w in words[1:]):
        return False
    if never_a_person(name, extra):
        return False
    first = words[0]
    parts = first.split("-")
    return first in known_first or is_first_name(first) or all(is_first_name(p) for p in parts)


def trim_name(name: str, extra: frozenset[str] = frozenset()) -> str:
    """Drop label, role and organisation words at either end ("Anne Vos Tolk" → "Anne Vos")."""
    words = name.split()
    while words and (not word_can_be_name(words[-1], extra) or words[-1].lower() in PARTICLES):
        words.pop()
    while words and (not word_can_be_name(words[0], extra) or words[0].lower() in PARTICLES):
        words.pop(0)
    return " ".join(words)


def split_people(value: str) -> list[str]:
    """``"Lotte van Dijk (klantmanager), Pieter"`` → ``["Lotte van Dijk", "Pieter"]``."""
    value = re.sub(r"\([^)]*\)", ",", value)
    parts = re.split(r",|;| en |/|\n|\t| – | - |\+", value)
    return [p.strip(" .;:*") for p in parts if p.strip(" .;:*")]


def parse_speaker(label: str, ordinary: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The person in a speaker label, as "First [particles] Last"; ``None`` for codes and roles."""
    label = " ".join(label.split())
    if not label or is_speaker_code(label) or any(c.isdigit() for c in label):
        return None
    m = SURNAME_FIRST.match(label)
    if m and is_first_name(m.group("first")):
        particles = " ".join(m.group("particles").split())
        return " ".join(p for p in (m.group("first"), particles, m.group("last")) if p)
    label = re.sub(r"\s*\([^)]*\)\s*$", "", label)
    words = label.split()
    if len(words) == 1:
        w = words[0]
        return w if word_can_be_name(w) and not is_common_word(w) and is_first_name(w) else None
    return label if full_name_ok(label, ordinary=ordinary) else None


def names_in_email(address: str) -> list[str]:
    """``joost.mulder@…`` → ``["Joost Mulder"]``; ``f.meijer@…`` → ``["Meijer"]``; ``info@…`` → ``[]``."""
    local = address.split("@")[0].lower()
    parts = [p for p in re.split(r"[._-]+", local) if p and not p.isdigit()]
    parts = [re.sub(r"\d+$", "", p) for p in parts]
    if len(parts) >= 2 and is_first_name(parts[0]) and len(parts[0]) > 1 and not is_common_word(parts[-1]):
        return [" ".join(p.capitalize() for p in parts)]
    names = []
    for p in parts:
        if len(p) > 2 and (is_surname(p) or is_first_name(p)) and not is_common_word(p) and not never_a_person(p):
            names.append(p.capitalize())
    return names


@dataclass
class Person:
    """Someone the project names, with the short forms that refer to them."""

    full: str
    variants: set[str] = field(default_factory=set)
    gender: str | None = None  # "m" / "v" when a title or pronoun says so

    @property
    def key(self) -> str:
        return " ".join(self.full.split()).lower()


def variants_of(full: str) -> set[str]:
    """A full name and the parts that identify: first name, surname with and without particles."""
    words = full.split()
    out = {full}
    core = name_words(full)
    if len(core) >= 2:
        out.add(core[0])
        out.add(core[-1])
        for i, w in enumerate(words):
            if w.lower() in PARTICLES and 0 < i < len(words) - 1:
                tail = " ".join(words[i:])
                out.update({tail, tail[:1].upper() + tail[1:]})
                break
        if "-" in core[0]:
            out.update(core[0].split("-"))
    return {v for v in out if len(v) > 1 and not never_a_person(v) and v.lower() not in PARTICLES}


class Registry:
    """People named in a project (or one document) and the forms that refer to them."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.forms: dict[str, set[str]] = {}  # form → keys of people it may refer to

    def add(self, full: str, gender: str | None = None) -> Person:
        full = " ".join(full.split())
        key = full.lower()
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = Person(full, variants_of(full) if len(name_words(full)) > 1 else {full})
            for form in person.variants:
                self.forms.setdefault(form, set()).add(key)
        if gender and not person.gender:
            person.gender = gender
        return person

    def add_form(self, form: str, full: str, gender: str | None = None) -> None:
        """Another way of writing a known person ("Vos, Anne" for "Anne Vos")."""
        person = self.add(full, gender)
        person.variants.add(form)
        self.forms.setdefault(form, set()).add(person.key)

    def add_single(self, word: str, gender: str | None = None) -> None:
        """A name known only by one word ("Erik"); it joins a full name with that first name if there is one."""
        if word in self.forms:
            return
        self.add(word, gender)

    def merge(self, other: "Registry") -> None:
        for person in other.people.values():
            mine = self.add(person.full, person.gender)
            for form in person.variants - mine.variants:
                mine.variants.add(form)
                self.forms.setdefault(form, set()).add(mine.key)

    def identity(self, form: str) -> str:
        """The key of the person ``form`` refers to (the form itself when it is ambiguous or unknown)."""
        form = " ".join(form.split())
        keys = self.forms.get(form) or self.forms.get(form.title()) or set()
        full_keys = [k for k in keys if len(name_words(self.people[k].full)) > 1]
        if len(full_keys) == 1:
            return full_keys[0]
        if len(keys) == 1:
            return next(iter(keys))
        return form.lower()

    def person(self, key: str) -> Person | None:
        return self.people.get(key)


def lowercase_words(text: str) -> set[str]:
    """Words that occur in lowercase in ``text`` (ordinary words there, whatever their capital elsewhere)."""
    return set(re.findall(rf"(?<![\w-])[{LOWER}][{LOWER}-]+", text))


def harvest(text: str, extra: frozenset[str] = frozenset()) -> list[str]:
    """Full names in running text: capitalised word sequences whose first word is a first name."""
    found = []
    ordinary = lowercase_words(text)
    for line in text.splitlines():
        for m in FULL_NAME.finditer(line):
            name = trim_name(m.group(), extra)
            if full_name_ok(name, extra, ordinary=ordinary) and not is_part_of_idiom(line, m.start(), m.end()):
                found.append(name)
    return found


def context_names(text: str, extra: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """Single words that are names by their context: ``(start, end, word)``."""
    found = []
    for m in SINGLE.finditer(text):
        word = m.group()
        if word.isupper() or not word_can_be_name(word, extra) or is_part_of_idiom(text, m.start(), m.end()):
            continue
        if never_a_person(capitalised_run(text, m.start(), m.end()), extra):
            continue  # "Albert" in "Albert Heijn"
        before = text[max(0, m.start() - 40):m.start()].rsplit("\n", 1)[-1]
        introduced = NAME_CONTEXT.search(before) is not None and not before.rstrip().endswith((".", "!", "?"))
        at_start = sentence_start(text, m.start())
        if is_common_word(word) and not introduced:
            continue
        folded = fold(word)
        place = folded in residences() or folded in municipalities()
        if introduced and not place and (is_first_name(word) or not is_common_word(word)):
            found.append((m.start(), m.end(), word))
        elif is_first_name(word) and not place and not is_common_word(word) and (not at_start or zipf(word) < 3.5):
            found.append((m.start(), m.end(), word))  # a first name mid-sentence, or one that is rarely a word
    return found


def capitalised_run(text: str, start: int, end: int) -> str:
    """The run of capitalised words (on one line) around ``[start, end)``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    for m in re.finditer(rf"(?:{NAME_WORD}|[{UPPER}]{{2,}})(?: (?:{NAME_WORD}|[{UPPER}]{{2,}}))*", line):
        if m.start() <= start - line_start and end - line_start <= m.end():
            return m.group()
    return text[start:end]


GENDER_AFTER = re.compile(r"^\s*[,.]?\s*(?:die\s+|en\s+)?(?P<p>hij|zij|ze|hem|haar|zijn)\b", re.IGNORECASE)
GENDER_BEFORE = re.compile(r"\b(?P<t>meneer|mevrouw|mevr|dhr|mw|man|vrouw|zoon|dochter|jongen|meisje|broer|zus)\b\.?\s*,?\s*$",
                           re.IGNORECASE)
MALE = {"meneer", "dhr", "man", "zoon", "jongen", "broer", "hij", "hem", "zijn"}
FEMALE = {"mevrouw", "mevr", "mw", "vrouw", "dochter", "meisje", "zus", "zij", "haar"}


def gender_near(text: str, start: int, end: int) -> str | None:
    """"m"/"v" from a title or noun right before a name, or a pronoun right after it."""
    m = GENDER_BEFORE.search(text[max(0, start - 25):start])
    if m:
        return "m" if m.group("t").lower() in MALE else "v"
    m = GENDER_AFTER.match(text[end:end + 25])
    if m and m.group("p").lower() != "ze":
        return "m" if m.group("p").lower() in MALE else "v"
    return None
