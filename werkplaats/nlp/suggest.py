"""Code suggestions: codebook keywords on lemmas, a learned model, and one ranking.

For each sentence unit of a segment every candidate code gets

- a **keyword score**: ``1 - Π(1 - w)`` over the distinct keywords of the code
  found in the unit. Before training ``w`` is a prior (a word 0.5, a phrase
  0.6, part of a compound 0.3); after training it is what the coders'
  decisions showed for that keyword, ``(right + 2·prior) / (seen + 2)``, so
  "tijd" that was never right fades and "mandaat" that always was counts
  fully. A negated hit ("geen schulden") counts half and is named in the
  explanation.
- a **model score** when the project's model knows the code: the
  logistic-regression probability (see :mod:`.learn`);
- a **combined score**: the probability that the code is right, learned at
  training time from out-of-fold predictions (a logistic regression on the
  model's logit and the keyword score, see :func:`fit_calibration`); for
  models without a calibration ``1 - (1 - model)(1 - keywords)``.

Every sentence of a segment is scored on its own (short sentences joined to a
neighbour, see :func:`units`); a code's score for the segment is that of its
best sentence, and the suggestion is for that sentence (and neighbours where
the code passes too), so accepting it codes that part. Shown are at most
``top`` codes per segment with a combined score of at least 0.4 (calibrated:
"at least 40 % likely to be right"; 0.7 for an uncalibrated model, 0.3
before any training, when any keyword hit is shown). Suggestions come with an
explanation ("woorden: schuld, aflossen; model 0.82: schuldhulp, bewind").
Candidate codes are the codebook's leaf codes ("codeer bij voorkeur op
niveau 2") plus any code that has codings.

Accepting a suggestion codes the segment (provenance ``suggested``, undoable
in the journal); rejecting it is stored in ``nlp_decisions`` (undo with
:func:`undo_decision`) and counts as a negative the next time the model is
trained.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import math
from dataclasses import asdict, dataclass, field
from typing import Iterable, Iterator, Sequence

import numpy as np

from ..store import Project, StoreError
from ..store.nlp import overlaps
from .annotate import Annotation, Annotator, decode, ensure_annotated
from .keywords import KeywordHit, KeywordMatcher
from .learn import CHAR_NGRAMS, KIND, MIN_POSITIVES, TfidfModel, keyword_key, stop_words
from .load import NlpError, Pipeline, for_project

MODEL_NAME = "suggester"
MIN_UNIT_WORDS = 12  # a suggestion unit (sentence) has at least this many words, else it joins its neighbour
RETRAIN_EVERY = 20  # decisions (codings + rejections) after which the TUI retrains in the background


@dataclass(frozen=True)
class Weights:
    """How the parts are combined.

    ``unit``, ``min_unit_words``, ``C`` and ``min_probability`` were chosen with
    ``benchmarks/tune_nlp.py``: 4-fold cross-validation inside the training half
    of the demo gold (601 codings), by a rule fixed beforehand (highest
    recall@3 among the settings with precision@3 ≥ 0.65); the other values by
    the same kind of cross-validation in an earlier round.
    """

    word: float = 0.5
    phrase: float = 0.6
    compound: float = 0.3
    negated: float = 0.5  # factor for a negated hit
    prior_strength: float = 2.0  # how many decisions the prior keyword weight is worth
    alpha: float = 0.6  # share of the model in the combined score
    beta: float = 0.8  # factor for keyword-only codes when a model exists
    min_score: float = 0.7  # with a trained model: suggestions below this are not shown
    min_score_keywords: float = 0.3  # before any training (keywords only): any keyword hit is shown
    unlabelled: float = 0.3  # training weight of uncoded segments in coded documents (weak negatives)
    C: float = 2.0  # inverse regularisation of the logistic regressions
    codebook: float = 1.0  # training weight of each code's codebook text as an example (0: not used)
    combine: str = "noisy_or"  # "noisy_or": 1 - (1-model)(1-keywords); "linear": α·model + (1-α)·keywords
    ngrams: tuple[int, ...] = CHAR_NGRAMS  # character n-grams as model features (): lemma terms only
    calibrate: bool = True  # learn how to combine model and keywords from out-of-fold predictions
    calibration_folds: int = 3  # document folds for those out-of-fold predictions
    min_probability: float = 0.4  # with a calibrated model: show a code when P(right) is at least this
    unit: str = "zin"  # what is scored and suggested: "zin" (sentences, see :func:`units`) or "segment"
    min_unit_words: int = MIN_UNIT_WORDS  # sentences shorter than this are joined to a neighbour
    max_unlabelled: int = 12_000  # at most this many weak negatives are trained on (a weighted sample)


WEIGHTS = Weights()


@dataclass
class Suggestion:
    """One suggested code for one segment."""

    segment_id: int
    document_id: int
    start: int
    end: int
    code_id: str
    code_name: str
    score: float
    keyword_score: float
    model_score: float | None
    keywords: list[str] = field(default_factory=list)
    negations: list[str] = field(default_factory=list)
    model_terms: list[str] = field(default_factory=list)
    title: str = ""
    filename: str = ""
    text: str = ""

    @property
    def explanation(self) -> str:
        parts = []
        if self.keywords:
            parts.append("woorden: " + ", ".join(self.keywords))
        if self.negations:
            parts.append("ontkenning: " + ", ".join(self.negations))
        if self.model_score is not None:
            model = f"model {self.model_score:.2f}"
            if self.model_terms:
                model += ": " + ", ".join(self.model_terms)
            parts.append(model)
        return "; ".join(parts) or "–"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["explanation"] = self.explanation
        return data


def keyword_score(hits: Iterable[KeywordHit], weights: Weights = WEIGHTS,
                  stats: dict[str, tuple[float, float]] | None = None) -> dict[str, tuple[float, list[KeywordHit]]]:
    """Per code: the keyword score and the hits behind it.

    ``stats`` (from the trained model) turns each keyword's prior weight into
    what the coder's decisions showed: ``(correct + k·prior) / (seen + k)``.
    """
    by_code: dict[str, dict[str, tuple[float, KeywordHit]]] = {}
    for hit in hits:
        w = hit_weight(hit, weights, stats)
        best = by_code.setdefault(hit.code_id, {}).get(hit.keyword)
        if best is None or w > best[0]:
            by_code[hit.code_id][hit.keyword] = (w, hit)
    out = {}
    for code, kws in by_code.items():
        miss = 1.0
        for w, _hit in kws.values():
            miss *= 1.0 - w
        out[code] = (1.0 - miss, [h for _w, h in kws.values()])
    return out


def hit_weight(hit: KeywordHit, weights: Weights = WEIGHTS, stats: dict[str, tuple[float, float]] | None = None) -> float:
    """The weight of one keyword hit: prior by kind, learned from decisions when known, halved when negated."""
    w = weights.compound if hit.compound else (weights.phrase if hit.end - hit.start > 1 else weights.word)
    if stats:
        seen, correct = stats.get(keyword_key(hit.code_id, hit.keyword, hit.compound), (0.0, 0.0))
        w = (correct + weights.prior_strength * w) / (seen + weights.prior_strength)
    return w * (weights.negated if hit.negated else 1.0)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def calibration_features(p: float | None, k: float) -> tuple[float, float, float]:
    """What the calibration looks at for one (segment, code): the model's logit (0 without a model
    for the code), the keyword score, and whether the model knows the code."""
    return (_logit(p) if p is not None else 0.0, k, 1.0 if p is not None else 0.0)


def calibrated(calibration: Sequence[float], p: float | None, k: float) -> float:
    """P(the code is right) from model probability ``p`` and keyword score ``k`` (see :func:`fit_calibration`)."""
    *coef, intercept = calibration
    z = intercept + sum(c * x for c, x in zip(coef, calibration_features(p, k)))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def units(ann: Annotation, weights: Weights = WEIGHTS) -> list[tuple[int, int]]:
    """The suggestion units of an annotated segment, as word ranges ``[(start, end), …]``.

    With ``weights.unit == "zin"`` these are its sentences, where a sentence of
    fewer than ``weights.min_unit_words`` words ("Ja.", "Precies.") is joined to
    its neighbour, so each unit says enough to judge; with ``"segment"`` the
    whole segment is one unit. A segment without words has no units.
    """
    n = len(ann.lemmas)
    if not n:
        return []
    if weights.unit != "zin":
        return [(0, n)]
    bounds = sorted({b for b in ann.sents if 0 < b < n} | {0}) + [n]
    out: list[tuple[int, int]] = []
    for start, end in zip(bounds, bounds[1:]):
        if out and (end - start < weights.min_unit_words or out[-1][1] - out[-1][0] < weights.min_unit_words):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def unit_sents(ann: Annotation, start: int, end: int) -> list[int]:
    """Sentence starts inside the unit ``[start, end)``, relative to it."""
    return [b - start for b in ann.sents if start <= b < end] or [0]


def unit_chars(ann: Annotation, start: int, end: int) -> tuple[int, int]:
    """Character offsets (relative to the segment) of the unit ``[start, end)``."""
    return ann.offsets[start][0], ann.offsets[end - 1][1]


def span_chars(ann: Annotation, span: tuple[int, int], text: str) -> tuple[int, int]:
    """Character offsets of the word range ``span`` of a segment as a coder would mark it: with the
    punctuation that closes its last sentence ("… eigenlijk." keeps its full stop)."""
    first, last = unit_chars(ann, *span)
    if text:
        stop = ann.offsets[span[1]][0] if span[1] < len(ann.offsets) else len(text)
        last = max(last, len(text[:stop].rstrip()))
        if span[0] == 0:
            first = len(text) - len(text.lstrip())
    return first, last


@dataclass
class Ranked:
    """One code for one segment: its best unit's scores and the stretch of units to code."""

    score: float
    code: str
    keyword_score: float
    model_score: float | None
    hits: list[KeywordHit]
    model_row: tuple
    unit: tuple[int, int]  # word range of the best unit
    span: tuple[int, int]  # word range to code: the best unit and its neighbours that pass too


def _hit_label(hit: KeywordHit, lemmas: list[str]) -> str:
    text = " ".join(lemmas[hit.start:hit.end])
    return f"{text} (in samenstelling)" if hit.compound else text


class Suggester:
    """Everything needed to score segments of one project; reuse it for many segments."""

    def __init__(self, project: Project, pipeline: Pipeline | None = None, model: TfidfModel | None | bool = True,
                 weights: Weights = WEIGHTS, codes: list[dict] | None = None) -> None:
        self.pipeline = pipeline or for_project(project)
        self.weights = weights
        all_codes = codes if codes is not None else project.codes.list()
        self.names = {c["id"]: c["name"] for c in all_codes}
        parents = {c["parent_id"] for c in all_codes if c["parent_id"]}
        self.candidates = [c["id"] for c in all_codes if c["id"] not in parents or c["count"] > 0]
        keywords = {c["id"]: list(c["keywords"] or []) for c in all_codes if c["id"] in self.candidates}
        annotator = Annotator(self.pipeline)
        self.matcher = KeywordMatcher.from_keywords(self.pipeline.nlp.vocab, keywords, annotator.lemmatise)
        if model is True:
            model = load_model(project)
        self.model: TfidfModel | None = model or None
        self._stops = stop_words()
        self.threshold = weights.min_score if self.model is not None else weights.min_score_keywords
        if self.model is not None and self.model.calibration:
            self.threshold = weights.min_probability
        self._model_index = {c: i for i, c in enumerate(self.model.codes)} if self.model else {}
        self._candidate_set = set(self.candidates)

    def score(self, lemmas: list[str], sents: list[int], only: str | None = None
              ) -> dict[str, tuple[float, float, float | None, list[KeywordHit], tuple]]:
        """Per candidate code with any evidence: ``(score, keyword score, model score, hits, model row)``.

        ``only``: score just that code (teach mode over a whole project).
        """
        hits = self.matcher.match(lemmas, sents)
        if only is not None:
            hits = [h for h in hits if h.code_id == only]
        kw = keyword_score(hits, self.weights, self.model.keyword_stats if self.model is not None else None)
        candidates = self.candidates if only is None else [only] if only in self._candidate_set else []
        row: tuple = ()
        probs = None
        if self.model is not None and (only is None or only in self._model_index):
            probs, row = self.model.predict_one(lemmas, self._stops)
        w = self.weights
        calibration = self.model.calibration if self.model is not None else ()
        model_scores = None
        if calibration and probs is not None:  # all model codes at once; keyword evidence is added below
            a, b, c, d = calibration
            clipped = np.clip(probs, 1e-4, 1 - 1e-4)
            model_z = a * np.log(clipped / (1 - clipped)) + c + d
            model_scores = 1.0 / (1.0 + np.exp(-np.clip(model_z, -30.0, 30.0)))
        out = {}
        for code in candidates:
            k, code_hits = kw.get(code, (0.0, []))
            i = self._model_index.get(code) if probs is not None else None
            p = float(probs[i]) if i is not None else None
            if p is None and not k:
                continue
            if model_scores is not None and i is not None and not k:
                s = float(model_scores[i])
            elif calibration:
                s = calibrated(calibration, p, k)
            elif p is not None:
                s = 1 - (1 - p) * (1 - k) if w.combine == "noisy_or" else w.alpha * p + (1 - w.alpha) * k
            else:
                s = k * (w.beta if self.model is not None else 1.0)
            out[code] = (s, k, p, code_hits, row)
        return out

    def rank(self, ann: Annotation, *, use_model: bool = True, threshold: float | None = None,
             only: str | None = None, blocked: Sequence[tuple[str, int, int]] = ()) -> list[Ranked]:
        """Every code with any evidence in the segment, best first.

        Each unit (sentence) is scored on its own; a code's score is that of
        its best unit. Its span is that unit plus the adjacent units where the
        code also reaches ``threshold`` (default: the suggester's). With
        ``use_model=False`` only the keyword score counts (the "codebook only"
        baseline of the evaluation). ``blocked``: ``(code, start, end)`` in
        segment offsets; a unit they cover is not scored for that code.
        """
        threshold = self.threshold if threshold is None else threshold
        spans = units(ann, self.weights)
        scored = []
        for start, end in spans:
            scores = self.score(ann.lemmas[start:end], unit_sents(ann, start, end), only)
            if blocked:
                first, last = unit_chars(ann, start, end)
                for code, a, b in blocked:
                    if code in scores and overlaps(first, last, a, b):
                        del scores[code]
            scored.append({c: (v if use_model else (v[1], *v[1:])) for c, v in scores.items()})
        best: dict[str, int] = {}
        for u, scores in enumerate(scored):
            for code, value in scores.items():
                if code not in best or value[0] > scored[best[code]][code][0]:
                    best[code] = u
        out = []
        for code, u in best.items():
            s, k, p, hits, row = scored[u][code]
            lo = hi = u
            while lo > 0 and scored[lo - 1].get(code, (0.0,))[0] >= threshold:
                lo -= 1
            while hi + 1 < len(spans) and scored[hi + 1].get(code, (0.0,))[0] >= threshold:
                hi += 1
            out.append(Ranked(s, code, k, p, hits, row, spans[u], (spans[lo][0], spans[hi][1])))
        out.sort(key=lambda r: (-r.score, r.code))
        return out

    def for_row(self, row: dict, top: int = 3, exclude: set[str] = frozenset(), code_id: str | None = None,
                min_score: float | None = None, blocked: list[tuple[str, int, int]] | None = None) -> list[Suggestion]:
        """The best suggestions for one annotated segment row (from ``project.nlp.annotated_segments``).

        ``exclude``: codes not to suggest anywhere in the segment; ``blocked``: ``(code, start, end)``
        document offsets where a code is already decided (coded or rejected): sentences covered by
        them get no suggestion of that code.
        """
        ann = decode(row["lemmas"], row["offsets"], row["sents"])
        threshold = self.threshold if min_score is None else min_score
        local = [(c, a - row["start"], b - row["start"]) for c, a, b in blocked or ()]
        ranked = [r for r in self.rank(ann, threshold=max(threshold, self.threshold), only=code_id, blocked=local)
                  if r.score >= threshold and r.code not in exclude and (code_id is None or r.code == code_id)][:top]
        out = []
        for r in ranked:
            lemmas = ann.lemmas[r.unit[0]:r.unit[1]]
            words = list(dict.fromkeys(_hit_label(h, lemmas) for h in r.hits))
            negations = list(dict.fromkeys(f"{h.negator} … {_hit_label(h, lemmas)}" for h in r.hits if h.negated))
            p = r.model_score
            terms = self.model.explain(r.model_row, r.code) if (self.model is not None and p is not None and p >= 0.5) else []
            first, last = span_chars(ann, r.span, row.get("text") or "")
            out.append(Suggestion(
                row["segment_id"], row["document_id"], row["start"] + first, row["start"] + last, r.code,
                self.names.get(r.code, r.code), round(r.score, 4), round(r.keyword_score, 4),
                None if p is None else round(p, 4), words, negations, terms,
                row.get("title", ""), row.get("filename", ""), (row.get("text") or "")[first:last],
            ))
        return out


# -- the model in the project ------------------------------------------------------------


def load_model(project: Project) -> TfidfModel | None:
    row = project.nlp.load_model(MODEL_NAME)
    if not row or row["kind"] != KIND:
        return None
    try:
        return TfidfModel.from_bytes(row["data"])
    except (ValueError, KeyError, OSError):
        return None


def model_info(project: Project) -> dict | None:
    row = project.nlp.model_info(MODEL_NAME)
    if row:
        row["meta"] = json.loads(row["meta"] or "{}")
    return row


def _codebook_key(codes: list[dict]) -> str:
    text = json.dumps([(c["id"], c["parent_id"], c["keywords"], c["count"] > 0) for c in codes], ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


_CACHE: dict[tuple, Suggester] = {}


def suggester(project: Project, pipeline: Pipeline | None = None) -> Suggester:
    """A cached :class:`Suggester` for ``project`` (rebuilt when codebook or model change)."""
    codes = project.codes.list()
    info = project.nlp.model_info(MODEL_NAME)
    pipeline = pipeline or for_project(project)
    key = (str(project.path.resolve()), pipeline.id, _codebook_key(codes), info and info["trained_at"],
           info and info["bytes"], info and info["decisions"])
    cached = _CACHE.get(key)
    if cached is None:  # (the TUI also asks from worker threads: never assume a key is still there)
        for old in [k for k in list(_CACHE) if k[0] == key[0]]:
            _CACHE.pop(old, None)
        cached = _CACHE[key] = Suggester(project, pipeline, codes=codes)
    return cached


# -- public API -------------------------------------------------------------------------------


def suggest(project: Project, coder: str | None = None, document_id: int | None = None,
            segment_id: int | None = None, code_id: str | None = None, top: int = 3,
            min_score: float | None = None, pipeline: Pipeline | None = None) -> list[Suggestion]:
    """Suggested codes, best first per segment.

    - ``segment_id``: the ``top`` codes for that segment;
    - ``document_id``: the ``top`` codes for each segment of the document, in text order;
    - ``code_id``: the ``top`` segments most likely to have that code (teach mode),
      best first; with ``document_id`` only in that document;
    - neither: the ``top`` codes for every segment of the project.

    Left out: a code for the sentences the coder (or, without a coder, anyone)
    already coded with it or rejected it for (the segment's other sentences can
    still get it), a code rejected for the whole segment, and segments the coder
    marked "geen code". Segments without lemmas are annotated first.
    """
    pipeline = ensure_annotated(project, pipeline or for_project(project))
    engine = suggester(project, pipeline)
    if code_id is not None and code_id not in engine.names:
        raise StoreError(f"Onbekende code '{code_id}'.")
    rows = project.nlp.annotated_segments(document_id=document_id, segment_id=segment_id)
    if segment_id is not None and not rows:
        project.documents.segment(segment_id)  # raises for an unknown segment
    name = coder
    ids = [r["segment_id"] for r in rows]
    blocked = _blocked_spans(project, rows, name)
    skipped: dict[int, set[str | None]] = {}
    for d in project.nlp.decisions([name] if name else None, ids if len(ids) < 5000 else None):
        if d["code_id"] is None or d["start"] is None:  # "geen code", or a rejection for the whole segment
            skipped.setdefault(d["segment_id"], set()).add(d["code_id"])
    out: list[Suggestion] = []
    for row in rows:
        no = skipped.get(row["segment_id"], set())
        if None in no or (code_id is not None and code_id in no):
            continue
        out.extend(engine.for_row(row, 1 if code_id else top, no, code_id, min_score,
                                  blocked=blocked.get(row["segment_id"])))
    if code_id is not None:
        out.sort(key=lambda s: -s.score)
        out = out[:top]
    return out


def _blocked_spans(project: Project, rows: list[dict], coder: str | None) -> dict[int, list[tuple[str, int, int]]]:
    """Per segment, ``(code, start, end)`` (document offsets) of what is already decided there: the
    coder's codings (anyone's without a coder) and rejections that name a part of the segment.
    Those sentences get no suggestion of that code; the segment's other sentences still can."""
    by_doc: dict[int, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(r["document_id"], []).append(r)
    out: dict[int, list[tuple[str, int, int]]] = {}
    ids = [r["segment_id"] for r in rows]
    for d in project.nlp.decisions([coder] if coder else None, ids if len(ids) < 5000 else None):
        if d["code_id"] and d["start"] is not None:
            out.setdefault(d["segment_id"], []).append((d["code_id"], d["start"], d["end"]))
    starts = {doc: [r["start"] for r in segs] for doc, segs in by_doc.items()}
    for c in project.nlp.codings_in([coder] if coder else None, list(by_doc) if len(by_doc) < 5000 else None):
        segs = by_doc.get(c["document_id"])
        if not segs:
            continue
        i = max(0, bisect.bisect_right(starts[c["document_id"]], c["start"]) - 1)  # segments are ordered, disjoint
        while i < len(segs) and segs[i]["start"] < c["end"]:
            if segs[i]["end"] > c["start"]:
                out.setdefault(segs[i]["segment_id"], []).append((c["code_id"], c["start"], c["end"]))
            i += 1
    return out


def suggestion_for(project: Project, segment_id: int, code_id: str, pipeline: Pipeline | None = None) -> Suggestion:
    """The suggestion of ``code_id`` for one segment, whatever its score: which part of the
    segment it is for (its best sentence and neighbours), with score and explanation.
    Used to accept or reject a code for a segment by id (``werkplaats beslis``)."""
    pipeline = ensure_annotated(project, pipeline or for_project(project))
    engine = suggester(project, pipeline)
    if code_id not in engine.names:
        raise StoreError(f"Onbekende code '{code_id}'.")
    rows = project.nlp.annotated_segments(segment_id=segment_id)
    if not rows:
        project.documents.segment(segment_id)  # raises for an unknown segment
        raise StoreError(f"Segment {segment_id} bevat geen woorden om te coderen.")
    found = engine.for_row(rows[0], 1, code_id=code_id, min_score=0.0)
    if found:
        return found[0]
    row = rows[0]  # no evidence at all for this code: the whole segment
    return Suggestion(segment_id, row["document_id"], row["start"], row["end"], code_id, engine.names[code_id],
                      0.0, 0.0, None, title=row["title"], filename=row["filename"], text=row["text"])


def accept(project: Project, coder: str, suggestion: Suggestion) -> int:
    """Code the suggested part as ``coder`` (provenance ``suggested``; undone by the coder's undo); return the coding id."""
    return project.codings.apply(suggestion.document_id, suggestion.start, suggestion.end, suggestion.code_id,
                                 coder=coder, provenance="suggested")


def reject(project: Project, coder: str, suggestion: Suggestion | None = None, *,
           segment_id: int | None = None, code_id: str | None = None) -> int:
    """Store that ``code_id`` does not fit the segment (for a suggestion: the part of it the suggestion
    was for); return the decision id (undo with :func:`undo_decision`)."""
    start = end = None
    if suggestion is not None:
        segment_id, code_id, start, end = suggestion.segment_id, suggestion.code_id, suggestion.start, suggestion.end
    if segment_id is None or not code_id:
        raise StoreError("Geef een suggestie, of een segment en een code.")
    return project.nlp.add_decision(segment_id, code_id, coder=coder, start=start, end=end)


def mark_no_code(project: Project, coder: str, segment_id: int) -> int:
    """Store that the coder reviewed the segment and no code applies (a negative for every code)."""
    return project.nlp.add_decision(segment_id, None, coder=coder)


def undo_decision(project: Project, decision_id: int) -> bool:
    """Take back a rejection or a no-code review."""
    return project.nlp.remove_decision(decision_id)


def needs_training(project: Project, every: int = RETRAIN_EVERY) -> bool:
    """Whether ``every`` decisions were made since the model was trained (or there is none yet)."""
    info = project.nlp.model_info(MODEL_NAME)
    count = project.nlp.decision_count()
    if info is None:
        return count >= every
    return count - info["decisions"] >= every


# -- training data --------------------------------------------------------------------------------


@dataclass
class TrainingSet:
    """One row per unit (sentence or segment, see :func:`units`) of the training documents."""

    segment_ids: list[int]
    lemmas: list[list[str]]
    labels: list[set[str]]
    negatives: list[set[str]]
    weights: list[float]
    documents: list[int]
    sents: list[list[int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # the unit's own text (for models that read text)


def training_set(project: Project, document_ids: Iterable[int] | None = None, coders: Iterable[str] | None = None,
                 weights: Weights = WEIGHTS) -> TrainingSet:
    """The units of coded documents with what the coders decided about them.

    - a unit's labels are the codes of the codings that cover it (the same
      overlap rule as for segments: 20 characters, or half a shorter unit);
    - rejected suggestions are negatives for the units they were for (the
      whole segment when the rejection names no part of it);
    - units of segments that have a coding, or that were reviewed as "geen
      code", are known (weight 1); other units of coded documents are weak
      negatives (weight ``weights.unlabelled``).
    """
    docs = set(document_ids) if document_ids is not None else None
    codings: dict[int, list[dict]] = {}
    for c in project.nlp.codings_in(coders, docs):
        codings.setdefault(c["document_id"], []).append(c)
    seg_labels = {seg for seg, _code in project.nlp.segment_codes(coders, docs)}
    rejections: dict[int, list[dict]] = {}
    reviewed: set[int] = set()
    for d in project.nlp.decisions(coders):
        if d["code_id"]:
            rejections.setdefault(d["segment_id"], []).append(d)
        else:
            reviewed.add(d["segment_id"])
    rows = project.nlp.annotated_segments()
    coded_docs = {r["document_id"] for r in rows if r["segment_id"] in seg_labels or r["segment_id"] in reviewed
                  or r["segment_id"] in rejections}
    out = TrainingSet([], [], [], [], [], [])
    for r in rows:
        sid, doc = r["segment_id"], r["document_id"]
        if (docs is not None and doc not in docs) or doc not in coded_docs or not r["lemmas"]:
            continue
        known = sid in seg_labels or sid in reviewed
        if not known and weights.unlabelled <= 0 and sid not in rejections:
            continue
        ann = decode(r["lemmas"], r["offsets"], r["sents"])
        for start, end in units(ann, weights):
            first, last = unit_chars(ann, start, end)
            out.texts.append(r["text"][first:last])
            first, last = r["start"] + first, r["start"] + last
            labels = {c["code_id"] for c in codings.get(doc, ()) if overlaps(first, last, c["start"], c["end"])}
            negatives = {d["code_id"] for d in rejections.get(sid, ())
                         if d["start"] is None or overlaps(first, last, d["start"], d["end"])}
            out.segment_ids.append(sid)
            out.lemmas.append(ann.lemmas[start:end])
            out.sents.append(unit_sents(ann, start, end))
            out.labels.append(labels)
            out.negatives.append(negatives - labels)
            out.weights.append(1.0 if known else weights.unlabelled)
            out.documents.append(doc)
    return out


def fit(project: Project, data: TrainingSet, pipeline: Pipeline, weights: Weights = WEIGHTS,
        codes: list[dict] | None = None) -> TfidfModel:
    """Train the model on ``data``: logistic regressions, keyword reliabilities and (with
    ``weights.calibrate``) the calibration of the combined score. Rows of
    ``data`` are units (see :func:`training_set`).

    With ``weights.codebook`` the codebook's own text of each candidate code
    (definition, include, example) is one extra positive example: the model
    then knows a code's words before its first coding.
    """
    data = thin_unlabelled(data, weights.max_unlabelled)
    model = _fit_parts(project, data, pipeline, weights, codes)
    if weights.calibrate:
        model.calibration = fit_calibration(project, data, pipeline, weights, codes)
    return model


def thin_unlabelled(data: TrainingSet, limit: int) -> TrainingSet:
    """At most ``limit`` of the weak negatives (unreviewed units), a fixed random sample whose weights
    grow so they still weigh as much in total; everything reviewed is kept. Keeps training on large
    projects fast (a project where 2,000 fragments are coded across 200 documents has ~40,000 of them)."""
    import random

    weak = [i for i, w in enumerate(data.weights) if w < 1.0 and not data.labels[i] and not data.negatives[i]]
    if len(weak) <= limit:
        return data
    dropped = set(weak) - set(random.Random(0).sample(weak, limit))
    factor = len(weak) / limit
    rows = [i for i in range(len(data.weights)) if i not in dropped]
    out = subset(data, rows)
    out.weights = [w * factor if w < 1.0 and not labels and not negatives else w
                   for w, labels, negatives in zip(out.weights, out.labels, out.negatives)]
    return out


def subset(data: TrainingSet, keep: Iterable[int]) -> TrainingSet:
    """The rows ``keep`` (indices) of ``data``."""
    keep = list(keep)
    return TrainingSet(*([getattr(data, f)[i] for i in keep] for f in
                         ("segment_ids", "lemmas", "labels", "negatives", "weights", "documents", "sents",
                          "texts")))


def fit_calibration(project: Project, data: TrainingSet, pipeline: Pipeline, weights: Weights = WEIGHTS,
                    codes: list[dict] | None = None) -> tuple[float, ...]:
    """Learn P(right) from the model's and the keywords' scores on segments the training never saw.

    The documents of ``data`` are split in ``weights.calibration_folds`` folds;
    for each fold a model is trained on the others and scores the fold's
    reviewed segments (coded or marked "geen code": their truth is known).
    Every candidate code with any evidence is one example (right or not) for a
    logistic regression on :func:`calibration_features`. Its probabilities
    replace the hand-set combination, and the threshold becomes "at least
    ``weights.min_probability`` likely to be right". Returns ``()`` (no
    calibration) when there are too few documents or examples.
    """
    from sklearn.linear_model import LogisticRegression

    docs = sorted(set(data.documents))
    k = min(weights.calibration_folds, len(docs))
    if k < 2:
        return ()
    folds = [set(docs[i::k]) for i in range(k)]
    inner = Weights(**{**asdict(weights), "calibrate": False})
    X, y = [], []
    for fold in folds:
        train_rows = [i for i, d in enumerate(data.documents) if d not in fold]
        test_rows = [i for i, d in enumerate(data.documents) if d in fold and data.weights[i] >= 1.0]
        if not test_rows or not any(data.labels[i] for i in train_rows):
            continue
        model = _fit_parts(project, subset(data, train_rows), pipeline, inner, codes)
        engine = Suggester(project, pipeline, model=model, weights=inner, codes=codes)
        probs = model.predict([data.lemmas[i] for i in test_rows])  # in one go: much faster than per segment
        index = {c: j for j, c in enumerate(model.codes)}
        for n, i in enumerate(test_rows):
            kw = keyword_score(engine.matcher.match(data.lemmas[i], data.sents[i]), inner, model.keyword_stats)
            for code in engine.candidates:  # the same candidates and evidence as Suggester.score
                k = kw.get(code, (0.0, []))[0]
                p = float(probs[n, index[code]]) if code in index else None
                if p is None and not k:
                    continue
                X.append(calibration_features(p, k))
                y.append(code in data.labels[i])
    if len(set(y)) < 2 or sum(y) < 5:
        return ()
    clf = LogisticRegression(C=1.0, max_iter=1000)
    clf.fit(X, y)
    return tuple(float(c) for c in clf.coef_[0]) + (float(clf.intercept_[0]),)


def _fit_parts(project: Project, data: TrainingSet, pipeline: Pipeline, weights: Weights = WEIGHTS,
               codes: list[dict] | None = None) -> TfidfModel:
    """The logistic regressions and keyword reliabilities (no calibration)."""
    engine = Suggester(project, pipeline, model=False, weights=weights, codes=codes)
    lemmas, labels, negatives, sample = list(data.lemmas), list(data.labels), list(data.negatives), list(data.weights)
    if weights.codebook > 0:
        rows = codes if codes is not None else project.codes.list()
        texts = {r["id"]: " ".join(r[k] or "" for k in ("name", "definition", "include", "example")).replace("[fictief]", "")
                 for r in rows if r["id"] in engine.candidates}
        for (code, _), ls in zip(texts.items(), Annotator(pipeline).lemmatise(list(texts.values()))):
            lemmas.append(ls)
            labels.append({code})
            negatives.append(set())
            sample.append(weights.codebook)
    model = TfidfModel.train(lemmas, labels, negatives, sample, C=weights.C,
                             min_positives=MIN_POSITIVES + (1 if weights.codebook > 0 else 0), ngrams=weights.ngrams)
    matcher = engine.matcher
    stats: dict[str, list[float]] = {}
    for lemmas, sents, labels, negatives, w in zip(data.lemmas, data.sents, data.labels, data.negatives, data.weights):
        seen = set()
        for hit in matcher.match(lemmas, sents):
            key = keyword_key(hit.code_id, hit.keyword, hit.compound)
            if key in seen:
                continue
            seen.add(key)
            weight = 1.0 if hit.code_id in negatives else w
            entry = stats.setdefault(key, [0.0, 0.0])
            entry[0] += weight
            entry[1] += weight if hit.code_id in labels else 0.0
    model.keyword_stats = {k: (v[0], v[1]) for k, v in stats.items()}
    return model


def train(project: Project, progress=None, *, pipeline: Pipeline | None = None, weights: Weights = WEIGHTS,
          coders: Iterable[str] | None = None) -> Iterator[dict]:
    """Train the suggester on the project's decisions and store it in the project.

    A generator (so a TUI worker can show progress and stay responsive): it
    yields ``{"stap": str, "klaar": int, "totaal": int}`` dicts, the last one
    with ``"model"`` (the stored model's info). ``progress``, if given, is also
    called with each dict.
    """
    total = 4

    def step(n: int, text: str, **extra) -> dict:
        item = {"stap": text, "klaar": n, "totaal": total, **extra}
        if progress:
            progress(item)
        return item

    yield step(0, "lemma's bijwerken")
    pipeline = ensure_annotated(project, pipeline or for_project(project))
    yield step(1, "trainingsgegevens verzamelen")
    data = training_set(project, coders=coders, weights=weights)
    positives = len({(seg, code) for seg, labels in zip(data.segment_ids, data.labels) for code in labels})
    if not positives:
        raise NlpError("Er zijn nog geen coderingen om van te leren.")
    segments = len(set(data.segment_ids))
    yield step(2, f"model trainen ({segments} segmenten, {len(data.segment_ids)} eenheden, {positives} coderingen)")
    model = fit(project, data, pipeline, weights)
    yield step(3, "model opslaan")
    meta = {
        "segmenten": segments,
        "eenheden": len(data.segment_ids),
        "eenheid": weights.unit,
        "positief": positives,
        "afgewezen": len({(seg, code) for seg, negatives in zip(data.segment_ids, data.negatives) for code in negatives}),
        "geen_code": len(project.nlp.no_code_segments(coders)),
        "codes": model.positives,
        "termen": len(model.vocabulary),
        "pijplijn": pipeline.id,
        "min_positief": MIN_POSITIVES,
    }
    project.nlp.save_model(MODEL_NAME, KIND, model.to_bytes(), json.dumps(meta, ensure_ascii=False),
                           project.nlp.decision_count())
    yield step(4, "klaar", model=model_info(project))


def train_now(project: Project, **kwargs) -> dict:
    """Run :func:`train` to the end; return the stored model's info."""
    last = {}
    for last in train(project, **kwargs):
        pass
    return last.get("model") or {}


# -- evaluation -------------------------------------------------------------------------------------


def _rank(engine: Suggester, ann: Annotation, use_model: bool) -> list[str]:
    """The codes :meth:`Suggester.for_row` would show for a segment (any number), best first."""
    return [r.code for r in engine.rank(ann, use_model=use_model) if r.score >= engine.threshold]


def _empty() -> dict:
    return {"s1": 0, "c1": 0, "s3": 0, "c3": 0, "gold": 0, "segmenten": 0}


def count_hits(ranked: dict[int, list[str]], gold: dict[int, set[str]]) -> dict:
    """Raw counts behind :func:`rates`, overall (``totaal``) and per code."""
    per: dict[str, dict] = {}
    total = _empty()
    for seg, truth in gold.items():
        total["segmenten"] += 1
        for c in truth:
            per.setdefault(c, _empty())["gold"] += 1
            total["gold"] += 1
        for i, c in enumerate(ranked.get(seg, [])[:3]):
            hit = int(c in truth)
            for entry in (per.setdefault(c, _empty()), total):
                entry["s3"] += 1
                entry["c3"] += hit
                if i == 0:
                    entry["s1"] += 1
                    entry["c1"] += hit
    return {"totaal": total, "per_code": per}


def add_counts(acc: dict, counts: dict) -> dict:
    """Sum the counts of several folds."""
    for key, value in counts["totaal"].items():
        acc.setdefault("totaal", _empty())[key] += value
    for code, entry in counts["per_code"].items():
        target = acc.setdefault("per_code", {}).setdefault(code, _empty())
        for key, value in entry.items():
            target[key] += value
    return acc


def rates(counts: dict) -> dict:
    """Precision@1, precision@3 and recall@3, overall and per code.

    Precision@k is the share of the shown suggestions (at most k per segment,
    only those with a score above the threshold) that the gold has; recall@3
    is the share of the gold (segment, code) pairs found among the top 3.
    """
    def one(e: dict) -> dict:
        return {
            "p@1": e["c1"] / e["s1"] if e["s1"] else None,
            "p@3": e["c3"] / e["s3"] if e["s3"] else None,
            "r@3": e["c3"] / e["gold"] if e["gold"] else None,
            "voorgesteld": e["s3"], "goed": e["c3"], "gold": e["gold"],
        }

    return {"totaal": one(counts["totaal"]) | {"segmenten": counts["totaal"]["segmenten"]},
            "per_code": {c: one(e) for c, e in sorted(counts.get("per_code", {}).items())}}


def holdout(project: Project, train_docs: Iterable[int], test_docs: Iterable[int], *, pipeline: Pipeline | None = None,
            weights: Weights = WEIGHTS, coders: Iterable[str] | None = None, all_segments: bool = False) -> dict:
    """Train on ``train_docs``, measure keyword-only and combined ranking on ``test_docs``.

    Evaluated segments: those with a code in the test documents (or, with
    ``all_segments``, every segment of them: uncoded ones count as "no code").
    """
    pipeline = ensure_annotated(project, pipeline or for_project(project))
    train_docs, test_docs = set(train_docs), set(test_docs)
    data = training_set(project, train_docs, coders, weights)
    codes = project.codes.list()
    train_counts: dict[str, int] = {}
    for labels in data.labels:
        for c in labels:
            train_counts[c] = train_counts.get(c, 0) + 1
    for c in codes:  # only what the training half shows counts as "has codings"
        c["count"] = train_counts.get(c["id"], 0)
    model = fit(project, data, pipeline, weights, codes) if any(data.labels) else None
    keyword_engine = Suggester(project, pipeline, model=False, weights=weights, codes=codes)
    engine = Suggester(project, pipeline, model=model, weights=weights, codes=codes)
    gold: dict[int, set[str]] = {}
    for seg, code in project.nlp.segment_codes(coders, test_docs):
        gold.setdefault(seg, set()).add(code)
    rows = [r for r in project.nlp.annotated_segments() if r["document_id"] in test_docs]
    if all_segments:
        for r in rows:
            gold.setdefault(r["segment_id"], set())
    by_id = {r["segment_id"]: r for r in rows}
    gold_codings: dict[int, list[dict]] = {}
    for c in project.nlp.codings_in(coders, test_docs):
        gold_codings.setdefault(c["document_id"], []).append(c)
    ranked_kw, ranked_all = {}, {}
    span_shown = span_right = 0
    for seg in gold:
        row = by_id[seg]
        ann = decode(row["lemmas"], row["offsets"], row["sents"])
        ranked_kw[seg] = _rank(keyword_engine, ann, use_model=False)
        shown = [r for r in engine.rank(ann) if r.score >= engine.threshold][:3]
        ranked_all[seg] = [r.code for r in shown]
        for r in shown:  # is the suggested part itself (the sentence or sentences) coded with the code?
            first, last = span_chars(ann, r.span, row["text"])
            span_shown += 1
            span_right += any(c["code_id"] == r.code and overlaps(row["start"] + first, row["start"] + last,
                                                                            c["start"], c["end"])
                              for c in gold_codings.get(row["document_id"], ()))
    counts = {"woorden": count_hits(ranked_kw, gold), "gecombineerd": count_hits(ranked_all, gold)}
    return {"woorden": rates(counts["woorden"]), "gecombineerd": rates(counts["gecombineerd"]),
            "zinnen": {"voorgesteld": span_shown, "goed": span_right,
                       "precisie": span_right / span_shown if span_shown else None},
            "train_segmenten": len(set(data.segment_ids)), "test_segmenten": len(gold), "aantallen": counts}


def document_folds(project: Project, k: int, coders: Iterable[str] | None = None) -> list[list[int]]:
    """``k`` groups of coded documents, balanced by region and source type (deterministic)."""
    coded = project.codings.document_ids()
    docs = [d for d in project.documents.list() if d["id"] in coded]
    docs.sort(key=lambda d: (d["region"] or "", d["source_type"] or "", d["title"], d["id"]))
    folds: list[list[int]] = [[] for _ in range(max(2, k))]
    for i, d in enumerate(docs):
        folds[i % len(folds)].append(d["id"])
    return [f for f in folds if f]


def evaluate(project: Project, k: int = 5, *, pipeline: Pipeline | None = None, weights: Weights = WEIGHTS,
             coders: Iterable[str] | None = None, all_segments: bool = False) -> dict:
    """k-fold cross-validation over the project's codings (folds are documents).

    Returns ``{"woorden": metrics, "gecombineerd": metrics, "zinnen": ..., "folds": k}``
    where each metrics has ``totaal`` and ``per_code`` with p@1, p@3, r@3 (counts
    summed over the folds), and ``zinnen`` counts the shown suggestions whose
    suggested sentence(s) themselves carry a coding of the code.
    """
    pipeline = ensure_annotated(project, pipeline or for_project(project))
    folds = document_folds(project, k, coders)
    if len(folds) < 2:
        raise NlpError("Te weinig gecodeerde documenten voor kruisvalidatie (minstens 2 nodig).")
    return cross_validate(project, folds, pipeline=pipeline, weights=weights, coders=coders,
                          all_segments=all_segments)


def cross_validate(project: Project, folds: Sequence[Sequence[int]], *, pipeline: Pipeline, weights: Weights = WEIGHTS,
                   coders: Iterable[str] | None = None, all_segments: bool = False) -> dict:
    """Each fold of documents measured (:func:`holdout`) after training on the others; the
    counts summed over the folds, as :func:`evaluate` returns them."""
    sums: dict[str, dict] = {"woorden": {}, "gecombineerd": {}}
    spans = {"voorgesteld": 0, "goed": 0}
    for i, test in enumerate(folds):
        train_docs = [d for j, f in enumerate(folds) if j != i for d in f]
        result = holdout(project, train_docs, test, pipeline=pipeline, weights=weights, coders=coders,
                         all_segments=all_segments)
        for part in sums:
            add_counts(sums[part], result["aantallen"][part])
        for key in spans:
            spans[key] += result["zinnen"][key]
    spans["precisie"] = spans["goed"] / spans["voorgesteld"] if spans["voorgesteld"] else None
    return {part: rates(v) for part, v in sums.items()} | {"zinnen": spans, "folds": len(folds)}
