"""Issue 16: names and numbers in context, places, dossier numbers, readable output, the leak check."""

import sys
from pathlib import Path

import pytest

from tests.pseudo.test_pseudo import add_doc
from werkplaats.model import HEADING, METADATA, TURN, TextBuilder
from werkplaats.pseudo import Pseudonymiser
from werkplaats.pseudo.realistic import invented
from werkplaats.pseudo.rules import AGE, CASE_NUMBER, detect_rules
from werkplaats.review import LeakError, pack

ROOT = Path(__file__).resolve().parents[2]


def ages(text):
    return [d.text for d in detect_rules(text) if d.type == AGE]


@pytest.mark.parametrize("text, expected", [
    ("Na vier maanden had hij een contract.", []),
    ("Ze heeft vier kinderen en woont alleen.", []),
    ("Negentien mensen kwamen op de bijeenkomst.", []),
    ("Ik woon hier nu vier jaar.", []),
    ("Casus 2 – mevrouw D. (47), Lopik", ["47"]),
    ("Meneer is 47 jaar en woont alleen.", ["47"]),
    ("Een zoon van negentien jaar.", ["negentien"]),
    ("Mijn dochter is negen.", ["negen"]),
    ("Mijn zoon van negen vroeg: papa, zijn we arm?", ["negen"]),
])
def test_a_number_is_an_age_only_in_an_age_context(text, expected):
    assert ages(text) == expected


@pytest.mark.parametrize("text, number", [
    ("Er stond een nummer op, FW-2021-0387, en dat ik moest komen.", "FW-2021-0387"),
    ("Zijn cliëntnummer RSD-19-4471 klopt niet.", "RSD-19-4471"),
    ("Dat is WIL-2024-00873, ik stuur het je.", "WIL-2024-00873"),
    ("**Dossiernummer:** 2023/0412-b is bekend.", "2023/0412-b"),
    ("Het zaaknummer is Z123456.", "Z123456"),
])
def test_dossier_numbers_with_and_without_keyword(text, number):
    assert [d.text for d in detect_rules(text) if d.type == CASE_NUMBER] == [number]


def header_doc(project, lines, turns, title="Kop", meta=None):
    b = TextBuilder()
    b.add(title, HEADING, level=1)
    for label, value in lines:
        b.add(value, METADATA, prefix=f"{label}:\t", speaker=label)
    for speaker, text in turns:
        b.add(text, TURN, prefix=f"{speaker}: ", speaker=speaker)
    doc = b.build(title, "txt", metadata=meta or {})
    with project.atomic():
        sid = project.documents.add_source(filename=f"{title}.txt", path=f"{title}.txt", sha256=title, content=b"x", fmt="txt")
        return project.documents.add(doc, source_id=sid, filename=f"{title}.txt", source_type="interview", region="Ferm Werk")


def test_header_labels_stay_and_speakers_become_roles(project):
    d = header_doc(project, [("Datum", "6 juni 2024"), ("Interviewer", "Anne Vos"), ("Respondent", "Burak Yıldız"),
                             ("Functie", "klantmanager"), ("Aanwezig", "Anne Vos, Burak Yıldız"), ("Duur", "00:10:30")],
                   [("Anne Vos", "Dag Burak, vertel eens."), ("Burak Yıldız", "Ik ben Burak, ik werk in Woerden."),
                    ("Kees Jansen", "Mag ik ook iets zeggen?")],
                   meta={"Datum": "6 juni 2024", "Interviewer": "Anne Vos", "Respondent": "Burak Yıldız"})
    ps = Pseudonymiser(project, use_deduce=False)
    ps.detect()
    shown = ps.document_text(d)
    for label in ("Datum:\t[Datum", "Interviewer:\t", "Respondent:\t", "Functie:\tklantmanager", "Duur:\t00:10:30",
                  "Aanwezig:\t"):
        assert label in shown, label
    assert "Interviewer: Dag" in shown and "Respondent: Ik ben" in shown and "Spreker 1: Mag ik" in shown
    assert "[Persoon" not in shown.split("\n")[-1].split(":")[0]
    assert "Burak" not in shown and "Anne" not in shown and "Kees" not in shown and "Woerden" in shown
    # the first name and the full name are one person with one pseudonym
    assert ps.pseudonym("persoon", "Burak") == ps.pseudonym("persoon", "Burak Yıldız")


def test_names_in_context_and_ordinary_words(project):
    d = add_doc(project, [
        ("R", "Toen kwam mijn collega Wendy erbij. Een jongen, Tesfay, uit Eritrea, werkte bij ons."),
        ("R", "Groen licht dus. Post openen was moeilijk. Mooi. Roos is ons hoofdproduct; niet met Jan en alleman."),
        ("R", "Hanneke Groen (sociaal team) belde. Mail joost.mulder@werkpad.example of bel Joost."),
    ], "Context")
    ps = Pseudonymiser(project, use_deduce=False)
    ps.detect()
    shown = ps.document_text(d)
    for gone in ("Wendy", "Tesfay", "Hanneke", "joost.mulder", "Joost"):
        assert gone not in shown, gone
    for stays in ("Groen licht", "Post openen", "Mooi.", "Roos is", "Jan en alleman", "Eritrea"):
        assert stays in shown, stays


def test_places_that_locate_someone(project):
    d = add_doc(project, [
        ("R", "Kevin woont in Maarn. Ik doe vooral Doorn, Leersum, dat gebied."),
        ("R", "Daarvoor woonde ik in Utrecht, in Kanaleneiland. Casus 1 – meneer K. (52), Harmelen."),
        ("R", "Ze woont aan de Lindenhoflaan 23 in Zeist."),
    ], "Plaatsen")
    ps = Pseudonymiser(project, use_deduce=False)
    ps.detect()
    shown = ps.document_text(d)
    for gone in ("Maarn", "Kanaleneiland", "Harmelen", "Lindenhoflaan", "K. (52)"):
        assert gone not in shown, gone
    for stays in ("Doorn, Leersum", "in Utrecht", "in Zeist"):
        assert stays in shown, stays


def test_realistic_names_keep_gender_and_shape():
    assert invented(3, "K.").endswith(".") and len(invented(3, "K.")) == 2
    assert "," in invented(3, "Smits, Ingrid")
    assert len(invented(3, "Naima").split()) == 1 and len(invented(3, "Naima Bouzid").split()) == 2
    assert invented(4, "Naima", gender="v") in __import__("werkplaats.pseudo.realistic", fromlist=["FIRST_V"]).FIRST_V
    assert invented(4, "Kees", gender="m") in __import__("werkplaats.pseudo.realistic", fromlist=["FIRST_M"]).FIRST_M
    assert invented(5, "NAIMA").isupper()


def coded_project(project, blocks, title="Leak"):
    d = add_doc(project, blocks, title)
    segments = [s for s in project.documents.segments(d) if s["kind"] == "turn"]
    if project.codes.get("x.code") is None:
        project.codes.add("x.code", "Vertrouwen", definition="Vertrouwen tussen klant en professional.", coder="anna")
    project.codings.apply_many([(d, s["start"], s["end"], "x.code") for s in segments], description="test", coder="anna")
    return d


def test_labels_and_spoken_numbers_do_not_block_a_package(project, tmp_path):
    coded_project(project, [
        ("R", "Datum: 6 juni 2024. Aanwezig: Duur. Na vier maanden en met vier kinderen; negentien jaar later."),
        ("R", "Mijn zoon van negen vroeg of ik Naima Bouzid kende. Ze is negen."),
    ])
    result = pack(project, tmp_path / "r.wpr", coder="anna", use_deduce=False)
    assert result["fragments"] == 2
    data = (tmp_path / "r.wpr").read_bytes()
    assert b"Naima" not in data and b"vier maanden" in data and "negentien".encode() in data


def test_a_real_leak_is_named_and_can_be_skipped(project, tmp_path):
    d = coded_project(project, [
        ("R", "Bel me op 06-41873925 als er iets is. " + "Het werk gaat goed en de samenwerking ook. " * 8),
        ("I", "Dank je. Wat vind je van de samenwerking?"),
        ("R", "Verder gaat het goed met het werk."),
    ])
    ps = Pseudonymiser(project, use_deduce=False)
    ps.detect()
    project.db.execute("DELETE FROM pseudo_detections WHERE type = 'telefoonnummer'")  # a detector miss
    with pytest.raises(LeakError) as caught:
        pack(project, tmp_path / "r.wpr", coder="anna", use_deduce=False)
    [(fragment, leak)] = caught.value.leaks
    assert leak.document_id == d and leak.type == "telefoonnummer" and leak.text == "06-41873925"
    assert "06-41873925" not in str(caught.value)  # the message itself names no personal data
    assert not (tmp_path / "r.wpr").exists()
    result = pack(project, tmp_path / "r.wpr", coder="anna", use_deduce=False, skip_leaks=True)
    assert result["fragments"] == 2 and len(result["skipped"]) == 1
    assert b"06-41873925" not in (tmp_path / "r.wpr").read_bytes()


FIELD = ROOT.parent / "shared" / "field-corpus"


@pytest.mark.skipif(not FIELD.exists(), reason="../shared/field-corpus not present")
def test_field_corpus_targets_without_deduce(tmp_path):
    """Issue 16's targets on documents nobody here wrote (rules and names only; deduce only adds)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import pii_score
    from werkplaats.store import Project

    with Project.create(tmp_path / "veld.wpl") as p:
        docs = pii_score.import_field_corpus(p)
        ps = Pseudonymiser(p, use_deduce=False)
        ps.detect()
        result = pii_score.score_field_corpus(p, docs, ps.store)
    found, total = pii_score.recall(result["items"], pii_score.DIRECT)
    assert found >= 0.98 * total
    found, total = pii_score.recall(result["items"])
    assert found >= 0.90 * total
    assert result["replaced"] == []


def test_cli_names_the_leak_on_the_terminal_and_sla_over_skips_it(tmp_path):
    from tests.cli.test_cli import run
    from werkplaats.store import Project

    path = tmp_path / "p.wpl"
    with Project.create(path) as project:
        coded_project(project, [
            ("R", "Bel me op 06-41873925 als er iets is. " + "Het werk gaat goed en de samenwerking ook. " * 8),
            ("I", "Dank je. Wat vind je van de samenwerking?"),
        ])
        Pseudonymiser(project, use_deduce=False).detect()
        project.db.execute("DELETE FROM pseudo_detections WHERE type = 'telefoonnummer'")
    out = tmp_path / "r.wpr"
    refused = run("review", "pak", path, "-o", out, "--zonder-deduce", "--coder", "anna", ok=False).output
    assert "06-41873925" in refused and "Telefoonnummer" in refused and "Leak" in refused  # document title
    assert "--altijd" in refused and "--sla-over" in refused and "Z" in refused
    assert not out.exists()
    done = run("review", "pak", path, "-o", out, "--zonder-deduce", "--coder", "anna", "--sla-over").output
    assert "1 fragment" in done and "weggelaten" in done
    assert b"06-41873925" not in out.read_bytes()


def test_exports_pseudonymise_quotes_unless_ruw(demo, tmp_path):
    import json

    from tests.cli.test_cli import run

    with __import__("werkplaats.store", fromlist=["Project"]).Project(demo) as p:
        doc = next(d for d in p.documents.list() if d["title"] == "Interview inwoner Woerden (casus FW-01)")
        text = p.documents.get(doc["id"])["text"]
        start = text.index("Naima")
        p.codings.apply_many([(doc["id"], start, start + 200, "pr.vertrouwensrelatie")], description="t", coder="anna")
    out = tmp_path / "c.csv"
    result = run("codings", "exporteer", demo, "-o", out)
    assert "gepseudonimiseerd" in result.output and "Naima" not in out.read_text(encoding="utf-8")
    raw = tmp_path / "ruw.csv"
    result = run("codings", "exporteer", demo, "-o", raw, "--ruw")
    assert "ruwe persoonsgegevens" in result.output and "Naima" in raw.read_text(encoding="utf-8")
    lines = run("codings", demo, "--coder", "anna", "--json").output.splitlines()
    records = [json.loads(line) for line in lines if line.startswith("{")]
    assert records and not any("Naima" in r["citaat"] for r in records)
    assert "--ruw" in run("export", "qdpx", demo, "-o", tmp_path / "p.qdpx", ok=False).output
