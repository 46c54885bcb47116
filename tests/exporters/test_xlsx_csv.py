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
    assert ws.freeze_panes == "C3"  # header and the words row stay in view
    header = [c.value for c in ws[1]]
    assert header[:2] == ["code-id", "code"]
    words = dict(sql(coded, "SELECT source_type, SUM(words) FROM documents GROUP BY 1"))
    labels = {"casuistiek": "casuïstiek", "interview": "interviews", "observatie": "observaties",
              "vragenlijst": "vragenlijsten"}
    types = sorted(words)
    assert [h.rstrip(" *") for h in header[2:]] == [labels[t] for t in types]
    assert [c.value for c in ws[2]] == ["(woorden)", "woorden tekst"] + [words[t] for t in types]
    for h, t in zip(header[2:], types):
        assert h.endswith(" *") == (words[t] < 1000)  # rates on little text are marked
    counts = {(c, t): n for c, t, n in sql(coded, f"""SELECT k.code_id, d.source_type, COUNT(DISTINCT {SPAN})
        FROM codings k JOIN documents d ON d.id = k.document_id GROUP BY 1, 2""")}
    codes = {c for (c,) in sql(coded, "SELECT id FROM codes")}
    rows = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[0] in codes]
    assert len(rows) == len(codes)
    for row in rows:
        for t, value in zip(types, row[2:]):
            assert value == pytest.approx(counts.get((row[0], t), 0) / words[t] * 10_000)
    assert ws["C3"].number_format == "0.0"
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$1:$2" and ws.print_title_cols == "$A:$B"
    quotes = wb["Citaten"]
    assert quotes.freeze_panes == "A2"
    assert [c.value for c in quotes[1]][-1] == "citaat"
    long = [r for r in range(2, quotes.max_row + 1) if len(str(quotes.cell(r, 11).value)) > 300]
    assert long and all(quotes.row_dimensions[r].height and quotes.row_dimensions[r].height > 15 for r in long)
    distinct = sql(coded, 'SELECT COUNT(*) FROM (SELECT DISTINCT document_id, start, "end", code_id FROM codings)')[0][0]
    assert quotes.max_row - 1 == distinct == summary.quotes
    text = workbook_text(wb)
    for secret in PLANTED + ["Naima Bouzid", "Marianne de Groot"]:
        assert secret not in text
    assert "[Telefoonnummer" in text and "[E-mailadres" in text


def test_colour_scale_covers_subcodes_only(coded, tmp_path):
    out = tmp_path / "regio.xlsx"
    with Project(coded) as p:
        export_matrix(p, out, columns="regio", measure="fragmenten", deduce=False)
    ws = openpyxl.load_workbook(out).worksheets[1]
    parents = {c for (c,) in sql(coded, "SELECT DISTINCT parent_id FROM codes WHERE parent_id IS NOT NULL")}
    row_of = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    covered = set()
    for rng in ws.conditional_formatting:
        for area in rng.sqref.ranges:
            covered |= set(range(area.min_row, area.max_row + 1))
    assert covered
    assert all(row_of[p] not in covered for p in parents)
    assert all(r in covered for code, r in row_of.items() if code not in parents)
    assert all(ws.cell(row_of[p], 3).font.bold for p in parents)
    assert ws.print_title_rows == "$1:$1"


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
        assert ws.freeze_panes in ("A2", "B2", "C2", "C3")
        assert ws.page_setup.orientation == "landscape" and ws.print_title_rows
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
    assert coders == ["anna", "bob", "goudstandaard"] or coders == ["anna", "bob"]  # 'gold' is the reference coding
    coders = ["gold" if c == "goudstandaard" else c for c in coders]
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
