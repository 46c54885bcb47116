"""Fixtures for the hostile-input and safe-output tests: a small coded project, and running the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CODEBOOK = ROOT / "codebooks" / "werkzame-factoren.yaml"

INTERVIEW = """Respondent: Sandra Bakker
Interviewer: Pieter de Boer

I: Hoe werkt de samenwerking met het wijkteam?
R: We doen driehoeksgesprekken. Schuldhulp zit er ook bij en dat werkt goed.
I: En de werkgevers?
R: Die bellen we gewoon op, dat vertrouwen is er.
"""

NOTES = """Casusbespreking

De klantmanager vertelt dat de schulden eerst geregeld moeten worden.
Daarna kan er gekeken worden naar werk. Iedereen is het daarmee eens.
"""


def build_small_project(path: Path) -> Path:
    """Two documents, the werkzame-factoren codebook, codings by anna and bram, a case memo."""
    from werkplaats.codebook import load_yaml_file
    from werkplaats.ingest import ImportOptions, import_files
    from werkplaats.store import Project

    folder = path.parent / "bronnen"
    folder.mkdir(exist_ok=True)
    (folder / "interview-sandra.txt").write_text(INTERVIEW, encoding="utf-8")
    (folder / "notulen-casus.txt").write_text(NOTES, encoding="utf-8")
    with Project.create(path) as p:
        p.codes.load_codebook(load_yaml_file(CODEBOOK), coder="import")
        entries = [(folder / "interview-sandra.txt", ImportOptions(region="WIL", case="Casus 1", source_type="interview")),
                   (folder / "notulen-casus.txt", ImportOptions(region="Ferm Werk", case="Casus 2"))]
        report = import_files(p, entries)
        assert report.ok, [r.reason for r in report.results]
        leaves = [c["id"] for c in p.codes.list() if c["depth"] == 1]
        items_a, items_b = [], []
        for doc in p.documents.list():
            for i, s in enumerate(p.documents.segments(doc["id"])):
                items_a.append((doc["id"], s["start"], s["end"], leaves[i % 5]))
                items_b.append((doc["id"], s["start"], s["end"], leaves[(i + i % 2) % 5]))
        p.codings.apply_many(items_a, description="test", coder="anna")
        p.codings.apply_many(items_b, description="test", coder="bram")
        p.memos.set("case", "Casus 1", "Casusmemo: het ging langzaam.", coder="anna")
    return path


@pytest.fixture(scope="session")
def small_master(tmp_path_factory) -> Path:
    return build_small_project(tmp_path_factory.mktemp("small") / "klein.wpl")


@pytest.fixture
def small(small_master, tmp_path) -> Path:
    """A private copy of the small coded project, alone in its folder."""
    import shutil

    folder = tmp_path / "werk"
    folder.mkdir()
    target = folder / "klein.wpl"
    shutil.copy(small_master, target)
    return target


def run_cli(args: list[str], cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """``werkplaats ARGS`` in a fresh interpreter (this checkout's code)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-c", "from werkplaats.cli import main; main()", *args],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout)
