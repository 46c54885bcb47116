"""Shared fixtures: a throwaway project and small file builders."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from werkplaats.store import Project

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "test.wpl") as p:
        yield p


def make_docx(paragraphs, table=None) -> bytes:
    """A .docx from ``[(text, style)]`` (style ``None`` = Normal), plus an optional table."""
    import docx

    document = docx.Document()
    for item in paragraphs:
        text, style = item if isinstance(item, tuple) else (item, None)
        document.add_paragraph(text, style=style)
    if table:
        t = document.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for cell, value in zip(cells, row):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


TRANSCRIPT = [
    ("Interview klantmanager Woerden", "Title"),
    "Respondent: Sandra Bakker",
    "Functie: klantmanager",
    "Organisatie: Ferm Werk",
    "Datum: 2024-03-12",
    "Interviewer: Pieter de Boer",
    "Duur: 00:47:10",
    ("Samenwerking", "Heading 1"),
    "I: Hoe werkt de samenwerking met het wijkteam?",
    "R: Nou, eh, we doen driehoeksgesprekken. Schuldhulp zit er ook bij.",
    "Dat werkt eigenlijk heel goed.",
    "I: En de werkgevers?",
    "R: Die bellen we gewoon op.",
]


@pytest.fixture
def transcript_docx() -> bytes:
    return make_docx(TRANSCRIPT, table=[["Actie", "Wie", "Wanneer"], ["Budgetplan maken", "Sandra", "1 april"]])


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory):
    """The demo project, built once per test session (copy it before changing it)."""
    from werkplaats.demo import build_demo

    path = tmp_path_factory.mktemp("demo-master") / "demo.wpl"
    build_demo(path)
    return path


@pytest.fixture
def demo(demo_master, tmp_path):
    """A private copy of the demo project."""
    import shutil

    target = tmp_path / "demo.wpl"
    shutil.copy(demo_master, target)
    return target
