"""Cross-case comparison: code × case/region/… matrices, co-occurrence and the framework matrix.

Typical use::

    ds = Dataset(project, Filters(regions=["Ferm Werk"]))
    m = code_matrix(ds, columns="regio", measure="per10k")
    m.frame          # a pandas DataFrame, rows: codes (tree order), columns: regions
"""

from .dataset import DIMENSIONS, AnalysisError, Dataset, Filters
from .framework import FrameworkCell, FrameworkMatrix, framework_matrix
from .matrices import COOCCURRENCE_UNITS, MEASURES, Matrix, code_matrix, cooccurrence, standard_matrices
from .quotes import Quote, Quoter, fragment_table, quotes_by_region

__all__ = [
    "AnalysisError", "COOCCURRENCE_UNITS", "DIMENSIONS", "Dataset", "Filters", "FrameworkCell", "FrameworkMatrix",
    "MEASURES", "Matrix", "Quote", "Quoter", "code_matrix", "cooccurrence", "framework_matrix", "fragment_table",
    "quotes_by_region", "standard_matrices",
]
