"""The journal: undo and redo per coder, across restarts, refusing to overwrite someone else's change."""

import pytest

from werkplaats.store import Project, UndoConflict

from .conftest import add_doc


def test_undo_redo_across_restarts(tmp_path):
    path = tmp_path / "p.wpl"
    with Project.create(path) as p:
        p.codes.add("a", "A", coder="anna")
        doc_id = add_doc(p)
        p.codings.apply(doc_id, 0, 5, "a", coder="anna")
        p.codings.apply(doc_id, 6, 9, "a", coder="anna")
    with Project(path) as p:
        assert p.journal.undo(coder="anna") == "'A' toegekend"
        assert len(p.codings.list()) == 1
    with Project(path) as p:
        journal = p.journal
        assert journal.redo(coder="anna") == "'A' toegekend"
        assert [(k["start"], k["end"]) for k in p.codings.list()] == [(0, 5), (6, 9)]
        assert journal.redo(coder="anna") is None
        for _ in range(3):  # both codings, then the code itself
            journal.undo(coder="anna")
        assert p.codes.list() == [] and p.codings.list() == []
        journal.redo(coder="anna")
        p.codes.add("b", "B", coder="anna")  # a new action ends the redo chain
        assert journal.redo(coder="anna") is None
        history = journal.history()
        assert history[0]["description"] == "code 'B' toegevoegd"
        assert history[0]["changes"][0]["after"]["name"] == "B"
        assert journal.history(coder="bram") == []


def test_undo_refuses_when_someone_else_changed_the_row(project, codes):
    doc_id = add_doc(project)
    k = project.codings.apply(doc_id, 0, 5, "cl.basis", coder="anna")
    project.codings.set_memo(k, "bram was hier", coder="bram")
    with pytest.raises(UndoConflict):
        project.journal.undo(coder="anna")
    assert len(project.codings.list()) == 1


def test_actions_changes_and_replay(project, codes):
    actions = project.journal.actions()
    assert [(a.coder, a.state) for a in actions] == [("anna", "done")] * 4
    changes = project.journal.changes_after(actions[1].id)
    assert [(c.table, c.row_id, c.before) for c in changes] == [("codes", "pr", None), ("codes", "pr.vertrouwen", None)]
    action = project.journal.replay([("update", "codes", "pr", {"name": "Prof"}), ("delete", "codes", "cl.basis", None)],
                                    coder="lead", description="samengevoegd")
    assert project.codes.get("pr")["name"] == "Prof" and project.codes.get("cl.basis") is None
    assert project.journal.replay([], coder="lead", description="niets") is None
    assert project.journal.undo(coder="lead") == "samengevoegd" and project.codes.get("cl.basis")
    assert action == actions[-1].id + 1
