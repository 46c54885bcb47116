"""Cases, typed attributes and regions."""

import pytest

from werkplaats.store import AttributeValueError, Definition

from .conftest import add_doc


def test_cases_attributes_and_definitions(project):
    cases = project.cases
    first = cases.ensure("Casus 2", "WIL Werk en Inkomen Lekstroom")
    assert cases.ensure("Casus 2", municipality="Houten") == first  # fills the gap, same case
    second = cases.ensure("Casus 1", "Ferm Werk", "Woerden")
    assert [(c["name"], c["municipality"]) for c in cases.list()] == [("Casus 1", "Woerden"), ("Casus 2", "Houten")]
    cases.set_attributes(first, {"trede_start": 2, "uren": "12,5", "leeg": " "})
    cases.set_attributes(second, {"trede_start": "3"})
    assert cases.attributes(first) == {"trede_start": "2", "uren": "12.5"}
    assert [(v.case_id, v.name, v.value, v.number) for v in cases.attribute_values(["trede_start"])] == [
        (first, "trede_start", "2", 2.0), (second, "trede_start", "3", 3.0)]
    assert cases.attributes_by_case() == {first: {"trede_start": "2", "uren": "12.5"}, second: {"trede_start": "3"}}
    assert cases.definition("uren").type == "number" and cases.attribute_in_use("uren")
    assert [d["name"] for d in cases.definitions(in_use=True)] == ["trede_start", "uren"]
    with pytest.raises(AttributeValueError, match="trede_start"):
        cases.set_attributes(first, {"trede_start": "9"})
    cases.define(Definition("fase", "ordinal", "Fase", ["begin", "eind"]))
    assert cases.definition("fase").levels == ["begin", "eind"]
    cases.set_fields(first, {"created_at": "2025-01-01"})
    assert next(c for c in cases.list() if c["id"] == first)["created_at"] == "2025-01-01"


def test_regions(project):
    assert project.cases.ensure_region("wil") == "WIL Werk en Inkomen Lekstroom"
    assert project.cases.ensure_region("Regio Utrecht") == "Regio Utrecht"
    assert project.cases.regions()[-1] == "Regio Utrecht"
    add_doc(project, region="Ferm Werk")
    assert project.documents.list()[0]["region"] == "Ferm Werk"
