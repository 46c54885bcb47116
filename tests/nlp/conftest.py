"""Small projects for the NLP tests."""

from __future__ import annotations

import pytest

from werkplaats.model import TURN, TextBuilder
from werkplaats.store import Project

DEBT = [
    "Ik had schulden bij de zorgverzekering en de huur liep achter.",
    "We hebben eerst de schulden geregeld met de schuldhulp.",
    "De schuldhulpverlening nam de schulden over en ik kon aflossen.",
    "Mijn schulden werden steeds groter, de deurwaarder stond aan de deur.",
    "Door de bewindvoering kwam er rust in mijn financiën en schulden.",
    "Ze hielp me met het aflossen van de schuld bij de energieleverancier.",
]
TRUST = [
    "De klantmanager luisterde echt naar mij, ik voelde me serieus genomen.",
    "Ik had vertrouwen in haar, er was meteen een klik.",
    "Hij nam de tijd om te luisteren en behandelde me met respect.",
    "Eindelijk iemand die naar me luisterde in plaats van te oordelen.",
    "Het vertrouwen groeide omdat ze deed wat ze beloofde.",
    "Ze nam me serieus en luisterde zonder haast.",
]
OTHER = [
    "Het weer was slecht die dag en de bus was te laat.",
    "We dronken koffie in de kantine van het gemeentehuis.",
    "De vergadering begon om tien uur in zaal drie.",
    "Daarna gingen we naar huis met de fiets.",
]


def add_document(project: Project, title: str, turns: list[str]) -> int:
    b = TextBuilder()
    for i, text in enumerate(turns):
        speaker = "I" if i % 2 else "R"
        b.add(text, TURN, prefix=f"{speaker}: ", speaker=speaker)
    doc = b.build(title, "txt")
    with project.atomic():
        sid = project.documents.add_source(filename=f"{title}.txt", path=f"{title}.txt", sha256=title, content=b"", fmt="txt")
        return project.documents.add(doc, source_id=sid, filename=f"{title}.txt", source_type="interview", region="WIL")


@pytest.fixture
def small(tmp_path):
    """A project with two codes (with keywords), four documents, and codings of half the segments."""
    path = tmp_path / "klein.wpl"
    with Project.create(path) as p:
        p.codes.add("fin", "Financiën", keywords=[], coder="anna")
        p.codes.add("fin.schulden", "Schulden", parent_id="fin", keywords=["schulden", "aflossen"], coder="anna")
        p.codes.add("rel", "Relatie", keywords=[], coder="anna")
        p.codes.add("rel.vertrouwen", "Vertrouwen", parent_id="rel", keywords=["vertrouwen", "luisteren", "serieus nemen"], coder="anna")
        docs = []
        for n in range(4):
            turns = [DEBT[(n + i) % len(DEBT)] for i in range(3)] + [TRUST[(n + i) % len(TRUST)] for i in range(3)] \
                + [OTHER[(n + i) % len(OTHER)] for i in range(2)]
            docs.append(add_document(p, f"Interview {n}", turns))
        for doc_id in docs[:2]:
            for seg in p.documents.segments(doc_id):
                code = "fin.schulden" if seg["text"] in DEBT else "rel.vertrouwen" if seg["text"] in TRUST else None
                if code:
                    p.codings.apply(doc_id, seg["start"], seg["end"], code, coder="anna")
    with Project(path) as p:
        yield p
