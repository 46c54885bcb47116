"""Codings, codebook edits, memos, the journal and undo/redo, two processes."""

import subprocess
import sys
import textwrap

import pytest

from werkplaats.model import TURN, TextBuilder
from werkplaats.store import Coder, CodingError, Project, UndoConflict


def add_doc(project, text_blocks=("Eerst de schulden, dan werk.", "Ze vertrouwde de klantmanager.")):
    b = TextBuilder()
    for i, t in enumerate(text_blocks):
        b.add(t, TURN, prefix="R: " if i % 2 == 0 else "I: ", speaker="R" if i % 2 == 0 else "I")
    with project.atomic():
        sid = project.add_source(filename="a.txt", path="a.txt", sha256=str(text_blocks), content=b"x", fmt="txt")
        return project.add_document(b.build("Interview", "txt"), source_id=sid, filename="a.txt",
                                    source_type="interview", region="WIL", case="Casus W-1")


@pytest.fixture
def anna(project):
    c = Coder(project, "anna")
    c.add_code("cl", "Cliëntniveau")
    c.add_code("cl.basis", "Basisvoorwaarden", "cl", definition="Schulden, wonen", colour="#aa0000")
    c.add_code("pr", "Professional")
    c.add_code("pr.vertrouwen", "Vertrouwensrelatie", "pr")
    return c


def test_apply_partial_and_multi_segment_spans(project, anna):
    doc_id = add_doc(project)
    text = project.document(doc_id)["text"]
    start = text.index("schulden")
    k1 = anna.apply(doc_id, start, start + len("schulden"), "cl.basis")
    k2 = anna.apply(doc_id, 0, len(text), "pr.vertrouwen", memo="hele gesprek")
    assert anna.apply(doc_id, start, start + len("schulden"), "cl.basis") == k1  # no duplicate
    codings = anna.codings(doc_id)
    assert [(k["id"], k["code_name"]) for k in codings] == [(k2, "Vertrouwensrelatie"), (k1, "Basisvoorwaarden")]
    frag = anna.fragments("cl.basis")[0]
    assert frag["text"] == "schulden" and frag["speaker"] == "R" and frag["region"] == "WIL Werk en Inkomen Lekstroom"
    counts = {c["id"]: c["count"] for c in anna.codes()}
    assert counts == {"cl": 0, "cl.basis": 1, "pr": 0, "pr.vertrouwen": 1}
    assert [c["depth"] for c in anna.codes()] == [0, 1, 0, 1]
    assert anna.coded_share()[doc_id] == 1.0


@pytest.mark.parametrize("span", [(-1, 3), (5, 5), (0, 10_000)])
def test_invalid_spans_are_refused(project, anna, span):
    doc_id = add_doc(project)
    with pytest.raises(CodingError, match="Ongeldig tekstbereik"):
        anna.apply(doc_id, *span, "cl.basis")
    with pytest.raises(CodingError, match="Onbekende code"):
        anna.apply(doc_id, 0, 3, "bestaat.niet")


def test_coders_are_kept_apart(project, anna):
    doc_id = add_doc(project)
    bram = Coder(project, "bram")
    anna.apply(doc_id, 0, 5, "cl.basis")
    bram.apply(doc_id, 0, 5, "cl.basis")
    assert len(anna.codings(doc_id)) == 2
    assert len(anna.codings(doc_id, coders=["anna"])) == 1
    assert anna.coders() == ["anna", "bram"]
    assert bram.undo() == "'Basisvoorwaarden' toegekend"
    assert [k["coder"] for k in anna.codings(doc_id)] == ["anna"]


def test_undo_redo_across_restarts(tmp_path):
    path = tmp_path / "p.wpl"
    with Project.create(path) as p:
        c = Coder(p, "anna")
        c.add_code("a", "A")
        doc_id = add_doc(p)
        c.apply(doc_id, 0, 5, "a")
        c.apply(doc_id, 6, 9, "a")
    with Project(path) as p:
        c = Coder(p, "anna")
        assert c.undo() == "'A' toegekend"
        assert len(c.codings()) == 1
    with Project(path) as p:
        c = Coder(p, "anna")
        assert c.redo() == "'A' toegekend"
        assert [(k["start"], k["end"]) for k in c.codings()] == [(0, 5), (6, 9)]
        assert c.redo() is None
        c.undo(); c.undo(); c.undo()  # both codings, then the code itself
        assert c.codes() == [] and c.codings() == []
        c.redo()
        c.add_code("b", "B")  # a new action ends the redo chain
        assert c.redo() is None
        history = c.journal.history()
        assert history[0]["description"] == "code 'B' toegevoegd"
        assert history[0]["changes"][0]["na"]["name"] == "B"


def test_merge_keeps_codings_and_undo_restores(project, anna):
    doc_id = add_doc(project)
    anna.apply(doc_id, 0, 5, "cl.basis")
    anna.apply(doc_id, 6, 9, "cl.basis")
    anna.apply(doc_id, 0, 5, "pr.vertrouwen")  # same span: would duplicate after merge
    anna.set_memo("code", "cl.basis", "memo bron")
    anna.set_memo("code", "pr.vertrouwen", "memo doel")
    assert anna.merge_codes("cl.basis", "pr.vertrouwen") == 1
    assert anna.code("cl.basis") is None
    assert [(k["start"], k["code_id"]) for k in anna.codings(doc_id)] == [(0, "pr.vertrouwen"), (6, "pr.vertrouwen")]
    assert anna.memo("code", "pr.vertrouwen") == "memo doel\n\nmemo bron"
    anna.undo()
    assert sorted((k["start"], k["code_id"]) for k in anna.codings(doc_id)) == [
        (0, "cl.basis"), (0, "pr.vertrouwen"), (6, "cl.basis")]
    assert anna.memo("code", "cl.basis") == "memo bron"


def test_codebook_edits(project, anna):
    anna.edit_code("pr.vertrouwen", name="Vertrouwen", colour="#00ff00", definition="Nieuw")
    assert anna.code("pr.vertrouwen")["name"] == "Vertrouwen"
    anna.move_code("pr.vertrouwen", "cl")
    assert anna.code("pr.vertrouwen")["parent_id"] == "cl"
    with pytest.raises(CodingError, match="onder zichzelf"):
        anna.move_code("cl", "cl.basis")
    with pytest.raises(CodingError, match="bestaat al"):
        anna.add_code("cl", "Nog eens")
    doc_id = add_doc(project)
    anna.apply(doc_id, 0, 3, "cl.basis")
    with pytest.raises(CodingError, match="coderingen"):
        anna.delete_code("cl.basis")
    anna.undo()  # the coding
    anna.undo()  # the move
    assert anna.code("pr.vertrouwen")["parent_id"] == "pr"


def test_undo_refuses_when_someone_else_changed_the_row(project, anna):
    doc_id = add_doc(project)
    k = anna.apply(doc_id, 0, 5, "cl.basis")
    Coder(project, "bram").set_coding_memo(k, "bram was hier")
    with pytest.raises(UndoConflict):
        anna.undo()
    assert len(anna.codings()) == 1


def test_memos_and_coding_memos(project, anna):
    doc_id = add_doc(project)
    k = anna.apply(doc_id, 0, 5, "cl.basis")
    anna.set_coding_memo(k, "opvallend")
    anna.set_memo("document", doc_id, "Goed gesprek")
    anna.set_memo("case", "Casus W-1", "Lastige casus")
    assert anna.coding(k)["memo"] == "opvallend"
    assert anna.memo("document", doc_id) == "Goed gesprek"
    anna.set_memo("document", doc_id, "")
    assert anna.memo("document", doc_id) == ""
    anna.undo()
    assert anna.memo("document", doc_id) == "Goed gesprek"
    with pytest.raises(CodingError):
        anna.set_memo("planeet", 1, "x")


WORKER = textwrap.dedent(
    """
    import sys
    from werkplaats.store import Coder, Project
    path, coder, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Project(path) as p:
        c = Coder(p, coder)
        for i in range(n):
            c.apply(1, i, i + 3, "a", memo=f"{coder} {i}")
            if i % 10 == 9:
                c.undo(); c.redo()
    """
)


def test_two_processes_never_lose_work(tmp_path):
    path = tmp_path / "samen.wpl"
    with Project.create(path) as p:
        Coder(p, "setup").add_code("a", "A")
        add_doc(p, tuple(f"Zin nummer {i} over werk en inkomen." for i in range(40)))
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(path), name, "150"], stderr=subprocess.PIPE)
             for name in ("anna", "bram")]
    for proc in procs:
        _, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr.decode()
    with Project(path) as p:
        assert p.integrity_check() == "ok"
        c = Coder(p, "anna")
        assert len(c.codings(coders=["anna"])) == 150
        assert len(c.codings(coders=["bram"])) == 150


def test_apply_many_is_one_action_without_duplicates(project, anna):
    doc_id = add_doc(project)
    anna.apply(doc_id, 0, 5, "cl.basis")
    ids = anna.apply_many([(doc_id, 0, 5, "cl.basis"), (doc_id, 6, 9, "cl.basis"), (doc_id, 6, 9, "cl.basis"),
                           (doc_id, 0, 9, "pr.vertrouwen")], description="autocode test", provenance="autocode", rule="zoek:x")
    assert len(ids) == 2
    assert len(anna.codings()) == 3
    assert {k["provenance"] for k in anna.codings()} == {"manual", "autocode"}
    assert anna.undo() == "autocode test"
    assert len(anna.codings()) == 1
    anna.redo()
    assert len(anna.codings()) == 3
    with pytest.raises(CodingError, match="Rij 2: onbekende code"):
        anna.apply_many([(doc_id, 0, 3, "cl"), (doc_id, 0, 3, "nee")], description="x")
    with pytest.raises(CodingError, match="Rij 1: ongeldig tekstbereik"):
        anna.apply_many([(doc_id, 0, 10_000, "cl")], description="x")
    assert len(anna.codings()) == 3
