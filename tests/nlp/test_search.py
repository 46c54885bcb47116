"""Annotation and lemma-aware search."""

from __future__ import annotations

from werkplaats.nlp.annotate import annotate, decode
from werkplaats.nlp.search import lemma_search
from werkplaats.search import HIGHLIGHT_END, HIGHLIGHT_START

from .conftest import add_document


def test_annotate_stores_lemmas_offsets_and_sentences(small):
    result = annotate(small)
    assert result["new"] == result["segments"] == small.nlp.annotation_counts()[1]
    assert annotate(small)["new"] == 0  # only what is missing
    row = next(r for r in small.nlp.annotated_segments() if r["text"].startswith("Mijn schulden"))
    ann = decode(row["lemmas"], row["offsets"], row["sents"])
    assert ann.lemmas[:2] == ["mijn", "schuld"]
    start, end = ann.offsets[1]
    assert row["text"][start:end] == "schulden"
    assert ann.sents == [0]
    add_document(small, "Twee zinnen", ["Eerst dit. Dan de schulden."])
    annotate(small)
    (row,) = [r for r in small.nlp.annotated_segments() if r["title"] == "Twee zinnen"]
    assert decode(row["lemmas"], row["offsets"], row["sents"]).sents == [0, 2]


def test_schuld_finds_schulden_and_keys_match_project_search(small):
    hits = lemma_search(small, "schuld")
    texts = [h["text"] for h in hits]
    assert any("schulden" in t for t in texts)
    plain = small.documents.search('"schuld"')
    assert len(hits) > len(plain)
    assert set(plain[0]) <= set(hits[0])
    hit = next(h for h in hits if h["text"].startswith("Mijn schulden"))
    assert f"{HIGHLIGHT_START}schulden{HIGHLIGHT_END}" in hit["snippet"]


def test_phrase_on_lemmas(small):
    hits = lemma_search(small, '"serieus nemen"')
    assert hits and all("serieus genomen" in h["text"] for h in hits)
    assert f"{HIGHLIGHT_START}serieus genomen{HIGHLIGHT_END}" in hits[0]["snippet"]
    assert lemma_search(small, '"nemen serieus"') == []


def test_operators_and_prefix(small):
    both = lemma_search(small, "schuld NOT aflossen", limit=None)
    assert both and not any("aflossen" in h["text"] for h in both)
    compounds = lemma_search(small, "schuld", prefix=True, limit=None)
    assert any("schuldhulp" in h["text"] for h in compounds)


def test_new_documents_are_annotated_on_search(small):
    lemma_search(small, "schuld")
    add_document(small, "Nieuw", ["De wijkteams overlegden over de schulden van meneer."])
    hits = lemma_search(small, "wijkteam")
    assert [h["title"] for h in hits] == ["Nieuw"]


def test_changed_segment_text_drops_its_lemmas(small):
    annotate(small)
    seg_id = small.nlp.annotated_segments()[0]["segment_id"]
    small.db.execute("UPDATE segments SET text = 'iets anders' WHERE id = ?", [seg_id])
    done, total = small.nlp.annotation_counts()
    assert done == total - 1


def test_deleting_a_document_removes_its_lemmas_from_the_index(small):
    annotate(small)
    doc_id = small.documents.list()[0]["id"]
    before = len(lemma_search(small, "schuld", annotate=False, limit=None))
    with small.atomic():
        small.db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
    after = lemma_search(small, "schuld", annotate=False, limit=None)
    assert len(after) < before and all(h["document_id"] != doc_id for h in after)
