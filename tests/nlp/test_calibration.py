"""Character n-gram features and the calibrated combination of model and keywords."""

from __future__ import annotations

import dataclasses

import numpy as np

from werkplaats.nlp.learn import TfidfModel, char_ngrams, stop_words, terms
from werkplaats.nlp.suggest import (
    WEIGHTS, Suggester, calibrated, calibration_features, fit, fit_calibration, load_model, subset, train_now,
    training_set,
)
from werkplaats.nlp.load import for_project


def test_char_ngrams_mark_word_boundaries():
    assert char_ngrams("schuld", (4,)) == ["#<sch", "#schu", "#chul", "#huld", "#uld>"]


def test_terms_add_char_ngrams_only_when_asked_and_only_for_long_words():
    stops = stop_words()
    plain = terms(["de", "schuldhulp", "en", "huur"], stops)
    assert not any(t.startswith("#") for t in plain)
    with_chars = terms(["de", "schuldhulp", "en", "huur"], stops, (4,))
    assert set(plain) <= set(with_chars)
    assert "#schu" in with_chars and "#huur" not in with_chars  # "huur" is shorter than the minimum


def test_compound_shares_features_with_its_part():
    stops = stop_words()
    a = set(terms(["schuldhulpverlening"], stops, (4, 5)))
    b = set(terms(["schulden"], stops, (4, 5)))
    assert {"#<schu", "#schul"} <= a & b


def test_model_with_ngrams_and_calibration_round_trips():
    lemmas = [["schuldhulpverlening", "helpen"], ["vertrouwen", "klantmanager"]] * 3
    labels = [{"fin"}, {"rel"}] * 3
    model = TfidfModel.train(lemmas, labels, [set()] * 6, ngrams=(4, 5), min_positives=1)
    model.calibration = (1.0, 2.0, 0.5, -1.0)
    again = TfidfModel.from_bytes(model.to_bytes())
    assert again.ngrams == (4, 5) and again.calibration == (1.0, 2.0, 0.5, -1.0)
    np.testing.assert_allclose(again.predict([["schuldhulp"]]), model.predict([["schuldhulp"]]))
    # an unseen compound still gets the debt code through its character n-grams
    probs = dict(zip(model.codes, model.predict([["schuldsanering"]])[0]))
    assert probs["fin"] > probs["rel"]


def test_explanations_name_words_not_char_ngrams():
    lemmas = [["schuldhulpverlening", "helpen"], ["vertrouwen", "klantmanager"]] * 3
    model = TfidfModel.train(lemmas, [{"fin"}, {"rel"}] * 3, [set()] * 6, ngrams=(4, 5), min_positives=1)
    _, row = model.predict_one(["schuldhulpverlening", "helpen"])
    words = model.explain(row, "fin", n=5)
    assert words and not any(w.startswith("#") for w in words)


def test_calibrated_score_is_a_probability_increasing_in_both_parts():
    cal = (1.0, 2.0, 0.5, -1.0)
    assert 0 < calibrated(cal, 0.2, 0.0) < calibrated(cal, 0.8, 0.0) < calibrated(cal, 0.8, 0.5) < 1
    assert calibration_features(None, 0.5) == (0.0, 0.5, 0.0)  # keyword-only code
    assert calibrated(cal, None, 0.5) == 1 / (1 + np.exp(-(2.0 * 0.5 - 1.0)))


def test_fit_calibration_needs_two_documents(small):
    pipeline = for_project(small)
    data = training_set(small)
    one_doc = subset(data, [i for i, d in enumerate(data.documents) if d == data.documents[0]])
    assert fit_calibration(small, one_doc, pipeline) == ()


def test_training_stores_calibration_and_threshold_is_a_probability(small):
    train_now(small)
    model = load_model(small)
    assert model.ngrams == WEIGHTS.ngrams
    engine = Suggester(small, model=model)
    if model.calibration:  # enough out-of-fold examples in the small project
        assert len(model.calibration) == 4
        assert engine.threshold == WEIGHTS.min_probability
        scores = engine.score(["schuld", "aflossen"], [0])
        assert all(0.0 <= s <= 1.0 for s, *_ in scores.values())
    else:
        assert engine.threshold == WEIGHTS.min_score


def test_calibration_can_be_switched_off(small):
    pipeline = for_project(small)
    data = training_set(small)
    model = fit(small, data, pipeline, dataclasses.replace(WEIGHTS, calibrate=False, ngrams=()))
    assert model.calibration == () and model.ngrams == ()
    assert Suggester(small, pipeline, model=model).threshold == WEIGHTS.min_score
