"""Merging coders' copies: documents by content, codes by id, conflicts explicit, idempotent."""

from __future__ import annotations

import shutil

import pytest

from werkplaats.exchange.merge import MergeError, merge
from werkplaats.model import TextBuilder
from werkplaats.store import Project

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
        doc = p.documents.list()[0]
        codes = [r["id"] for r in p.codes.list()]
        segs = p.documents.segments(doc["id"])[:n]
        p.codings.apply_many([(doc["id"], s["start"], s["end"], codes[code_index]) for s in segs], description="coderen", coder=coder)
        if rename:
            p.codes.edit(codes[1], name=rename, coder=coder)
        if memo:
            p.memos.set("document", doc["id"], memo, coder=coder)
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
        assert set(t.codings.coders()) >= {"anna", "bram"}
    assert snapshot(target) == once


def test_rename_on_one_side_is_taken_over(copies):
    target, paths = copies
    _code(paths["anna"], "anna", 2, rename="Nieuwe naam")
    with Project(target) as t:
        report = merge(t, paths["anna"], "lead")
        codes = [r for r in t.codes.list()]
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
        resolved = merge(t, paths["bram"], "lead", prefer="source")
        assert resolved.applied and resolved.resolved
        assert t.codes.list()[1]["name"] == "Naam van Bram"
        # Merging Anna's copy again does not bring the conflict back.
        assert merge(t, paths["anna"], "lead").changes == 0


def test_code_deleted_in_target_but_used_in_copy(copies):
    target, paths = copies
    with Project(target) as t:
        rows = t.codes.list()
        leaves = [i for i, r in enumerate(rows) if not any(x["parent_id"] == r["id"] for x in rows)]
    codes = _code(paths["anna"], "anna", leaves[0])
    gone, into = codes[leaves[0]], codes[leaves[1]]
    with Project(target) as t:
        t.codes.merge(gone, into, coder="lead")
        report = merge(t, paths["anna"], "lead")
        assert report.conflicts and "verwijderd" in report.conflicts[0] and into in report.conflicts[0]
        followed = merge(t, paths["anna"], "lead", on_deleted="follow")
        assert followed.applied and followed.codings_added == 4
        assert t.codes.get(gone) is None
        assert len(t.codings.list(code_id=into, coders=["anna"])) == 4
        assert merge(t, paths["anna"], "lead").changes == 0


def test_code_deleted_in_target_restored_on_request(copies):
    target, paths = copies
    with Project(target) as t:
        rows = t.codes.list()
        leaves = [i for i, r in enumerate(rows) if not any(x["parent_id"] == r["id"] for x in rows)]
    codes = _code(paths["anna"], "anna", leaves[0])
    with Project(target) as t:
        t.codes.merge(codes[leaves[0]], codes[leaves[1]], coder="lead")
        assert merge(t, paths["anna"], "lead", on_deleted="restore").applied
        assert t.codes.get(codes[leaves[0]]) is not None
        assert merge(t, paths["anna"], "lead").changes == 0


def test_new_document_in_copy_is_added(copies):
    target, paths = copies
    with Project(paths["anna"]) as p:
        b = TextBuilder()
        b.add("Een nieuw verslag van Anna over de werkgever.")
        doc = b.build("Nieuw", "txt")
        with p.atomic():
            sid = p.documents.add_source(filename="nieuw.txt", path="nieuw.txt", sha256="nieuw", content=b"x", fmt="txt")
            doc_id = p.documents.add(doc, source_id=sid, filename="nieuw.txt", source_type="overig")
        p.codings.apply(doc_id, 0, 10, p.codes.list()[2]["id"], coder="anna")
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
        p.codings.delete(p.codings.list(coders=["anna"])[0]["id"], coder="anna")
    with Project(target) as t:
        report = merge(t, paths["anna"], "lead")
        assert report.codings_deleted == 1
        assert len(t.codings.list(coders=["anna"])) == 3


def test_cannot_merge_with_itself(demo):
    with Project(demo) as t, pytest.raises(MergeError):
        merge(t, demo, "lead")


def test_conflicts_name_the_choice_not_the_flag(copies):
    target, paths = copies
    _code(paths["anna"], "anna", 2, rename="Naam van Anna")
    _code(paths["bram"], "bram", 3, rename="Naam van Bram")
    with Project(target) as t:
        merge(t, paths["anna"], "lead")
        report = merge(t, paths["bram"], "lead")
    assert report.conflicts[0].kind == "changed" and "--" not in report.conflicts[0]
    with pytest.raises(ValueError):
        merge(t, paths["bram"], "lead", prefer="bron")
