"""Codings to and from CSV, and as JSON records for scripts.

A codings CSV has the columns ``document`` (id, title or file name),
``start``/``eind`` (character offsets) *or* ``citaat`` (a quote that is found
in the document), ``code``, and optionally ``codeur`` and ``memo``. A whole
file is applied in one transaction: when any row is wrong nothing is applied,
unless the caller asks to skip bad rows.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Iterator

from .importers.base import ImportFailure, decode_text
from .store import Project

ALIASES = {
    "document": "document", "doc": "document", "document_id": "document_id", "titel": "document", "bestand": "bestand",
    "start": "start", "begin": "start",
    "eind": "eind", "end": "eind", "einde": "eind",
    "citaat": "citaat", "quote": "citaat", "tekst": "citaat", "fragment": "citaat",
    "code": "code", "code_id": "code",
    "codeur": "codeur", "coder": "codeur",
    "memo": "memo",
}
EXPORT_COLUMNS = ["document_id", "document", "bestand", "regio", "casus", "start", "eind", "code", "codenaam",
                  "codeur", "herkomst", "memo", "citaat"]


class CodingsFileError(Exception):
    """A codings file that cannot be used at all (wrong columns, not CSV); Dutch message."""


@dataclass
class CodingsImport:
    applied: int = 0
    skipped_existing: int = 0
    errors: list[str] = field(default_factory=list)


class DocumentIndex:
    """Find a document by id, title or file name (when that is unambiguous)."""

    def __init__(self, project: Project) -> None:
        self.by_key: dict[str, list[int]] = {}
        for d in project.documents.list():
            for key in {str(d["id"]), d["title"].strip().lower(), d["filename"].strip().lower()}:
                self.by_key.setdefault(key, []).append(d["id"])

    def find(self, value: str) -> int:
        ids = self.by_key.get(value.strip().lower(), [])
        if not ids:
            raise ValueError(f"onbekend document '{value}'")
        if len(set(ids)) > 1:
            raise ValueError(f"'{value}' past op {len(set(ids))} documenten; gebruik het document-id of de titel")
        return ids[0]


def locate(text: str, quote: str) -> tuple[int, int]:
    """Find ``quote`` in ``text``: exactly, else ignoring differences in whitespace.

    :raises ValueError: (Dutch) when the quote is not found or found more than once
    """
    quote = quote.strip()
    if not quote:
        raise ValueError("leeg citaat")
    n = text.count(quote)
    if n == 1:
        start = text.index(quote)
        return start, start + len(quote)
    if n > 1:
        raise ValueError(f"citaat komt {n} keer voor; geef start/eind")
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    matches = list(re.finditer(pattern, text))
    if len(matches) == 1:
        return matches[0].start(), matches[0].end()
    if matches:
        raise ValueError(f"citaat komt {len(matches)} keer voor; geef start/eind")
    raise ValueError("citaat niet gevonden in het document")


def read_rows(data: bytes, name: str) -> list[dict]:
    """Parse a codings CSV into rows keyed by canonical column names."""
    try:
        text = decode_text(data)
    except ImportFailure as exc:
        raise CodingsFileError(f"{name}: {exc}") from None
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise CodingsFileError(f"{name}: het bestand is leeg")
    columns = [ALIASES.get(h.strip().lower().lstrip("\ufeff")) for h in header]
    missing = {"code"} - set(columns) | ({"document"} if not {"document", "document_id", "bestand"} & set(columns) else set())
    if missing or not ({"start", "eind"} <= set(columns) or "citaat" in columns):
        raise CodingsFileError(
            f"{name}: verkeerde kolommen ({', '.join(header)}); nodig: document, code en start+eind of citaat"
            " (optioneel: codeur, memo)"
        )
    rows = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        rows.append({col: val for col, val in zip(columns, values) if col})
    return rows


def import_codings(project: Project, data: bytes, name: str, default_coder: str, skip_errors: bool = False) -> CodingsImport:
    """Apply the codings in a CSV file (one action per coder, one transaction for all)."""
    rows = read_rows(data, name)
    index = DocumentIndex(project)
    texts: dict[int, str] = {}
    codes = {c["id"] for c in project.codes.list()}
    result = CodingsImport()
    per_coder: dict[str, list] = {}
    for number, row in enumerate(rows, start=2):
        try:
            doc_id = index.find(row.get("document_id") or row.get("document") or row.get("bestand") or "")
            code = row.get("code", "").strip()
            if code not in codes:
                raise ValueError(f"onbekende code '{code}'")
            if row.get("start", "").strip() and row.get("eind", "").strip():
                start, end = int(row["start"]), int(row["eind"])
                if doc_id not in texts:
                    texts[doc_id] = project.documents.get(doc_id)["text"]
                if not (0 <= start < end <= len(texts[doc_id])):
                    raise ValueError(f"ongeldig tekstbereik {start}–{end}")
            else:
                if doc_id not in texts:
                    texts[doc_id] = project.documents.get(doc_id)["text"]
                start, end = locate(texts[doc_id], row.get("citaat", ""))
        except ValueError as exc:
            message = str(exc)
            if message.startswith("invalid literal"):
                message = "start/eind moeten gehele getallen zijn"
            result.errors.append(f"regel {number}: {message}")
            continue
        coder = (row.get("codeur") or "").strip() or default_coder
        per_coder.setdefault(coder, []).append(((doc_id, start, end, code), (row.get("memo") or "").strip() or None))
    if result.errors and not skip_errors:
        return result
    with project.atomic():
        for coder_name, items in per_coder.items():
            ids = project.codings.apply_many(
                [item for item, _ in items], memos=[memo for _, memo in items], coder=coder_name,
                description=f"coderingen geïmporteerd uit {name}", provenance="imported", rule=name,
            )
            result.applied += len(ids)
            result.skipped_existing += len(items) - len(ids)
    return result


def coding_records(project: Project, code: str | None = None, coder: str | None = None,
                   raw: bool = False) -> Iterator[dict]:
    """Every coding as a flat record (for ``codings --json`` and CSV export), in document order.

    :param raw: the quotes and memos as written; by default they are pseudonymised (what leaves the project).
    """
    rows = project.codings.list(code_id=code, coders=[coder] if coder else None)
    docs = {d["id"]: d for d in project.documents.list()}
    texts = project.documents.texts({r["document_id"] for r in rows})
    ps = None
    if not raw:
        from .pseudo import Pseudonymiser

        ps = Pseudonymiser(project, use_deduce=False)  # stored detections (also deduce's) are used where present
    for r in rows:
        d = docs[r["document_id"]]
        quote = texts[r["document_id"]][r["start"]:r["end"]]
        memo = r["memo"]
        if ps is not None:
            quote = ps.span(r["document_id"], r["start"], r["end"], texts[r["document_id"]])
            memo = ps.free_text(memo) if memo else memo
        yield {
            "id": r["id"], "document_id": r["document_id"], "document": d["title"], "bestand": d["filename"],
            "regio": d["region"], "casus": d["case_name"], "start": r["start"], "eind": r["end"], "code": r["code_id"],
            "codenaam": r["code_name"], "codeur": r["coder"], "herkomst": r["provenance"], "regel": r["rule"],
            "memo": memo, "aangemaakt": r["created_at"], "citaat": quote,
        }


def export_codings_csv(project: Project, code: str | None = None, coder: str | None = None,
                       raw: bool = False) -> tuple[str, int]:
    """All codings as a ``;``-separated CSV that :func:`import_codings` reads back (by offsets); (text, count).

    Quotes and memos are pseudonymised unless ``raw``.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, delimiter=";", extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, record in enumerate(coding_records(project, code, coder, raw=raw), start=1):
        writer.writerow(record)
    return out.getvalue(), n
