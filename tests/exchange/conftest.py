"""Fixtures for exchange tests: the REFI-QDA samples in ../shared and a coded demo project."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from pathlib import Path

import pytest

from werkplaats.store import Project

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REFI = SHARED / "refi-qda"
SAMPLES = REFI / "samples"


def sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"REFI-QDA-voorbeeld {name} ontbreekt (../shared)")
    return path


def project_xsd():
    xmlschema = pytest.importorskip("xmlschema")
    path = REFI / "Project-mrt2019.xsd"
    if not path.exists():
        pytest.skip("Project-mrt2019.xsd ontbreekt (../shared)")
    return xmlschema.XMLSchema(str(path))


def code_demo(path: Path, seed: int = 1, coders=("anna", "bram")) -> None:
    """Add codings of two coders, memos of every kind and a coding memo to a demo project."""
    rng = random.Random(seed)
    with Project(path) as p:
        docs = p.documents.list()
        for coder in coders:
            codes = [r["id"] for r in p.codes.list()]
            items = []
            for d in docs:
                segs = [s for s in p.documents.segments(d["id"]) if s["end"] > s["start"]]
                for s in rng.sample(segs, min(5, len(segs))):
                    items.append((d["id"], s["start"], s["end"], rng.choice(codes)))
                    a = rng.randrange(s["start"], s["end"])
                    items.append((d["id"], a, rng.randrange(a + 1, s["end"] + 1), rng.choice(codes)))
            p.codings.apply_many(items, description="testcodering", coder=coder)
            p.memos.set("document", docs[0]["id"], f"Memo van {coder}: café, “quotes” & <tags> 😀", coder=coder)
            p.memos.set("code", codes[0], f"Codememo van {coder}", coder=coder)
            p.memos.set("case", p.cases.list()[0]["name"], f"Casusmemo van {coder}", coder=coder)
            p.memos.set("project", "project", f"Projectmemo van {coder}", coder=coder)
            p.codings.set_memo(p.codings.list(coders=[coder])[0]["id"], "Waarom deze code? Omdat…", coder=coder)


def snapshot(path: Path) -> dict:
    """Everything a round trip must keep, independent of row ids."""
    with Project(path) as p:
        db = p.db
        docs = {r["id"]: r for r in db.query(
            "SELECT d.*, c.name AS casus FROM documents d LEFT JOIN cases c ON c.id = d.case_id")}
        key = {i: hashlib.sha256((d["text"] + "\x00" + d["title"]).encode()).hexdigest() for i, d in docs.items()}
        sources = {r["id"]: r for r in db.query("SELECT * FROM sources")}
        out = {
            "documents": sorted(
                (key[i], d["title"], d["filename"], d["format"], d["source_type"], d["region"], d["municipality"],
                 d["casus"], d["text"], d["metadata"], d["position"], d["imported_at"], d["words"],
                 sources[d["source_id"]]["sha256"]) for i, d in docs.items()),
            "sources": sorted((s["filename"], s["path"], s["sha256"], s["format"], s["content"], s["size"])
                              for s in sources.values()),
            "segments": sorted((key[r[0]], *r[1:]) for r in db.execute(
                'SELECT document_id, position, kind, start, "end", speaker, timestamp, level, text FROM segments')),
            "codes": sorted(tuple(r) for r in db.execute(
                "SELECT id, parent_id, name, definition, include, exclude, example, keywords, colour, extra FROM codes")),
            "code_order": [r[0] for r in db.execute("SELECT id FROM codes ORDER BY position, id")],
            "codings": sorted((key[r[0]], *r[1:]) for r in db.execute(
                'SELECT document_id, start, "end", code_id, coder, created_at, memo, provenance, rule FROM codings')),
            "memos": sorted(
                (m["target_type"], key[int(m["target_id"])] if m["target_type"] == "document" else m["target_id"],
                 m["coder"], m["text"], m["created_at"], m["updated_at"]) for m in db.query("SELECT * FROM memos")),
            "cases": sorted(tuple(r) for r in db.execute("SELECT name, region, municipality, created_at FROM cases")),
            "case_attributes": sorted(tuple(r) for r in db.execute(
                "SELECT c.name, a.name, a.value, a.number FROM case_attributes a JOIN cases c ON c.id = a.case_id")),
            "attribute_definitions": sorted(tuple(r) for r in db.execute(
                "SELECT name, type, description, levels, spec FROM attribute_definitions")),
            "meta": {k: v for k, v in db.execute("SELECT key, value FROM project") if k.startswith("codebook")},
        }
    return json.loads(json.dumps(out, default=lambda b: hashlib.sha256(b).hexdigest()))


@pytest.fixture
def coded_demo(demo, tmp_path):
    code_demo(demo)
    return demo


@pytest.fixture(scope="session")
def coded_demo_master(demo_master, tmp_path_factory):
    target = tmp_path_factory.mktemp("coded-demo") / "coded.wpl"
    shutil.copy(demo_master, target)
    code_demo(target)
    return target
