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
    corpus = corpus or corpus_dir()
    entries = read_manifest(corpus / "manifest.csv")
    with Project.create(path) as project:
        return import_files(project, entries, progress)
