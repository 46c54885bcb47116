"""Measuring the suggester on a gold coding (the demo gold in ``corpora/gold``).

- :func:`gold_report`: train on one half of the coded documents, measure on
  the other half (halves balanced by region and source type, deterministic):
  keyword matching alone (the codebook as it is, nothing learned) and the
  combined ranking.
- :func:`inner_report`: the same measures by cross-validation *inside the
  training half* — what settings are chosen on (see ``benchmarks/tune_nlp.py``),
  so the test half is only looked at to report.
- :func:`compare_models`: the learned part alone — TF-IDF + logistic
  regression against spaCy's ``textcat_multilabel`` — by cross-validation
  *inside the training half* (so the choice never looks at the test half):
  precision@1 and recall@3 of the plain ranking over sentence units (the
  same units both models are trained on), and training time.
"""

from __future__ import annotations

import time
from typing import Iterable

from ..store import Project
from .annotate import ensure_annotated
from .learn import TfidfModel
from .load import Pipeline, for_project
from .suggest import WEIGHTS, Weights, cross_validate, document_folds, holdout, training_set


def halves(project: Project) -> tuple[list[int], list[int]]:
    """``(train documents, test documents)``: every other coded document, sorted by region, type and title."""
    first, second = document_folds(project, 2)
    return first, second


def gold_report(project: Project, *, weights: Weights = WEIGHTS, pipeline: Pipeline | None = None) -> dict:
    """Keyword-only and combined precision/recall on the test half, for coded segments and for all segments."""
    train_docs, test_docs = halves(project)
    coded = holdout(project, train_docs, test_docs, weights=weights, pipeline=pipeline)
    every = holdout(project, train_docs, test_docs, weights=weights, pipeline=pipeline, all_segments=True)
    return {"train_documenten": len(train_docs), "test_documenten": len(test_docs),
            "gecodeerde_segmenten": coded, "alle_segmenten": every}


def inner_report(project: Project, k: int = 4, *, weights: Weights = WEIGHTS, pipeline: Pipeline | None = None) -> dict:
    """Keyword-only and combined precision/recall by ``k``-fold cross-validation over the training half only.

    Folds are documents of the training half; each is measured after training
    on the others (and the keyword-only baseline with nothing learned).
    Returns ``{"gecodeerde_segmenten": {...}, "alle_segmenten": {...}}`` like
    :func:`gold_report`, counts summed over the folds.
    """
    pipeline = ensure_annotated(project, pipeline or for_project(project))
    folds = training_folds(project, k)
    return {part: cross_validate(project, folds, pipeline=pipeline, weights=weights, all_segments=every)
            for part, every in (("gecodeerde_segmenten", False), ("alle_segmenten", True))}


def training_folds(project: Project, k: int) -> list[list[int]]:
    """``k`` folds of the training half's documents (the test half never enters them)."""
    train_docs = sorted(halves(project)[0])
    return [train_docs[i::k] for i in range(k)]


def _rank_metrics(probs, codes: list[str], gold: list[set[str]]) -> dict:
    s1 = c1 = c3 = g = 0
    for row, truth in zip(probs, gold):
        if not truth:
            continue
        order = sorted(range(len(codes)), key=lambda i: -row[i])[:3]
        ranked = [codes[i] for i in order]
        g += len(truth)
        s1 += 1
        c1 += ranked[0] in truth if ranked else 0
        c3 += sum(c in truth for c in ranked)
    return {"p@1": c1 / s1 if s1 else None, "r@3": c3 / g if g else None, "segmenten": s1}


def _textcat(texts: list[str], labels: list[set[str]], codes: list[str], epochs: int, arch: str, pipeline: Pipeline):
    import random

    import spacy
    from spacy.training import Example

    nlp = spacy.blank("nl")
    config = {}
    if arch == "bow":
        config = {"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
                            "no_output_layer": False}}
    textcat = nlp.add_pipe("textcat_multilabel", config=config)
    for c in codes:
        textcat.add_label(c)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": {c: float(c in ls) for c in codes}})
                for t, ls in zip(texts, labels)]
    nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(examples)
        for start in range(0, len(examples), 16):
            nlp.update(examples[start:start + 16], drop=0.2)
    return nlp


def compare_models(project: Project, k: int = 4, *, epochs: int = 10, weights: Weights = WEIGHTS,
                   pipeline: Pipeline | None = None, archs: Iterable[str] = ("ensemble", "bow")) -> dict:
    """Cross-validate the learned models inside the training half; return scores and training times."""
    pipeline = ensure_annotated(project, pipeline or for_project(project))
    folds = training_folds(project, k)
    results: dict[str, dict] = {}

    def record(name: str, metrics: dict, seconds: float) -> None:
        entry = results.setdefault(name, {"c1": 0.0, "c3": 0.0, "s1": 0, "g": 0, "seconden": 0.0})
        entry["seconden"] += seconds
        entry["c1"] += (metrics["p@1"] or 0) * metrics["segmenten"]
        entry["s1"] += metrics["segmenten"]
        entry["c3"] += (metrics["r@3"] or 0) * metrics["_gold"]
        entry["g"] += metrics["_gold"]

    for i, test in enumerate(folds):
        tr = [d for j, f in enumerate(folds) if j != i for d in f]
        data = training_set(project, tr, weights=weights)
        test_data = training_set(project, test, weights=weights)
        gold = test_data.labels
        n_gold = sum(len(g) for g in gold)
        codes = sorted({c for ls in data.labels for c in ls})
        started = time.perf_counter()
        model = TfidfModel.train(data.lemmas, data.labels, data.negatives, data.weights, C=weights.C, min_positives=1)
        seconds = time.perf_counter() - started
        probs = model.predict(test_data.lemmas)
        record("tfidf+logreg", _rank_metrics(probs, model.codes, gold) | {"_gold": n_gold}, seconds)
        train_texts, test_texts = data.texts, test_data.texts  # the units' (sentences') own text
        for arch in archs:
            started = time.perf_counter()
            nlp = _textcat(train_texts, data.labels, codes, epochs, arch, pipeline)
            seconds = time.perf_counter() - started
            probs = [[doc.cats.get(c, 0.0) for c in codes] for doc in nlp.pipe(test_texts)]
            record(f"textcat_multilabel ({arch}, {epochs} epochs)", _rank_metrics(probs, codes, gold) | {"_gold": n_gold},
                   seconds)
    return {name: {"p@1": e["c1"] / e["s1"] if e["s1"] else None, "r@3": e["c3"] / e["g"] if e["g"] else None,
                   "training_s": e["seconden"] / len(folds)} for name, e in results.items()}
