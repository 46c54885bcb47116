"""The exchange commands: export → import, merge, agreement."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from tests.exchange.conftest import sample
from werkplaats.cli import cli


def test_export_import_agreement_merge(coded_demo, tmp_path):
    runner = CliRunner()
    out = tmp_path / "p.qdpx"
    result = runner.invoke(cli, ["exporteer", "qdpx", str(coded_demo), "-o", str(out)])
    assert result.exit_code != 0 and "--ruw" in result.output and not out.exists()  # raw texts: only when asked
    result = runner.invoke(cli, ["exporteer", "qdpx", str(coded_demo), "-o", str(out), "--ruw"])
    assert result.exit_code == 0, result.output
    assert "ruwe persoonsgegevens" in result.output
    assert "Wat niet (volledig) meegaat" in result.output
    result = runner.invoke(cli, ["exporteer", "qdpx", str(coded_demo), "-o", str(out), "--ruw"])
    assert result.exit_code != 0 and "bestaat al" in result.output and "--overschrijf" in result.output
    assert runner.invoke(cli, ["nieuw", str(tmp_path / "nieuw.wpl")]).exit_code == 0
    result = runner.invoke(cli, ["importeer", str(tmp_path / "nieuw.wpl"), str(out), "--coder", "imp"])
    assert result.exit_code == 0, result.output
    assert "32 documenten" in result.output
    result = runner.invoke(cli, ["overeenstemming", str(tmp_path / "nieuw.wpl"), "--coder", "anna", "bram",
                                 "-o", str(tmp_path / "ics.xlsx")])
    assert result.exit_code == 0, result.output
    assert "Cohens kappa" in result.output and (tmp_path / "ics.xlsx").exists()
    copy = tmp_path / "kopie.wpl"
    shutil.copy(coded_demo, copy)
    result = runner.invoke(cli, ["voeg-samen", str(coded_demo), str(copy), "--coder", "lead"])
    assert result.exit_code == 0, result.output
    assert "niets te doen" in result.output


def test_import_sample_shows_plan(tmp_path):
    result = CliRunner().invoke(cli, ["import-qdpx", str(tmp_path / "p.wpl"), str(sample("Project.qde")), "--proef"])
    assert result.exit_code == 0
    assert "Wat niet meegaat" in result.output and "cornflakes" in result.output
    assert not (tmp_path / "p.wpl").exists()


def test_merge_conflict_names_the_choice(demo, tmp_path):
    from tests.exchange.test_merge import _code

    paths = {}
    for name in ("anna", "bram"):
        paths[name] = tmp_path / f"{name}.wpl"
        shutil.copy(demo, paths[name])
    _code(paths["anna"], "anna", 2, rename="Naam van Anna")
    _code(paths["bram"], "bram", 3, rename="Naam van Bram")
    runner = CliRunner()
    assert runner.invoke(cli, ["voeg-samen", str(demo), str(paths["anna"])]).exit_code == 0
    result = runner.invoke(cli, ["voeg-samen", str(demo), str(paths["bram"])])
    assert result.exit_code == 1
    assert "CONFLICT" in result.output and "Kies --neem doel of --neem bron." in result.output
    result = runner.invoke(cli, ["voeg-samen", str(demo), str(paths["bram"]), "--neem", "bron"])
    assert result.exit_code == 0 and "OPGELOST" in result.output
