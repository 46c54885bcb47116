"""The project store: the only place in the package that runs SQL.

:class:`Project` opens a project file and exposes one object per family of
tables (``project.documents``, ``project.cases``, ``project.codes``,
``project.codings``, ``project.memos``, ``project.journal``,
``project.settings``, ``project.nlp``, ``project.pseudo``, ``project.review``,
``project.exchange``). Rows come back as typed dicts (see each module).
"""

from .attributes import AttributeValueError, Definition
from .base import now
from .errors import CodingError, InvalidQuery, NoCoder, NotFound, PackageError, StoreError, UndoConflict
from .project import Project

_LAZY = {"Package": ".review_package", "cell_target": ".memos"}  # loaded on first use (start-up time)


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["AttributeValueError", "CodingError", "Definition", "InvalidQuery", "NoCoder", "NotFound", "Package",
           "PackageError", "Project", "StoreError", "UndoConflict", "cell_target", "now"]
