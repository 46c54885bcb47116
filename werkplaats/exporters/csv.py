"""A matrix as CSV the way Dutch Excel opens it: ``;``-separated, decimal comma, UTF-8 with BOM.

Columns: ``code-id;code;niveau;<column labels…>`` (labels as in Word: short
region names, pseudonymised case names). Shares are fractions (``0,25``),
rates have up to four decimals; empty shares or rates are left empty.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from ..analysis.framework import FrameworkMatrix
from ..analysis.matrices import Matrix


def _number(value, whole: bool) -> str:
    if value is None or pd.isna(value):
        return ""
    if whole:
        return str(int(round(value)))
    return f"{value:.4f}".rstrip("0").rstrip(".").replace(".", ",")


def matrix_csv(matrix: Matrix) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    frame = matrix.frame
    writer.writerow([f"{matrix.rows_name}-id", matrix.rows_name, "niveau"] + [matrix.column_label(c) for c in frame.columns])
    whole = not (matrix.is_share or matrix.is_rate)
    values = frame.to_numpy()
    for i, key in enumerate(frame.index):
        writer.writerow([key, matrix.row_label(key), matrix.row_depth.get(key, 0)]
                        + [_number(v, whole) for v in values[i]])
    return out.getvalue()


def framework_csv(fw: FrameworkMatrix) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(["casus", "regio", "memo casus"] + [name for _, name in fw.codes])
    for case_id, name in fw.cases:
        writer.writerow([name, fw.case_regions.get(case_id) or "", fw.case_memos.get(case_id, "")]
                        + [fw.cell_text(case_id, code_id) for code_id, _ in fw.codes])
    return out.getvalue()


def write_csv(path: str | Path, text: str) -> None:
    Path(path).write_text(text, encoding="utf-8-sig", newline="")
