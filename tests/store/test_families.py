"""The smaller families: nlp (lemmas, decisions, model), pseudo, review and exchange records."""

import pytest

from werkplaats.pseudo.rules import Detection
from werkplaats.store import StoreError

from .conftest import add_doc


def test_nlp_lemmas_decisions_and_model(project, codes):
    doc_id = add_doc(project)
    nlp = project.nlp
    first, second = [s["id"] for s in project.documents.segments(doc_id)]
    assert nlp.annotation_counts() == (0, 2)
    assert [rows for rows in nlp.unannotated_segments()] == [[(first, "Eerst de schulden, dan werk."),
                                                              (second, "Ze vertrouwde de klantmanager.")]]
    nlp.store_annotations([(first, "eerst de schuld dan werk", b"\x00", b"\x00")])
    assert nlp.annotation_counts() == (1, 2)
    assert [h["segment_id"] for h in nlp.lemma_search("schuld")] == [first]
    assert nlp.annotated_segments(document_id=doc_id)[0]["lemmas"] == "eerst de schuld dan werk"
    decision = nlp.add_decision(first, "cl.basis", coder="anna", start=3, end=10)
    assert nlp.add_decision(first, "cl.basis", coder="anna") == decision  # now for the whole segment
    assert nlp.decisions(["anna"])[0]["start"] is None
    none = nlp.add_decision(second, None, coder="anna")
    assert nlp.no_code_segments() == {second} and nlp.find_decision(second, None, "anna") == none
    assert nlp.decision_count() == 2
    assert nlp.remove_decision(none) and not nlp.remove_decision(none)
    with pytest.raises(StoreError):
        nlp.add_decision(9999, "cl.basis", coder="anna")
    project.codings.apply(doc_id, 0, len("R: Eerst de schulden, dan werk."), "cl.basis", coder="anna")
    assert nlp.segment_codes() == [(first, "cl.basis")]
    assert [c["code_id"] for c in nlp.codings_in(["anna"], [doc_id])] == ["cl.basis"]
    nlp.save_model("m", "tfidf", b"123", "{}", 7)
    assert nlp.model_info("m")["bytes"] == 3 and nlp.load_model("m")["data"] == b"123"
    nlp.delete_model("m")
    assert nlp.load_model("m") is None
    nlp.clear_annotations()
    assert nlp.annotation_counts() == (0, 2) and nlp.lemma_search("schuld") == []


def test_pseudo_detections_key_and_names(project):
    doc_id = add_doc(project)
    pseudo = project.pseudo
    pseudo.replace_auto(doc_id, [Detection(3, 8, "persoon", "Eerst", "regel")], "regels")
    assert pseudo.has_run(doc_id) and pseudo.runs([doc_id]) == {doc_id: "regels"}
    assert pseudo.run_times()[doc_id][0] == "regels"
    assert project.documents.latest_import() == project.documents.get(doc_id)["imported_at"]
    (row,) = pseudo.detections(doc_id)
    pseudo.set_status(row["id"], "rejected")
    assert pseudo.active(doc_id) == [] and pseudo.counts() == {}
    pseudo.replace_auto(doc_id, [Detection(3, 8, "persoon", "Eerst", "regel")], "regels")
    assert len(pseudo.detections(doc_id)) == 1  # the decision is kept
    manual = pseudo.add_manual(doc_id, 12, 20, "overig")
    assert [d.text for d in pseudo.active(doc_id)] == [project.documents.get(doc_id)["text"][12:20]]
    assert manual and pseudo.key("persoon", "naima") == (1, None) == pseudo.key("persoon", "naima")
    assert pseudo.key("persoon", "piet") == (2, None)
    pseudo.add_name(" Naima ", "persoon", "altijd")
    assert pseudo.names("altijd") == [("Naima", "persoon")]
    with pytest.raises(StoreError):
        pseudo.set_status(row["id"], "misschien")


def test_review_and_exchange_records(project, codes):
    doc_id = add_doc(project)
    k = project.codings.apply(doc_id, 0, 5, "cl.basis", coder="anna")
    review = project.review
    assert review.project_id() == review.project_id()
    review.register("p1", "anna", "1 fragment", [{"id": "f1", "coding_id": k, "document_id": doc_id, "start": 0,
                                                  "end": 5, "code_id": "cl.basis"}])
    assert review.known_package("p1") and review.fragments_of("p1") == {"f1"}
    judgement = {"fragment_id": "f1", "reviewer": "Samira", "verdict": "past", "better_code": None, "comment": None,
                 "at": "2025-01-01"}
    assert review.merge("p1", [judgement]) == 1 and review.merge("p1", [judgement]) == 0
    assert [(r["verdict"], r["code_name"], r["coder"]) for r in review.results()] == [("past", "Basisvoorwaarden", "anna")]
    exchange = project.exchange
    exchange.set_guid("user", "anna", "g-anna")
    assert exchange.guids("user") == {"anna": "g-anna"}
    exchange.set_variable_type("leeftijd", "Integer", "case")
    exchange.set_variable_type("leeftijd", "Integer", "source")
    assert exchange.variable_types() == {"leeftijd": ("Integer", "both")}
    set_id = exchange.add_set("Set", "", [("code", "cl"), ("document", str(doc_id))])
    assert exchange.add_set("Set", "", [("code", "pr")]) == set_id
    assert exchange.sets()[0]["members"] == [("code", "cl"), ("document", str(doc_id)), ("code", "pr")]
    exchange.record_merge("k", "kopie.wpl", 3, 7)
    exchange.record_merge("k", "kopie.wpl", 4, None)
    assert exchange.merge_record("k")["merge_actions"] == [7] and exchange.merge_record("k")["last_action_id"] == 4
