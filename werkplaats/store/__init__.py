"""The project store: the only place in the package that runs SQL."""

from .attributes import AttributeValueError, Definition
from .coding import Coder, CodingError
from .journal import UndoConflict
from .project import Project, StoreError

__all__ = ["AttributeValueError", "Coder", "CodingError", "Definition", "Project", "StoreError", "UndoConflict"]
