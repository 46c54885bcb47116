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
from .memos import cell_target
from .project import Project
from .review_package import Package

__all__ = ["AttributeValueError", "CodingError", "Definition", "InvalidQuery", "NoCoder", "NotFound", "Package",
           "PackageError", "Project", "StoreError", "UndoConflict", "cell_target", "now"]
