"""Memos: one per coder and target; coding memos live on the coding."""

import pytest

from werkplaats.store import CodingError, cell_target

from .conftest import add_doc


def test_memos_and_coding_memos(project, codes):
    doc_id = add_doc(project)
    memos = project.memos
    k = project.codings.apply(doc_id, 0, 5, "cl.basis", coder="anna")
    project.codings.set_memo(k, "opvallend", coder="anna")
    memos.set("document", doc_id, "Goed gesprek", coder="anna")
    memos.set("case", "Casus W-1", "Lastige casus", coder="anna")
    memos.set("case", cell_target("Casus W-1", "cl.basis"), "Schulden eerst", coder="bram")
    assert project.codings.get(k)["memo"] == "opvallend"
    assert memos.get("document", doc_id, coder="anna") == "Goed gesprek"
    assert memos.get("document", doc_id, coder="bram") == ""
    assert [m["target_id"] for m in memos.list("case")] == ["Casus W-1", "Casus W-1/cl.basis"]
    assert [m["coder"] for m in memos.list(coders=["bram"])] == ["bram"]
    assert memos.authors() == ["anna", "bram"]
    memos.set("document", doc_id, "", coder="anna")
    assert memos.get("document", doc_id, coder="anna") == ""
    project.journal.undo(coder="anna")
    assert memos.get("document", doc_id, coder="anna") == "Goed gesprek"
    with pytest.raises(CodingError):
        memos.set("planeet", 1, "x", coder="anna")


def test_add_many_appends_once(project):
    memos = project.memos
    row = {"target_type": "project", "target_id": "project", "coder": "anna", "text": "Eerste"}
    assert memos.add_many([row], coder="import", description="memo's") == 1
    assert memos.add_many([row | {"text": "Tweede"}, row], coder="import", description="memo's") == 1
    assert memos.get("project", "project", coder="anna") == "Eerste\n\nTweede"
