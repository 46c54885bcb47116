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
    """Create the demo project at ``path`` (which must not exist) from the corpus manifest.

    The project is built under a temporary name next to ``path`` and appears there only when it is complete.
    """
    from .fileio import replacing

    corpus = corpus or corpus_dir()
    with replacing(path, exists=False) as temp:
        return _build(temp, corpus, progress)


def _build(path: Path, corpus: Path, progress: Callable[[FileResult], None] | None) -> ImportReport:
    from .codebook import load_yaml_file

    entries = read_manifest(corpus / "manifest.csv")
    codebook = load_yaml_file(codebook_path())
    with Project.create(path) as project:
        project.codes.load_codebook(codebook, coder=DEMO_CODER)
        report = import_files(project, entries, progress)
        report.gold = apply_gold(project, corpus)
        if report.gold[0]:
            train_suggester(project)
        return report


def train_suggester(project: Project) -> None:
    """Train the code suggester on the gold coding, so suggestions work in the first minute."""
    try:
        from .nlp.suggest import train_now
    except ImportError:  # spaCy missing: the demo still works, without learned suggestions
        return
    train_now(project)


def apply_gold(project: Project, corpus: Path) -> tuple[int, list[str]]:
    """Apply the corpus's gold coding (``corpora/gold/*.csv``) through ``codings importeer``.

    Returns (codings applied, problems). A problem in one file never stops the demo.
    """
    from .codings_io import CodingsFileError, import_codings

    applied, problems = 0, []
    for csv_path in sorted((corpus / "gold").glob("*.csv")):
        try:
            result = import_codings(project, csv_path.read_bytes(), csv_path.name, "gold")
        except CodingsFileError as exc:
            problems.append(str(exc))
            continue
        applied += result.applied
        problems += [f"{csv_path.name}, {e}" for e in result.errors]
    return applied, problems


DEMO_CODER = "demo"
