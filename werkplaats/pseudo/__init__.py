"""Pseudonymisation: a view over the text, never an edit of it.

:class:`Pseudonymiser` detects personal data (rules, places, the people a
project names and, when installed, the ``deduce`` library), stores detections
with the researcher's decisions, and renders any span of a document with
consistent pseudonyms (``[Persoon 3]``). Codings' offsets are never touched.
The key (original ↔ pseudonym) stays in the project.

A candidate must look like personal data in its context: header labels,
roles, organisations, the study's municipalities, the codebook's words and
ordinary Dutch words are never names (unless the researcher says so), and a
number is an age only in an age context. Speaker labels that are names are
shown as the speaker's role ("Interviewer", "Klantmanager") or "Spreker 2".
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Callable, Iterable

from ..store import Project
from .lexicon import STUDY_PLACES, is_common_word, municipalities, fold
from .names import (
    PEOPLE_LABELS, Registry, capitalised_run, lowercase_words, context_names, gender_near, harvest, is_part_of_idiom, name_words,
    names_in_email, never_a_person, parse_speaker, sentence_start, split_people, word_can_be_name,
)
from .places import detect_places
from .realistic import invented
from .rules import LABELS, PERSON, PATTERNS, AGE, ADDRESS, PLACE, INSTITUTION, Detection, \
    detect_rules, resolve_overlaps
from .speakers import speaker_labels, speaker_roles

__all__ = ["Detection", "LABELS", "Pseudonymiser", "invented_name"]

# Metadata keys whose values are people.
PEOPLE_KEYS = ("Respondent", "Interviewer", "Observator", "Observant", "Voorzitter", "Notulist", "Aanwezig", "Afwezig",
               "Transcriptie", "Gespreksleider", "Tolk", "Inbrenger", "Begeleiding")
SPEAKER_SOURCE = "spreker"  # detections at a speaker label: shown as the speaker's role
_STUDY_PLACE_RE: re.Pattern | None = None


def invented_name(number: int, single: bool = False) -> str:
    """An invented name for pseudonym ``number`` (first name only when ``single``)."""
    return invented(number, "Naam Achternaam" if not single else "Naam")


def study_place_spans(text: str) -> list[tuple[int, int]]:
    """Where names of the study's regions and municipalities stand in ``text`` (they stay visible)."""
    global _STUDY_PLACE_RE
    if _STUDY_PLACE_RE is None:
        names = sorted((p for p in STUDY_PLACES if len(p) > 3), key=len, reverse=True)
        _STUDY_PLACE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])",
                                     re.IGNORECASE)
    return [(m.start(), m.end()) for m in _STUDY_PLACE_RE.finditer(text)]


def _metadata(doc: dict) -> dict:
    meta = doc.get("metadata")
    return meta if isinstance(meta, dict) else json.loads(meta or "{}")


class Pseudonymiser:
    """Detection, review decisions and rendering for one project."""

    def __init__(self, project: Project, use_deduce: bool | None = None) -> None:
        self.project = project
        self.store = project.pseudo
        self.use_deduce = use_deduce
        self._names: Registry | None = None
        self._doc_names: dict[int, Registry] = {}
        self._extra: frozenset[str] | None = None
        self._roles: dict[int, dict[str, str]] = {}

    def forget(self) -> None:
        """Drop cached names and word lists (after the researcher changed the always/never lists)."""
        self._names, self._extra = None, None
        self._doc_names, self._roles = {}, {}

    # -- what is never a person -----------------------------------------------------

    def extra_words(self) -> frozenset[str]:
        """The codebook's words and the researcher's 'nooit' list: never a person (lowercase)."""
        if self._extra is None:
            words: set[str] = set()
            for name in (code["name"] for code in self.project.codes.list()):
                for w in re.findall(r"[\wÀ-ÿ-]+", name or ""):
                    if len(w) > 3:
                        words.add(w.lower())
            for name, _ in self.store.names("nooit"):
                words.add(" ".join(name.split()).lower())
                words.update(w.lower() for w in name.split() if len(name.split()) == 1)
            self._extra = frozenset(words)
        return self._extra

    # -- who is named -----------------------------------------------------------------

    def _segments(self, doc_id: int) -> list[dict]:
        try:
            return self.project.documents.segments(doc_id)
        except Exception:
            return []

    def document_people(self, doc: dict, text: str) -> Registry:
        """People one document introduces (header fields, speakers, full names, e-mail addresses)."""
        extra = self.extra_words()
        reg = Registry()
        meta = _metadata(doc)
        values = [str(v) for k, v in meta.items() if k in PEOPLE_KEYS or k.split()[0] in PEOPLE_KEYS]
        segments = self._segments(doc["id"])
        values += [s["text"] for s in segments if (s.get("speaker") or "").split(" ")[0].lower() in PEOPLE_LABELS]
        ordinary = lowercase_words(text)
        for value in values:
            for person in split_people(value):
                name = parse_speaker(person, ordinary)  # a first name alone, a full name or "Achternaam, Voornaam"
                if name and not never_a_person(name, extra):
                    reg.add_form(person, name) if name != person else reg.add(name)
        labels = {s["speaker"] for s in segments if s.get("speaker")} | {label for _, _, label in speaker_labels(text, segments)}
        for label in labels:
            person = parse_speaker(label)
            if person and not never_a_person(person, extra):
                reg.add_form(label, person)
        for name in harvest(text, extra):
            reg.add(name)
        for m in PATTERNS[0][1].finditer(text):  # e-mail addresses
            for name in names_in_email(m.group()):
                if len(name.split()) > 1 or name not in reg.forms:
                    reg.add(name)
        for name, _ in self.store.names("altijd"):
            reg.add(name)
        return reg

    def project_names(self) -> Registry:
        """Everyone the project's documents introduce (cached per Pseudonymiser)."""
        if self._names is None:
            reg = Registry()
            for doc in self.project.documents.list():
                text = self.project.documents.get(doc["id"])["text"]
                people = self.document_people(doc, text)
                self._doc_names[doc["id"]] = people
                reg.merge(people)
            self._names = reg
        return self._names

    def known_names(self, document: dict | None = None) -> dict[str, str]:
        """Forms of names that are searched for (compatibility helper): ``{form: "persoon"}``."""
        reg = self.project_names()
        return {form: PERSON for form in reg.forms}

    # -- detection -----------------------------------------------------------------

    def _find_forms(self, text: str, reg: Registry) -> list[Detection]:
        forms = sorted((f for f in reg.forms if len(f) > 1), key=len, reverse=True)
        if not forms:
            return []
        found = []
        pattern = re.compile(r"(?<![\w@.-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w@-])")
        upper = {f.upper(): f for f in forms if len(f) > 2}
        for m in pattern.finditer(text):
            found.append(self._form_hit(text, m.start(), m.end(), m.group()))
        if upper:
            up = re.compile(r"(?<![\w@.-])(?:" + "|".join(re.escape(f) for f in upper) + r")(?![\w@-])")
            found += [self._form_hit(text, m.start(), m.end(), m.group()) for m in up.finditer(text)]
        return [d for d in found if d is not None]

    def _form_hit(self, text: str, start: int, end: int, form: str) -> Detection | None:
        if " ".join(form.split()).lower() in self.extra_words():
            return None  # the researcher: never personal data
        if len(form.split()) == 1:
            if is_common_word(form) and sentence_start(text, start):
                return None  # "Groen licht", "Post openen"
            if never_a_person(capitalised_run(text, start, end), self.extra_words()):
                return None
            if is_part_of_idiom(text, start, end):
                return None
        return Detection(start, end, PERSON, form, "naamlijst")

    def _filter_deduce(self, text: str, found: list[Detection], reg: Registry) -> list[Detection]:
        extra = self.extra_words()
        keep = []
        for d in found:
            if d.type == AGE or d.type == INSTITUTION:
                continue  # ages only in an age context (rules); institutions are organisations, not people
            if d.type in (ADDRESS, PLACE) and not any(c.isdigit() for c in d.text):
                continue  # bare place names: the place rules decide (in context)
            if d.type == ADDRESS:
                words = d.text.split()
                while words and fold(words[-1]) in municipalities():
                    words.pop()
                value = " ".join(words)
                if not value:
                    continue
                d = Detection(d.start, d.start + len(value), d.type, value, d.source)
            if d.type == PERSON:
                d = self._deduce_person(text, d, reg, extra)
                if d is None:
                    continue
            keep.append(d)
        return keep

    def _deduce_person(self, text: str, d: Detection, reg: Registry, extra: frozenset[str]) -> Detection | None:
        words = d.text.split()
        start = d.start
        while words and (not word_can_be_name(words[0].rstrip(".,"), extra) and not re.fullmatch(r"[A-Z]\.", words[0])
                         or words[0].lower().rstrip(".") in ("meneer", "mevrouw", "dhr", "mw", "mevr")):
            start = text.index(words[0], start) + len(words[0])
            while start < len(text) and text[start] == " ":
                start += 1
            words.pop(0)
        if not words:
            return None
        value = text[start:d.end].rstrip(" .,")
        if never_a_person(value, extra) or never_a_person(capitalised_run(text, start, start + len(value)), extra):
            return None
        core = [w for w in name_words(value) if not re.fullmatch(r"[A-Z]\.?", w)]
        if value in reg.forms or value.title() in reg.forms:
            hit = self._form_hit(text, start, start + len(value), value)
            return Detection(hit.start, hit.end, PERSON, value, "deduce") if hit else None
        titled = re.search(r"\b(?:meneer|mevrouw|dhr|mw|mevr)\.?\s*$", text[max(0, start - 12):start], re.IGNORECASE)
        if len(core) == 1:
            w = core[0]
            if titled and word_can_be_name(w, extra):
                return Detection(start, start + len(value), PERSON, value, "deduce")
            if is_common_word(w) or sentence_start(text, start) or is_part_of_idiom(text, start, start + len(value)):
                return None
        elif any(is_common_word(w) for w in core[1:]) or any(not word_can_be_name(w, extra) for w in core):
            return None
        return Detection(start, start + len(value), PERSON, value, "deduce")

    def detect_text(self, text: str, names: Registry | dict | None = None, deduce_fn: Callable | None = None,
                    document: dict | None = None) -> list[Detection]:
        """Everything personal in ``text``: rules, places, known names, names in context, deduce (filtered)."""
        extra = self.extra_words()
        reg = Registry()
        if isinstance(names, Registry):
            reg.merge(names)
        elif names:
            for form in names:
                reg.add(form)
        if document is not None and document.get("id") not in self._doc_names:
            reg.merge(self.document_people(document, text))
        found = detect_rules(text)
        for d in found:  # "meneer Demir" once: "Demir" is a name everywhere in this text
            if d.type == PERSON and len(d.text) > 2 and not d.text.endswith(".") and word_can_be_name(d.text.split()[-1], extra):
                reg.add_single(d.text, gender_near(text, d.start, d.end))
        for start, end, word in context_names(text, extra):
            reg.add_single(word, gender_near(text, start, end))
        found = [d for d in found if not (d.type == PERSON and never_a_person(d.text, extra))]
        found += detect_places(text, extra)
        found += self._find_forms(text, reg)
        if deduce_fn is not None:
            found += self._filter_deduce(text, deduce_fn(text), reg)
        never = {n for n in extra if " " in n or n in {v.lower() for v, _ in self.store.names("nooit")}}
        protected = study_place_spans(text)
        found = [
            d for d in found
            if " ".join(d.text.split()).lower() not in never
            and not (d.type in (PERSON, PLACE, ADDRESS, INSTITUTION) and any(a <= d.start and d.end <= b for a, b in protected))
        ]
        return resolve_overlaps(found)

    def _deduce(self) -> Callable | None:
        if self.use_deduce is False:
            return None
        from .deduce_adapter import deduce_detector

        return deduce_detector(required=bool(self.use_deduce))

    def _speaker_detections(self, doc: dict, text: str, found: list[Detection]) -> list[Detection]:
        """Mark detections at speaker labels (source 'spreker'), adding labels the detectors missed."""
        labels = speaker_labels(text, self._segments(doc["id"]))
        result = []
        at_label = {}
        for start, end, person in labels:
            at_label[(start, end)] = person
        for d in found:
            person = at_label.pop((d.start, d.end), None)
            result.append(Detection(d.start, d.end, d.type, d.text, SPEAKER_SOURCE) if person else d)
        for (start, end), person in at_label.items():
            result.append(Detection(start, end, PERSON, text[start:end], SPEAKER_SOURCE))
        return resolve_overlaps(result)

    def detect(self, document_ids: Iterable[int] | None = None,
               progress: Callable[[int], None] | None = None) -> Counter:
        """Run detection on documents (all by default); return counts per type.

        Earlier decisions (accepted, rejected, manual spans) are kept; only
        automatic detections are replaced.
        """
        self.forget()
        deduce_fn = self._deduce()
        detectors = "regels+namen" + ("+deduce" if deduce_fn else "")
        counts: Counter = Counter()
        docs = {d["id"]: d for d in self.project.documents.list()}
        ids = list(document_ids) if document_ids is not None else list(docs)
        names = self.project_names()
        for doc_id in ids:
            document = self.project.documents.get(doc_id)
            doc = docs.get(doc_id, document)
            found = self.detect_text(document["text"], names, deduce_fn, {**doc, "id": doc_id})
            found = self._speaker_detections({"id": doc_id}, document["text"], found)
            self.store.replace_auto(doc_id, found, detectors)
            counts.update(d.type for d in found)
            if progress:
                progress(doc_id)
        return counts

    def stale(self, document_ids: Iterable[int]) -> list[int]:
        """Documents whose detections are missing or older than the newest import (new names may be known since)."""
        runs = self.store.run_times()
        latest = self.project.documents.latest_import() or ""
        want_deduce = self.use_deduce is True or (self.use_deduce is None and self._deduce_installed())
        result = []
        for doc_id in document_ids:
            run = runs.get(doc_id)
            if run is None or run[1] < latest or (want_deduce and "deduce" not in run[0]):
                result.append(doc_id)
        return result

    @staticmethod
    def _deduce_installed() -> bool:
        import importlib.util

        return importlib.util.find_spec("deduce") is not None

    def ensure_detected(self, document_id: int) -> None:
        """Make sure a document has been through detection (rules and names at least)."""
        if not self.store.has_run(document_id):
            document = self.project.documents.get(document_id)
            doc = next((d for d in self.project.documents.list() if d["id"] == document_id), {"id": document_id})
            found = self.detect_text(document["text"], self.project_names(), None, doc)
            found = self._speaker_detections({"id": document_id}, document["text"], found)
            self.store.replace_auto(document_id, found, "regels+namen")

    # -- rendering ---------------------------------------------------------------------

    @property
    def realistic(self) -> bool:
        """Replace people by realistic invented names instead of ``[Persoon 3]``."""
        return self.project.settings.get("pseudo_style") == "realistisch"

    def set_style(self, style: str) -> None:
        if style not in ("labels", "realistisch"):
            raise ValueError(style)
        with self.project.atomic():
            self.project.settings.set("pseudo_style", style)

    def identity(self, kind: str, original: str) -> str:
        """Who or what ``original`` refers to: one person's forms share one identity."""
        text = " ".join(original.split())
        if kind != PERSON:
            return text.lower()
        reg = self.project_names()
        key = reg.identity(text)
        if key == text.lower() and text.isupper():
            key = reg.identity(text.title())
        return key

    def pseudonym(self, kind: str, original: str) -> str:
        """The consistent pseudonym of ``original`` (same person → same number, project-wide)."""
        key = self.identity(kind, original)
        number, replacement = self.store.key(kind, key)
        if replacement:
            return replacement
        if kind == PERSON and self.realistic:
            person = self.project_names().person(key)
            return invented(number, " ".join(original.split()), person.full if person else None,
                            person.gender if person else None)
        return f"[{LABELS.get(kind, 'Gegeven')} {number}]"

    def roles(self, document_id: int) -> dict[str, str]:
        """Speaker label → what to show instead (role, or "Spreker N") for one document."""
        if document_id not in self._roles:
            document = self.project.documents.get(document_id)
            doc = next((d for d in self.project.documents.list() if d["id"] == document_id), {"id": document_id})
            self._roles[document_id] = speaker_roles(document["text"], self._segments(document_id), _metadata(doc))
        return self._roles[document_id]

    def replacement(self, document_id: int, d: Detection) -> str:
        if d.source == SPEAKER_SOURCE:
            role = self.roles(document_id).get(" ".join(d.text.split()))
            if role:
                return role
        return self.pseudonym(d.type, d.text)

    def span(self, document_id: int, start: int, end: int, text: str | None = None) -> str:
        """The pseudonymised text of ``[start, end)`` of a document."""
        self.ensure_detected(document_id)
        if text is None:
            text = self.project.documents.get(document_id)["text"]
        out, pos = [], start
        for d in self.store.active(document_id, start, end):
            a, b = max(d.start, start), min(d.end, end)
            if a < pos:
                continue
            out.append(text[pos:a])
            out.append(self.replacement(document_id, d))
            pos = b
        out.append(text[pos:end])
        return "".join(out)

    def free_text(self, text: str | None) -> str:
        """Any other text (a memo, a title) with the project's personal data replaced (rules and known names)."""
        if not text:
            return text or ""
        out, pos = [], 0
        for d in self.detect_text(text, self.project_names()):
            if d.start < pos:
                continue
            out += [text[pos:d.start], self.pseudonym(d.type, d.text)]
            pos = d.end
        out.append(text[pos:])
        return "".join(out)

    def document_text(self, document_id: int) -> str:
        text = self.project.documents.get(document_id)["text"]
        return self.span(document_id, 0, len(text), text)
