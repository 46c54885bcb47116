"""A rejected suggestion is an action in the journal: the global undo takes it back."""

from werkplaats.nlp.suggest import reject
from werkplaats.store import Coder, Project
from werkplaats.store.nlp_store import decision_count


def test_reject_is_undoable_with_the_journal(demo):
    with Project(demo) as p:
        c = Coder(p, "anna")
        seg = next(s for d in p.documents() for s in p.segments(d["id"]) if s["kind"] == "turn")
        before = decision_count(p)  # counts the demo's gold codings too
        reject(p, c, segment_id=seg["id"], code_id="cl.basisvoorwaarden")
        assert decision_count(p) == before + 1
        assert c.undo().startswith("suggestie")
        assert decision_count(p) == before
        c.redo()
        assert decision_count(p) == before + 1
