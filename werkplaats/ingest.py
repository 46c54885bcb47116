"""Importing files into a project: one transaction per file, a report per file.

This is what ``werkplaats importeer`` and ``werkplaats demo`` call. Reading a
file (the slow, failure-prone part) happens before the transaction; storing
it is one ``with project.atomic()`` block, so a bad file leaves nothing
behind and an interrupted import leaves every earlier file complete.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .importers import REGISTRY, ImportFailure, importer_for
from .importers.base import decode_text
from .importers.clean import clean_document, clean_options
from .model import SOURCE_TYPES
from .regions import canonical_region
from .store import AttributeValueError, Project

MAX_FILE_BYTES = 200 * 1024 * 1024

# Status of one file in a report.
IMPORTED = "geïmporteerd"
DUPLICATE = "al aanwezig"
CHANGED = "gewijzigd"
FAILED = "mislukt"


@dataclass
class ImportOptions:
    """What the user says about the files (manifest rows override per file)."""

    region: str | None = None
    municipality: str | None = None
    case: str | None = None
    source_type: str | None = None
    title: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    add_changed: bool = False  # import a changed file with a known name as a new document


@dataclass
class FileResult:
    path: str
    status: str
    documents: int = 0
    words: int = 0
    reason: str = ""
    document_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # imported, but something did not carry over


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    gold: tuple[int, list[str]] | None = None  # the demo's gold coding: (applied, problems)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status in (FAILED, CHANGED)]

    @property
    def ok(self) -> bool:
        return not self.failed


class ManifestError(Exception):
    """A manifest that cannot be used; the message is Dutch."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def guess_source_type(path: Path, fmt: str) -> str:
    """A source type from the file name when the user gave none."""
    name = path.stem.lower()
    if fmt in ("csv", "xlsx"):
        return "vragenlijst"
    for word, kind in (
        ("interview", "interview"),
        ("gesprek", "interview"),
        ("casus", "casuistiek"),
        ("casuistiek", "casuistiek"),
        ("casuïstiek", "casuistiek"),
        ("notulen", "casuistiek"),
        ("verslag", "casuistiek"),
        ("observatie", "observatie"),
        ("vragenlijst", "vragenlijst"),
        ("enquete", "vragenlijst"),
    ):
        if word in name:
            return kind
    if fmt in ("vtt", "srt"):
        return "interview"
    return "overig"


def check_source_type(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lower().replace("ï", "i")
    if value not in SOURCE_TYPES:
        raise ManifestError(f"onbekend brontype '{value}'; kies uit: {', '.join(SOURCE_TYPES)}")
    return value


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files to import: files as given, folders walked (sorted, hidden files skipped).

    Only files with a known extension are taken from folders; files named
    explicitly are always tried, so an unsupported one gets a clear error.
    """
    result: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    fp = Path(root) / f
                    if not f.startswith((".", "~$")) and fp.suffix.lower() in REGISTRY:
                        result.append(fp)
        else:
            result.append(p)
    return result


def read_manifest(path: str | os.PathLike) -> list[tuple[Path, ImportOptions]]:
    """Read a manifest CSV: ``bestand;regio;gemeente;casus;type;titel;<kenmerken…>``.

    Columns other than the known ones are case attributes. File paths are
    relative to the manifest's folder.
    """
    path = Path(path)
    try:
        text = decode_text(path.read_bytes())
    except OSError as exc:
        raise ManifestError(f"manifest '{path}' kan niet gelezen worden: {exc.strerror}") from None
    except ImportFailure as exc:
        raise ManifestError(f"manifest '{path}': {exc}") from None
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    if not rows or "bestand" not in (rows[0].keys() if rows else []):
        raise ManifestError(f"manifest '{path}' heeft geen kolom 'bestand' (kolommen: bestand;regio;gemeente;casus;type;titel;…)")
    known = {"bestand", "regio", "gemeente", "casus", "type", "titel"}
    entries = []
    for number, row in enumerate(rows, start=2):
        file = (row.get("bestand") or "").strip()
        if not file:
            raise ManifestError(f"manifest '{path}', regel {number}: kolom 'bestand' is leeg")
        try:
            source_type = check_source_type(row.get("type") or None)
        except ManifestError as exc:
            raise ManifestError(f"manifest '{path}', regel {number}: {exc}") from None
        attributes = {k.strip(): v.strip() for k, v in row.items() if k and k.strip() not in known and v and v.strip()}
        entries.append(
            (
                path.parent / file,
                ImportOptions(
                    region=(row.get("regio") or "").strip() or None,
                    municipality=(row.get("gemeente") or "").strip() or None,
                    case=(row.get("casus") or "").strip() or None,
                    source_type=source_type,
                    title=(row.get("titel") or "").strip() or None,
                    attributes=attributes,
                ),
            )
        )
    return entries


def import_file(project: Project, path: Path, options: ImportOptions, coder: str = "import") -> FileResult:
    """Import one file in one transaction; never raises for a bad file.

    :param coder: who imports; a REFI-QDA project's codings without a user get this name.
    """
    shown = str(path)
    if path.suffix.lower() in (".qdpx", ".qde"):
        return import_exchange_file(project, path, coder)
    try:
        if path.is_dir():
            raise ImportFailure("dit is een map, geen bestand")
        importer = importer_for(path.name)
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFailure(f"het bestand is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except ImportFailure as exc:
        return FileResult(shown, FAILED, reason=str(exc))
    except FileNotFoundError:
        return FileResult(shown, FAILED, reason="het bestand bestaat niet")
    except PermissionError:
        return FileResult(shown, FAILED, reason="geen leesrechten voor dit bestand")
    except OSError as exc:
        return FileResult(shown, FAILED, reason=f"het bestand kan niet gelezen worden ({exc.strerror or exc})")

    digest = sha256(data)
    existing = project.documents.source_by_sha(digest)
    if existing:
        return FileResult(shown, DUPLICATE, reason=f"dezelfde inhoud is al geïmporteerd als '{existing['path']}'")
    same_name = project.documents.sources(filename=path.name)
    if same_name and not options.add_changed:
        return FileResult(
            shown,
            CHANGED,
            reason=(
                f"een ander bestand met de naam '{path.name}' is al geïmporteerd ('{same_name[0]['path']}'), "
                "met andere inhoud"
            ),
        )

    warnings = []
    try:
        documents = importer.read(data, path.name)
        if not documents:
            raise ImportFailure("het bestand bevat geen documenten")
        options = clean_options(options)
        replaced = sum(clean_document(doc, path.stem) for doc in documents)
        if replaced:
            warnings.append(f"{replaced} stuurteken(s) in de tekst vervangen door een zichtbaar teken "
                            "(zoals ␛ of �); de rest van de tekst is ongewijzigd")
        source_type = options.source_type or documents[0].source_type or guess_source_type(path, importer.format)
        region = canonical_region(options.region)
        ids = []
        with project.atomic():
            source_id = project.documents.add_source(
                filename=path.name, path=shown, sha256=digest, content=data, fmt=importer.format
            )
            for position, doc in enumerate(documents):
                if options.title and len(documents) == 1:
                    doc.title = options.title
                doc.case_attributes.update(options.attributes)
                doc_id = project.documents.add(
                    doc,
                    source_id=source_id,
                    filename=path.name,
                    source_type=options.source_type or doc.source_type or source_type,
                    region=region or doc.region or doc.metadata.get("Regio"),
                    municipality=options.municipality or doc.municipality or doc.metadata.get("Gemeente"),
                    case=options.case or doc.case or doc.metadata.get("Casus"),
                    position=position,
                )
                ids.append(doc_id)
    except ImportFailure as exc:
        return FileResult(shown, FAILED, reason=str(exc))
    except AttributeValueError as exc:
        return FileResult(shown, FAILED, reason=str(exc))
    except MemoryError:
        return FileResult(shown, FAILED, reason="het bestand is te groot om in het geheugen te lezen")
    except Exception as exc:  # never show raw text: only the kind of error
        return FileResult(shown, FAILED, reason=f"onverwachte fout bij het lezen ({type(exc).__name__})")
    words = sum(len(d.text.split()) for d in documents)
    warnings += [w for d in documents for w in d.warnings]
    return FileResult(shown, IMPORTED, documents=len(documents), words=words, document_ids=ids,
                      warnings=list(dict.fromkeys(warnings)))


def import_exchange_file(project: Project, path: Path, coder: str) -> FileResult:
    """A REFI-QDA project (.qdpx/.qde) from another QDA program: documents, codes, codings, cases."""
    from .exchange.qdpx import import_qdpx

    try:
        report = import_qdpx(project, path, coder)
    except Exception as exc:  # the importer raises Dutch errors; never show raw text
        message = str(exc) if exc.__class__.__module__.startswith("werkplaats") else type(exc).__name__
        return FileResult(str(path), FAILED, reason=message)
    result = FileResult(str(path), IMPORTED, documents=len(report.document_ids), document_ids=list(report.document_ids))
    result.warnings = list(report.warnings)
    return result


def import_files(
    project: Project,
    entries: list[tuple[Path, ImportOptions]],
    progress: Callable[[FileResult], None] | None = None,
    coder: str = "import",
) -> ImportReport:
    """Import each (path, options) entry; call ``progress`` after each file.

    :param coder: who imports (the journal; codings without a user in a REFI-QDA project).
    """
    report = ImportReport()
    for path, options in entries:
        result = import_file(project, path, options, coder)
        report.results.append(result)
        if progress:
            progress(result)
    return report
