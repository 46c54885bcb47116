"""Small spaCy components of werkplaats, registered by name.

- ``werkplaats_compound_lemmas``: a lookup lemmatizer only knows the words in
  its table; Dutch writes compounds as one word ("wijkteams", "schuldeisers").
  For a token whose lemma the table did not change, this component looks for
  the longest known *head* at the end of the word and lemmatises that part:
  ``wijkteams`` → ``wijk`` + lemma(``teams``) = ``wijkteam``; only heads whose
  lemma is the head without an ending count (so ``vertrouwen`` stays itself
  instead of becoming ``vertr`` + lemma(``ouwen``) = ``vertroud``).
- ``werkplaats_keywords``: codebook keywords matched on lemmas, as spans in
  ``doc.spans["keywords"]`` labelled with the code id, each with
  ``span._.negated`` (a negation such as "geen" or "niet" close by in the same
  sentence).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .keywords import KeywordMatcher

if not Span.has_extension("negated"):
    Span.set_extension("negated", default=False)
if not Span.has_extension("negator"):
    Span.set_extension("negator", default=None)

EXTRA_LEMMAS = Path(__file__).resolve().parents[1] / "data" / "nlp" / "onregelmatige_werkwoorden.tsv"
LEMMA_FIXES_VERSION = 2  # bump when the fixes change: projects then annotate again
MIN_PREFIX = 3  # shortest first part of a compound ("wijk", "taal", "eer")
MIN_HEAD = 4  # shortest head that is lemmatised ("team" in "wijkteams")


@lru_cache(maxsize=1)
def extra_lemmas() -> dict[str, str]:
    """Forms of common irregular verbs that the lookup table misses (``genomen`` → ``nemen``)."""
    table: dict[str, str] = {}
    if EXTRA_LEMMAS.exists():
        for line in EXTRA_LEMMAS.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lemma, *forms = line.split("\t")
            for form in forms:
                if " " not in form:
                    table.setdefault(form.strip(), lemma.strip())
    return table


class CompoundLemmas:
    """Lemmatise what the lookup table left alone: irregular verb forms from a small
    table shipped with werkplaats, then compounds through their head; settings in ``self.cfg``."""

    def __init__(self, nlp: Language, name: str, min_prefix: int = MIN_PREFIX, min_head: int = MIN_HEAD) -> None:
        self.name = name
        self.cfg = {"min_prefix": min_prefix, "min_head": min_head}
        self._nlp = nlp
        self._table = None

    def _lookup(self):
        if self._table is None:
            table = {}
            if "lemmatizer" in self._nlp.pipe_names:
                lookups = self._nlp.get_pipe("lemmatizer").lookups
                if lookups.has_table("lemma_lookup"):
                    table = lookups.get_table("lemma_lookup")
            self._table = table
        return self._table

    def lemma(self, lower: str) -> str | None:
        """The compound lemma of ``lower``, or ``None`` when no head is known."""
        table = self._lookup()
        min_prefix, min_head = self.cfg["min_prefix"], self.cfg["min_head"]
        for i in range(min_prefix, len(lower) - min_head + 1):
            head = lower[i:]
            lemma = table.get(head)
            # Only a head whose lemma is the head minus an ending ("teams" → "team", "gebieden" →
            # "gebied") is a compound's head; "ouwen" → "oud" or "ment" → "mennen" are other words
            # that happen to end the string ("vertrouwen" is no "vertr" + "ouwen").
            if lemma is not None and lemma != head and len(lemma) >= min_head and head.startswith(lemma):
                return lower[:i] + lemma
        return None

    def __call__(self, doc: Doc) -> Doc:
        if not self._lookup():
            return doc
        extra = extra_lemmas()
        shortest = self.cfg["min_prefix"] + self.cfg["min_head"]
        for token in doc:
            if not token.is_alpha:
                continue
            lower = token.lower_
            if token.lemma_ != lower:
                continue
            lemma = extra.get(lower)
            if lemma is None and len(lower) >= shortest:
                lemma = self.lemma(lower)
            if lemma:
                token.lemma_ = lemma
        return doc


@Language.factory(
    "werkplaats_compound_lemmas",
    default_config={"min_prefix": MIN_PREFIX, "min_head": MIN_HEAD},
    requires=["token.lemma"],
    assigns=["token.lemma"],
)
def make_compound_lemmas(nlp: Language, name: str, min_prefix: int, min_head: int) -> CompoundLemmas:
    return CompoundLemmas(nlp, name, min_prefix, min_head)


class KeywordSpans:
    """Pipeline wrapper around :class:`KeywordMatcher`: spans in ``doc.spans[key]``.

    The keywords are lemmatised with the components before this one, the
    first time the component runs (the pipeline is complete by then).
    """

    def __init__(self, nlp: Language, name: str, keywords: dict[str, list[str]], window: int, spans_key: str) -> None:
        self.name = name
        self.cfg = {"keywords": {c: list(k) for c, k in keywords.items()}, "window": window, "spans_key": spans_key}
        self._nlp = nlp
        self._matcher: KeywordMatcher | None = None

    def _lemmatise(self, texts: list[str]) -> list[list[str]]:
        out = []
        for text in texts:
            doc = self._nlp.make_doc(text)
            for name, proc in self._nlp.pipeline:
                if name == self.name:
                    break
                doc = proc(doc)
            out.append([t.lemma_.lower() or t.lower_ for t in doc if not (t.is_punct or t.is_space)])
        return out

    @property
    def matcher(self) -> KeywordMatcher:
        if self._matcher is None:
            self._matcher = KeywordMatcher.from_keywords(self._nlp.vocab, self.cfg["keywords"], self._lemmatise,
                                                         window=self.cfg["window"])
        return self._matcher

    def __call__(self, doc: Doc) -> Doc:
        words = [t for t in doc if not (t.is_punct or t.is_space)]
        lemmas = [t.lemma_.lower() or t.lower_ for t in words]
        has_sents = doc.has_annotation("SENT_START")
        sent_starts = [i for i, t in enumerate(words) if i == 0 or (has_sents and t.is_sent_start)]
        spans = []
        for hit in self.matcher.match(lemmas, sent_starts):
            span = Span(doc, words[hit.start].i, words[hit.end - 1].i + 1, label=hit.code_id)
            span._.negated = hit.negated
            span._.negator = hit.negator
            spans.append(span)
        doc.spans[self.cfg["spans_key"]] = spans
        return doc


@Language.factory(
    "werkplaats_keywords",
    default_config={"keywords": {}, "window": 3, "spans_key": "keywords"},
    requires=["token.lemma"],
    assigns=["doc.spans"],
)
def make_keyword_spans(nlp: Language, name: str, keywords: dict, window: int, spans_key: str) -> KeywordSpans:
    return KeywordSpans(nlp, name, keywords, window, spans_key)


def keyword_codes(doc: Doc, key: str = "keywords") -> list[str]:
    """The code ids of the keyword spans of ``doc`` (for tests and quick looks)."""
    return [s.label_ for s in doc.spans.get(key, [])]


__all__: Iterable[str] = ["CompoundLemmas", "KeywordSpans", "keyword_codes"]
