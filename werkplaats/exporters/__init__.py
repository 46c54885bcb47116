"""Exports of comparison matrices and the report: Word (.docx), Excel (.xlsx), CSV.

:func:`export_matrix` makes one matrix (or the co-occurrence or framework
matrix) and writes it in the format the file name asks for;
:func:`export_report` writes the full report (.docx) or a workbook with all
matrices (.xlsx). Files are written to a temporary name first and moved
into place at the end, so a failed export never leaves half a file, and an
existing file is only replaced with ``overwrite=True``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..analysis import (AnalysisError, Dataset, Filters, Quoter, code_matrix, cooccurrence, framework_matrix,
                        fragment_table, standard_matrices)
from ..analysis.framework import FrameworkMatrix
from ..analysis.matrices import Matrix
from ..fileio import FileError, OutputExists as _FileExists, check_target, replacing
from ..store import Project

FORMATS = (".docx", ".xlsx", ".csv")
NOT_PERSONAL = {"regio", "type", "spreker", "codeur", "code"}  # labels that never hold personal data


class ExportError(AnalysisError):
    """An export that cannot be done; the message is Dutch."""


class OutputExists(ExportError, _FileExists):
    """The output file exists and replacing it was not asked for."""


class NoCodeAxis(ExportError):
    """A matrix asked for with codes on neither side."""


@dataclass
class ExportSummary:
    path: Path
    title: str
    shape: tuple[int, int]
    quotes: int = 0
    detected: int = 0  # documents that first went through personal-data detection


def check_output(path: str | Path, overwrite: bool, formats=FORMATS) -> Path:
    path = Path(path)
    if path.suffix.lower() not in formats:
        raise ExportError(f"Onbekend bestandstype '{path.suffix or '(geen)'}'; kies {', '.join(formats)}.")
    try:
        return check_target(path, overwrite)
    except _FileExists:
        raise OutputExists(f"'{path}' bestaat al.") from None
    except FileError as exc:
        raise ExportError(str(exc)) from None


def write_atomically(path: Path, write, overwrite: bool = False) -> None:
    """Call ``write(temporary_path)``, then move the result to ``path`` (see :func:`werkplaats.fileio.replacing`)."""
    try:
        with replacing(path, overwrite) as temp:
            write(str(temp))
    except _FileExists:
        raise OutputExists(f"'{path}' bestaat al.") from None


def safe_labels(matrix: Matrix, quoter: Quoter) -> Matrix:
    """Case names and attribute values pseudonymised (they are typed by people and may hold names)."""
    changes = {}
    if matrix.columns_name not in NOT_PERSONAL:
        changes["column_labels"] = {c: quoter.free_text(matrix.column_label(c)) for c in matrix.frame.columns}
    if matrix.rows_name not in NOT_PERSONAL:
        changes["row_labels"] = {r: quoter.free_text(matrix.row_label(r)) for r in matrix.frame.index}
    return replace(matrix, **changes) if changes else matrix


def make_matrix(ds: Dataset, rows: str, columns: str, measure: str, sum_parents: bool, unit: str) -> Matrix:
    """The matrix asked for by ``rows`` and ``columns`` (codes on one side)."""
    if rows == "code" and columns == "code":
        return cooccurrence(ds, unit)
    if rows == "code":
        return code_matrix(ds, columns, measure, sum_parents)
    if columns == "code":
        matrix = code_matrix(ds, rows, measure, sum_parents).transposed()
        return replace(matrix, rows_name=rows, columns_name="code")
    raise NoCodeAxis(f"Een matrix heeft codes als rijen of als kolommen, niet '{rows}' × '{columns}'.")


def export_matrix(project: Project, path: str | Path, rows: str = "code", columns: str = "regio",
                  measure: str = "fragmenten", filters: Filters | None = None, sum_parents: bool = True,
                  unit: str = "overlap", per_cell: int = 2, overwrite: bool = False,
                  deduce: bool | None = None) -> ExportSummary:
    """One matrix to ``path`` (.docx, .xlsx or .csv).

    ``rows="casus", columns="code"`` is the framework matrix (quotes);
    ``code × code`` is co-occurrence (``unit``: overlap or segment).
    """
    path = check_output(path, overwrite)
    ds = Dataset(project, filters)
    quoter = Quoter(project, deduce=deduce)
    name = project.settings.get("name") or project.path.stem
    if rows == "casus" and columns == "code":
        return _export_framework(ds, quoter, path, per_cell, overwrite)
    matrix = safe_labels(make_matrix(ds, rows, columns, measure, sum_parents, unit), quoter)
    quotes = 0
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from .docx import export_matrix_docx

        write_atomically(path, lambda temp: export_matrix_docx(matrix, temp, name), overwrite)
    elif suffix == ".xlsx":
        from .xlsx import export_workbook

        table = fragment_table(ds)
        counter = {}

        def write(temp):
            counter["n"] = export_workbook(temp, [matrix], quoter, table, ds.codes["name"].to_dict(),
                                           intro=_intro(name, ds))
        write_atomically(path, write, overwrite)
        quotes = counter["n"]
    else:
        from .csv import matrix_csv, write_csv

        text = matrix_csv(matrix)
        write_atomically(path, lambda temp: write_csv(temp, text), overwrite)
    return ExportSummary(path, matrix.title, matrix.frame.shape, quotes, quoter.detected)


def _intro(name: str, ds: Dataset) -> str:
    selection = ds.filters.describe()
    return (f"Project {name}. " + (f"Selectie: {selection}. " if selection else "")
            + "Citaten, namen en andere persoonsgegevens zijn gepseudonimiseerd; de sleutel blijft in het projectbestand.")


def _export_framework(ds: Dataset, quoter: Quoter, path: Path, per_cell: int, overwrite: bool) -> ExportSummary:
    fw: FrameworkMatrix = framework_matrix(ds, quoter, per_cell=per_cell)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from . import wordtools as wt
        from .docx import add_framework, finish

        def write(temp):
            document = wt.new_document()
            wt.orient(document.sections[0], landscape=True)
            document.add_heading("Framework-matrix", 1)
            add_framework(document, fw)
            finish(document, "Framework-matrix", ds.project.settings.get("name") or "")
            document.save(temp)
    elif suffix == ".xlsx":
        from .xlsx import export_workbook

        def write(temp):
            export_workbook(temp, [], framework=fw, intro=_intro(ds.project.settings.get("name") or "", ds))
    else:
        from .csv import framework_csv, write_csv

        def write(temp):
            write_csv(temp, framework_csv(fw))
    write_atomically(path, write, overwrite)
    quotes = sum(len(c.quotes) for c in fw.cells.values())
    return ExportSummary(path, fw.title, (len(fw.cases), len(fw.codes)), quotes, quoter.detected)


def export_report(project: Project, path: str | Path, filters: Filters | None = None, sum_parents: bool = True,
                  per_cell: int = 2, per_region: int = 3, overwrite: bool = False, deduce: bool | None = None,
                  author: str = "", pdf: bool = False, toc_pages: bool | None = None):
    """The full report (.docx) or all matrices with the framework matrix and all quotes (.xlsx).

    :param author: the researcher named on the title page and in the document properties
        (default: the project's ``author`` setting).
    :param pdf: also write a PDF next to the .docx (needs LibreOffice).
    :param toc_pages: page numbers in the table of contents (``None``: when LibreOffice is installed).
    """
    path = check_output(path, overwrite, (".docx", ".xlsx"))
    author = author or project.settings.get("author") or ""
    if path.suffix.lower() == ".docx":
        from .pdf import MISSING, PdfError, find_libreoffice
        from .report import build_report

        pdf_path = path.with_suffix(".pdf") if pdf else None
        if pdf_path is not None:
            if pdf_path.exists() and not overwrite:
                raise OutputExists(f"'{pdf_path}' bestaat al.")
            if find_libreoffice() is None:
                raise ExportError(MISSING)
        result = {}

        def write(temp):
            if pdf_path is None:
                result["summary"] = build_report(project, temp, filters, sum_parents, per_cell, per_region, deduce,
                                                 author, toc_pages, None)
                return

            def write_pdf(pdf_temp):
                result["summary"] = build_report(project, temp, filters, sum_parents, per_cell, per_region,
                                                 deduce, author, toc_pages, pdf_temp)
            write_atomically(pdf_path, write_pdf, overwrite)
        try:
            write_atomically(path, write, overwrite)
        except PdfError as exc:
            raise ExportError(str(exc)) from None
        return replace(result["summary"], path=path, pdf=pdf_path)
    from .report import ReportSummary
    from .xlsx import export_workbook

    ds = Dataset(project, filters)
    quoter = Quoter(project, deduce=deduce)
    table = fragment_table(ds)
    quoter.prepare(table["document_id"].unique())
    matrices = [safe_labels(m, quoter) for m in standard_matrices(ds, sum_parents)]
    fw = framework_matrix(ds, quoter, per_cell=per_cell)
    counter = {}

    def write(temp):
        counter["n"] = export_workbook(temp, matrices, quoter, table, ds.codes["name"].to_dict(), fw,
                                       _intro(project.settings.get("name") or project.path.stem, ds))
    write_atomically(path, write, overwrite)
    return ReportSummary(path, len(matrices) + 1, counter["n"], len(ds.documents), len(table), quoter.detected)
