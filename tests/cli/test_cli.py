"""The command line end to end: init, import, info, search, demo, bad input."""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import TRANSCRIPT, make_docx
from werkplaats.cli import cli
from werkplaats.store import Project


def run(*args, ok=True):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    if ok is not None:
        assert (result.exit_code == 0) == ok, result.output
    return result


@pytest.fixture
def wpl(tmp_path):
    path = tmp_path / "onderzoek.wpl"
    run("nieuw", path)
    return path


def snapshot(path: Path) -> dict:
    """Everything a user could lose: row counts of every table."""
    with Project(path) as p:
        tables = [t for t in p.db.table_names() if not t.startswith("segments_fts")]
        return {t: p.db[t].count for t in tables}




def test_import_folder_info_and_search(tmp_path, wpl):
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "interview 1 café.docx").write_bytes(make_docx(TRANSCRIPT))
    (folder / "notitie 😀.txt").write_text("Observator: Kees\nDatum: 2024-01-02\n\nDe schuldhulp werd besproken.", encoding="utf-8")
    (folder / ".verborgen.txt").write_text("niet importeren")
    result = run("importeer", wpl, folder, "--regio", "ferm", "--casus", "Casus FW-01", "--type", "interview",
                 "--kenmerk", "trede_start=2")
    assert "2 bestanden geïmporteerd" in result.output
    info = json.loads(run("info", wpl, "--json").output)
    assert info["documents"] == 2
    assert info["per_region"] == {"Ferm Werk": {"documents": 2, "words": info["words"]}}
    assert info["per_type"]["interview"]["documents"] == 2
    assert info["segments"] > 10 and info["speakers"] == 2
    hits = [json.loads(line) for line in run("zoek", wpl, "schuldhulp", "--json").output.splitlines()]
    assert {h["filename"] for h in hits} == {"interview 1 café.docx", "notitie 😀.txt"}
    for h in hits:
        assert {"title", "filename", "start", "end", "speaker", "text"} <= h.keys()
    with Project(wpl) as p:
        for h in hits:
            assert p.documents.get(h["document_id"])["text"][h["start"]:h["end"]] == h["text"]
        case = p.cases.list()[0]
        assert case["name"] == "Casus FW-01" and case["region"] == "Ferm Werk"
        assert p.cases.attributes(case["id"]) == {"trede_start": "2"}
    plain = run("zoek", wpl, "schuldhulp").output
    assert "2 treffer(s)" in plain
    assert "Ferm Werk" in run("info", wpl).output


def test_reimport_is_idempotent_and_changed_file_is_reported(tmp_path, wpl):
    f = tmp_path / "a.txt"
    f.write_text("R: Eerste versie.\nI: Ja.")
    run("importeer", wpl, f)
    before = snapshot(wpl)
    result = run("importeer", wpl, f)
    assert "al aanwezig" in result.output.lower()
    assert snapshot(wpl) == before
    f.write_text("R: Tweede versie.\nI: Ja.")
    result = run("importeer", wpl, f, ok=False)
    assert "andere inhoud" in result.output and "--ook-gewijzigd" in result.output
    assert snapshot(wpl) == before
    run("importeer", wpl, f, "--ook-gewijzigd")
    assert snapshot(wpl)["documents"] == before["documents"] + 1


def test_mixed_folder_good_files_import_bad_files_listed(tmp_path, wpl, transcript_docx):
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "goed.docx").write_bytes(transcript_docx)
    (folder / "goed.md").write_text("# Kop\n\nTekst.")
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "pdf-vermomd.docx").write_bytes(b"%PDF-1.4 nep")
    (folder / "afgekapt.docx").write_bytes(transcript_docx[:3000])
    (folder / "onzin.odt").write_bytes(b"PK\x03\x04 kapot")
    result = run("importeer", wpl, folder, ok=False)
    assert result.exit_code == 1
    assert "2 bestanden geïmporteerd" in result.output
    for name, reason in [("leeg.txt", "leeg"), ("pdf-vermomd.docx", "PDF"), ("afgekapt.docx", "beschadigd"), ("onzin.odt", "")]:
        line = next(line for line in result.output.splitlines() if name in line)
        assert "MISLUKT" in line and reason in line
    assert snapshot(wpl)["documents"] == 2


def test_missing_and_unreadable_paths(tmp_path, wpl, monkeypatch):
    result = run("importeer", wpl, tmp_path / "bestaat-niet.docx", ok=False)
    assert "bestaat niet" in result.output
    f = tmp_path / "geheim.txt"
    f.write_text("tekst")
    real = Path.read_bytes

    def deny(self):
        if self.name == "geheim.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    result = run("importeer", wpl, f, ok=False)
    assert "geen leesrechten" in result.output


def test_failure_while_storing_leaves_nothing_behind(tmp_path, wpl, monkeypatch):
    f = tmp_path / "interview.docx"
    f.write_bytes(make_docx(TRANSCRIPT))
    before = snapshot(wpl)
    from werkplaats.store.documents import Documents

    real = Documents.add

    def explode(self, *args, **kwargs):
        real(self, *args, **kwargs)  # the document and its segments are written …
        raise RuntimeError("stroomstoring")  # … and then something goes wrong

    monkeypatch.setattr(Documents, "add", explode)
    result = run("importeer", wpl, f, ok=False)
    assert "onverwachte fout" in result.output and "RuntimeError" in result.output
    assert snapshot(wpl) == before


def test_bad_attribute_value_names_file_and_rolls_back(tmp_path, wpl):
    f = tmp_path / "a.txt"
    f.write_text("R: Hallo.\nI: Ja.")
    result = run("importeer", wpl, f, "--casus", "C1", "--kenmerk", "trede_start=9", ok=False)
    assert "a.txt" in result.output and "trede_start" in result.output
    assert snapshot(wpl)["cases"] == 0 and snapshot(wpl)["sources"] == 0


def test_manifest(tmp_path, wpl):
    (tmp_path / "bron").mkdir()
    (tmp_path / "bron" / "a.txt").write_text("I: Vraag.\nR: Antwoord over werk.")
    (tmp_path / "bron" / "b.md").write_text("# Verslag\n\nBespreking.")
    manifest = tmp_path / "bronnen.csv"
    manifest.write_text(
        "bestand;regio;gemeente;casus;type;titel;trede_start;leefgebieden\n"
        "bron/a.txt;;Houten;Casus W-1;interview;Gesprek met inwoner;2;schulden, taal\n"
        "bron/b.md;RSD;;;casuistiek;;;\n",
        encoding="utf-8",
    )
    run("importeer", wpl, "--manifest", manifest)
    with Project(wpl) as p:
        docs = {d["filename"]: d for d in p.documents.list()}
        assert docs["a.txt"]["title"] == "Gesprek met inwoner"
        assert docs["a.txt"]["region"] == "WIL Werk en Inkomen Lekstroom"
        assert docs["a.txt"]["source_type"] == "interview"
        assert docs["b.md"]["region"] == "RSD Kromme Rijn Heuvelrug" and docs["b.md"]["case_name"] is None
        case = p.cases.list()[0]
        assert p.cases.attributes(case["id"]) == {"leefgebieden": "schulden, taal", "trede_start": "2"}
    bad = tmp_path / "slecht.csv"
    bad.write_text("naam;regio\nx;y\n")
    assert "bestand" in run("importeer", wpl, "--manifest", bad, ok=False).output
    bad.write_text("bestand;type\nx.txt;roman\n")
    assert "regel 2" in run("importeer", wpl, "--manifest", bad, ok=False).output


def test_usage_errors(tmp_path, wpl):
    assert "Geef bestanden" in run("importeer", wpl, ok=False).output
    assert "bestaat al" in run("nieuw", wpl, ok=False).output
    assert "bestaat niet" in run("info", tmp_path / "x.wpl", ok=False).output


def test_search_syntax_error_is_dutch(wpl):
    assert "Ongeldige zoekvraag" in run("zoek", wpl, '"open', ok=False).output


def test_killed_import_leaves_a_sound_project(tmp_path):
    """Kill -9 during a large import: the project opens and passes integrity_check."""
    path = tmp_path / "groot.wpl"
    Project.create(path).close()
    folder = tmp_path / "veel"
    folder.mkdir()
    body = "\n".join(f"{'I' if i % 2 else 'R'}: {'dit is een zin over werk en schulden ' * 20}" for i in range(150))
    for i in range(300):
        (folder / f"t{i:03d}.txt").write_text(f"Transcript {i}\n\n{body}")
    proc = subprocess.Popen([sys.executable, "-m", "werkplaats.cli", "importeer", str(path), str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    with Project(path) as p:
        while p.db["documents"].count < 5 and time.time() < deadline and proc.poll() is None:
            time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Project(path) as p:
        assert p.integrity_check() == "ok"
        n = p.db["documents"].count
        assert 0 < n < 300, n
        # every stored document is complete
        for doc in p.documents.list():
            assert len(p.documents.segments(doc["id"])) == 151
    # and the import can simply be run again to finish
    run("importeer", path, folder)
    with Project(path) as p:
        assert p.db["documents"].count == 300


def test_demo_builds_from_corpus(tmp_path, monkeypatch):
    from werkplaats.demo import corpus_dir

    try:
        corpus_dir()
    except FileNotFoundError:
        pytest.skip("demo corpus not present yet")
    monkeypatch.chdir(tmp_path)
    run("demo", "--zonder-tui")
    assert (tmp_path / "demo.wpl").exists()
    info = json.loads(run("info", tmp_path / "demo.wpl", "--json").output)
    assert info["documents"] >= 12 and len(info["per_region"]) >= 3
    assert len(info["per_format"]) >= 5
    run("demo", "--zonder-tui")  # a second run never overwrites
    assert (tmp_path / "demo-2.wpl").exists()
    assert "bestaat al" in run("demo", "--zonder-tui", "-o", tmp_path / "demo.wpl", ok=False).output


def test_import_routes_qdpx_files(tmp_path, demo):
    from werkplaats.exchange.qdpx import export_qdpx

    with Project(demo) as p:
        doc = p.documents.list()[0]["id"]
        p.codings.apply(doc, 0, 10, "pr.vertrouwensrelatie", coder="anna")
        export_qdpx(p, tmp_path / "uit.qdpx")
    target = tmp_path / "nieuw.wpl"
    run("nieuw", target)
    out = run("importeer", target, tmp_path / "uit.qdpx").output
    assert "1 bestand geïmporteerd (32 documenten" in out
    with Project(target) as p:
        assert p.db["codings"].count >= 1
    (tmp_path / "kapot.qdpx").write_bytes(b"PK\x03\x04 kapot")
    assert "REFI-QDA" in run("importeer", target, tmp_path / "kapot.qdpx", ok=False).output


def test_lemma_search_from_the_cli(tmp_path, wpl):
    f = tmp_path / "a.txt"
    f.write_text("R: De schulden liepen op.\nI: En toen?\nR: Toen kwam de schuldhulp.")
    run("importeer", wpl, f)
    plain = [json.loads(l) for l in run("zoek", wpl, "schuld", "--exact", "--json").output.splitlines()]
    lemma = [json.loads(l) for l in run("zoek", wpl, "schuld", "--exact", "--lemma", "--json").output.splitlines()]
    assert plain == [] and [h["text"] for h in lemma] == ["De schulden liepen op."]
