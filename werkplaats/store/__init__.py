"""The project store: the only place in the package that runs SQL."""

from .attributes import AttributeValueError, Definition
from .project import Project, StoreError

__all__ = ["AttributeValueError", "Definition", "Project", "StoreError"]
