import sqlite3

import pytest

from werkplaats.model import TURN, TextBuilder
from werkplaats.store import AttributeValueError, Project, StoreError
from werkplaats.store.migrations import latest_version


def test_new_project_has_pragmas_and_latest_schema(project):
    db = project.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert project.schema_version == latest_version() >= 1
    regions = {r["name"] for r in db.query("SELECT name FROM regions")}
    assert {"Ferm Werk", "WIL Werk en Inkomen Lekstroom", "RSD Kromme Rijn Heuvelrug"} <= regions
    assert project.integrity_check() == "ok"


def test_create_never_overwrites(tmp_path):
    path = tmp_path / "p.wpl"
    path.write_bytes(b"my thesis")
    with pytest.raises(StoreError, match="bestaat al"):
        Project.create(path)
    assert path.read_bytes() == b"my thesis"


def test_open_rejects_missing_and_foreign_files(tmp_path):
    with pytest.raises(StoreError, match="bestaat niet"):
        Project(tmp_path / "nope.wpl")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(StoreError, match="geen werkplaats-project"):
        Project(other)
    text = tmp_path / "tekst.wpl"
    text.write_text("dit is geen database, maar gewoon een tekstbestand " * 100)
    with pytest.raises(StoreError):
        Project(text)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "p.wpl"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    with pytest.raises(StoreError, match="nieuwere versie"):
        Project(path)


def _doc():
    b = TextBuilder()
    b.add("Hallo daar", TURN, prefix="R: ", speaker="R")
    return b.build("t", "txt")


def test_add_document_and_case_attributes(project):
    with project.atomic():
        sid = project.add_source(filename="a.txt", path="a.txt", sha256="x", content=b"R: Hallo daar", fmt="txt")
        doc = _doc()
        doc.case_attributes = {"trede_start": "2", "trede_eind": 4, "startdatum": "12-03-2024", "uren": "12,5"}
        doc_id = project.add_document(doc, source_id=sid, filename="a.txt", source_type="interview",
                                      region="wil", municipality="houten", case="Casus 1")
    d = project.document(doc_id)
    assert d["region"] == "WIL Werk en Inkomen Lekstroom"
    assert d["municipality"] == "Houten"
    assert d["casus"] == "Casus 1"
    case_id = d["case_id"]
    assert project.case_attributes(case_id) == {
        "startdatum": "2024-03-12", "trede_eind": "4", "trede_start": "2", "uren": "12.5"}
    assert project.attribute_definition("uren").type == "number"
    assert project.attribute_definition("startdatum").type == "date"
    seg = project.segments(doc_id)[0]
    assert d["text"][seg["start"]:seg["end"]] == seg["text"] == "Hallo daar"


def test_region_follows_municipality(project):
    with project.atomic():
        sid = project.add_source(filename="a.txt", path="a.txt", sha256="y", content=b"x", fmt="txt")
        doc_id = project.add_document(_doc(), source_id=sid, filename="a.txt", source_type="overig",
                                      municipality="Wijk bij Duurstede")
    assert project.document(doc_id)["region"] == "RSD Kromme Rijn Heuvelrug"


@pytest.mark.parametrize("value", ["7", "nul", "zes"])
def test_ordinal_outside_ladder_is_refused_and_rolled_back(project, value):
    with pytest.raises(AttributeValueError, match="trede_start"):
        with project.atomic():
            sid = project.add_source(filename="a.txt", path="a.txt", sha256="z", content=b"x", fmt="txt")
            doc = _doc()
            doc.case_attributes = {"trede_start": value}
            project.add_document(doc, source_id=sid, filename="a.txt", source_type="overig", case="C")
    assert project.info()["documents"] == 0
    assert project.info()["sources"] == 0
    assert project.cases() == []


def test_search_finds_prefix_and_phrases(project):
    from werkplaats.search import search

    b = TextBuilder()
    b.add("We gingen naar de schuldhulpverlening in Houten.", TURN, prefix="R: ", speaker="R")
    b.add("Ze wil graag aan het werk.", TURN, prefix="I: ", speaker="I")
    with project.atomic():
        sid = project.add_source(filename="a.txt", path="a.txt", sha256="s", content=b"x", fmt="txt")
        project.add_document(b.build("t", "txt"), source_id=sid, filename="a.txt", source_type="interview")
    assert [h["speaker"] for h in search(project, "schuldhulp")] == ["R"]
    assert search(project, "schuldhulp", prefix=False) == []
    assert [h["speaker"] for h in search(project, '"aan het werk"')] == ["I"]
    assert search(project, "schuldhulpverlening houten")[0]["start"] == 3
    assert search(project, "Houten OR werk", limit=None).__len__() == 2
    with pytest.raises(ValueError):
        search(project, "   ")
