"""Sources, documents, segments and full-text search."""

import pytest

from werkplaats.model import TURN, TextBuilder
from werkplaats.store import AttributeValueError, InvalidQuery, NotFound

from .conftest import add_doc


def _doc():
    b = TextBuilder()
    b.add("Hallo daar", TURN, prefix="R: ", speaker="R")
    return b.build("t", "txt")


def test_add_document_and_case_attributes(project):
    with project.atomic():
        sid = project.documents.add_source(filename="a.txt", path="a.txt", sha256="x", content=b"R: Hallo daar",
                                           fmt="txt")
        doc = _doc()
        doc.case_attributes = {"trede_start": "2", "trede_eind": 4, "startdatum": "12-03-2024", "uren": "12,5"}
        doc_id = project.documents.add(doc, source_id=sid, filename="a.txt", source_type="interview",
                                       region="wil", municipality="houten", case="Casus 1")
    d = project.documents.get(doc_id)
    assert d["region"] == "WIL Werk en Inkomen Lekstroom"
    assert d["municipality"] == "Houten"
    assert d["case_name"] == "Casus 1"
    assert project.cases.attributes(d["case_id"]) == {
        "startdatum": "2024-03-12", "trede_eind": "4", "trede_start": "2", "uren": "12.5"}
    assert project.cases.definition("uren").type == "number"
    assert project.cases.definition("startdatum").type == "date"
    seg = project.documents.segments(doc_id)[0]
    assert d["text"][seg["start"]:seg["end"]] == seg["text"] == "Hallo daar"
    assert project.documents.source_content(sid) == b"R: Hallo daar"
    assert project.documents.source_by_sha("x")["filename"] == "a.txt"
    assert [s["id"] for s in project.documents.sources(filename="a.txt")] == [sid]


def test_region_follows_municipality(project):
    with project.atomic():
        sid = project.documents.add_source(filename="a.txt", path="a.txt", sha256="y", content=b"x", fmt="txt")
        doc_id = project.documents.add(_doc(), source_id=sid, filename="a.txt", source_type="overig",
                                       municipality="Wijk bij Duurstede")
    assert project.documents.get(doc_id)["region"] == "RSD Kromme Rijn Heuvelrug"


@pytest.mark.parametrize("value", ["7", "nul", "zes"])
def test_ordinal_outside_ladder_is_refused_and_rolled_back(project, value):
    with pytest.raises(AttributeValueError, match="trede_start"):
        with project.atomic():
            sid = project.documents.add_source(filename="a.txt", path="a.txt", sha256="z", content=b"x", fmt="txt")
            doc = _doc()
            doc.case_attributes = {"trede_start": value}
            project.documents.add(doc, source_id=sid, filename="a.txt", source_type="overig", case="C")
    assert project.info()["documents"] == 0
    assert project.info()["sources"] == 0
    assert project.cases.list() == []


def test_lists_filters_texts_and_segments(project):
    first = add_doc(project)
    second = add_doc(project, ("Werk gevonden.",), region="Ferm Werk", case=None, source_type="observatie")
    assert [d["id"] for d in project.documents.list()] == [second, first]  # region order
    assert [d["id"] for d in project.documents.list(regions=["Ferm Werk"])] == [second]
    assert [d["id"] for d in project.documents.list(source_types=["interview"])] == [first]
    assert "text" not in project.documents.list()[0] and project.documents.list(with_text=True)[0]["text"]
    assert project.documents.list()[0]["metadata"] == {}
    assert project.documents.texts([second]) == {second: "R: Werk gevonden."}
    assert set(project.documents.texts()) == {first, second}
    assert project.documents.lengths()[second] == len("R: Werk gevonden.")
    rows = list(project.documents.segments_of([second, first], with_text=False))
    assert [r["document_id"] for r in rows] == [first, first, second] and "text" not in rows[0]
    assert set(project.documents.speakers(first)) == {"R", "I"} and project.documents.speakers(second) == ["R"]
    speaker_at = project.documents.speaker_finder([first])
    assert speaker_at(first, 3) == "R" and speaker_at(first, 40) == "I"
    segment = project.documents.segments(first)[1]
    assert project.documents.segment_at(first, segment["start"], segment["end"]) == segment["id"]
    assert project.documents.segment(segment["id"])["text"] == segment["text"]
    with pytest.raises(NotFound):
        project.documents.segment(9999)
    with pytest.raises(NotFound):
        project.documents.get(9999)


def test_positions_of_a_source(project):
    doc_id = add_doc(project)
    sid = project.documents.get(doc_id)["source_id"]
    assert project.documents.position_taken(sid, 0) and not project.documents.position_taken(sid, 1)
    assert project.documents.next_position(sid) == 1


def test_search_finds_prefix_and_phrases(project):
    from werkplaats.search import search

    b = TextBuilder()
    b.add("We gingen naar de schuldhulpverlening in Houten.", TURN, prefix="R: ", speaker="R")
    b.add("Ze wil graag aan het werk.", TURN, prefix="I: ", speaker="I")
    with project.atomic():
        sid = project.documents.add_source(filename="a.txt", path="a.txt", sha256="s", content=b"x", fmt="txt")
        project.documents.add(b.build("t", "txt"), source_id=sid, filename="a.txt", source_type="interview")
    assert [h["speaker"] for h in search(project, "schuldhulp")] == ["R"]
    assert search(project, "schuldhulp", prefix=False) == []
    assert [h["speaker"] for h in search(project, '"aan het werk"')] == ["I"]
    assert search(project, "schuldhulpverlening houten")[0]["start"] == 3
    assert search(project, "Houten OR werk", limit=None).__len__() == 2
    with pytest.raises(ValueError):
        search(project, "   ")
    with pytest.raises(InvalidQuery):
        project.documents.search('"open')
