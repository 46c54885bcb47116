"""Cross-case comparison: code × case/region/… matrices, co-occurrence and the framework matrix.

Typical use::

    ds = Dataset(project, Filters(regions=["Ferm Werk"]))
    m = code_matrix(ds, columns="regio", measure="per10k")
    m.frame          # a pandas DataFrame, rows: codes (tree order), columns: regions

Names are loaded on first use (PEP 562), so ``from werkplaats.analysis.choices
import MEASURES`` (the CLI's options) does not import pandas.
"""

from importlib import import_module

_WHERE = {
    "COOCCURRENCE_UNITS": "choices", "DIMENSIONS": "choices", "MEASURES": "choices",
    "AnalysisError": "dataset", "Dataset": "dataset", "Filters": "dataset",
    "FrameworkCell": "framework", "FrameworkMatrix": "framework", "framework_matrix": "framework",
    "Matrix": "matrices", "code_matrix": "matrices", "cooccurrence": "matrices", "standard_matrices": "matrices",
    "Quote": "quotes", "Quoter": "quotes", "fragment_table": "quotes", "quotes_by_region": "quotes",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_WHERE))
