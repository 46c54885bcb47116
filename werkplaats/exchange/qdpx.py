"""REFI-QDA project exchange (``.qdpx``): the entry points.

- :func:`export_qdpx` / :func:`export_plan` — :mod:`.qdpx_export`
- :func:`read_qdpx` / :func:`inspect_qdpx` — :mod:`.qdpx_read` (the archive: :mod:`.qdpx_archive`)
- :func:`import_qdpx` — :mod:`.qdpx_import`

The click commands are in :mod:`werkplaats.cli.exchange` and :mod:`werkplaats.cli.export`.
"""

from .qdpx_export import ExportReport, export_plan, export_qdpx
from .qdpx_import import ImportReport, import_qdpx
from .qdpx_read import Parsed, inspect_qdpx, read_qdpx
from .refi import QdpxError

__all__ = ["ExportReport", "ImportReport", "Parsed", "QdpxError", "export_plan", "export_qdpx", "import_qdpx",
           "inspect_qdpx", "read_qdpx"]
