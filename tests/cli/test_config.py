"""Who is coding: --coder, then $WERKPLAATS_CODER, then the config file, then the login name."""

from click.testing import CliRunner

from werkplaats.cli import cli
from werkplaats.config import resolve_coder
from werkplaats.store import Project


def test_coder_name_sources(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("WERKPLAATS_CODER", raising=False)
    monkeypatch.setattr("getpass.getuser", lambda: "login")
    assert resolve_coder(None) == "login"
    (tmp_path / "werkplaats").mkdir()
    (tmp_path / "werkplaats" / "config.toml").write_text('coder = "Fatima"\n', encoding="utf-8")
    assert resolve_coder(None) == "Fatima"
    monkeypatch.setenv("WERKPLAATS_CODER", "Kees")
    assert resolve_coder(None) == "Kees"
    assert resolve_coder(" anna ") == "anna"
    (tmp_path / "werkplaats" / "config.toml").write_text("coder = [kapot", encoding="utf-8")
    monkeypatch.delenv("WERKPLAATS_CODER")
    assert resolve_coder(None) == "login"  # a broken config file is ignored, not fatal


def test_the_cli_passes_the_resolved_coder_to_the_library(monkeypatch, tmp_path):
    """The library never reads the environment: the CLI resolves the name and passes it in."""
    monkeypatch.setenv("WERKPLAATS_CODER", "Samira")
    wpl = tmp_path / "p.wpl"
    runner = CliRunner()
    assert runner.invoke(cli, ["nieuw", str(wpl)]).exit_code == 0
    codebook = tmp_path / "cb.yaml"
    codebook.write_text("name: Test\ncodes:\n  - id: a\n    name: A\n", encoding="utf-8")
    result = runner.invoke(cli, ["codeboek", "laad", str(wpl), str(codebook)])
    assert result.exit_code == 0, result.output
    (tmp_path / "t.txt").write_text("R: Hallo daar.\nI: Ja.", encoding="utf-8")
    assert runner.invoke(cli, ["importeer", str(wpl), str(tmp_path / "t.txt")]).exit_code == 0
    result = runner.invoke(cli, ["codeer", str(wpl), "--document", "1", "--start", "3", "--eind", "8", "--code", "a"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["codeer", str(wpl), "--document", "1", "--start", "0", "--eind", "2", "--code", "a",
                                 "--coder", "bram"])
    assert result.exit_code == 0, result.output
    with Project(wpl) as p:
        assert sorted(p.codings.coders()) == ["Samira", "bram"]
