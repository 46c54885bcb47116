"""Sentence-level suggestions: units, spans, unit labels, rejections with a span, and 'werkplaats beslis'."""

from __future__ import annotations

from click.testing import CliRunner

from werkplaats.cli import cli
from werkplaats.nlp.annotate import Annotator, ensure_annotated
from werkplaats.nlp.load import for_project
from werkplaats.nlp.suggest import (WEIGHTS, Weights, accept, reject, span_chars, suggest, suggestion_for,
                                    training_set, units)

from .conftest import OTHER, add_document

# three sentences of at least 12 words (WEIGHTS.min_unit_words) and a one-word answer
WEATHER = "Het weer was slecht die dag en de bus naar het centrum was veel te laat."
DEBTS = "We hebben toen eerst samen de schulden geregeld met de schuldhulp en een vaste aflossing."
LISTEN = "Ik had vertrouwen in haar, want ze nam echt de tijd om naar mij te luisteren."
MIXED = f"{WEATHER} {DEBTS} Ja. {LISTEN}"


def _annotation(project, text):
    return Annotator(for_project(project))(text)


def test_units_are_sentences_with_short_ones_joined(small):
    ann = _annotation(small, MIXED)
    spans = units(ann, Weights(min_unit_words=8))
    assert len(spans) == 3  # "Ja." (one word) is joined to the sentence before it
    texts = [MIXED[slice(*span_chars(ann, s, MIXED))] for s in spans]
    assert texts == [WEATHER, DEBTS + " Ja.", LISTEN]
    assert units(ann, Weights(unit="segment")) == [(0, len(ann.lemmas))]
    assert units(_annotation(small, ""), WEIGHTS) == []


def _mixed_document(project):
    doc = add_document(project, "Gemengd", [MIXED, OTHER[1]])
    ensure_annotated(project)
    segment = next(s for s in project.documents.segments(doc) if s["text"] == MIXED)
    return doc, segment


def test_a_coding_of_one_sentence_labels_only_that_unit(small):
    doc, segment = _mixed_document(small)
    start = segment["start"] + MIXED.index(DEBTS)
    small.codings.apply(doc, start, start + len(DEBTS), "fin.schulden", coder="anna")
    data = training_set(small, [doc])
    rows = [i for i, s in enumerate(data.segment_ids) if s == segment["id"]]
    assert [data.labels[i] for i in rows] == [set(), {"fin.schulden"}, set()]
    assert all(data.weights[i] == 1.0 for i in rows)  # the segment has a coding: its other sentences are known


def test_suggestion_is_for_the_sentence_and_accept_codes_only_that(small):
    doc, segment = _mixed_document(small)
    found = [s for s in suggest(small, "bob", segment_id=segment["id"]) if s.code_id == "fin.schulden"]
    assert found, "the debt sentence gets a suggestion"
    s = found[0]
    assert s.text == DEBTS + " Ja."
    assert (s.start, s.end) == (segment["start"] + MIXED.index(DEBTS), segment["start"] + MIXED.index(LISTEN) - 1)
    accept(small, "bob", s)
    coding = small.codings.list(document_id=doc)[0]
    assert (coding["start"], coding["end"], coding["code_id"]) == (s.start, s.end, "fin.schulden")


def test_a_rejection_with_a_span_is_a_negative_for_that_sentence_only(small):
    doc, segment = _mixed_document(small)
    small.codings.apply(doc, segment["start"], segment["start"] + len(WEATHER), "rel.vertrouwen", coder="anna")  # makes doc coded
    s = suggestion_for(small, segment["id"], "fin.schulden")
    reject(small, "anna", s)
    decision = small.nlp.decisions(["anna"])[0]
    assert (decision["start"], decision["end"]) == (s.start, s.end)
    data = training_set(small, [doc])
    rows = [i for i, sid in enumerate(data.segment_ids) if sid == segment["id"]]
    assert [data.negatives[i] for i in rows] == [set(), {"fin.schulden"}, set()]
    reject(small, "anna", s)  # the same rejection again: nothing changes
    assert small.nlp.decisions(["anna"])[0]["start"] == s.start
    # rejecting the same code for the whole segment (or another part of it) widens it to the whole segment
    reject(small, "anna", segment_id=segment["id"], code_id="fin.schulden")
    decision = small.nlp.decisions(["anna"])[0]
    assert decision["start"] is None and decision["end"] is None
    data = training_set(small, [doc])
    assert all("fin.schulden" in data.negatives[i] for i, sid in enumerate(data.segment_ids) if sid == segment["id"])


def test_migration_adds_decision_spans(small):
    columns = {r[1] for r in small.db.execute("PRAGMA table_info(nlp_decisions)")}
    assert {"start", "end"} <= columns


def invoke(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def test_beslis_accept_reject_no_code_and_take_back(small):
    doc, segment = _mixed_document(small)
    sid = segment["id"]
    path = small.path
    small.close()
    out = invoke("beslis", path, "--segment", sid, "--code", "fin.schulden", "--afwijzen", "--coder", "cas")
    assert out.exit_code == 0 and "Afgewezen" in out.output
    out = invoke("beslis", path, "--segment", sid, "--code", "fin.schulden", "--terug", "--coder", "cas")
    assert out.exit_code == 0 and "Teruggenomen" in out.output
    out = invoke("beslis", path, "--segment", sid, "--code", "fin.schulden", "--terug", "--coder", "cas")
    assert out.exit_code == 1 and "geen afwijzing" in out.output
    out = invoke("beslis", path, "--segment", sid, "--code", "fin.schulden", "--accepteer", "--coder", "cas")
    assert out.exit_code == 0 and "Gecodeerd" in out.output
    out = invoke("beslis", path, "--segment", sid, "--geen-code", "--coder", "cas")
    assert out.exit_code == 0
    assert invoke("beslis", path, "--segment", sid, "--coder", "cas").exit_code == 2
    assert invoke("beslis", path, "--segment", 99999, "--geen-code").exit_code == 1
    from werkplaats.store import Project

    with Project(path) as p:
        codings = p.codings.list(document_id=doc)
        assert [c["code_id"] for c in codings] == ["fin.schulden"]
        assert codings[0]["end"] - codings[0]["start"] < len(MIXED)  # the sentence, not the whole segment
        assert [d["decision"] for d in p.nlp.decisions(["cas"])] == ["no_code"]


def test_suggest_interactive_accepts_and_rejects(small):
    doc = small.documents.list()[3]["id"]
    path = small.path
    small.close()
    out = invoke("suggest", path, "--document", doc, "--coder", "dirk", "-i", input="a\nx\nq\n")
    assert out.exit_code == 0, out.output
    assert "1 geaccepteerd, 1 afgewezen, 0 × geen code" in out.output
    from werkplaats.store import Project

    with Project(path) as p:
        assert len(p.codings.list(document_id=doc)) == 1
        assert len(p.nlp.decisions(["dirk"])) == 1


def test_a_project_of_schema_8_gets_decision_spans_and_keeps_its_decisions(small):
    import sqlite3

    from werkplaats.store import Project

    doc, segment = _mixed_document(small)
    small.nlp.add_decision(segment["id"], "fin.schulden", coder="anna")
    path = small.path
    small.close()
    conn = sqlite3.connect(path)  # make it look like a project saved before migration 9
    conn.execute('ALTER TABLE nlp_decisions DROP COLUMN "end"')
    conn.execute("ALTER TABLE nlp_decisions DROP COLUMN start")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()
    with Project(path) as p:
        assert p.schema_version >= 9
        [decision] = p.nlp.decisions(["anna"])
        assert (decision["code_id"], decision["start"], decision["end"]) == ("fin.schulden", None, None)
        data = training_set(p, [doc])
        assert all("fin.schulden" in n for n, sid in zip(data.negatives, data.segment_ids) if sid == segment["id"])


DEBTS_TOO = "Later kwam er ook een nieuwe schuld bij de energieleverancier, maar die konden we snel aflossen."


def test_a_coded_or_rejected_sentence_blocks_only_itself(small):
    doc = add_document(small, "Twee keer schulden", [f"{DEBTS} {WEATHER} {DEBTS_TOO}", OTHER[1]])
    ensure_annotated(small)
    segment = next(s for s in small.documents.segments(doc) if s["text"].startswith(DEBTS))
    base = segment["start"]

    def debt_spans():
        return [s.text for s in suggest(small, "eva", segment_id=segment["id"], min_score=0.0)
                if s.code_id == "fin.schulden"]

    assert debt_spans() and debt_spans()[0] in (DEBTS, DEBTS_TOO)
    first = debt_spans()[0]
    other = DEBTS_TOO if first == DEBTS else DEBTS
    start = base + segment["text"].index(first)
    small.codings.apply(doc, start, start + len(first), "fin.schulden", coder="eva")  # code the best sentence
    assert debt_spans() == [other]  # the other debt sentence is still suggested
    reject(small, "eva", suggest(small, "eva", segment_id=segment["id"], min_score=0.0, code_id="fin.schulden")[0])
    assert debt_spans() == []  # coded one sentence, rejected the other
    assert [s.code_id for s in suggest(small, "eva", segment_id=segment["id"], min_score=0.0)
            if s.code_id == "fin.schulden"] == []
