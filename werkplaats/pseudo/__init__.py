"""Pseudonymisation: a view over the text, never an edit of it.

:class:`Pseudonymiser` detects personal data (rules, the project's name list,
names from document metadata and, when installed, the ``deduce`` library),
stores detections with the researcher's decisions, and renders any span of a
document with consistent pseudonyms (``[Persoon 3]``). Codings' offsets are
never touched. The key (original ↔ pseudonym) stays in the project.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

import re

from ..regions import MUNICIPALITY_ALIASES, REGIONS
from ..store import Project
from ..store.pseudo_store import PseudoStore
from .rules import LABELS, PERSON, Detection, detect_names, detect_rules, harvest_names, resolve_overlaps

__all__ = ["Detection", "LABELS", "Pseudonymiser", "invented_name"]

# Invented names for the "realistisch" style; number n always gives the same name.
FIRST = ["Anouk", "Bram", "Chantal", "Daan", "Esmee", "Fenna", "Gijs", "Hanna", "Ilse", "Joost", "Kim", "Lars",
         "Mila", "Noor", "Olaf", "Pien", "Quinten", "Roos", "Sem", "Tess", "Uriel", "Vera", "Wout", "Yara", "Zoë",
         "Amir", "Bilal", "Dilan", "Elif", "Farid", "Hamza", "Ines", "Jamal", "Leyla", "Mehmet", "Nadia", "Omar"]
LAST = ["Aarts", "Brouwer", "Claassen", "Dekker", "Evers", "Franken", "Gerritsen", "Hendriks", "IJzerman", "Jonker",
        "Koster", "Lammers", "Maas", "Nijland", "Oosterhuis", "Peeters", "Rijnders", "Schouten", "Timmer", "Vos",
        "Wouters", "Zwart", "Akgül", "Benali", "Çelik", "El Idrissi", "Haddou", "Kaya", "Özkan", "Yilmaz"]


def invented_name(number: int, single: bool = False) -> str:
    """An invented name for pseudonym ``number`` (first name only when the original was one word)."""
    first = FIRST[(number - 1) % len(FIRST)]
    last = LAST[((number - 1) * 7 + (number - 1) // len(LAST)) % len(LAST)]
    return first if single else f"{first} {last}"

# Metadata keys whose values are people.
PEOPLE_KEYS = ("Respondent", "Interviewer", "Observator", "Voorzitter", "Notulist", "Aanwezig", "Afwezig", "Transcriptie")
NOT_NAMES = {
    "i", "r", "interviewer", "respondent", "moderator", "gespreksleider", "onderzoeker", "klant", "cliënt", "client",
    "inwoner", "klantmanager", "consulent", "voorzitter", "notulist", "deelnemer", "spreker", "ervaringsdeskundige",
    "van", "de", "der", "den", "het", "ter", "ten", "te",
}
STUDY_PLACES = (
    {m.lower() for info in REGIONS.values() for m in info["municipalities"]}
    | {r.lower() for r in REGIONS}
    | {a.lower() for info in REGIONS.values() for a in (info["aliases"] + [info["short"]])}
    | {a.lower() for a in MUNICIPALITY_ALIASES}
    | {"vijfheerenlanden", "utrecht", "lekstroom", "heuvelrug", "kromme rijn", "bodegraven", "reeuwijk"}
)
# Capitalised ordinary words a statistical detector sometimes takes for a name or place.
COMMON_WORDS = {"mooi", "appen", "meneer", "mevrouw", "goed", "ja", "nee", "oké", "precies", "nou", "dus", "rica"}


_STUDY_PLACE_RE = None


def study_place_spans(text: str) -> list[tuple[int, int]]:
    """Where names of the study's regions and municipalities stand in ``text`` (they stay visible)."""
    global _STUDY_PLACE_RE
    if _STUDY_PLACE_RE is None:
        names = sorted((p for p in STUDY_PLACES if len(p) > 3), key=len, reverse=True)
        _STUDY_PLACE_RE = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    return [(m.start(), m.end()) for m in _STUDY_PLACE_RE.finditer(text)]


def _split_people(value: str) -> list[str]:
    """``"Lotte van Dijk (klantmanager), Pieter"`` → ``["Lotte van Dijk", "Pieter"]``."""
    value = re.sub(r"\([^)]*\)", "", value)
    return [p.strip(" .;") for p in re.split(r",|;| en |/", value) if p.strip(" .;")]


def name_variants(full: str) -> list[str]:
    """A full name and the parts that identify: ``"Naima Bouzid"`` → full, "Naima", "Bouzid"."""
    parts = [p for p in full.split() if p.lower() not in NOT_NAMES and len(p) > 2 and p[0].isupper()]
    variants = [full] if len(full.split()) > 1 else []
    variants += parts
    # the surname with its particles ("van Dijk")
    words = full.split()
    for i, w in enumerate(words):
        if w.lower() in ("van", "de", "der", "den", "ter", "ten") and i > 0:
            variants.append(" ".join(words[i:]))
            break
    return [
        v for v in dict.fromkeys(variants)
        if v.lower() not in NOT_NAMES and v.lower() not in STUDY_PLACES
        and any(w[:1].isupper() and w.lower() not in STUDY_PLACES for w in v.split())
    ]


class Pseudonymiser:
    """Detection, review decisions and rendering for one project."""

    def __init__(self, project: Project, use_deduce: bool | None = None) -> None:
        self.project = project
        self.store = PseudoStore(project)
        self.use_deduce = use_deduce

    # -- detection -----------------------------------------------------------------

    def known_names(self, document: dict | None = None) -> dict[str, str]:
        """Names to find: the project's name list ('altijd'), people from metadata and speaker names."""
        names: dict[str, str] = {}
        for name, kind in self.store.names("altijd"):
            for variant in name_variants(name) or [name]:
                names[variant] = kind
        docs = [document] if document else self.project.documents()
        for doc in docs:
            import json

            meta = doc["metadata"] if isinstance(doc["metadata"], dict) else json.loads(doc["metadata"] or "{}")
            for key in PEOPLE_KEYS:
                if meta.get(key):
                    for person in _split_people(str(meta[key])):
                        for variant in name_variants(person):
                            names.setdefault(variant, PERSON)
        for doc in docs:  # "Sanne de Wit (klantmanager)" in attendee lists and minutes
            text = doc.get("text") or self.project.document(doc["id"])["text"]
            for person in harvest_names(text):
                if person.lower() not in STUDY_PLACES and not any(w.lower() in STUDY_PLACES for w in person.split()):
                    for variant in name_variants(person):
                        names.setdefault(variant, PERSON)
        for speaker in self.store.speakers(document["id"] if document else None):
            if speaker and speaker.lower() not in NOT_NAMES and not speaker[:1].isdigit():
                for variant in name_variants(speaker):
                    names.setdefault(variant, PERSON)
        return names

    def project_names(self) -> dict[str, str]:
        """Names from every document's metadata, all speakers and the name list (cached)."""
        if getattr(self, "_names", None) is None:
            self._names = self.known_names()
        return self._names

    def detect_text(self, text: str, names: dict[str, str], deduce_fn: Callable | None = None) -> list[Detection]:
        rule_found = detect_rules(text)
        # a name the rules found once ("meneer Peters") is hidden everywhere in the document
        titled = {d.text: PERSON for d in rule_found if d.type == PERSON and len(d.text) > 2 and not d.text.endswith(".")}
        found = rule_found + detect_names(text, {**titled, **names})
        if deduce_fn is not None:
            found += deduce_fn(text)
        never = {v.lower() for n, _ in self.store.names("nooit") for v in [n, *name_variants(n)]}
        protected = study_place_spans(text)
        found = [
            d for d in found
            if d.text.strip().lower() not in STUDY_PLACES | never
            and not any(a <= d.start and d.end <= b for a, b in protected)
            and not (d.source == "deduce" and d.text.strip().lower() in COMMON_WORDS | NOT_NAMES)
        ]
        return resolve_overlaps(found)

    def detect(self, document_ids: Iterable[int] | None = None,
               progress: Callable[[int], None] | None = None) -> Counter:
        """Run detection on documents (all by default); return counts per type.

        Earlier decisions (accepted, rejected, manual spans) are kept; only
        automatic detections are replaced.
        """
        deduce_fn = None
        if self.use_deduce is not False:
            from .deduce_adapter import deduce_detector

            deduce_fn = deduce_detector(required=bool(self.use_deduce))
        detectors = "regels+namen" + ("+deduce" if deduce_fn else "")
        counts: Counter = Counter()
        ids = list(document_ids) if document_ids is not None else [d["id"] for d in self.project.documents()]
        names = self.project_names()
        for doc_id in ids:
            document = self.project.document(doc_id)
            found = self.detect_text(document["text"], names, deduce_fn)
            self.store.replace_auto(doc_id, found, detectors)
            counts.update(d.type for d in found)
            if progress:
                progress(doc_id)
        return counts

    def ensure_detected(self, document_id: int) -> None:
        """Make sure a document has been through detection (rules and names at least)."""
        if not self.store.has_run(document_id):
            document = self.project.document(document_id)
            found = self.detect_text(document["text"], self.project_names(), None)
            self.store.replace_auto(document_id, found, "regels+namen")

    # -- rendering ---------------------------------------------------------------------

    @property
    def realistic(self) -> bool:
        """Replace people by realistic invented names instead of ``[Persoon 3]``."""
        return self.project.meta("pseudo_style") == "realistisch"

    def set_style(self, style: str) -> None:
        if style not in ("labels", "realistisch"):
            raise ValueError(style)
        with self.project.atomic():
            self.project.set_meta("pseudo_style", style)

    def pseudonym(self, kind: str, original: str) -> str:
        """The consistent pseudonym of ``original`` (same person → same number, project-wide)."""
        number, replacement = self.store.key(kind, " ".join(original.split()).lower())
        if replacement:
            return replacement
        if kind == PERSON and self.realistic:
            return invented_name(number, single=len(original.split()) == 1)
        return f"[{LABELS.get(kind, 'Gegeven')} {number}]"

    def span(self, document_id: int, start: int, end: int, text: str | None = None) -> str:
        """The pseudonymised text of ``[start, end)`` of a document."""
        self.ensure_detected(document_id)
        if text is None:
            text = self.project.document(document_id)["text"]
        out, pos = [], start
        for d in self.store.active(document_id, start, end):
            a, b = max(d.start, start), min(d.end, end)
            if a < pos:
                continue
            out.append(text[pos:a])
            out.append(self.pseudonym(d.type, d.text))
            pos = b
        out.append(text[pos:end])
        return "".join(out)

    def document_text(self, document_id: int) -> str:
        text = self.project.document(document_id)["text"]
        return self.span(document_id, 0, len(text), text)
