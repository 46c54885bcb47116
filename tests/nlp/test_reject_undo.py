"""A rejected suggestion is an action in the journal: the global undo takes it back."""

from werkplaats.nlp.suggest import reject
from werkplaats.store import Project


def test_reject_is_undoable_with_the_journal(demo):
    with Project(demo) as p:
        seg = next(s for d in p.documents.list() for s in p.documents.segments(d["id"]) if s["kind"] == "turn")
        before = p.nlp.decision_count()  # counts the demo's gold codings too
        reject(p, "anna", segment_id=seg["id"], code_id="cl.basisvoorwaarden")
        assert p.nlp.decision_count() == before + 1
        assert p.journal.undo(coder="anna").startswith("suggestie")
        assert p.nlp.decision_count() == before
        p.journal.redo(coder="anna")
        assert p.nlp.decision_count() == before + 1
