"""Codebook indicators: each code's keywords and phrases matched on lemmas.

Patterns are the lemmas of the keywords (``schulden`` → ``schuld``, ``samen
aan tafel`` → ``samen aan tafel``); they are matched with spaCy's
``PhraseMatcher`` on a document of lemmas, so ``we hebben de schulden
afgelost`` matches ``schulden``. One-word keywords of at least
:data:`MIN_COMPOUND` letters also match as the first or last part of a
compound (``schuldhulpverlening`` matches ``schuld``), with a lower weight.

A negation close by in the same sentence is noted, not hidden: "geen
schulden" is still about debts, but the explanation says so and the score is
lower.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

# words that negate what follows ("geen schulden") …
NEGATORS_BEFORE = frozenset({"geen", "niet", "nooit", "niets", "niemand", "nergens", "zonder", "nauwelijks", "amper"})
# … and words that negate what came before ("de schulden zijn er niet meer")
NEGATORS_AFTER = frozenset({"niet", "nooit", "nauwelijks", "amper"})
MIN_COMPOUND = 5
WINDOW = 3


@dataclass(frozen=True)
class KeywordHit:
    """One keyword found in a segment (token positions in its lemma list)."""

    code_id: str
    keyword: str  # the keyword as written in the codebook
    start: int
    end: int
    compound: bool = False  # matched as part of a compound word
    negated: bool = False
    negator: str | None = None


def negation(lemmas: Sequence[str], start: int, end: int, sent_start: int, sent_end: int,
             window: int = WINDOW) -> str | None:
    """The negating word within ``window`` tokens of ``[start, end)`` in its sentence, if any."""
    for i in range(max(sent_start, start - window), start):
        if lemmas[i] in NEGATORS_BEFORE:
            return lemmas[i]
    for i in range(end, min(sent_end, end + window)):
        if lemmas[i] in NEGATORS_AFTER:
            return lemmas[i]
    return None


class KeywordMatcher:
    """Match the keywords of many codes on lemma lists.

    :param vocab: a spaCy vocabulary (``nlp.vocab``)
    :param patterns: per code id, ``(keyword, lemmas)`` pairs
    :param window: how many tokens before/after a match a negation counts
    :param compounds: also match one-word keywords inside compounds
    """

    def __init__(self, vocab: Vocab, patterns: dict[str, list[tuple[str, list[str]]]], window: int = WINDOW,
                 compounds: bool = True) -> None:
        self.vocab = vocab
        self.window = window
        self.compounds = compounds
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        self.keywords: dict[int, tuple[str, str]] = {}  # match key → (code id, keyword)
        self.singles: dict[str, list[tuple[str, str]]] = {}  # lemma → [(code id, keyword)] for compounds
        self.codes = sorted(patterns)
        for code_id, items in patterns.items():
            for n, (keyword, lemmas) in enumerate(items):
                lemmas = [w for w in lemmas if w]
                if not lemmas:
                    continue
                key = f"{code_id}\x1f{n}"
                self.keywords[vocab.strings.add(key)] = (code_id, keyword)
                self.matcher.add(key, [Doc(vocab, words=lemmas)])
                if len(lemmas) == 1 and len(lemmas[0]) >= MIN_COMPOUND and lemmas[0].isalpha():
                    self.singles.setdefault(lemmas[0], []).append((code_id, keyword))
        self._lengths = sorted({len(w) for w in self.singles})

    @classmethod
    def from_keywords(cls, vocab: Vocab, keywords: dict[str, Iterable[str]],
                      lemmatise: Callable[[list[str]], list[list[str]]] | None = None, **kwargs) -> "KeywordMatcher":
        """Build from raw keywords; ``lemmatise`` turns texts into lemma lists (default: lower-case words)."""
        flat = [(code_id, kw) for code_id, kws in keywords.items() for kw in kws if kw and kw.strip()]
        texts = [kw for _, kw in flat]
        lemma_lists = lemmatise(texts) if lemmatise else [kw.lower().split() for kw in texts]
        patterns: dict[str, list[tuple[str, list[str]]]] = {code_id: [] for code_id in keywords}
        for (code_id, kw), lemmas in zip(flat, lemma_lists):
            patterns[code_id].append((kw, lemmas))
        return cls(vocab, patterns, **kwargs)

    def match(self, lemmas: Sequence[str], sent_starts: Sequence[int] = (0,)) -> list[KeywordHit]:
        """All keyword hits in a segment, in text order (one per code, keyword and position)."""
        if not lemmas:
            return []
        doc = Doc(self.vocab, words=list(lemmas))
        found: dict[tuple[str, str, int], KeywordHit] = {}
        spans = [(start, end, self.keywords[key], False) for key, start, end in self.matcher(doc)]
        if self.compounds and self.singles:
            for i, word in enumerate(lemmas):
                for length in self._lengths:
                    if length >= len(word):
                        break
                    for part in (word[:length], word[-length:]):
                        for hit in self.singles.get(part, ()):
                            spans.append((i, i + 1, hit, True))
        bounds = list(sent_starts or (0,)) + [len(lemmas)]
        for start, end, (code_id, keyword), compound in spans:
            key = (code_id, keyword, start)
            if key in found:
                continue
            s = next((k for k in range(len(bounds) - 1) if bounds[k] <= start < bounds[k + 1]), 0)
            negator = negation(lemmas, start, end, bounds[s], bounds[s + 1], self.window)
            found[key] = KeywordHit(code_id, keyword, start, end, compound, negator is not None, negator)
        return sorted(found.values(), key=lambda h: (h.start, h.code_id))
