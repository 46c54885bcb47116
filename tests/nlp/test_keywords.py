"""Keyword matching on lemmas, negation, and the spaCy components."""

from __future__ import annotations

import spacy

from werkplaats.nlp.annotate import Annotator
from werkplaats.nlp.components import keyword_codes
from werkplaats.nlp.keywords import KeywordMatcher
from werkplaats.nlp.load import load

KEYWORDS = {"fin.schulden": ["schulden", "aflossen"], "rel.vertrouwen": ["serieus nemen", "vertrouwen"]}


def matcher():
    annotator = Annotator(load())
    return annotator, KeywordMatcher.from_keywords(annotator.nlp.vocab, KEYWORDS, annotator.lemmatise)


def test_keywords_match_inflected_forms_and_phrases():
    annotator, m = matcher()
    ann = annotator("Ze heeft mij serieus genomen. De schuld is afgelost.")
    hits = m.match(ann.lemmas, ann.sents)
    assert {(h.code_id, h.keyword) for h in hits} == {
        ("rel.vertrouwen", "serieus nemen"), ("fin.schulden", "schulden"), ("fin.schulden", "aflossen")}
    assert not any(h.negated for h in hits)


def test_negation_nearby_is_noted():
    annotator, m = matcher()
    ann = annotator("Ik heb geen schulden meer. Vertrouwen had ik niet.")
    hits = {h.keyword: h for h in m.match(ann.lemmas, ann.sents)}
    assert hits["schulden"].negated and hits["schulden"].negator == "geen"
    assert hits["vertrouwen"].negated and hits["vertrouwen"].negator == "niet"


def test_negation_does_not_cross_sentences():
    annotator, m = matcher()
    ann = annotator("Dat wil ik niet. Schulden zijn het probleem.")
    (hit,) = m.match(ann.lemmas, ann.sents)
    assert not hit.negated


def test_compound_match_is_marked():
    annotator, m = matcher()
    ann = annotator("De schuldhulpverlening belde terug.")
    (hit,) = m.match(ann.lemmas, ann.sents)
    assert hit.compound and hit.code_id == "fin.schulden"


def test_keywords_component_on_a_blank_pipeline():
    nlp = spacy.blank("nl")
    nlp.add_pipe("werkplaats_keywords", config={"keywords": {"erkenning": ["gehoord"]}})
    doc = nlp("Ze voelde zich gehoord door de wijkcoach.")
    assert keyword_codes(doc) == ["erkenning"]
    assert doc.spans["keywords"][0]._.negated is False


def test_keywords_component_with_lemmas_and_negation():
    nlp = load(cache=False).nlp  # a fresh pipeline: the cached one stays unchanged
    nlp.add_pipe("werkplaats_keywords", config={"keywords": KEYWORDS})
    doc = nlp("Er zijn geen schulden. Ze heeft mij serieus genomen.")
    spans = {s.label_: s for s in doc.spans["keywords"]}
    assert spans["fin.schulden"].text == "schulden" and spans["fin.schulden"]._.negated
    assert spans["rel.vertrouwen"].text == "serieus genomen" and not spans["rel.vertrouwen"]._.negated
