"""The store's exceptions. Messages are Dutch, describe the problem and never name a CLI flag."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the project file or a request to it; the message is Dutch and shown to users."""


class NotFound(StoreError):
    """A document, segment, code or coding that does not exist (any more)."""


class InvalidQuery(StoreError):
    """A search query that is not valid full-text syntax."""


class CodingError(StoreError):
    """A coding or codebook change that cannot be done."""


class NoCoder(CodingError):
    """A change that needs a coder's name was asked without one."""

    def __init__(self) -> None:
        super().__init__("Geen codeursnaam: een wijziging hoort altijd bij een codeur.")


class UndoConflict(StoreError):
    """The change to undo or redo was overtaken by another change."""


class PackageError(StoreError):
    """A review package that cannot be used."""
