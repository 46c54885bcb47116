"""Matrices to Excel (openpyxl): one sheet per matrix, a framework sheet, a sheet of quotes.

Every sheet has a frozen header row (and frozen code columns); figures are
real numbers (shares formatted as percentages) with a colour scale, so the
workbook can be sorted and filtered further.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..analysis.framework import FrameworkMatrix
from ..analysis.matrices import Matrix
from ..analysis.quotes import Quoter, format_time, records, shorten

HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
BOLD = Font(bold=True)
QUOTE_COLUMNS = ["code-id", "code", "casus", "regio", "gemeente", "soort bron", "document", "spreker", "tijd",
                 "codeur", "citaat"]
MAX_CELL = 32_000  # Excel's limit is 32,767 characters per cell


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name (≤ 31 characters, no []:*?/\\)."""
    base = re.sub(r"[\[\]:*?/\\]", "-", title).strip("' ")[:31] or "Blad"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def _header(ws, values: list[str]) -> None:
    ws.append(values)
    for cell in ws[1]:
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")


def add_matrix_sheet(wb: Workbook, matrix: Matrix, taken: set[str]) -> None:
    ws = wb.create_sheet(sheet_name(matrix.title if len(matrix.title) <= 31 else matrix.key, taken))
    frame = matrix.frame
    _header(ws, [f"{matrix.rows_name}-id", matrix.rows_name] + [matrix.column_label(c) for c in frame.columns])
    number_format = "0%" if matrix.is_share else "0.0" if matrix.is_rate else "0"
    values = frame.to_numpy()
    for i, key in enumerate(frame.index):
        row = [str(key), ("  " * matrix.row_depth.get(key, 0)) + matrix.row_label(key)]
        row += [None if pd.isna(v) else float(v) for v in values[i]]
        ws.append(row)
        if matrix.row_depth.get(key, 0) == 0 and matrix.row_depth:
            ws.cell(ws.max_row, 2).font = BOLD
    for row in ws.iter_rows(min_row=2, min_col=3):
        for cell in row:
            cell.number_format = number_format
    ws.freeze_panes = "C2"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 44
    for j in range(3, frame.shape[1] + 3):
        ws.column_dimensions[get_column_letter(j)].width = 12
    ws.row_dimensions[1].height = 45
    if frame.size:
        last = f"{get_column_letter(frame.shape[1] + 2)}{frame.shape[0] + 1}"
        ws.conditional_formatting.add(
            f"C2:{last}", ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF",
                                         end_type="max", end_color="3182BD"))


def add_framework_sheet(wb: Workbook, fw: FrameworkMatrix, taken: set[str]) -> None:
    ws = wb.create_sheet(sheet_name("Framework-matrix", taken))
    _header(ws, ["casus", "regio", "memo casus"] + [name for _, name in fw.codes])
    for case_id, name in fw.cases:
        ws.append([name, fw.case_regions.get(case_id) or "", fw.case_memos.get(case_id, "")]
                  + [fw.cell_text(case_id, code_id)[:MAX_CELL] for code_id, _ in fw.codes])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B2"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 30
    for j in range(4, len(fw.codes) + 4):
        ws.column_dimensions[get_column_letter(j)].width = 45


def add_quotes_sheet(wb: Workbook, table: pd.DataFrame, quoter: Quoter, code_names: dict, taken: set[str],
                     max_chars: int = 2000) -> int:
    """All fragments of ``table`` (see :func:`~werkplaats.analysis.quotes.fragment_table`), pseudonymised."""
    ws = wb.create_sheet(sheet_name("Citaten", taken))
    _header(ws, QUOTE_COLUMNS)
    rows = records(table)
    quoter.prepare(r.document_id for r in rows)
    keep = quoter.max_chars
    quoter.max_chars = max_chars  # the quotes sheet holds (almost) the whole fragment
    try:
        for r in rows:
            ws.append([
                r.code_id, code_names.get(r.code_id, r.code_id), quoter.free_text(r.casus), r.region,
                r.municipality, r.source_type, quoter.free_text(r.title), r.role, format_time(r.timestamp),
                r.coder, shorten(quoter.span(r.document_id, r.start, r.end), max_chars),
            ])
    finally:
        quoter.max_chars = keep
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for letter, width in zip("ABCDEFGHIJK", (22, 30, 20, 20, 16, 12, 36, 14, 9, 10, 90)):
        ws.column_dimensions[letter].width = width
    for (cell,) in ws.iter_rows(min_row=2, min_col=11, max_col=11):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return len(rows)


def add_about_sheet(wb: Workbook, lines: list[tuple[str, str]]) -> None:
    ws = wb.active
    ws.title = "Toelichting"
    _header(ws, ["blad", "toelichting"])
    for sheet, text in lines:
        ws.append([sheet, text])
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 120
    for (cell,) in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def export_workbook(path: str | Path, matrices: list[Matrix], quoter: Quoter | None = None,
                    table: pd.DataFrame | None = None, code_names: dict | None = None,
                    framework: FrameworkMatrix | None = None, intro: str = "") -> int:
    """Write the workbook; returns the number of quotes written."""
    wb = Workbook()
    taken = {"toelichting"}
    about = [("(algemeen)", intro)] if intro else []
    for matrix in matrices:
        add_matrix_sheet(wb, matrix, taken)
        name = wb.worksheets[-1].title
        about.append((name, f"{matrix.title}. {matrix.description}"
                      + (f" Selectie: {matrix.filters}." if matrix.filters else "")))
    if framework is not None:
        add_framework_sheet(wb, framework, taken)
        about.append((wb.worksheets[-1].title, framework.description))
    n = 0
    if quoter is not None and table is not None:
        n = add_quotes_sheet(wb, table, quoter, code_names or {}, taken)
        about.append((wb.worksheets[-1].title, "Alle gecodeerde fragmenten met hun bron, gepseudonimiseerd."))
    add_about_sheet(wb, about)
    wb.save(str(path))
    return n
