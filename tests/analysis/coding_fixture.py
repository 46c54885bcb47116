"""Deterministic codings on the demo project for analysis and export tests."""

from __future__ import annotations

import random

from werkplaats.store import Project

PLANTED = ["06-41873925", "marianne.degroot66@example.com", "999993653"]


def code_demo(path) -> None:
    """Two coders (anna, bob) code the demo: whole segments, sub-spans, a parent code, and the
    segments with planted personal data; plus a case memo and a cell memo."""
    rng = random.Random(11)
    with Project(path) as p:
        codes = p.codes.list()
        leaves = [c["id"] for c in codes if c["depth"] == 1]
        items_a, items_b = [], []
        for doc in p.documents.list():
            segs = [s for s in p.documents.segments(doc["id"]) if s["end"] - s["start"] > 20]
            for s in segs:
                if rng.random() < 0.45:
                    items_a.append((doc["id"], s["start"], s["end"], rng.choice(leaves)))
                if rng.random() < 0.2:  # bob: a sub-span, often overlapping anna's
                    mid = (s["start"] + s["end"]) // 2
                    items_b.append((doc["id"], s["start"], mid, rng.choice(leaves[:12])))
                if rng.random() < 0.05:
                    items_b.append((doc["id"], s["start"], s["end"], "cl"))  # a parent code
            text = p.documents.get(doc["id"])["text"]
            for planted in PLANTED:
                at = text.find(planted)
                if at >= 0:
                    seg = next(s for s in segs if s["start"] <= at < s["end"])
                    items_a.append((doc["id"], seg["start"], seg["end"], "sa.gegevensdeling_privacy"))
        p.codings.apply_many(items_a, description="test", coder="anna")
        p.codings.apply_many(items_b, description="test", coder="bob")
        first = p.cases.list()[0]
        p.memos.set("case", first["name"], "Casusmemo: Naima Bouzid heeft veel stappen gezet.", coder="anna")
        p.memos.set("case", f"{first['name']}/pr.vertrouwensrelatie", "Celmemo: vertrouwen groeide langzaam.", coder="anna")
