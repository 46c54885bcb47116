"""Fast start-up: ``import sqlite_utils`` without importing pandas and numpy.

sqlite-utils tries ``importlib.import_module("pandas")`` and ``("numpy")``
when its ``db`` module is imported, only to add numpy's number types and
``pandas.Timestamp`` to its table of column types. That costs about 0.6 s on
every ``werkplaats`` command, also ones that never touch pandas.

:func:`install` puts a finder in front of ``sys.meta_path`` that acts once,
on the first import of ``sqlite_utils``: while the package executes, pandas
and numpy are marked as absent (``sys.modules[name] = None``, which makes
``import`` raise ``ModuleNotFoundError``), and afterwards those markers are
removed, so a later ``import pandas`` (by the analysis code, say) loads the
real package as usual. Nothing is blocked when pandas or numpy were already
imported. The type table then becomes a mapping that adds numpy's and
pandas' types the first time it is asked about them, so inserting a numpy
number through sqlite-utils works exactly as before.

While sqlite-utils executes, ``dateutil.parser`` (see :data:`LAZY`) is
imported lazily. The same finder also tells sqlite-utils that its plugins are loaded. Its
first ``Database(...)`` would otherwise scan the entry points of every
installed distribution (``importlib.metadata``, ~50 ms per command) for
sqlite-utils plugins; werkplaats uses none, and a third-party plugin has no
business registering SQL functions on a project full of personal data.
"""

from __future__ import annotations

import sys

DEFERRED = ("pandas", "numpy")
# Imported by sqlite-utils at the top of ``recipes`` but only used inside its date-parsing recipes, which
# werkplaats never calls: loaded lazily (importlib.util.LazyLoader), on first attribute access. ~20 % of
# sqlite-utils' import time (dateutil.parser pulls in dateutil.tz, zoneinfo, tempfile, ctypes …).
LAZY = ("dateutil.parser",)
NUMPY_TYPES = {
    "INTEGER": ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"),
    "REAL": ("float16", "float32", "float64"),
}


class _TypeMapping(dict):
    """sqlite-utils' column-type table, with numpy and pandas types added once those are imported."""

    def _late_types(self) -> None:
        numpy, pandas = sys.modules.get("numpy"), sys.modules.get("pandas")
        if numpy is not None and not getattr(self, "_numpy", False):
            self._numpy = True
            for sql, names in NUMPY_TYPES.items():
                self.update({getattr(numpy, name): sql for name in names if hasattr(numpy, name)})
        if pandas is not None and not getattr(self, "_pandas", False) and hasattr(pandas, "Timestamp"):
            self._pandas = True
            self[pandas.Timestamp] = "TEXT"

    def __missing__(self, key):
        self._late_types()
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


class _SqliteUtilsWithoutPandas:
    """A meta path finder: finds ``sqlite_utils`` once, and executes it with pandas and numpy deferred.

    (Not a subclass of ``importlib.abc.MetaPathFinder``: importing that costs more than this whole module.)
    """

    def find_spec(self, name, path, target=None):
        if name != "sqlite_utils":
            return None
        sys.meta_path.remove(self)
        spec = None
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find else None
            if spec is not None:
                break
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        loader = spec.loader
        real_exec = loader.exec_module

        def exec_module(module) -> None:
            blocked = [n for n in DEFERRED if n not in sys.modules]
            for n in blocked:
                sys.modules[n] = None  # import → ModuleNotFoundError: sqlite-utils treats it as not installed
            for n in LAZY:
                _import_lazily(n)
            try:
                real_exec(module)
            finally:
                for n in blocked:
                    if sys.modules.get(n, 0) is None:
                        del sys.modules[n]
            db = sys.modules.get("sqlite_utils.db")
            if blocked and db is not None and type(db.COLUMN_TYPE_MAPPING) is dict:
                db.COLUMN_TYPE_MAPPING = _TypeMapping(db.COLUMN_TYPE_MAPPING)
            plugins = sys.modules.get("sqlite_utils.plugins")
            if plugins is not None and hasattr(plugins, "_plugins_loaded"):
                plugins._plugins_loaded = True  # see the module docstring: no third-party plugins

        loader.exec_module = exec_module
        return spec


def _import_lazily(name: str) -> None:
    """Put ``name`` in ``sys.modules`` as a module that executes on first attribute access."""
    if name in sys.modules:
        return
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent in sys.modules:
        setattr(sys.modules[parent], child, module)


def install() -> None:
    """Defer pandas and numpy while sqlite-utils is imported (no-op if it already was)."""
    if "sqlite_utils" in sys.modules or any(isinstance(f, _SqliteUtilsWithoutPandas) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _SqliteUtilsWithoutPandas())
