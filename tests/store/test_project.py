"""Opening and creating project files, and the facade's own methods."""

import sqlite3

import pytest

from werkplaats.store import Project, StoreError
from werkplaats.store.migrations import latest_version

from .conftest import add_doc


def test_new_project_has_pragmas_and_latest_schema(project):
    db = project.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert project.schema_version == latest_version() >= 1
    assert {"Ferm Werk", "WIL Werk en Inkomen Lekstroom", "RSD Kromme Rijn Heuvelrug"} <= set(project.cases.regions())
    assert project.integrity_check() == "ok"
    assert project.settings.get("name") == "test"


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


def test_info_has_english_keys_and_counts(project):
    add_doc(project)
    info = project.info()
    assert info["project"] == str(project.path) and info["schema"] == latest_version()
    assert (info["documents"], info["segments"], info["cases"], info["speakers"]) == (1, 2, 1, 2)
    assert info["per_region"] == {"WIL Werk en Inkomen Lekstroom": {"documents": 1, "words": 11}}
    assert info["per_case"] == {"Casus W-1": {"documents": 1, "words": 11}}
    assert info["per_type"] == {"interview": {"documents": 1, "words": 11}}
    assert info["per_format"] == {"txt": 1}
    assert info["speaker_turns"] == [{"speaker": "I", "turns": 1}, {"speaker": "R", "turns": 1}]


def test_row_counts_and_settings(project):
    add_doc(project)
    assert project.row_counts(["segments", "no_such_table"]) == {"segments": 2, "no_such_table": 0}
    with project.atomic():
        project.settings.set("pseudo_style", "realistisch")
    assert project.settings.get("pseudo_style") == "realistisch" and project.settings.get("nope") is None
    project.settings.set_of_coder("anna", "pins", ["a", None])
    assert project.settings.of_coder("anna", "pins") == ["a", None]
    assert project.settings.of_coder("bram", "pins", []) == []
