"""The exchange commands: export → import, merge, agreement."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from tests.exchange.conftest import sample
from werkplaats.cli import cli


def test_export_import_agreement_merge(coded_demo, tmp_path):
    runner = CliRunner()
    out = tmp_path / "p.qdpx"
    result = runner.invoke(cli, ["export", "qdpx", str(coded_demo), "-o", str(out)])
    assert result.exit_code != 0 and "--ruw" in result.output and not out.exists()  # raw texts: only when asked
    result = runner.invoke(cli, ["export", "qdpx", str(coded_demo), "-o", str(out), "--ruw"])
    assert result.exit_code == 0, result.output
    assert "ruwe persoonsgegevens" in result.output
    assert "Wat niet (volledig) meegaat" in result.output
    result = runner.invoke(cli, ["export", "qdpx", str(coded_demo), "-o", str(out), "--ruw"])
    assert result.exit_code != 0 and "bestaat al" in result.output
    result = runner.invoke(cli, ["import-qdpx", str(tmp_path / "nieuw.wpl"), str(out), "--coder", "imp"])
    assert result.exit_code == 0, result.output
    assert "32 documenten" in result.output
    result = runner.invoke(cli, ["overeenstemming", str(tmp_path / "nieuw.wpl"), "--coders", "anna", "bram",
                                 "-o", str(tmp_path / "ics.xlsx")])
    assert result.exit_code == 0, result.output
    assert "Cohens kappa" in result.output and (tmp_path / "ics.xlsx").exists()
    copy = tmp_path / "kopie.wpl"
    shutil.copy(coded_demo, copy)
    result = runner.invoke(cli, ["merge", str(coded_demo), str(copy), "--coder", "lead"])
    assert result.exit_code == 0, result.output
    assert "niets te doen" in result.output


def test_import_sample_shows_plan(tmp_path):
    result = CliRunner().invoke(cli, ["import-qdpx", str(tmp_path / "p.wpl"), str(sample("Project.qde")),
                                      "--alleen-bekijken"])
    assert result.exit_code == 0
    assert "Wat niet meegaat" in result.output and "cornflakes" in result.output
    assert not (tmp_path / "p.wpl").exists()
