"""The codebook: reading needs no coder, every change is one coder's undoable action."""

import pytest

from werkplaats.codebook.model import Code, Codebook
from werkplaats.store import CodingError, NoCoder

from .conftest import add_doc


def test_codes_in_tree_order_with_counts(project, codes):
    doc_id = add_doc(project)
    project.codings.apply(doc_id, 0, 5, "cl.basis", coder="anna")
    project.codings.apply(doc_id, 0, 5, "cl.basis", coder="bram")
    assert [(c["id"], c["depth"], c["count"]) for c in codes.list()] == [
        ("cl", 0, 0), ("cl.basis", 1, 2), ("pr", 0, 0), ("pr.vertrouwen", 1, 0)]
    assert [c["count"] for c in codes.list(coders=["bram"])] == [0, 1, 0, 0]
    code = codes.get("cl.basis")
    assert code["keywords"] == [] and code["extra"] == {} and code["colour"] == "#aa0000"
    assert codes.get("nope") is None
    with pytest.raises(CodingError, match="Onbekende code"):
        codes.require("nope")


def test_codebook_round_trip_needs_no_coder(project):
    cb = Codebook(name="Factoren", version="2")
    cb.codes = [Code(id="a", name="A", keywords=["schuld"]), Code(id="a.b", name="B", parent="a", extra={"x": 1})]
    assert project.codes.load_codebook(cb, coder="lead") == {"new": 2, "updated": 0}
    cb.codes[1].name = "Bee"
    assert project.codes.load_codebook(cb, coder="lead") == {"new": 0, "updated": 1}
    back = project.codes.codebook()
    assert (back.name, back.version) == ("Factoren", "2")
    assert [(c.id, c.name, c.parent, c.keywords, c.extra) for c in back.codes] == [
        ("a", "A", None, ["schuld"], {}), ("a.b", "Bee", "a", [], {"x": 1})]
    with pytest.raises(NoCoder):
        project.codes.load_codebook(cb, coder=" ")


def test_codebook_edits(project, codes):
    codes.edit("pr.vertrouwen", name="Vertrouwen", colour="#00ff00", definition="Nieuw", coder="anna")
    assert codes.get("pr.vertrouwen")["name"] == "Vertrouwen"
    codes.move("pr.vertrouwen", "cl", coder="anna")
    assert codes.get("pr.vertrouwen")["parent_id"] == "cl"
    with pytest.raises(CodingError, match="onder zichzelf"):
        codes.move("cl", "cl.basis", coder="anna")
    with pytest.raises(CodingError, match="bestaat al"):
        codes.add("cl", "Nog eens", coder="anna")
    with pytest.raises(CodingError, match="Onbekende eigenschap"):
        codes.edit("cl", size=3, coder="anna")
    doc_id = add_doc(project)
    project.codings.apply(doc_id, 0, 3, "cl.basis", coder="anna")
    with pytest.raises(CodingError, match="coderingen"):
        codes.delete("cl.basis", coder="anna")
    with pytest.raises(CodingError, match="subcodes"):
        codes.delete("cl", coder="anna")
    project.journal.undo(coder="anna")  # the coding
    project.journal.undo(coder="anna")  # the move
    assert codes.get("pr.vertrouwen")["parent_id"] == "pr"
    codes.delete("pr.vertrouwen", coder="anna")
    assert codes.get("pr.vertrouwen") is None


def test_merge_keeps_codings_and_undo_restores(project, codes):
    doc_id = add_doc(project)
    apply = project.codings.apply
    apply(doc_id, 0, 5, "cl.basis", coder="anna")
    apply(doc_id, 6, 9, "cl.basis", coder="anna")
    apply(doc_id, 0, 5, "pr.vertrouwen", coder="anna")  # same span: would duplicate after merge
    project.memos.set("code", "cl.basis", "memo bron", coder="anna")
    project.memos.set("code", "pr.vertrouwen", "memo doel", coder="anna")
    assert codes.merge("cl.basis", "pr.vertrouwen", coder="anna") == 1
    assert codes.get("cl.basis") is None
    assert [(k["start"], k["code_id"]) for k in project.codings.list(doc_id)] == [
        (0, "pr.vertrouwen"), (6, "pr.vertrouwen")]
    assert project.memos.get("code", "pr.vertrouwen", coder="anna") == "memo doel\n\nmemo bron"
    project.journal.undo(coder="anna")
    assert sorted((k["start"], k["code_id"]) for k in project.codings.list(doc_id)) == [
        (0, "cl.basis"), (0, "pr.vertrouwen"), (6, "cl.basis")]
    assert project.memos.get("code", "cl.basis", coder="anna") == "memo bron"
    with pytest.raises(CodingError, match="eigen subcode"):
        codes.merge("cl", "cl.basis", coder="anna")
