"""Autocoding and scripted coding: rules, dry runs, undo, CSV import/export, bad input."""

import json

import pytest

from tests.cli.test_cli import run
from werkplaats.autocode import Rule, RuleError, find_spans
from werkplaats.store import Project


def texts_of(path, spans):
    with Project(path) as p:
        return [p.documents.get(d)["text"][a:b] for d, a, b in spans]


def test_by_speaker_with_filters(demo):
    with Project(demo) as p:
        spans = find_spans(p, Rule(speaker="R", source_type="interview"))
        docs = {d["id"]: d for d in p.documents.list()}
        assert spans and all(docs[d]["source_type"] == "interview" for d, _, _ in spans)
        segs = {(s["document_id"], s["start"]): s for s in p.documents.segments_of(docs)}
        assert all(segs[(d, a)]["speaker"] == "R" for d, a, _ in spans)
        wil = find_spans(p, Rule(speaker="R", region="WIL"))
        assert {docs[d]["region"] for d, _, _ in wil} <= {"WIL Werk en Inkomen Lekstroom"}


def test_search_units(demo):
    with Project(demo) as p:
        segments = find_spans(p, Rule(search="schuld*"))
        sentences = find_spans(p, Rule(search="schuld*", unit="zin"))
    assert len(sentences) >= len(segments) > 0
    for text in texts_of(demo, sentences):
        assert "schuld" in text.lower()
        assert len(text) < 600


def test_heading_sections(demo):
    with Project(demo) as p:
        spans = find_spans(p, Rule(heading="Afspraken"))
        assert len(spans) >= 5
        for d, a, b in spans:
            section = p.documents.get(d)["text"][a:b]
            assert "Afspraken" not in section.split("\n")[0]


@pytest.mark.parametrize(
    "rule, message",
    [(Rule(), "precies één"), (Rule(search="  "), "leeg"), (Rule(search="x", speaker="R"), "precies één"),
     (Rule(pattern="(a|aa)+b"), "uit de hand"), (Rule(pattern="([a-z"), "Ongeldig patroon"),
     (Rule(search="x", unit="hoofdstuk"), "eenheid")],
)
def test_bad_rules(demo, rule, message):
    if rule.pattern == "(a|aa)+b":  # make the runaway pattern really run away
        with Project(demo) as p:
            p.db.execute("UPDATE segments SET text = ? WHERE id = (SELECT MIN(id) FROM segments)", ["a" * 40 + "!"])
            p.db.conn.commit()
    with Project(demo) as p:
        with pytest.raises(RuleError, match=message):
            find_spans(p, rule)


def test_autocode_cli_dry_run_apply_undo(demo):
    out = run("autocodeer", demo, "--kop", "Afspraken", "--code", "sa.rolverdeling", "--proef", "--coder", "anna").output
    assert "Proef:" in out and "niets gewijzigd" in out
    with Project(demo) as p:
        assert p.codings.list(coders=["anna"]) == []
    out = run("autocodeer", demo, "--kop", "Afspraken", "--code", "sa.rolverdeling", "--coder", "anna").output
    n = int(out.split()[0])
    again = run("autocodeer", demo, "--kop", "Afspraken", "--code", "sa.rolverdeling", "--coder", "anna").output
    assert "0 nieuw" in again  # never duplicated
    with Project(demo) as p:
        mine = p.codings.list(coders=["anna"])
        assert len(mine) == n and {k["provenance"] for k in mine} == {"autocode"}
        assert mine[0]["rule"].startswith("kop=Afspraken")
        assert p.journal.undo(coder="anna").startswith("autocodering")
        assert p.codings.list(coders=["anna"]) == []
    assert "Onbekende code" in run("autocodeer", demo, "--spreker", "R", "--code", "nee", ok=False).output
    assert "precies één" in run("autocodeer", demo, "--code", "sa.rolverdeling", ok=False).output


def test_code_and_codings_json(demo):
    run("codeer", demo, "--document", "1", "--start", "0", "--eind", "20", "--code", "pr.vertrouwensrelatie",
        "--memo", "mooi", "--coder", "anna")
    [record] = [json.loads(l) for l in run("coderingen", demo, "--coder", "anna", "--json", "--ruw").output.splitlines()
                if l.startswith("{")]
    assert record["start"] == 0 and record["eind"] == 20 and record["memo"] == "mooi" and record["codeur"] == "anna"
    assert record["citaat"] and len(record["citaat"]) == 20
    assert "Ongeldig tekstbereik" in run("codeer", demo, "--document", "1", "--start", "5", "--eind", "999999",
                                         "--code", "pr.vertrouwensrelatie", ok=False).output
    assert "onbekend document" in run("codeer", demo, "--document", "Bestaat niet", "--start", "0", "--eind", "3",
                                      "--code", "pr.vertrouwensrelatie", ok=False).output
    assert "Onbekende codeur" in run("coderingen", demo, "--coder", "niemand", ok=False).output


def test_codings_import_quotes_and_round_trip(demo, tmp_path):
    with Project(demo) as p:
        doc = next(d for d in p.documents.list() if d["title"].startswith("Interview inwoner Zeist"))
        text = p.documents.get(doc["id"])["text"]
    quote = "In augustus vorig jaar heb ik me aangemeld bij de schuldhulp."
    assert quote in text
    spaced = quote.replace(" ", "   ", 3)
    f = tmp_path / "codings.csv"
    f.write_text(
        "document;citaat;code;codeur;memo\n"
        f"{doc['title']};{quote};cl.basisvoorwaarden;anna;lange wachttijd\n"
        f"{doc['title']};{spaced};br.belemmerende_regels;bram;\n",
        encoding="utf-8",
    )
    assert "2 coderingen geïmporteerd" in run("coderingen", "importeer", demo, f).output
    with Project(demo) as p:
        rows = p.codings.list(coders=["anna", "bram"])
        assert {(r["coder"], text[r["start"]:r["end"]]) for r in rows} == {("anna", quote), ("bram", quote)}
        assert {r["provenance"] for r in rows} == {"imported"}
    out = tmp_path / "uit.csv"
    run("coderingen", "exporteer", demo, "-o", out)
    assert "bestaat al" in run("coderingen", "exporteer", demo, "-o", out, ok=False).output
    # export → import into a fresh copy gives the same codings
    run("coderingen", "importeer", demo, out)  # everything exists already
    with Project(demo) as p:
        assert len(p.codings.list(coders=["anna", "bram"])) == 2


@pytest.mark.parametrize(
    "content, message",
    [
        ("document;citaat;code\n{title};Dit staat er niet in;cl.basisvoorwaarden\n", "regel 2: citaat niet gevonden"),
        ("document;citaat;code\n{title};Interviewer;cl.basisvoorwaarden\n", "keer voor"),
        ("document;citaat;code\nOnbekend;x;cl.basisvoorwaarden\n", "onbekend document"),
        ("document;start;eind;code\n{title};0;5;geen.code\n", "onbekende code"),
        ("document;start;eind;code\n{title};a;5;cl.basisvoorwaarden\n", "gehele getallen"),
        ("naam;waarde\nx;y\n", "verkeerde kolommen"),
    ],
)
def test_codings_import_errors_apply_nothing(demo, tmp_path, content, message):
    with Project(demo) as p:
        doc = next(d for d in p.documents.list() if d["title"].startswith("Interview inwoner Zeist"))
    f = tmp_path / "c.csv"
    f.write_text(content.format(title=doc["title"]) + f"{doc['title']};0;5;cl.basisvoorwaarden\n"
                 if "start" in content.split("\n")[0] else content.format(title=doc["title"]), encoding="utf-8")
    with Project(demo) as p:
        before = p.db["codings"].count  # the demo may carry its gold coding
    result = run("coderingen", "importeer", demo, f, ok=False)
    assert message in result.output
    with Project(demo) as p:
        assert p.db["codings"].count == before


def test_codings_import_skip_errors(demo, tmp_path):
    with Project(demo) as p:
        doc = next(d for d in p.documents.list() if d["title"].startswith("Interview inwoner Zeist"))
    f = tmp_path / "c.csv"
    f.write_text(f"document;start;eind;code\n{doc['title']};0;5;geen.code\n{doc['title']};0;5;cl.basisvoorwaarden\n",
                 encoding="cp1252")
    out = run("coderingen", "importeer", demo, f, "--sla-fouten-over", "--coder", "kees").output
    assert "1 codering geïmporteerd" in out and "1 regel(s) overgeslagen" in out
