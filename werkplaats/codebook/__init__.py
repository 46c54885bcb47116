"""Codebooks: the model, YAML and REFI-QDA (.qdc) reading and writing, validation.

No SQL here: the store (:mod:`werkplaats.store.codes`) calls these functions.
"""

from .model import (ATTRIBUTE_TYPES, PALETTE, AttributeSpec, Code, Codebook, CodebookError, assign_colours, check,
                    validate)
from .qdc import dump_qdc, load_qdc
from .yaml_io import dump_yaml, load_yaml, load_yaml_file

__all__ = [
    "ATTRIBUTE_TYPES", "PALETTE", "AttributeSpec", "Code", "Codebook", "CodebookError", "assign_colours", "check",
    "validate", "load_yaml", "load_yaml_file", "dump_yaml", "load_qdc", "dump_qdc",
]
