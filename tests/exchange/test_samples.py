"""Real REFI-QDA files from other programs (../shared/refi-qda/samples): counts as SOURCES.md gives them."""

from __future__ import annotations

import pytest

from werkplaats.codebook import CodebookError, load_qdc
from werkplaats.exchange.qdpx import import_qdpx, read_qdpx
from werkplaats.store import Project

from .conftest import sample

# file → (users, codes, documents, codings)
EXPECTED = {
    "blank-atlas-project.qdpx": (2, 0, 0, 0),
    "target-atlas-project.qdpx": (None, 3, 0, 0),
    "Project.qde": (3, 14, 0, 0),  # the internal:// files are not there: warned, not imported
    "oltas0517.qdpx": (2, 152, 2, 303),
    "nvivo_project.qdpx": (2, 262, 2, 0),
    "2025-06-16_ICLS_Conf_Themes_ALL_just10.zip": (1, 307, 10, 0),
    "demo.qdpx": (1, 262, 2, 205),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_imports_with_counts(name, tmp_path):
    path = sample(name)
    users, codes, documents, codings = EXPECTED[name]
    with Project.create(tmp_path / "p.wpl") as p:
        report = import_qdpx(p, path, "imp")
        db = p.db
        assert db.execute("SELECT COUNT(*) FROM codes").fetchone()[0] == codes
        assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == documents
        assert db.execute("SELECT COUNT(*) FROM codings").fetchone()[0] == codings
        if users is not None:
            assert report.counts["gebruikers"] == users
        assert p.integrity_check() == "ok"


def test_atlas_sample_warns_precisely(tmp_path):
    parsed = read_qdpx(sample("Project.qde"))
    text = "\n".join(parsed.warnings)
    assert "Mabel.txt" in text and "ontbreekt" in text
    assert "Afbeelding 'cornflakes-n-milk.jpg' overgeslagen" in text
    assert "Graphs" in text and "videoselectie" in text
    assert parsed.counts["sets"] == 16
    with Project.create(tmp_path / "p.wpl") as p:
        import_qdpx(p, sample("Project.qde"), "imp")
        memos = p.memos.list("project")
    assert any("Research Plan" in m["text"] for m in memos)
    assert {m["coder"] for m in memos} == {"Friedrich Markgraf"}


def test_nvivo_windows_positions_are_utf16(tmp_path):
    parsed = read_qdpx(sample("oltas0517.qdpx"))
    coded = [d for d in parsed.docs if d.selections]
    assert coded and all(d.convention == "UTF-16" for d in coded)
    with Project.create(tmp_path / "p.wpl") as p:
        import_qdpx(p, sample("oltas0517.qdpx"), "imp")
        rows = p.db.execute('SELECT d.text, k.start, k."end" FROM codings k JOIN documents d ON d.id = k.document_id').fetchall()
        users = {r[0] for r in p.db.execute("SELECT DISTINCT coder FROM codings")}
    aligned = sum(1 for text, s, e in rows if (s == 0 or not text[s - 1].isalnum()) and (e == len(text) or not text[e].isalnum()))
    assert aligned >= 280  # NOTES.md: 284 of 303 word-aligned under the UTF-16 reading
    assert users <= {"Gergo", "floriansipos"}


def test_qc_sample_several_codings_per_selection(tmp_path):
    with Project.create(tmp_path / "p.wpl") as p:
        import_qdpx(p, sample("demo.qdpx"), "imp")
        assert p.db.execute("SELECT COUNT(DISTINCT document_id || '-' || start || '-' || \"end\") FROM codings").fetchone()[0] == 158
        assert {r[0] for r in p.db.execute("SELECT DISTINCT coder FROM codings")} == {"cp"}
        assert p.db.execute("SELECT COUNT(*) FROM codes WHERE parent_id IS NULL").fetchone()[0] == 3


def test_maxqda_sets_and_colours(tmp_path):
    with Project.create(tmp_path / "p.wpl") as p:
        report = import_qdpx(p, sample("2025-06-16_ICLS_Conf_Themes_ALL_just10.zip"), "imp")
        assert report.counts["sets"] == 2
        assert p.db.execute("SELECT COUNT(*) FROM exchange_set_members").fetchone()[0] >= 10
        assert p.db.execute("SELECT COUNT(*) FROM codes WHERE colour IS NULL").fetchone()[0] == 0


def test_taguette_codebook_is_read_leniently():
    cb = load_qdc(sample("codebook.qdc").read_bytes())
    assert [c.name for c in cb.codes] == ["xsd:element name", "CodeBook", "Variables"]
    with pytest.raises(CodebookError):
        load_qdc(b"<CodeBook><Codes><Code")
