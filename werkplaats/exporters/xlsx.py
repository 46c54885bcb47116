"""Matrices to Excel (openpyxl): one sheet per matrix, a framework sheet, a sheet of quotes.

Every sheet has a frozen header row (and frozen code columns); figures are
real numbers (shares formatted as percentages) with a colour scale over the
subcodes (parent rows are grey totals), so the workbook can be sorted and
filtered further. Rates per 10,000 words have the words of each column under
the header, and rates on fewer than 1,000 words are grey, outside the colour
scale. Every sheet prints landscape on A4 with its header rows and first
column(s) on every page; wrapped cells get row heights so they do not overlap.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..analysis.framework import FrameworkMatrix
from ..analysis.matrices import FEW_WORDS, Matrix
from ..analysis.quotes import Quoter, format_time, records, shorten
from ..safetext import clean_name, shown

HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
FEW_WORDS_FILL = PatternFill("solid", fgColor="F2F2F2")
FONT = "Calibri"  # named on every styled cell: a Font without a name prints in the viewer's default (a serif)
FEW_WORDS_FONT = Font(name=FONT, italic=True, color="808080")
BOLD = Font(name=FONT, bold=True)
LINE_PT = 15  # height of one line of 11 pt text
MAX_ROW_PT = 409  # Excel's largest row height
FIT_WIDTH_MAX = 300  # sheets up to this many character widths print fitted to the page width
QUOTE_COLUMNS = ["code-id", "code", "casus", "regio", "gemeente", "soort bron", "document", "spreker", "tijd",
                 "codeur", "citaat"]
MAX_CELL = 32_000  # Excel's limit is 32,767 characters per cell


def append(ws, values) -> None:
    """Append a row; text passes through :func:`~werkplaats.safetext.shown` (a control character would
    make openpyxl refuse the cell, and has no place in a spreadsheet)."""
    ws.append([shown(v) for v in values])


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name (≤ 31 characters, no []:*?/\\)."""
    title = clean_name(title)
    base = re.sub(r"[\[\]:*?/\\]", "-", title).strip("' ")[:31] or "Blad"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def _header(ws, values: list[str]) -> None:
    append(ws, values)
    for cell in ws[1]:
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")


def print_setup(ws, title_rows: str = "1:1", title_columns: str | None = None) -> None:
    """Landscape A4, fitted to the page width when that stays readable, titles on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    width = sum((ws.column_dimensions[get_column_letter(j)].width or 9) for j in range(1, ws.max_column + 1))
    if width <= FIT_WIDTH_MAX:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as needed
    else:
        ws.page_setup.scale = 70
    ws.print_title_rows = title_rows
    if title_columns:
        ws.print_title_cols = title_columns
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddHeader.left.text = "&A"
    ws.oddFooter.center.text = "pagina &P van &N"


def fit_rows(ws, first_row: int = 2) -> None:
    """Row heights for wrapped cells (Excel does not compute them for a file it did not lay out)."""
    widths = {j: ws.column_dimensions[get_column_letter(j)].width or 9 for j in range(1, ws.max_column + 1)}
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if cell.value is None or not (cell.alignment and cell.alignment.wrap_text):
                continue
            per_line = max(1, int(widths.get(cell.column, 9) * 1.15))
            lines = max(lines, sum(max(1, math.ceil(len(part) / per_line)) for part in str(cell.value).split("\n")))
        if lines > 1:
            ws.row_dimensions[row[0].row].height = min(MAX_ROW_PT, lines * LINE_PT + 3)


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers as (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs


def add_matrix_sheet(wb: Workbook, matrix: Matrix, taken: set[str]) -> None:
    ws = wb.create_sheet(sheet_name(matrix.title if len(matrix.title) <= 31 else matrix.key, taken))
    frame = matrix.frame
    few = matrix.few_words
    parents = matrix.parent_rows
    _header(ws, [f"{matrix.rows_name}-id", matrix.rows_name]
            + [matrix.column_label(c) + (" *" if c in few else "") for c in frame.columns])
    top = 1
    if matrix.is_rate and matrix.column_words:  # the words behind each rate, right under the header
        append(ws, ["(woorden)", "woorden tekst"] + [int(matrix.column_words.get(c, 0)) for c in frame.columns])
        for cell in ws[2]:
            cell.font = Font(name=FONT, italic=True)
            cell.fill = HEADER_FILL
            cell.number_format = "#,##0"
        top = 2
    number_format = "0%" if matrix.is_share else "0.0" if matrix.is_rate else "0"
    values = frame.to_numpy()
    leaf_rows = []
    for i, key in enumerate(frame.index):
        row = [str(key), ("  " * matrix.row_depth.get(key, 0)) + matrix.row_label(key)]
        row += [None if pd.isna(v) else float(v) for v in values[i]]
        append(ws, row)
        r = ws.max_row
        if key in parents:
            for cell in ws[r]:
                cell.font = BOLD
                cell.fill = HEADER_FILL
        else:
            leaf_rows.append(r)
        for j, column in enumerate(frame.columns, start=3):
            cell = ws.cell(r, j)
            cell.number_format = number_format
            if column in few:
                cell.font = Font(name=FONT, italic=True, bold=key in parents, color="808080")
                if key not in parents:
                    cell.fill = FEW_WORDS_FILL
    ws.freeze_panes = f"C{top + 1}"
    ws.column_dimensions["A"].width = min(36, max([10] + [len(str(k)) + 2 for k in frame.index]))
    ws.column_dimensions["B"].width = min(60, max([20] + [len(matrix.row_label(k)) + 2 * matrix.row_depth.get(k, 0) + 2
                                                          for k in frame.index]))
    for j, column in enumerate(frame.columns, start=3):  # the longest word of the label on one line (up to 20)
        word = max(str(matrix.column_label(column)).split() or [""], key=len)
        ws.column_dimensions[get_column_letter(j)].width = min(20, max(12, len(word) + 3))
    ws.row_dimensions[1].height = 45
    scaled = [get_column_letter(j) for j, c in enumerate(frame.columns, start=3) if c not in few]
    if frame.size and leaf_rows and scaled:
        column_runs = _ranges([j for j, c in enumerate(frame.columns, start=3) if c not in few])
        areas = [f"{get_column_letter(a)}{first}:{get_column_letter(b)}{last}"
                 for first, last in _ranges(leaf_rows) for a, b in column_runs]
        ws.conditional_formatting.add(
            " ".join(areas), ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF",
                                            end_type="max", end_color="3182BD"))
    if few:
        append(ws, [])
        append(ws, ["*", f"Minder dan {FEW_WORDS:,} woorden tekst".replace(",", ".")
                   + ": het aantal per 10.000 woorden berust op weinig tekst (grijs, buiten de kleurschaal)."])
        ws.cell(ws.max_row, 2).font = FEW_WORDS_FONT
    print_setup(ws, f"1:{top}", "A:B")


def add_framework_sheet(wb: Workbook, fw: FrameworkMatrix, taken: set[str]) -> None:
    ws = wb.create_sheet(sheet_name("Framework-matrix", taken))
    _header(ws, ["casus", "regio", "memo casus"] + [name for _, name in fw.codes])
    for case_id, name in fw.cases:
        append(ws, [name, fw.case_regions.get(case_id) or "", fw.case_memos.get(case_id, "")]
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
    fit_rows(ws)
    print_setup(ws, "1:1", "A:A")


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
            append(ws, [
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
    fit_rows(ws)
    print_setup(ws, "1:1")
    return len(rows)


def add_about_sheet(wb: Workbook, lines: list[tuple[str, str]]) -> None:
    ws = wb.active
    ws.title = "Toelichting"
    _header(ws, ["blad", "toelichting"])
    for sheet, text in lines:
        append(ws, [sheet, text])
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 120
    for (cell,) in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    fit_rows(ws)
    print_setup(ws, "1:1")


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
