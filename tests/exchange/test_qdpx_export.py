"""REFI-QDA export: XSD-valid, and a lossless round trip on the coded demo project."""

from __future__ import annotations

import zipfile

import pytest

from werkplaats.exchange.qdpx import QdpxError, export_plan, export_qdpx, import_qdpx, read_qdpx
from werkplaats.store import Project

from .conftest import project_xsd, snapshot


@pytest.fixture
def exported(coded_demo_master, tmp_path):
    out = tmp_path / "demo.qdpx"
    with Project(coded_demo_master) as p:
        report = export_qdpx(p, out)
    return out, report


def test_export_validates_against_xsd(exported):
    schema = project_xsd()
    path, report = exported
    with zipfile.ZipFile(path) as z:
        errors = list(schema.iter_errors(z.read("project.qde")))
        names = set(z.namelist())
    assert errors == []
    assert "werkplaats.json" in names
    assert report.counts["documenten"] == 32 and report.counts["coderingen"] > 500
    assert sum(1 for n in names if n.startswith("sources/") and n.endswith(".txt")) >= 32


def test_round_trip_keeps_everything(coded_demo_master, exported, tmp_path):
    path, _ = exported
    with Project.create(tmp_path / "terug.wpl") as q:
        report = import_qdpx(q, path, "importeur")
    assert report.warnings == []
    before, after = snapshot(coded_demo_master), snapshot(tmp_path / "terug.wpl")
    for key in before:
        assert before[key] == after[key], key


def test_second_export_is_identical_xml(exported, tmp_path):
    path, _ = exported
    with Project.create(tmp_path / "terug.wpl") as q:
        import_qdpx(q, path, "importeur")
        export_qdpx(q, tmp_path / "weer.qdpx")
    with zipfile.ZipFile(path) as a, zipfile.ZipFile(tmp_path / "weer.qdpx") as b:
        xa, xb = a.read("project.qde").decode(), b.read("project.qde").decode()
    strip = lambda x: x.split(">", 2)[2]  # noqa: E731 — the Project element carries the export time
    assert strip(xa) == strip(xb)


def test_importing_twice_adds_nothing(exported, tmp_path):
    path, _ = exported
    with Project.create(tmp_path / "terug.wpl") as q:
        import_qdpx(q, path, "importeur")
        first = snapshot(tmp_path / "terug.wpl")
        report = import_qdpx(q, path, "importeur")
    assert report.counts["coderingen"] == 0 and report.counts["al aanwezig"] == 32
    assert snapshot(tmp_path / "terug.wpl") == first


def test_plan_names_what_does_not_carry_over(coded_demo_master):
    with Project(coded_demo_master) as p:
        plan = " ".join(export_plan(p))
    assert "segmenten" in plan and "logboek" in plan and "AVG" in plan


def test_refuses_to_overwrite(exported, coded_demo_master):
    path, _ = exported
    with Project(coded_demo_master) as p, pytest.raises(QdpxError, match="bestaat al"):
        export_qdpx(p, path)


def test_foreign_reading_without_sidecar(exported, tmp_path):
    """Without werkplaats.json (as after another program) texts, codes and codings still come through."""
    path, _ = exported
    stripped = tmp_path / "ander.qdpx"
    with zipfile.ZipFile(path) as a, zipfile.ZipFile(stripped, "w") as b:
        for name in a.namelist():
            if name != "werkplaats.json":
                b.writestr(name, a.read(name))
    parsed = read_qdpx(stripped)
    assert not parsed.own and parsed.counts["bronnen"] == 32
    with Project.create(tmp_path / "ander.wpl") as q:
        report = import_qdpx(q, stripped, "imp")
        assert report.counts["documenten"] == 32
        coders = q.codings.coders()
    assert {"anna", "bram"} <= set(coders)
