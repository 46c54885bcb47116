"""Pseudonymisation: rules, names, consistency, decisions, the CLI, and deduce."""

import pytest

from tests.cli.test_cli import run
from werkplaats.model import TURN, TextBuilder
from werkplaats.pseudo import Pseudonymiser
from werkplaats.pseudo.rules import BSN, DATE, EMAIL, IBAN, PHONE, POSTCODE, detect_rules, elfproef

PLANTED = ["06-41873925", "marianne.degroot66@example.com", "999993653", "Lindenhoflaan 23", "3705 BK"]


@pytest.mark.parametrize(
    "text, kind, found",
    [
        ("Bel me op 06-41873925 of 06 41 87 39 25.", PHONE, ["06-41873925", "06 41 87 39 25"]),
        ("Of +31 6 12345678, of 030-1234567.", PHONE, ["+31 6 12345678", "030-1234567"]),
        ("Mail marianne.degroot66@example.com graag.", EMAIL, ["marianne.degroot66@example.com"]),
        ("Postcode 3705 BK Zeist en 1234AB.", POSTCODE, ["3705 BK", "1234AB"]),
        ("BSN 999993653 klopt, 274019385 niet.", BSN, ["999993653"]),
        ("Rekening NL91 ABNA 0417 1643 00 of NL91ABNA0417164300.", IBAN, ["NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"]),
        ("Geboren 14-05-1986, gesprek op 14 mei 1986 en in maart 2019.", DATE, ["14-05-1986", "14 mei 1986", "maart 2019"]),
    ],
)
def test_rules(text, kind, found):
    assert [d.text for d in detect_rules(text) if d.type == kind] == found


def test_elfproef():
    assert elfproef("999993653") and elfproef("111222333")
    assert not elfproef("274019385") and not elfproef("000000000") and not elfproef("12345678")


def add_doc(project, blocks, title="Interview", meta=None):
    b = TextBuilder()
    for speaker, text in blocks:
        b.add(text, TURN, prefix=f"{speaker}: ", speaker=speaker)
    doc = b.build(title, "txt", metadata=meta or {})
    with project.atomic():
        sid = project.documents.add_source(filename=f"{title}.txt", path=f"{title}.txt", sha256=title, content=b"x", fmt="txt")
        return project.documents.add(doc, source_id=sid, filename=f"{title}.txt", source_type="interview", region="Ferm Werk")


def test_names_from_metadata_consistent_pseudonyms_and_study_places_stay(project):
    d1 = add_doc(project, [("I", "Dag Naima, hoe gaat het in Woerden?"), ("R", "Goed. Bouzid is mijn achternaam.")],
                 "Een", {"Respondent": "Naima Bouzid (inwoner)", "Interviewer": "Lotte van Dijk"})
    d2 = add_doc(project, [("I", "Lotte van Dijk sprak met Naima Bouzid bij Ferm Werk.")], "Twee")
    ps = Pseudonymiser(project, use_deduce=False)
    ps.detect()
    t1, t2 = ps.document_text(d1), ps.document_text(d2)
    assert "Naima" not in t1 + t2 and "Bouzid" not in t1 + t2 and "Lotte" not in t2
    assert "Woerden" in t1 and "Ferm Werk" in t2  # research variables stay
    # the same person gets the same pseudonym everywhere
    naima = ps.pseudonym("persoon", "naima bouzid")
    assert naima in t2
    # offsets of the original text are untouched
    assert project.documents.get(d1)["text"].startswith("I: Dag Naima")


def test_decisions_survive_a_new_run(project):
    d = add_doc(project, [("R", "Ik heet Kees Jansen en mijn nummer is 06-12345678.")], "Drie")
    ps = Pseudonymiser(project, use_deduce=False)
    ps.store.add_name("Kees Jansen", "persoon")
    ps.detect()
    phone = next(x for x in ps.store.detections(d) if x["type"] == "telefoonnummer")
    ps.store.set_status(phone["id"], "rejected")  # a false positive, says the researcher
    text = project.documents.get(d)["text"]
    ps.store.add_manual(d, text.index("nummer"), text.index("nummer") + 6, "overig")
    ps.detect()
    shown = ps.document_text(d)
    assert "06-12345678" in shown and "Kees" not in shown and "[Gegeven 1]" in shown
    ps.store.add_name("Kees Jansen", "overig", "nooit")  # the researcher: never treat this as personal data
    ps.detect()
    assert "Kees Jansen" in ps.document_text(d)


def test_span_of_a_fragment(project):
    d = add_doc(project, [("R", "Mijn e-mail is a.b@example.org en verder niets.")], "Vier")
    ps = Pseudonymiser(project, use_deduce=False)
    text = project.documents.get(d)["text"]
    start = text.index("Mijn")
    assert ps.span(d, start, len(text)) == "Mijn e-mail is [E-mailadres 1] en verder niets."
    cut = text.index("example")  # a fragment that starts inside the address
    assert "example" not in ps.span(d, cut, len(text))


def test_cli_pseudo_and_toon(demo):
    out = run("pseudo", demo, "--zonder-deduce").output
    assert "persoonsgegevens gevonden" in out and "Telefoonnummer" in out
    shown = run("pseudo", demo, "--toon", "Interview inwoner Woerden (casus FW-01)").output
    assert "06-41873925" not in shown and "[Telefoonnummer 1]" in shown
    assert "onbekend document" in run("pseudo", demo, "--toon", "bestaat niet", ok=False).output


def test_deduce_finds_names_the_rules_cannot(project):
    pytest.importorskip("deduce")
    d = add_doc(project, [("R", "Gisteren belde Pieter Verhoeven van de woningcorporatie over de huur.")], "Vijf")
    ps = Pseudonymiser(project, use_deduce=True)
    ps.detect()
    assert "Verhoeven" not in ps.document_text(d)


def test_realistic_style_is_consistent(demo):
    run("pseudo", demo, "--zonder-deduce", "--stijl", "realistisch")
    shown = run("pseudo", demo, "--toon", "Interview inwoner Woerden (casus FW-01)").output
    assert "Naima" not in shown and "[Persoon" not in shown
    again = run("pseudo", demo, "--toon", "Interview inwoner Woerden (casus FW-01)").output
    assert shown == again


def test_a_title_after_an_article_with_van_is_an_organisation_not_a_surname():
    def persons(text):
        return [d.text for d in detect_rules(text) if d.type == "persoon"]

    assert persons("Zij kwam terug met een mevrouw van Ferm Werk. Ilse.") == []
    assert persons("Die meneer van het UWV belde niet terug.") == []
    assert persons("Ik sprak mevrouw van Dijk gisteren.") == ["van Dijk"]
    assert persons("Toen kwam meneer De Vries binnen.") == ["De Vries"]
