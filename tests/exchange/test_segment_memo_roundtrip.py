"""Segment memos (notes on a disagreement) survive a REFI-QDA round trip."""

from werkplaats.exchange.qdpx import export_qdpx, import_qdpx
from werkplaats.store import Project


def test_segment_memos_round_trip(demo, tmp_path):
    with Project(demo) as p:
        p.memos.set("segment", "1:120", "bespreken met Bram", coder="anna")
        p.memos.set("segment", "1:400", "tweede verschil", coder="anna")
        export_qdpx(p, tmp_path / "uit.qdpx")
    target = tmp_path / "nieuw.wpl"
    Project.create(target).close()
    with Project(target) as p:
        import_qdpx(p, tmp_path / "uit.qdpx", "anna")
        memos = {(m["target_type"], m["coder"], m["text"]) for m in p.memos.list("segment")}
    assert ("segment", "anna", "bespreken met Bram") in memos and ("segment", "anna", "tweede verschil") in memos
