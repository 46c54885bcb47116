"""Importers, one module per format, chosen by file extension.

Modules are imported lazily so a missing optional library only matters when
that format is imported.
"""

from __future__ import annotations

import importlib
from pathlib import PurePath

from .base import ImportFailure, Importer

# extension → (module, class)
REGISTRY: dict[str, tuple[str, str]] = {
    ".txt": ("text", "TextImporter"),
    ".text": ("text", "TextImporter"),
    ".md": ("text", "MarkdownImporter"),
    ".markdown": ("text", "MarkdownImporter"),
    ".docx": ("docx", "DocxImporter"),
    ".odt": ("odt", "OdtImporter"),
    ".vtt": ("subtitles", "VttImporter"),
    ".srt": ("subtitles", "SrtImporter"),
    ".csv": ("tabular", "CsvImporter"),
    ".tsv": ("tabular", "CsvImporter"),
    ".xlsx": ("tabular", "XlsxImporter"),
    ".pdf": ("pdf", "PdfImporter"),
}

UNSUPPORTED = {
    ".doc": "oude Word-bestanden (.doc) worden niet ondersteund; sla het op als .docx",
    ".xls": "oude Excel-bestanden (.xls) worden niet ondersteund; sla het op als .xlsx",
    ".rtf": "RTF wordt niet ondersteund; sla het op als .docx",
    ".pages": "Pages-bestanden worden niet ondersteund; exporteer naar .docx",
}


def supported_extensions() -> list[str]:
    return sorted(REGISTRY)


def importer_for(name: str) -> Importer:
    """The importer for file ``name``, by extension.

    :raises ImportFailure: for an unknown or unsupported extension
    """
    ext = PurePath(name).suffix.lower()
    if ext in UNSUPPORTED:
        raise ImportFailure(UNSUPPORTED[ext])
    if ext not in REGISTRY:
        known = ", ".join(supported_extensions())
        raise ImportFailure(f"onbekend bestandstype '{ext or '(geen extensie)'}'; ondersteund: {known}")
    module_name, class_name = REGISTRY[ext]
    try:
        module = importlib.import_module(f".{module_name}", __name__)
    except ImportError as exc:
        raise ImportFailure(f"ondersteuning voor {ext} ontbreekt (module {exc.name} niet geïnstalleerd)") from None
    return getattr(module, class_name)()


def read_file(data: bytes, name: str):
    """Read ``data`` (the bytes of file ``name``) into documents."""
    return importer_for(name).read(data, name)


__all__ = ["ImportFailure", "Importer", "REGISTRY", "importer_for", "read_file", "supported_extensions"]
