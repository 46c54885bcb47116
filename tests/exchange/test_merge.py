"""Merging coders' copies: documents by content, codes by id, conflicts explicit, idempotent."""

from __future__ import annotations

import shutil

import pytest

from werkplaats.exchange.merge import MergeError, merge
from werkplaats.model import TextBuilder
from werkplaats.store import Coder, Project

from .conftest import snapshot


@pytest.fixture
def copies(demo, tmp_path):
    paths = {}
    for name in ("anna", "bram"):
        paths[name] = tmp_path / f"{name}.wpl"
        shutil.copy(demo, paths[name])
    return demo, paths


def _code(path, coder, code_index, n=4, rename=None, memo=None):
    with Project(path) as p:
        c = Coder(p, coder)
        doc = p.documents()[0]
        codes = [r["id"] for r in c.codes()]
        segs = p.segments(doc["id"])[:n]
        c.apply_many([(doc["id"], s["start"], s["end"], codes[code_index]) for s in segs], description="coderen")
        if rename:
            c.edit_code(codes[1], name=rename)
        if memo:
            c.set_memo("document", doc["id"], memo)
        return codes


def test_merge_keeps_coders_and_is_idempotent(copies):
    target, paths = copies
    _code(paths["anna"], "anna", 2, memo="memo van anna")
    _code(paths["bram"], "bram", 3)
    with Project(target) as t:
        a = merge(t, paths["anna"], "lead")
        b = merge(t, paths["bram"], "lead")
        assert a.applied and b.applied and a.codings_added == 4 and b.codings_added == 4 and a.memos_added == 1
        once = snapshot(target)
        again = [merge(t, paths[n], "lead") for n in ("anna", "bram", "anna")]
        assert all(r.changes == 0 and not r.conflicts for r in again)
        assert set(Coder(t, "x").coders()) >= {"anna", "bram"}
    assert snapshot(target) == once


def test_rename_on_one_side_is_taken_over(copies):
    target, paths = copies
    _code(paths["anna"], "anna", 2, rename="Nieuwe naam")
    with Project(target) as t:
        report = merge(t, paths["anna"], "lead")
        codes = [r for r in Coder(t, "x").codes()]
    assert report.codes_updated == 1 and codes[1]["name"] == "Nieuwe naam"


def test_conflicting_renames_need_a_choice(copies):
    target, paths = copies
    _code(paths["anna"], "anna", 2, rename="Naam van Anna")
    _code(paths["bram"], "bram", 3, rename="Naam van Bram")
    with Project(target) as t:
        merge(t, paths["anna"], "lead")
        before = snapshot(target)
        report = merge(t, paths["bram"], "lead")
        assert report.conflicts and "beide kanten" in report.conflicts[0] and not report.applied
        assert report.conflicts[0].kind == "changed" and "--" not in report.conflicts[0]  # the CLI names the option
        assert snapshot(target) == before  # nothing written
        resolved = merge(t, paths["bram"], "lead", neem="bron")
        assert resolved.applied and resolved.resolved
        assert Coder(t, "x").codes()[1]["name"] == "Naam van Bram"
        # Merging Anna's copy again does not bring the conflict back.
        assert merge(t, paths["anna"], "lead").changes == 0


def test_code_deleted_in_target_but_used_in_copy(copies):
    target, paths = copies
    with Project(target) as t:
        rows = Coder(t, "x").codes()
        leaves = [i for i, r in enumerate(rows) if not any(x["parent_id"] == r["id"] for x in rows)]
    codes = _code(paths["anna"], "anna", leaves[0])
    gone, into = codes[leaves[0]], codes[leaves[1]]
    with Project(target) as t:
        Coder(t, "lead").merge_codes(gone, into)
        report = merge(t, paths["anna"], "lead")
        assert report.conflicts and "verwijderd" in report.conflicts[0] and into in report.conflicts[0]
        followed = merge(t, paths["anna"], "lead", verwijderd="volg")
        assert followed.applied and followed.codings_added == 4
        assert Coder(t, "x").code(gone) is None
        assert len(Coder(t, "x").codings(code_id=into, coders=["anna"])) == 4
        assert merge(t, paths["anna"], "lead").changes == 0


def test_code_deleted_in_target_restored_on_request(copies):
    target, paths = copies
    with Project(target) as t:
        rows = Coder(t, "x").codes()
        leaves = [i for i, r in enumerate(rows) if not any(x["parent_id"] == r["id"] for x in rows)]
    codes = _code(paths["anna"], "anna", leaves[0])
    with Project(target) as t:
        Coder(t, "lead").merge_codes(codes[leaves[0]], codes[leaves[1]])
        assert merge(t, paths["anna"], "lead", verwijderd="herstel").applied
        assert Coder(t, "x").code(codes[leaves[0]]) is not None
        assert merge(t, paths["anna"], "lead").changes == 0


def test_new_document_in_copy_is_added(copies):
    target, paths = copies
    with Project(paths["anna"]) as p:
        b = TextBuilder()
        b.add("Een nieuw verslag van Anna over de werkgever.")
        doc = b.build("Nieuw", "txt")
        with p.atomic():
            sid = p.add_source(filename="nieuw.txt", path="nieuw.txt", sha256="nieuw", content=b"x", fmt="txt")
            doc_id = p.add_document(doc, source_id=sid, filename="nieuw.txt", source_type="overig")
        c = Coder(p, "anna")
        c.apply(doc_id, 0, 10, c.codes()[2]["id"])
    with Project(target) as t:
        report = merge(t, paths["anna"], "lead")
        assert report.documents == 1 and report.codings_added == 1
        assert merge(t, paths["anna"], "lead").changes == 0


def test_deleted_coding_in_copy_is_deleted(copies):
    target, paths = copies
    _code(paths["anna"], "anna", 2)
    with Project(target) as t:
        merge(t, paths["anna"], "lead")
    with Project(paths["anna"]) as p:
        c = Coder(p, "anna")
        c.delete_coding(c.codings(coders=["anna"])[0]["id"])
    with Project(target) as t:
        report = merge(t, paths["anna"], "lead")
        assert report.codings_deleted == 1
        assert len(Coder(t, "x").codings(coders=["anna"])) == 3


def test_cannot_merge_with_itself(demo):
    with Project(demo) as t, pytest.raises(MergeError):
        merge(t, demo, "lead")
