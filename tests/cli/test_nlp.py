"""The NLP commands (suggest, model, nlp) on a small project."""

from __future__ import annotations

import json

from click.testing import CliRunner

from werkplaats.cli import cli


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_help_is_dutch_with_an_example():
    for args in (["stel-voor"], ["beslis"], ["model", "train"], ["model", "evalueer"], ["nlp", "info"],
                 ["nlp", "annoteer"], ["model"], ["nlp"]):
        assert "Voorbeeld:" in run(*args, "--help")


def test_nlp_info_and_annotate(small):
    out = run("nlp", "info", small.path)
    assert "nl_fallback" in out and "Lemma's opgeslagen: 0 van" in out
    out = run("nlp", "annoteer", small.path)
    assert "segmenten geannoteerd" in out
    data = json.loads(run("nlp", "info", small.path, "--json"))
    assert data["geannoteerd"] == data["segmenten"] > 0 and data["terugval"] is True


def test_nlp_zoek_finds_inflections(small):
    lines = run("zoek", small.path, "schuld", "--lemma", "--exact", "--json").splitlines()
    assert any("schulden" in json.loads(line)["text"] for line in lines)


def test_suggest_json_lines(small):
    lines = run("stel-voor", small.path, "--coder", "bob", "--json").splitlines()
    assert lines
    record = json.loads(lines[0])
    assert set(record) >= {"title", "filename", "start", "end", "text", "code_id", "score", "explanation"}


def test_model_train_then_suggest_for_a_code_and_evaluate(small):
    assert "Model getraind" in run("model", "train", small.path)
    out = run("stel-voor", small.path, "--code", "fin.schulden", "--top", "2", "--drempel", "0", "--coder", "bob")
    assert "2 suggestie(s)" in out and "model" in out
    out = run("model", "evalueer", small.path, "--delen", "2")
    assert "Precisie@3" in out and "Totaal" in out and "Schulden" in out
    assert "het voorgestelde stuk zelf (de zin of zinnen) met die code gecodeerd" in out


def test_unknown_model_is_an_error(small, tmp_path):
    result = CliRunner().invoke(cli, ["nlp", "info", str(small.path), "--model", str(tmp_path / "nergens")])
    assert result.exit_code == 1 and "bestaat niet" in result.output
