"""Fast start-up: ``--versie`` and ``info`` import no heavy package; a missing package is a message."""

from __future__ import annotations

import subprocess
import sys

import pytest

from werkplaats.cli.common import missing_package

HEAVY = ("pandas", "numpy", "spacy", "sklearn", "matplotlib", "deduce")


def run_cli(args: list[str], before: str = "") -> subprocess.CompletedProcess:
    """The CLI in a fresh interpreter; ``before`` runs first; prints which heavy packages got imported."""
    code = (f"import sys\n{before}\nfrom werkplaats.cli import cli\n"
            f"try:\n    cli.main({args!r}, prog_name='werkplaats')\nexcept SystemExit as exc:\n    code = exc.code\n"
            f"print('HEAVY:' + ','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
            "sys.exit(code)")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def heavy(result: subprocess.CompletedProcess) -> list[str]:
    line = next(line for line in result.stdout.splitlines() if line.startswith("HEAVY:"))
    return [m for m in line.removeprefix("HEAVY:").split(",") if m]


@pytest.fixture(scope="module")
def small_project(tmp_path_factory):
    folder = tmp_path_factory.mktemp("startup")
    wpl = folder / "p.wpl"
    (folder / "a.txt").write_text("R: De schulden liepen op.\nI: En toen?", encoding="utf-8")
    assert run_cli(["nieuw", str(wpl)]).returncode == 0
    assert run_cli(["importeer", str(wpl), str(folder / "a.txt")]).returncode == 0
    return wpl


def test_versie_and_help_import_nothing_heavy():
    for args in (["--versie"], ["--help"]):
        result = run_cli(args)
        assert result.returncode == 0, result.stderr
        assert heavy(result) == [], args


def test_info_imports_nothing_heavy(small_project):
    result = run_cli(["info", str(small_project)])
    assert result.returncode == 0, result.stderr
    assert "1 document" in result.stdout
    assert heavy(result) == []
    result = run_cli(["info", str(small_project), "--json"])
    assert heavy(result) == []


def test_pandas_still_loads_for_the_commands_that_need_it(small_project, tmp_path):
    """sqlite-utils is imported without pandas, but a later ``import pandas`` is the real thing."""
    code = ("import werkplaats.store, sqlite_utils, sys\nassert 'pandas' not in sys.modules\n"
            "import pandas, numpy\nfrom sqlite_utils.db import COLUMN_TYPE_MAPPING as M\n"
            "assert M[numpy.int64] == 'INTEGER' and M[numpy.float32] == 'REAL' and M[pandas.Timestamp] == 'TEXT'\n"
            "db = sqlite_utils.Database(memory=True)\n"
            "db['t'].insert({'n': numpy.int64(3), 'x': numpy.float64(0.5), 'when': pandas.Timestamp('2024-03-01')})\n"
            "assert db['t'].columns_dict == {'n': int, 'x': float, 'when': str}, db['t'].columns_dict\n"
            "print(pandas.DataFrame({'a': [1, 2]}).a.sum())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3"
    out = tmp_path / "m.csv"
    result = run_cli(["exporteer", "matrix", str(small_project), "-o", str(out), "--zonder-deduce"])
    assert "pandas" in heavy(result)


def test_a_missing_package_is_a_dutch_message_not_a_missing_command(small_project, tmp_path):
    block = "sys.modules['pandas'] = None  # as if pandas were not installed"
    result = run_cli(["--help"], block)
    assert "exporteer" in result.stdout
    result = run_cli(["exporteer", "matrix", str(small_project), "-o", str(tmp_path / "m.csv")], block)
    assert result.returncode == 1
    assert "'pandas' nodig" in result.stderr and "python -m pip install pandas" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "m.csv").exists()


def test_missing_package_names_what_to_install():
    assert "pip install scikit-learn" in missing_package(ModuleNotFoundError(name="sklearn.linear_model"))
    assert "pip install python-docx" in missing_package(ModuleNotFoundError(name="docx"))
    assert missing_package(ModuleNotFoundError(name="werkplaats.nergens")) is None
