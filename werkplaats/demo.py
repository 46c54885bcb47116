"""The demo project: the fictional corpus in ``corpora/`` imported through its manifest."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from .ingest import FileResult, ImportReport, import_files, read_manifest
from .store import Project

PACKAGE_DIR = Path(__file__).resolve().parent


def corpus_dir() -> Path:
    """Where the demo corpus lives: shipped in the package, or the source checkout."""
    for candidate in (PACKAGE_DIR / "data" / "corpora", PACKAGE_DIR.parent / "corpora"):
        if (candidate / "manifest.csv").exists():
            return candidate
    raise FileNotFoundError("de demo-corpus (corpora/manifest.csv) is niet gevonden")


def codebook_path() -> Path:
    """The werkzame-factoren codebook: shipped in the package, or the source checkout."""
    for candidate in (PACKAGE_DIR / "data" / "codebooks", PACKAGE_DIR.parent / "codebooks"):
        if (candidate / "werkzame-factoren.yaml").exists():
            return candidate / "werkzame-factoren.yaml"
    raise FileNotFoundError("het codeboek codebooks/werkzame-factoren.yaml is niet gevonden")


def free_path(path: Path) -> Path:
    """``path`` if it does not exist, else ``name-2.wpl``, ``name-3.wpl``, …"""
    if not path.exists():
        return path
    n = 2
    while (candidate := path.with_name(f"{path.stem}-{n}{path.suffix}")).exists():
        n += 1
    return candidate


def build_demo(path: Path, corpus: Path | None = None, progress: Callable[[FileResult], None] | None = None) -> ImportReport:
    """Create the demo project at ``path`` (which must not exist) from the corpus manifest."""
    from .codebook import load_yaml_file
    from .store import Coder

    corpus = corpus or corpus_dir()
    entries = read_manifest(corpus / "manifest.csv")
    codebook = load_yaml_file(codebook_path())
    with Project.create(path) as project:
        Coder(project, DEMO_CODER).load_codebook(codebook)
        return import_files(project, entries, progress)


DEMO_CODER = "demo"
