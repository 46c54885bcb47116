"""Fixtures for the store: a throwaway project (``project``, from tests/conftest.py) with a document and codes."""

import pytest

from werkplaats.model import TURN, TextBuilder


def add_doc(project, text_blocks=("Eerst de schulden, dan werk.", "Ze vertrouwde de klantmanager."), **fields):
    """Import one interview (R/I turns) into ``project``; return its id."""
    b = TextBuilder()
    for i, t in enumerate(text_blocks):
        b.add(t, TURN, prefix="R: " if i % 2 == 0 else "I: ", speaker="R" if i % 2 == 0 else "I")
    fields = {"source_type": "interview", "region": "WIL", "case": "Casus W-1"} | fields
    with project.atomic():
        sid = project.documents.add_source(filename="a.txt", path="a.txt", sha256=str(text_blocks), content=b"x",
                                           fmt="txt")
        return project.documents.add(b.build("Interview", "txt"), source_id=sid, filename="a.txt", **fields)


@pytest.fixture
def codes(project):
    """Four codes in two groups, added by anna."""
    add = project.codes.add
    add("cl", "Cliëntniveau", coder="anna")
    add("cl.basis", "Basisvoorwaarden", "cl", coder="anna", definition="Schulden, wonen", colour="#aa0000")
    add("pr", "Professional", coder="anna")
    add("pr.vertrouwen", "Vertrouwensrelatie", "pr", coder="anna")
    return project.codes
