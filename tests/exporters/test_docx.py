"""Word exports read back with python-docx: tables, values, header rows, styles, orientation."""

import sqlite3
import zipfile

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from tests.analysis.coding_fixture import PLANTED
from werkplaats.analysis import Filters
from werkplaats.exporters import ExportError, export_matrix, export_report
from werkplaats.store import Project

SPAN = "k.document_id || ':' || k.start || ':' || k.\"end\""  # a fragment: a stretch of text, whatever its code
ANCESTORS = """WITH RECURSIVE anc(code_id, row_code) AS (SELECT id, id FROM codes UNION ALL
    SELECT anc.code_id, c.parent_id FROM anc JOIN codes c ON c.id = anc.row_code WHERE c.parent_id IS NOT NULL)"""


def sql(path, query, params=()):
    with sqlite3.connect(path) as conn:
        return conn.execute(query, params).fetchall()


def fragments_per(path, column, where="1"):
    rows = sql(path, f"""{ANCESTORS} SELECT a.row_code, {column}, COUNT(DISTINCT {SPAN}) FROM codings k
        JOIN anc a ON a.code_id = k.code_id JOIN documents d ON d.id = k.document_id
        LEFT JOIN cases c ON c.id = d.case_id WHERE {where} GROUP BY 1, 2""")
    return {(r, c): n for r, c, n in rows}


def code_names(path):
    return dict(sql(path, "SELECT id, name FROM codes"))


def is_header(row) -> bool:
    trpr = row._tr.trPr
    return trpr is not None and trpr.find(qn("w:tblHeader")) is not None


def fill(cell) -> str | None:
    shd = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
    return shd.get(qn("w:fill")) if shd is not None else None


def tables_with_sections(document):
    """(table, section) for every table: a table belongs to the next section break after it."""
    sections = list(document.sections)
    out, pending, index = [], [], 0
    tables = {t._tbl: t for t in document.tables}
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            pending.append(tables[child])
        elif child.tag == qn("w:p") and child.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None:
            out += [(t, sections[index]) for t in pending]
            pending, index = [], index + 1
    return out + [(t, sections[-1]) for t in pending]


def assert_tables_fit(document):
    """No table is wider than the text area of its page: nothing is cut off."""
    for table, section in tables_with_sections(document):
        grid = table._tbl.tblGrid
        width = sum(int(col.get(qn("w:w"))) for col in grid.findall(qn("w:gridCol"))) * 635
        assert width <= section.page_width - section.left_margin - section.right_margin + 635 * 20


def all_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "ignore") for n in z.namelist() if n.endswith(".xml"))


def test_region_matrix_table_values_header_and_shading(coded, tmp_path):
    out = tmp_path / "matrix.docx"
    with Project(coded) as p:
        summary = export_matrix(p, out, columns="regio", measure="fragmenten", deduce=False)
    assert summary.shape == (40, 3)
    d = docx.Document(str(out))
    assert d.sections[0].orientation == WD_ORIENT.PORTRAIT
    assert d.paragraphs[0].style.name == "Heading 1" and d.paragraphs[0].text == "Aantal gecodeerde fragmenten per regio"
    table = d.tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert header == ["Code", "Ferm Werk", "WIL Lekstroom", "RSD KRH"]
    assert is_header(table.rows[0]) and not is_header(table.rows[1])
    expected = fragments_per(coded, "d.region")
    names = code_names(coded)
    regions = ["Ferm Werk", "WIL Werk en Inkomen Lekstroom", "RSD Kromme Rijn Heuvelrug"]
    by_name = {row.cells[0].text: row for row in table.rows[1:]}
    assert len(by_name) == 40
    shaded = 0
    for code_id, name in names.items():
        row = by_name[name]
        assert [c.text for c in row.cells[1:]] == [str(expected.get((code_id, r), 0)) for r in regions]
        if "." in code_id:  # subcodes: shaded by value
            for cell in row.cells[1:]:
                assert (fill(cell) is not None) == (cell.text != "0")
                shaded += fill(cell) is not None
        else:  # main codes: bold totals on grey
            assert row.cells[1].paragraphs[0].runs[0].bold
    assert shaded > 30
    legend = d.tables[-1]
    assert len(legend.rows) == 1 and legend.rows[0].cells[0].text == "0" and len(legend.rows[0].cells) == 6
    assert any(p.text.startswith("Legenda") for p in d.paragraphs)
    assert_tables_fit(d)


def test_wide_case_matrix_is_landscape_with_vertical_headers(coded, tmp_path):
    out = tmp_path / "casus.docx"
    with Project(coded) as p:
        export_matrix(p, out, columns="casus", measure="casussen", deduce=False)
    d = docx.Document(str(out))
    assert d.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert d.sections[0].page_width > d.sections[0].page_height
    tables = [t for t in d.tables if len(t.rows) > 1]
    headers = [c for t in tables for c in t.rows[0].cells[1:]]
    cases = {n for (n,) in sql(coded, "SELECT name FROM cases")}
    assert {c.text for c in headers} == cases | {"(geen casus)"}
    assert all(c._tc.tcPr.find(qn("w:textDirection")) is not None for c in headers)
    expected = {(r, c): n for (r, c), n in fragments_per(coded, "c.name").items()}
    case_counts = {(r, c): n for r, c, n in sql(coded, f"""{ANCESTORS} SELECT a.row_code, c.name, COUNT(DISTINCT d.case_id)
        FROM codings k JOIN anc a ON a.code_id = k.code_id JOIN documents d ON d.id = k.document_id
        JOIN cases c ON c.id = d.case_id GROUP BY 1, 2""")}
    assert expected
    names = {v: k for k, v in code_names(coded).items()}
    for t in tables:
        columns = [c.text for c in t.rows[0].cells]
        for row in t.rows[1:]:
            code = names[row.cells[0].text]
            for case, cell in zip(columns[1:], row.cells[1:]):
                assert cell.text == str(case_counts.get((code, case), 0))
    assert_tables_fit(d)


def test_report_structure_styles_sections_and_no_personal_data(coded, tmp_path):
    out = tmp_path / "rapport.docx"
    with Project(coded) as p:
        summary = export_report(p, out, per_cell=10, deduce=False, toc_pages=False)
    assert summary.matrices == 13 and summary.quotes > 100
    d = docx.Document(str(out))
    styles = [p.style.name for p in d.paragraphs]
    assert "Title" in styles
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert h1 == ["Methode", "Factoren per regio", "Factoren per casus",
                  "Factoren naar gemeente, soort bron, spreker en codeur", "Factoren naar trede op de participatieladder",
                  "Codes die samen voorkomen", "Framework-matrix", "Factoren toegelicht", "Bijlage: codeboek"]
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    assert "Aantal gecodeerde fragmenten per regio" in h2 and "Vertrouwensrelatie en bejegening" in h2
    assert any(t.startswith("Framework-matrix: ") for t in h2) and "Memo's bij casussen" in h2
    orientations = {s.orientation for s in d.sections}
    assert orientations == {WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE}
    assert len(d.inline_shapes) >= 1  # the heat-map chart
    for table in d.tables:
        if len(table.rows) > 1:
            assert is_header(table.rows[0])
    assert_tables_fit(d)
    method = next(p.text for p in d.paragraphs if p.text.startswith("Dit rapport vergelijkt"))
    docs, words = sql(coded, "SELECT COUNT(*), SUM(words) FROM documents")[0]
    assert f"{docs} documenten" in method and f"{words:,}".replace(",", ".") in method
    assert "anna" in method and "bob" in method and "versie 0.1.0" in method
    xml = all_text(out)
    assert 'TOC \\o "1-2"' in xml and 'w:val="nl-NL"' in xml and "updateFields" not in xml
    for name, in sql(coded, "SELECT name FROM codes"):
        assert name.replace("&", "&amp;") in xml
    for secret in PLANTED + ["Naima Bouzid", "Bouzid", "Marianne de Groot"]:
        assert secret not in xml
    assert "[Telefoonnummer" in xml and "[BSN" in xml  # the fragments with planted data were quoted


def test_report_regional_table_matches_sql(coded, tmp_path):
    out = tmp_path / "rapport.docx"
    with Project(coded) as p:
        export_report(p, out, filters=Filters(coders=["anna"]), deduce=False, toc_pages=False)
    d = docx.Document(str(out))
    table = next(t for t in d.tables if [c.text for c in t.rows[0].cells] == ["Code", "Ferm Werk", "WIL Lekstroom", "RSD KRH"])
    expected = fragments_per(coded, "d.region", "k.coder = 'anna'")
    names = {v: k for k, v in code_names(coded).items()}
    regions = ["Ferm Werk", "WIL Werk en Inkomen Lekstroom", "RSD Kromme Rijn Heuvelrug"]
    for row in table.rows[1:]:
        code = names[row.cells[0].text]
        assert [c.text for c in row.cells[1:]] == [str(expected.get((code, r), 0)) for r in regions]
    assert any("Selectie: codeur anna" in p.text for p in d.paragraphs)


def test_framework_matrix_docx(coded, tmp_path):
    out = tmp_path / "framework.docx"
    with Project(coded) as p:
        summary = export_matrix(p, out, rows="casus", columns="code", per_cell=1, deduce=False)
    d = docx.Document(str(out))
    assert d.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert summary.quotes > 50
    first = d.tables[0]
    assert first.rows[0].cells[0].text == "Casus" and is_header(first.rows[0])
    assert any("“" in c.text and "(" in c.text for row in first.rows[1:] for c in row.cells[1:])
    assert len(first.rows[0].cells) <= 7
    assert_tables_fit(d)


def test_refuses_to_overwrite_and_unknown_formats(coded, tmp_path):
    out = tmp_path / "m.docx"
    out.write_bytes(b"niet overschrijven")
    with Project(coded) as p:
        with pytest.raises(ExportError, match="bestaat al"):
            export_matrix(p, out, deduce=False)
        assert out.read_bytes() == b"niet overschrijven"
        export_matrix(p, out, overwrite=True, deduce=False)
        with pytest.raises(ExportError, match="Onbekend bestandstype"):
            export_matrix(p, tmp_path / "m.pdf", deduce=False)
        with pytest.raises(ExportError, match="bestaat niet"):
            export_matrix(p, tmp_path / "nergens" / "m.docx", deduce=False)
    assert docx.Document(str(out)).tables
    assert [f.name for f in tmp_path.iterdir() if f.name.startswith(".werkplaats-")] == []
