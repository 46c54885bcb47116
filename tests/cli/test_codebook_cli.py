"""`werkplaats codebook load/export` with the project's own codebook."""

from pathlib import Path

import yaml

from tests.cli.test_cli import run
from werkplaats.store import Project

ROOT = Path(__file__).resolve().parents[2]


def test_load_export_round_trip(tmp_path):
    wpl = tmp_path / "p.wpl"
    run("nieuw", wpl)
    out = run("codeboek", "laad", wpl, ROOT / "codebooks" / "werkzame-factoren.yaml", "--coder", "anna").output
    assert "40 nieuwe" in out
    with Project(wpl) as p:
        codes = {k["id"]: k for k in p.codes.list()}
        assert codes["pr.vertrouwensrelatie"]["parent_id"] == "pr"
        assert codes["pr.vertrouwensrelatie"]["keywords"]
        assert p.cases.definition("trede_participatieladder_start").type == "ordinal"
        p.journal.undo(coder="anna")  # loading is one undoable action
        assert p.codes.list() == []
        p.journal.redo(coder="anna")
    again = run("codeboek", "laad", wpl, ROOT / "codebooks" / "werkzame-factoren.yaml").output
    assert "0 nieuwe en 0 bijgewerkte" in again
    run("codeboek", "exporteer", wpl, "-o", tmp_path / "uit.yaml")
    exported = yaml.safe_load((tmp_path / "uit.yaml").read_text(encoding="utf-8"))
    original = yaml.safe_load((ROOT / "codebooks" / "werkzame-factoren.yaml").read_text(encoding="utf-8"))
    assert [c["id"] for c in exported["codes"]] == [c["id"] for c in original["codes"]]
    assert exported["name"] == original["name"]
    assert "bestaat al" in run("codeboek", "exporteer", wpl, "-o", tmp_path / "uit.yaml", ok=False).output
    run("codeboek", "exporteer", wpl, "-o", tmp_path / "uit.qdc")
    assert b"urn:QDA-XML:codebook:1.0" in (tmp_path / "uit.qdc").read_bytes()
    wpl2 = tmp_path / "q.wpl"
    run("nieuw", wpl2)
    assert "40 nieuwe" in run("codeboek", "laad", wpl2, tmp_path / "uit.qdc").output


def test_invalid_codebook_names_the_line(tmp_path):
    wpl = tmp_path / "p.wpl"
    run("nieuw", wpl)
    bad = tmp_path / "slecht.yaml"
    bad.write_text("name: x\ncodes:\n  - id: a\n    name: A\n  - id: a\n    name: Dubbel\n", encoding="utf-8")
    out = run("codeboek", "laad", wpl, bad, ok=False).output
    assert "regel 5" in out and "'a'" in out
    with Project(wpl) as p:
        assert p.codes.list() == []
