"""Excel read back with openpyxl (sheets, frozen panes, values) and CSV parsed."""

import csv
import io
import sqlite3

import openpyxl
import pytest

from tests.analysis.coding_fixture import PLANTED
from werkplaats.exporters import export_matrix, export_report
from werkplaats.store import Project

SPAN = "k.document_id || ':' || k.start || ':' || k.\"end\" || ':' || k.code_id"


def sql(path, query, params=()):
    with sqlite3.connect(path) as conn:
        return conn.execute(query, params).fetchall()


def workbook_text(wb) -> str:
    return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None)


def test_matrix_workbook_sheets_frozen_header_values_and_quotes(coded, tmp_path):
    out = tmp_path / "m.xlsx"
    with Project(coded) as p:
        summary = export_matrix(p, out, columns="type", measure="per10k", sum_parents=False, deduce=False)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Toelichting" and wb.sheetnames[-1] == "Citaten" and len(wb.sheetnames) == 3
    ws = wb.worksheets[1]
    assert ws.freeze_panes == "C2"
    header = [c.value for c in ws[1]]
    assert header[:2] == ["code-id", "code"]
    types = header[2:]
    assert types == sorted(t for (t,) in sql(coded, "SELECT DISTINCT source_type FROM documents"))
    counts = {(c, t): n for c, t, n in sql(coded, f"""SELECT k.code_id, d.source_type, COUNT(DISTINCT {SPAN})
        FROM codings k JOIN documents d ON d.id = k.document_id GROUP BY 1, 2""")}
    words = dict(sql(coded, "SELECT source_type, SUM(words) FROM documents GROUP BY 1"))
    for row in ws.iter_rows(min_row=2, values_only=True):
        for t, value in zip(types, row[2:]):
            assert value == pytest.approx(counts.get((row[0], t), 0) / words[t] * 10_000)
    assert ws["C2"].number_format == "0.0"
    quotes = wb["Citaten"]
    assert quotes.freeze_panes == "A2"
    assert [c.value for c in quotes[1]][-1] == "citaat"
    distinct = sql(coded, 'SELECT COUNT(*) FROM (SELECT DISTINCT document_id, start, "end", code_id FROM codings)')[0][0]
    assert quotes.max_row - 1 == distinct == summary.quotes
    text = workbook_text(wb)
    for secret in PLANTED + ["Naima Bouzid", "Marianne de Groot"]:
        assert secret not in text
    assert "[Telefoonnummer" in text and "[E-mailadres" in text


def test_share_is_a_percentage_number(coded, tmp_path):
    out = tmp_path / "aandeel.xlsx"
    with Project(coded) as p:
        export_matrix(p, out, columns="regio", measure="aandeel", deduce=False)
    ws = openpyxl.load_workbook(out).worksheets[1]
    assert ws["C2"].number_format == "0%"
    assert all(0 <= v <= 1 for row in ws.iter_rows(min_row=2, min_col=3, values_only=True) for v in row if v is not None)


def test_report_workbook_has_a_sheet_per_matrix(coded, tmp_path):
    out = tmp_path / "alles.xlsx"
    with Project(coded) as p:
        summary = export_report(p, out, deduce=False)
    wb = openpyxl.load_workbook(out)
    assert len(wb.sheetnames) == 1 + 12 + 1 + 1 == summary.matrices + 2
    assert "Framework-matrix" in wb.sheetnames and "Citaten" in wb.sheetnames
    assert len(set(wb.sheetnames)) == len(wb.sheetnames) and all(len(n) <= 31 for n in wb.sheetnames)
    for ws in wb.worksheets:
        assert ws.freeze_panes in ("A2", "B2", "C2")
    about = wb["Toelichting"]
    assert about.max_row == len(wb.sheetnames) + 1  # header, (algemeen), one line per other sheet
    assert "gepseudonimiseerd" in workbook_text(wb)
    for secret in PLANTED:
        assert secret not in workbook_text(wb)


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel recognises UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_csv_counts_and_decimal_comma(coded, tmp_path):
    out = tmp_path / "m.csv"
    with Project(coded) as p:
        export_matrix(p, out, columns="codeur", measure="fragmenten", sum_parents=False, deduce=False)
        export_matrix(p, tmp_path / "r.csv", columns="regio", measure="per10k", deduce=False)
    rows = read_csv(out)
    assert rows[0][:3] == ["code-id", "code", "niveau"]
    coders = rows[0][3:]
    assert coders == ["anna", "bob", "gold"] or coders == ["anna", "bob"]
    counts = {(c, k): n for c, k, n in sql(coded, f"SELECT k.code_id, k.coder, COUNT(DISTINCT {SPAN}) FROM codings k GROUP BY 1, 2")}
    assert len(rows) == 41
    for row in rows[1:]:
        assert [int(v) for v in row[3:]] == [counts.get((row[0], c), 0) for c in coders]
    rates = read_csv(tmp_path / "r.csv")
    assert any("," in v for row in rates[1:] for v in row[3:])
    assert all(float(v.replace(",", ".")) >= 0 for row in rates[1:] for v in row[3:] if v)


def test_framework_and_cooccurrence_csv(coded, tmp_path):
    with Project(coded) as p:
        export_matrix(p, tmp_path / "fw.csv", rows="casus", columns="code", per_cell=5, deduce=False)
        export_matrix(p, tmp_path / "samen.csv", rows="code", columns="code", unit="segment", deduce=False)
    fw = read_csv(tmp_path / "fw.csv")
    assert fw[0][:3] == ["casus", "regio", "memo casus"]
    text = "\n".join(";".join(r) for r in fw)
    assert "“" in text and "Memo: Celmemo" in text
    for secret in PLANTED + ["Naima Bouzid"]:
        assert secret not in text
    samen = read_csv(tmp_path / "samen.csv")
    codes = samen[0][3:]
    assert [r[1] for r in samen[1:]] == codes  # square: the same codes (by name) down and across
    for i, row in enumerate(samen[1:]):
        assert row[3 + i] != "0"  # the diagonal: segments with the code
