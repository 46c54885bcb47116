"""The learned part of the suggester: TF-IDF over lemmas + one logistic regression per code.

Chosen over spaCy's ``textcat_multilabel`` after comparing both on the demo
gold (see :func:`werkplaats.nlp.quality.compare_models`): on a few hundred
coded fragments the linear model is as good or better, trains in well under a
second instead of tens of seconds, needs no GPU and no random restarts, and
its weights explain a suggestion ("model 0.82: schuldhulp, bewind").

The model is stored as plain arrays (``numpy.savez``, loaded with
``allow_pickle=False``): a project file received from someone else can never
run code when its model is loaded.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np

KIND = "tfidf-logreg-1"
MIN_POSITIVES = 3  # a code needs this many coded segments before it gets a model
MAX_TERMS = 100_000


def keyword_key(code_id: str, keyword: str, compound: bool) -> str:
    return f"{code_id}\x1f{keyword}\x1f{int(compound)}"


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


CHAR_NGRAMS = (4, 5)  # character n-gram sizes of new models (Dutch compounds: "schuldhulpverlening")
CHAR_MIN_LENGTH = 6  # only content words of at least this many letters get character n-grams


def char_ngrams(word: str, sizes: Sequence[int]) -> list[str]:
    """Character n-grams of ``word`` with boundary marks, as features (``#<schu``, ``#huld``, …)."""
    x = f"<{word}>"
    return [f"#{x[i:i + n]}" for n in sizes for i in range(len(x) - n + 1)]


def terms(lemmas: Sequence[str], stops: frozenset[str], ngrams: Sequence[int] = ()) -> list[str]:
    """Features of a segment: content-word lemmas and lemma bigrams (stop words kept inside bigrams),
    plus, with ``ngrams``, the character n-grams of each distinct long content word (so parts of a
    compound count: "schuldhulpverlening" shares "#schu", "#huld" with "schuld")."""
    words = [w for w in lemmas if w and (w[0].isalpha() or w[0].isdigit())]
    out = [w for w in words if w not in stops and len(w) > 1]
    if ngrams:
        chars = [g for w in dict.fromkeys(out) if len(w) >= CHAR_MIN_LENGTH and w.isalpha()
                 for g in char_ngrams(w, ngrams)]
    out += [f"{a} {b}" for a, b in zip(words, words[1:]) if not (a in stops and b in stops)]
    if ngrams:
        out += chars
    return out


@dataclass
class TfidfModel:
    """Per-code logistic regression on l2-normalised, sublinear TF-IDF of lemma terms."""

    vocabulary: dict[str, int]
    idf: np.ndarray  # (terms,)
    codes: list[str]
    coef: np.ndarray  # (codes, terms) float32
    intercept: np.ndarray  # (codes,)
    positives: dict[str, int]
    # how often each codebook keyword was seen in a reviewed segment, and how often its code was right:
    # "code\x1fkeyword\x1fcompound" → (seen, correct); weighted counts
    keyword_stats: dict[str, tuple[float, float]] = field(default_factory=dict)
    ngrams: tuple[int, ...] = ()  # character n-gram sizes used as features (empty: lemmas only)
    # calibration of the combined score, fitted on out-of-fold predictions (see ``suggest.fit``):
    # P(right) = σ(a·logit(model) + b·keywords + c·has_model + d); empty: not calibrated
    calibration: tuple[float, ...] = ()

    # -- features -------------------------------------------------------------------

    @staticmethod
    def fit_vocabulary(term_lists: Iterable[list[str]], max_terms: int = MAX_TERMS) -> tuple[dict[str, int], np.ndarray]:
        df: Counter = Counter()
        n = 0
        for ts in term_lists:
            n += 1
            df.update(set(ts))
        kept = [t for t, _ in df.most_common(max_terms)]
        kept.sort()
        vocabulary = {t: i for i, t in enumerate(kept)}
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept], dtype=np.float64)
        return vocabulary, idf

    @staticmethod
    def vectorise(term_lists: Sequence[list[str]], vocabulary: dict[str, int], idf: np.ndarray):
        from scipy.sparse import csr_matrix

        # Rows are built as small arrays and joined once: converting one long Python list instead holds
        # the GIL for a quarter of a second on 40,000 sentences, which a UI thread would feel.
        indptr, indices, data = [0], [], []
        for ts in term_lists:
            counts = Counter(vocabulary[t] for t in ts if t in vocabulary)
            if counts:
                idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
                tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
                w = tf * idf[idx]
                w /= np.sqrt((w * w).sum())
                indices.append(idx)
                data.append(w)
            indptr.append(indptr[-1] + len(counts))
        join = np.concatenate
        return csr_matrix((join(data) if data else np.zeros(0), join(indices) if indices else np.zeros(0, dtype=np.int64),
                           np.array(indptr, dtype=np.int64)), shape=(len(term_lists), len(vocabulary)))

    def _row(self, lemmas: Sequence[str], stops: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
        counts = Counter(self.vocabulary[t] for t in terms(lemmas, stops, self.ngrams) if t in self.vocabulary)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        w = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[idx]
        return idx, w / np.sqrt((w * w).sum())

    # -- training and prediction ------------------------------------------------------

    @classmethod
    def train(cls, lemma_lists: Sequence[Sequence[str]], labels: Sequence[set[str]], negatives: Sequence[set[str]],
              weights: Sequence[float] | None = None, C: float = 4.0, min_positives: int = MIN_POSITIVES,
              ngrams: Sequence[int] = ()) -> "TfidfModel":
        """Fit one logistic regression per code that has ``min_positives`` positives.

        :param labels: per segment, the codes it has (positives)
        :param negatives: per segment, codes explicitly rejected for it (negatives even if
            the segment is otherwise unlabelled)
        :param weights: per segment sample weight (e.g. lower for segments nobody reviewed)
        :param ngrams: character n-gram sizes to add as features (see :func:`terms`)
        """
        from sklearn.linear_model import LogisticRegression

        stops = stop_words()
        ngrams = tuple(ngrams)
        term_lists = [terms(l, stops, ngrams) for l in lemma_lists]
        vocabulary, idf = cls.fit_vocabulary(term_lists)
        X = cls.vectorise(term_lists, vocabulary, idf)
        weights = np.asarray(weights if weights is not None else [1.0] * len(labels), dtype=np.float64)
        positives = Counter(c for ls in labels for c in ls)
        codes = sorted(c for c, n in positives.items() if n >= min_positives)
        coef = np.zeros((len(codes), len(vocabulary)), dtype=np.float32)
        intercept = np.zeros(len(codes))
        for k, code in enumerate(codes):
            y = np.array([code in ls for ls in labels], dtype=np.int8)
            w = weights.copy()
            rejected = np.array([code in ns and code not in ls for ls, ns in zip(labels, negatives)])
            w[rejected] = np.maximum(w[rejected], 1.0)  # an explicit "no" counts fully
            clf = LogisticRegression(C=C, class_weight="balanced", max_iter=1000, solver="liblinear")
            clf.fit(X, y, sample_weight=w)
            coef[k] = clf.coef_[0]
            intercept[k] = clf.intercept_[0]
        return cls(vocabulary, idf, codes, coef, intercept, {c: positives[c] for c in codes}, ngrams=ngrams)

    def predict(self, lemma_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """Probabilities, shape ``(segments, codes)`` in the order of :attr:`codes`."""
        if not self.codes:
            return np.zeros((len(lemma_lists), 0))
        stops = stop_words()
        X = self.vectorise([terms(l, stops, self.ngrams) for l in lemma_lists], self.vocabulary, self.idf)
        z = X @ self.coef.T.astype(np.float64) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def predict_one(self, lemmas: Sequence[str], stops: frozenset[str] | None = None) -> tuple[np.ndarray, tuple]:
        """Probabilities for one segment, plus its feature row (for :meth:`explain`)."""
        idx, w = self._row(lemmas, stops or stop_words())
        z = self.coef[:, idx] @ w + self.intercept if len(idx) else self.intercept.copy()
        return 1.0 / (1.0 + np.exp(-z)), (idx, w)

    def explain(self, row: tuple, code: str, n: int = 3) -> list[str]:
        """The terms that pushed ``code`` up most for this segment."""
        idx, w = row
        if code not in self._index or not len(idx):
            return []
        contrib = self.coef[self._index[code], idx] * w
        order = np.argsort(-contrib)
        words = self._words
        stops = stop_words()
        # character n-grams ("#huld") explain nothing to a coder, and neither do word pairs with a
        # function word ("ochtend per"): name whole words and pairs of content words only
        return [words[idx[i]] for i in order if contrib[i] > 0 and not words[idx[i]].startswith("#")
                and not any(part in stops for part in words[idx[i]].split(" "))][:n]

    @property
    def _index(self) -> dict[str, int]:
        if not hasattr(self, "_code_index"):
            self._code_index = {c: i for i, c in enumerate(self.codes)}
        return self._code_index

    @property
    def _words(self) -> list[str]:
        if not hasattr(self, "_word_list"):
            words = [""] * len(self.vocabulary)
            for t, i in self.vocabulary.items():
                words[i] = t
            self._word_list = words
        return self._word_list

    # -- storage ----------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        words = "\n".join(self._words).encode("utf-8")
        np.savez_compressed(
            buffer,
            kind=np.frombuffer(KIND.encode(), dtype=np.uint8),
            words=np.frombuffer(words, dtype=np.uint8),
            idf=self.idf,
            codes=np.frombuffer("\n".join(self.codes).encode("utf-8"), dtype=np.uint8),
            positives=np.array([self.positives[c] for c in self.codes], dtype=np.int64),
            coef=self.coef,
            intercept=self.intercept,
            keyword_keys=np.frombuffer("\n".join(self.keyword_stats).encode("utf-8"), dtype=np.uint8),
            keyword_counts=np.array(list(self.keyword_stats.values()), dtype=np.float64).reshape(-1, 2),
            ngrams=np.array(self.ngrams, dtype=np.int64),
            calibration=np.array(self.calibration, dtype=np.float64),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> "TfidfModel":
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            if bytes(z["kind"]).decode() != KIND:
                raise ValueError("onbekend soort model")
            words_blob = bytes(z["words"]).decode("utf-8")
            words = words_blob.split("\n") if words_blob else []
            codes_blob = bytes(z["codes"]).decode("utf-8")
            codes = codes_blob.split("\n") if codes_blob else []
            positives = dict(zip(codes, z["positives"].tolist()))
            keys_blob = bytes(z["keyword_keys"]).decode("utf-8")
            keys = keys_blob.split("\n") if keys_blob else []
            stats = {k: (float(a), float(b)) for k, (a, b) in zip(keys, z["keyword_counts"].tolist())}
            # models stored before character n-grams and calibration existed have neither array
            ngrams = tuple(int(n) for n in z["ngrams"].tolist()) if "ngrams" in z.files else ()
            calibration = tuple(float(v) for v in z["calibration"].tolist()) if "calibration" in z.files else ()
            return cls({w: i for i, w in enumerate(words)}, z["idf"], codes, z["coef"], z["intercept"], positives, stats,
                       ngrams, calibration)
