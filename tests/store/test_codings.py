"""Codings: applying, reading, coders kept apart, bulk coding, two processes."""

import subprocess
import sys
import textwrap

import pytest

from werkplaats.store import CodingError, NoCoder, Project

from .conftest import add_doc


def test_apply_partial_and_multi_segment_spans(project, codes):
    doc_id = add_doc(project)
    codings = project.codings
    text = project.documents.get(doc_id)["text"]
    start = text.index("schulden")
    k1 = codings.apply(doc_id, start, start + len("schulden"), "cl.basis", coder="anna")
    k2 = codings.apply(doc_id, 0, len(text), "pr.vertrouwen", coder="anna", memo="hele gesprek")
    assert codings.apply(doc_id, start, start + len("schulden"), "cl.basis", coder="anna") == k1  # no duplicate
    rows = codings.list(doc_id)
    assert [(k["id"], k["code_name"]) for k in rows] == [(k2, "Vertrouwensrelatie"), (k1, "Basisvoorwaarden")]
    frag = codings.fragments("cl.basis")[0]
    assert frag["text"] == "schulden" and frag["speaker"] == "R" and frag["region"] == "WIL Werk en Inkomen Lekstroom"
    assert frag["case_name"] == "Casus W-1"
    assert codings.coded_share()[doc_id] == 1.0
    assert codings.get(k2)["memo"] == "hele gesprek"
    assert codings.count() == 2 and codings.count("cl.basis") == 1
    assert codings.document_ids() == {doc_id}


@pytest.mark.parametrize("span", [(-1, 3), (5, 5), (0, 10_000)])
def test_invalid_spans_are_refused(project, codes, span):
    doc_id = add_doc(project)
    with pytest.raises(CodingError, match="Ongeldig tekstbereik"):
        project.codings.apply(doc_id, *span, "cl.basis", coder="anna")
    with pytest.raises(CodingError, match="Onbekende code"):
        project.codings.apply(doc_id, 0, 3, "bestaat.niet", coder="anna")
    with pytest.raises(NoCoder):
        project.codings.apply(doc_id, 0, 3, "cl.basis", coder="")


def test_coders_are_kept_apart(project, codes):
    doc_id = add_doc(project)
    codings = project.codings
    codings.apply(doc_id, 0, 5, "cl.basis", coder="anna")
    codings.apply(doc_id, 0, 5, "cl.basis", coder="bram")
    assert len(codings.list(doc_id)) == 2
    assert len(codings.list(doc_id, coders=["anna"])) == 1
    assert codings.coders() == ["anna", "bram"]
    assert [tuple(s) for s in codings.spans(["bram"])] == [(doc_id, 0, 5, "cl.basis", "bram")]
    assert project.journal.undo(coder="bram") == "'Basisvoorwaarden' toegekend"
    assert [k["coder"] for k in codings.list(doc_id)] == ["anna"]


def test_apply_many_is_one_action_without_duplicates(project, codes):
    doc_id = add_doc(project)
    codings = project.codings
    codings.apply(doc_id, 0, 5, "cl.basis", coder="anna")
    ids = codings.apply_many([(doc_id, 0, 5, "cl.basis"), (doc_id, 6, 9, "cl.basis"), (doc_id, 6, 9, "cl.basis"),
                              (doc_id, 0, 9, "pr.vertrouwen")], coder="anna", description="autocode test",
                             provenance="autocode", rule="zoek:x")
    assert len(ids) == 2
    assert len(codings.list()) == 3
    assert {k["provenance"] for k in codings.list()} == {"manual", "autocode"}
    assert project.journal.undo(coder="anna") == "autocode test"
    assert len(codings.list()) == 1
    project.journal.redo(coder="anna")
    assert len(codings.list()) == 3
    with pytest.raises(CodingError, match="Rij 2: onbekende code"):
        codings.apply_many([(doc_id, 0, 3, "cl"), (doc_id, 0, 3, "nee")], coder="anna", description="x")
    with pytest.raises(CodingError, match="Rij 1: ongeldig tekstbereik"):
        codings.apply_many([(doc_id, 0, 10_000, "cl")], coder="anna", description="x")
    assert len(codings.list()) == 3


def test_delete_memo_and_scope(project, codes):
    doc_id = add_doc(project)
    other = add_doc(project, ("Werk.",), region="Ferm Werk", case=None)
    k = project.codings.apply(doc_id, 0, 5, "cl.basis", coder="anna")
    project.codings.apply(other, 0, 3, "cl.basis", coder="bram")
    project.codings.set_memo(k, "opvallend", coder="anna")
    assert project.codings.get(k)["memo"] == "opvallend"
    scoped = project.codings.in_scope(regions=["Ferm Werk"])
    assert [(s.document_id, s.coder, s.case_id) for s in scoped] == [(other, "bram", None)]
    assert len(project.codings.in_scope(coders=["anna"])) == 1
    assert [r["id"] for r in project.codings.rows(coders=["anna"])] == [k]
    project.codings.delete(k, coder="anna")
    with pytest.raises(CodingError, match="bestaat niet"):
        project.codings.get(k)


WORKER = textwrap.dedent(
    """
    import sys
    from werkplaats.store import Project
    path, coder, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Project(path) as p:
        for i in range(n):
            p.codings.apply(1, i, i + 3, "a", coder=coder, memo=f"{coder} {i}")
            if i % 10 == 9:
                p.journal.undo(coder=coder); p.journal.redo(coder=coder)
    """
)


def test_two_processes_never_lose_work(tmp_path):
    path = tmp_path / "samen.wpl"
    with Project.create(path) as p:
        p.codes.add("a", "A", coder="setup")
        add_doc(p, tuple(f"Zin nummer {i} over werk en inkomen." for i in range(40)))
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(path), name, "150"], stderr=subprocess.PIPE)
             for name in ("anna", "bram")]
    for proc in procs:
        _, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr.decode()
    with Project(path) as p:
        assert p.integrity_check() == "ok"
        assert len(p.codings.list(coders=["anna"])) == 150
        assert len(p.codings.list(coders=["bram"])) == 150
