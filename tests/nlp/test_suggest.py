"""Suggestions end to end: keywords before training, training, the stored model, accept and reject."""

from __future__ import annotations

import shutil

from werkplaats.nlp.learn import TfidfModel
from werkplaats.nlp.suggest import (
    accept, evaluate, load_model, mark_no_code, model_info, needs_training, reject, suggest, train, train_now,
    undo_decision,
)
from werkplaats.store import Project


def test_keyword_suggestions_before_training(small):
    doc = small.documents.list()[3]["id"]  # an uncoded document
    items = suggest(small, "bob", document_id=doc)
    by_text = {s.text: s for s in items}
    debt = next(s for t, s in by_text.items() if t.startswith("Mijn schulden"))
    assert debt.code_id == "fin.schulden" and debt.model_score is None
    assert debt.explanation == "woorden: schuld"
    assert all(s.code_id not in ("fin", "rel") for s in items)  # parent codes without codings are not candidates


def test_negated_keyword_is_explained(small):
    from .conftest import add_document

    doc = add_document(small, "Ontkenning", ["Ik heb geen schulden meer."])
    assert suggest(small, "bob", document_id=doc) == []  # a negated word alone stays below the threshold
    (s,) = suggest(small, "bob", document_id=doc, min_score=0.0)
    assert "ontkenning: geen … schuld" in s.explanation
    assert s.keyword_score < 0.5


def test_training_yields_progress_and_stores_the_model(small):
    steps = list(train(small))
    assert [s["klaar"] for s in steps] == [0, 1, 2, 3, 4]
    info = steps[-1]["model"]
    assert info["kind"] == "tfidf-logreg-1" and info["bytes"] > 0
    assert set(info["meta"]["codes"]) == {"fin.schulden", "rel.vertrouwen"}
    model = load_model(small)
    assert isinstance(model, TfidfModel)
    assert TfidfModel.from_bytes(model.to_bytes()).codes == model.codes


def test_model_travels_with_the_project(small, tmp_path):
    train_now(small)
    small.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "kopie.wpl"
    shutil.copy(small.path, copy)
    with Project(copy) as other:
        assert model_info(other)["meta"]["positief"] > 0
        items = suggest(other, "bob", document_id=other.documents.list()[2]["id"], min_score=0.0)
        assert any(s.model_score is not None for s in items)


def test_combined_suggestions_rank_the_right_code_first(small):
    train_now(small)
    doc = small.documents.list()[3]["id"]
    items = suggest(small, "bob", document_id=doc, min_score=0.0, top=1)
    rows = {s.text: s for s in items}
    for text, s in rows.items():
        if "schuld" in text.lower() and "vertrouwen" not in text:
            assert s.code_id == "fin.schulden", text
    trust = [s for t, s in rows.items() if "luisterde" in t]
    assert trust and all(s.code_id == "rel.vertrouwen" for s in trust)
    assert all("model" in s.explanation for s in items)


def test_teach_mode_ranks_segments_for_one_code(small):
    train_now(small)
    items = suggest(small, "bob", code_id="rel.vertrouwen", top=3, min_score=0.0)
    assert len(items) == 3 and all(s.code_id == "rel.vertrouwen" for s in items)
    assert [s.score for s in items] == sorted((s.score for s in items), reverse=True)


def test_accept_codes_the_segment_and_can_be_undone(small):
    s = suggest(small, "bob", document_id=small.documents.list()[3]["id"])[0]
    coding_id = accept(small, "bob", s)
    assert small.codings.get(coding_id)["provenance"] == "suggested"
    again = suggest(small, "bob", segment_id=s.segment_id)
    assert s.code_id not in {x.code_id for x in again}
    small.journal.undo(coder="bob")
    assert s.code_id in {x.code_id for x in suggest(small, "bob", segment_id=s.segment_id)}


def test_reject_hides_the_suggestion_counts_as_negative_and_can_be_undone(small):
    doc = small.documents.list()[3]["id"]
    s = next(x for x in suggest(small, "bob", document_id=doc) if x.code_id == "fin.schulden")
    decision = reject(small, "bob", s)
    assert s.code_id not in {x.code_id for x in suggest(small, "bob", segment_id=s.segment_id)}
    assert s.code_id in {x.code_id for x in suggest(small, "carla", segment_id=s.segment_id)}  # per coder
    info = train_now(small)
    assert info["meta"]["afgewezen"] == 1
    assert undo_decision(small, decision)
    assert s.code_id in {x.code_id for x in suggest(small, "bob", segment_id=s.segment_id)}


def test_no_code_review_hides_the_segment(small):
    doc = small.documents.list()[3]["id"]
    s = suggest(small, "bob", document_id=doc)[0]
    mark_no_code(small, "bob", s.segment_id)
    assert suggest(small, "bob", segment_id=s.segment_id) == []
    assert train_now(small)["meta"]["geen_code"] >= 1


def test_needs_training_after_new_decisions(small):
    train_now(small)
    assert not needs_training(small, every=1)
    small.codings.apply(small.documents.list()[3]["id"], 0, 5, "fin.schulden", coder="bob")
    assert needs_training(small, every=1)


def test_evaluate_reports_per_code_and_overall(small):
    result = evaluate(small, k=2)
    assert result["folds"] == 2
    for part in ("woorden", "gecombineerd"):
        total = result[part]["totaal"]
        assert total["gold"] == len(small.nlp.segment_codes())
        assert 0 <= total["r@3"] <= 1
        assert set(result[part]["per_code"]) <= {"fin.schulden", "rel.vertrouwen"}
    assert result["woorden"]["totaal"]["p@1"] > 0.5
    spans = result["zinnen"]
    # in the small project every coding covers its whole (one-sentence) segment: a right code is a right sentence
    assert 0 < spans["goed"] <= spans["voorgesteld"] == result["gecombineerd"]["totaal"]["voorgesteld"]
    assert spans["goed"] == result["gecombineerd"]["totaal"]["goed"]
