"""The importer interface: bytes in, :class:`ImportedDocument` objects out.

Each format lives in its own module with an :class:`Importer` subclass that
declares its extensions and implements :meth:`Importer.read`. Importers never
touch the store. A file that cannot be read raises :class:`ImportFailure`
with a Dutch reason; the caller adds the file name.
"""

from __future__ import annotations

from typing import ClassVar

import charset_normalizer

from ..model import ImportedDocument


class ImportFailure(Exception):
    """A file that cannot be imported; ``str(exc)`` is a Dutch reason for users."""


class Importer:
    """Base class for one file format."""

    extensions: ClassVar[tuple[str, ...]] = ()
    format: ClassVar[str] = ""

    def read(self, data: bytes, name: str) -> list[ImportedDocument]:
        """Return the documents in ``data`` (the bytes of file ``name``)."""
        raise NotImplementedError


# Magic numbers of container formats, to catch a file renamed to the wrong extension.
MAGIC = {
    b"%PDF": "pdf",
    b"PK\x03\x04": "zip",  # docx, odt, xlsx, qdpx
    b"\xd0\xcf\x11\xe0": "ole",  # old .doc / .xls
    b"{\\rtf": "rtf",
}


def sniff(data: bytes) -> str | None:
    """What the first bytes say the file is (``"pdf"``, ``"zip"``, ...), or ``None``."""
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


KIND_NAMES = {
    "pdf": "een PDF-bestand",
    "zip": "een ZIP-bestand (bijv. Word, OpenDocument of Excel)",
    "ole": "een oud Office-bestand (.doc/.xls); sla het op als .docx of .xlsx",
    "rtf": "een RTF-bestand; sla het op als .docx",
}


def expect_kind(data: bytes, expected: str | None, label: str) -> None:
    """Raise :class:`ImportFailure` unless ``data`` looks like ``expected``.

    ``expected=None`` means a text format: any container magic is wrong.
    """
    if not data.strip():
        raise ImportFailure("het bestand is leeg")
    kind = sniff(data)
    if kind == expected:
        return
    if kind is None and expected is not None:
        raise ImportFailure(f"het bestand heet {label}, maar de inhoud is geen {label}-bestand")
    if kind is not None:
        raise ImportFailure(f"het bestand heet {label}, maar is eigenlijk {KIND_NAMES[kind]}")


def decode_text(data: bytes) -> str:
    """Decode text of unknown encoding (UTF-8 with/without BOM, cp1252, Latin-1).

    Valid UTF-8 is always taken as UTF-8; otherwise charset-normalizer
    decides, preferring Windows-1252 for the single-byte Western encodings
    that Dutch Windows machines write.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailure("het bestand lijkt UTF-16, maar is beschadigd") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise ImportFailure("het bestand is geen tekstbestand (het bevat binaire gegevens)")
    # Dutch files that are not UTF-8 come from Windows or old Macs; limit the
    # guess to those encodings so a short text is not taken for Czech (cp1250).
    best = charset_normalizer.from_bytes(data[:200_000], cp_isolation=WESTERN_ENCODINGS).best()
    encoding = best.encoding if best else "cp1252"
    if encoding in ("latin_1", "iso8859_15"):
        encoding = "cp1252"  # a superset for the printable range; curly quotes live in 0x80-0x9F
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode("latin-1")


WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman"]
