"""``werkplaats export matrix|rapport`` end to end."""

import click
import docx
import openpyxl
from click.testing import CliRunner

from werkplaats.cli import cli
from werkplaats.cli.export import exporteer


def run(*args, ok=True):
    result = CliRunner().invoke(cli, ["exporteer", *(str(a) for a in args)], catch_exceptions=False)
    if ok is not None:
        assert (result.exit_code == 0) == ok, result.output
    return result


def test_every_export_command_has_dutch_help_with_example():
    for name, command in [("exporteer", exporteer), *exporteer.commands.items()]:
        args = [] if name == "exporteer" else [name]
        result = run(*args, "--help")
        assert "Voorbeeld" in result.output and "Toon deze hulptekst" in result.output
        assert command.help and len(command.help) > 20


def test_matrix_to_docx_xlsx_csv_with_filters(coded, tmp_path):
    out = tmp_path / "matrix.docx"
    result = run("matrix", coded, "--rijen", "code", "--kolommen", "regio", "--maat", "fragmenten", "-o", out,
                 "--zonder-deduce")
    assert "geschreven naar" in result.output and "40 rijen × 3 kolommen" in result.output
    assert docx.Document(str(out)).tables[0].rows[0].cells[1].text == "Ferm Werk"
    result = run("matrix", coded, "--kolommen", "verandering_trede", "--maat", "casussen", "--codeur", "anna",
                 "--regio", "wil", "--type", "interview", "--sinds", "01-01-2020", "--ouders-los", "-o",
                 tmp_path / "m.xlsx", "--zonder-deduce")
    assert "citaten" in result.output
    ws = openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets[1]
    assert ws.freeze_panes == "C2"
    run("matrix", coded, "--kolommen", "code", "--eenheid", "segment", "-o", tmp_path / "samen.csv", "--zonder-deduce")
    assert (tmp_path / "samen.csv").read_text(encoding="utf-8-sig").startswith("code-id;code;niveau;")


def test_never_overwrites_without_flag(coded, tmp_path):
    out = tmp_path / "matrix.csv"
    out.write_text("eigen werk")
    result = run("matrix", coded, "-o", out, "--zonder-deduce", ok=False)
    assert "bestaat al" in result.output and "--overschrijf" in result.output
    assert out.read_text() == "eigen werk"
    run("matrix", coded, "-o", out, "--overschrijf", "--zonder-deduce")
    assert out.read_text(encoding="utf-8-sig").startswith("code-id")


def test_dutch_errors(coded, tmp_path):
    cases = [
        (["--kolommen", "kleur"], "Onbekende kolomkeuze 'kleur'"),
        (["--codeur", "niemand"], "Onbekende codeur 'niemand'"),
        (["--regio", "Amsterdam"], "Onbekende regio 'Amsterdam'"),
        (["--type", "podcast"], "Onbekende soort bron 'podcast'"),
        (["--sinds", "gisteren"], "'gisteren' is geen datum"),
        (["--sinds", "2999-01-01"], "Geen documenten in deze selectie"),
        (["--rijen", "regio", "--kolommen", "casus"], "één van --rijen en --kolommen moet 'code' zijn"),
    ]
    for args, message in cases:
        result = run("matrix", coded, "-o", tmp_path / "x.docx", "--zonder-deduce", *args, ok=False)
        assert message in result.output, args
        assert not (tmp_path / "x.docx").exists()
    result = run("matrix", tmp_path / "bestaat-niet.wpl", "-o", tmp_path / "x.docx", ok=False)
    assert "bestaat niet" in result.output
    result = run("rapport", coded, "-o", tmp_path / "x.csv", ok=False)
    assert "Onbekend bestandstype" in result.output


def test_rapport(coded, tmp_path, monkeypatch):
    monkeypatch.setenv("WERKPLAATS_LIBREOFFICE", str(tmp_path / "geen-libreoffice"))  # fast: no rendering
    out = tmp_path / "rapport.docx"
    result = run("rapport", coded, "-o", out, "--regio", "Ferm Werk", "--zonder-deduce", "--auteur", "Bram")
    assert "Rapport geschreven naar" in result.output
    assert "De inhoudsopgave heeft geen paginanummers: daarvoor is LibreOffice nodig" in result.output
    assert docx.Document(str(out)).core_properties.author == "Bram"
    result = run("rapport", coded, "-o", tmp_path / "met-pdf.docx", "--pdf", "--zonder-deduce", ok=False)
    assert "LibreOffice is niet gevonden" in result.output and not (tmp_path / "met-pdf.docx").exists()
    d = docx.Document(str(out))
    assert any(p.text == "Methode" and p.style.name == "Heading 1" for p in d.paragraphs)
    headers = [t.rows[0].cells[1].text for t in d.tables if len(t.rows[0].cells) == 2]
    assert "Ferm Werk" in headers  # one region: one column
    assert isinstance(exporteer, click.Group)
