"""Review packages: no raw personal data inside, the review UI, merging back, hostile packages."""

import shutil
import sqlite3

import pytest

from tests.cli.test_cli import run
from werkplaats.review import agreement, merge_back, pack
from werkplaats.review.app import ReviewApp
from werkplaats.store import Project
from werkplaats.store import Package, PackageError

PII = ["06-41873925", "14-05-1986", "marianne.degroot66@example.com", "999993653", "274019385", "Lindenhoflaan",
       "3705 BK", "03-09-1982", "Naima", "Bouzid", "Lotte van Dijk", "Amrani"]


def code_pii_fragments(path):
    """Code whole turns/paragraphs that contain the planted personal data, and a few others."""
    with Project(path) as p:
        items = []
        for d in p.documents.list():
            for s in p.documents.segments(d["id"]):
                if any(x in s["text"] for x in PII[:8]) or (s["kind"] == "turn" and s["speaker"] == "R" and len(items) < 30):
                    items.append((d["id"], s["start"], s["end"], "pr.vertrouwensrelatie"))
        p.codings.apply_many(items, description="test", coder="anna")
    return len(items)


@pytest.fixture
def coded(demo):
    code_pii_fragments(demo)
    return demo


def test_package_contains_no_personal_data(coded, tmp_path):
    pytest.importorskip("deduce")
    out = tmp_path / "review.wpr"
    with Project(coded) as p:
        result = pack(p, out, coder="anna", codes=["pr"], use_deduce=True)
    assert result["fragments"] >= 10
    data = out.read_bytes()
    for value in PII:
        assert value.encode() not in data, value
    with Package(out) as package:
        assert package.codes()["pr.vertrouwensrelatie"]["definition"]
        fragments = package.fragments()
        assert all(f["region"] for f in fragments)
        assert any("[Telefoonnummer" in f["text"] for f in fragments)


def test_cli_pack_review_back_and_overview(coded, tmp_path):
    out = tmp_path / "r.wpr"
    assert "fragmenten" in run("review", "pak", coded, "-o", out, "--max", "12", "--codes", "pr.vertrouwensrelatie",
                               "--zonder-deduce", "--coder", "anna").output
    assert "bestaat al" in run("review", "pak", coded, "-o", out, "--zonder-deduce", ok=False).output
    with Package(out) as package:
        frags = package.fragments()
        assert len(frags) == 12
        package.judge(frags[0]["id"], "Samira", "past")
        package.judge(frags[1]["id"], "Samira", "past_niet", better_code="pr.vertrouwensrelatie", comment="Robert'); DROP TABLE codings;--")
        package.judge(frags[1]["id"], "Samira", "mist", comment="x" * 20_000 + "\x00\x1b[31m")
        package.judge(frags[2]["id"], "Kees \"de\" Vries", "twijfel")
    first = run("review", "terug", coded, out).output
    assert "4 oordelen van 2 reviewer(s), 4 nieuw" in first
    again = run("review", "terug", coded, out).output
    assert "0 nieuw" in again  # idempotent
    with Project(coded) as p:
        rows = agreement(p)
        assert p.db["codings"].count > 0  # nothing executed
        [row] = rows
        assert (row["past"], row["past_niet"], row["twijfel"], row["mist"]) == (1, 1, 1, 1)
        comments = [r["comment"] for r in p.db.query("SELECT comment FROM review_judgements WHERE verdict = 'mist'")]
        assert len(comments[0]) == 10_000 and "\x00" not in comments[0] and "\x1b" not in comments[0]
    assert "Instemming" in run("review", "overzicht", coded).output


def test_foreign_tampered_and_broken_packages_are_refused(coded, tmp_path, demo_master):
    out = tmp_path / "r.wpr"
    with Project(coded) as p:
        pack(p, out, coder="anna", maximum=5, use_deduce=False)
    other = tmp_path / "ander.wpl"
    shutil.copy(demo_master, other)
    with Project(other) as p:
        with pytest.raises(PackageError, match="hoort niet bij dit project"):
            merge_back(p, out)
    tampered = tmp_path / "t.wpr"
    shutil.copy(out, tampered)
    conn = sqlite3.connect(tampered)
    conn.execute("INSERT INTO fragments VALUES ('nep', 99, 'pr.vertrouwensrelatie', 'x', 'x', '', 'tekst', '')")
    conn.execute("INSERT INTO judgements VALUES ('nep', 'Eve', 'past', NULL, NULL, '2026-01-01')")
    conn.commit()
    conn.close()
    with Project(coded) as p:
        with pytest.raises(PackageError, match="onbekende fragmenten"):
            merge_back(p, tampered)
        assert p.db["review_judgements"].count == 0
    broken = tmp_path / "kapot.wpr"
    broken.write_bytes(out.read_bytes()[:2000])
    assert "reviewpakket" in run("review", "terug", coded, broken, ok=False).output
    (tmp_path / "geen.wpr").write_text("hallo")
    assert "reviewpakket" in run("review", "terug", coded, tmp_path / "geen.wpr", ok=False).output
    assert "reviewpakket" in run("review", "terug", coded, coded, ok=False).output  # a project is not a package


async def test_review_ui_flow_and_resume(coded, tmp_path):
    out = tmp_path / "r.wpr"
    with Project(coded) as p:
        pack(p, out, coder="anna", maximum=6, use_deduce=False, seed=1)
    app = ReviewApp(out, "Samira")
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.index == 0
        await pilot.press("p")  # past → next
        assert app.index == 1
        await pilot.press("n")  # past niet → choose a better code
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.index == 2
        await pilot.press("left")
        await pilot.press("o", *"te kort", "ctrl+s")
        await pilot.press("m", *"de schulden", "ctrl+s")
        await pilot.pause()
    with Package(out) as package:
        mine = package.judgements("Samira")
    verdicts = sorted(j["verdict"] for j in mine)
    assert verdicts == ["mist", "past", "past_niet"]
    assert next(j for j in mine if j["verdict"] == "past_niet")["comment"] == "te kort"
    app = ReviewApp(out, "Samira")  # resumes at the first fragment not yet judged
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.index == 2


def test_review_serve_answers_on_loopback(coded, tmp_path):
    """`werkplaats review serve` serves the review UI page on 127.0.0.1 (bounded: one request, then stop)."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    out = tmp_path / "r.wpr"
    with Project(coded) as p:
        pack(p, out, coder="anna", maximum=3, use_deduce=False)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "werkplaats.cli", "review", "serve", str(out), "--poort", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        page = None
        for _ in range(50):
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read().decode()
                break
            except OSError:
                time.sleep(0.2)
        assert page is not None and "werkplaats review" in page
        assert "googleapis" not in page and "https://" not in page  # the browser contacts nobody else
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_report_contains_reviewer_agreement(coded, tmp_path):
    import docx

    from werkplaats.exporters import export_report

    out = tmp_path / "r.wpr"
    with Project(coded) as p:
        pack(p, out, coder="anna", codes=["pr.vertrouwensrelatie"], maximum=4, use_deduce=False)
        with Package(out) as package:
            for f in package.fragments()[:3]:
                package.judge(f["id"], "Samira", "past")
        merge_back(p, out)
        export_report(p, tmp_path / "rapport.docx", deduce=False, toc_pages=False)
    document = docx.Document(str(tmp_path / "rapport.docx"))
    headings = [par.text for par in document.paragraphs if par.style.name == "Heading 1"]
    assert "Oordelen van ervaringsdeskundigen" in headings
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Code" and t.rows[0].cells[-1].text == "Instemming")
    assert [c.text for c in table.rows[1].cells][1:] == ["3", "0", "0", "0", "100%"]
