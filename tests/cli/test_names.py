"""One Dutch vocabulary: every command has Dutch help, and every old name or flag still works (hidden)."""

from __future__ import annotations

import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from werkplaats.cli import ALIASES, cli

ENGLISH = ("Usage:", "Options:", "Commands:", "Show this message", "Show the version")


def walk(group: click.Group, ctx: click.Context, prefix=()):
    """Every command under ``group`` (hidden ones too), with its path."""
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from walk(command, ctx, prefix + (name,))


ALL = list(walk(cli, click.Context(cli)))


@pytest.mark.parametrize("path,command", ALL, ids=[" ".join(p) for p, _ in ALL])
def test_every_command_has_dutch_help_with_an_example(path, command):
    assert command.help and len(command.help) > 20, path
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Gebruik:" in out and "Opties:" in out and "Toon deze hulptekst." in out
    assert "Voorbeeld" in out
    assert not any(word in out for word in ENGLISH), out
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, (path, param.name)
            for old in getattr(param, "old_names", ()):
                assert old not in out, (path, old)


def test_old_names_are_hidden_from_help():
    out = CliRunner().invoke(cli, ["--help"]).output
    listed = {line.split()[0] for line in out.split("Commando's:")[1].splitlines() if line.strip()}
    assert listed == {p[0] for p, c in ALL if len(p) == 1 and not c.hidden}
    for old in [*ALIASES, "import-qdpx"]:
        assert old not in listed
    assert "zoek" in listed and "search" not in out.split("Commando's:")[1]


# Invocations from the README (all versions in main's history) and the tests before the new names:
# each must reach the same command with the same values.
OLD = [
    ("init onderzoek.wpl", "nieuw", {}),
    ("codebook load onderzoek.wpl codeboek.yaml", "codeboek laad", {"bestand": "codeboek.yaml"}),
    ("codebook export onderzoek.wpl -o codeboek.qdc", "codeboek exporteer", {"output": "codeboek.qdc"}),
    ('import onderzoek.wpl interviews/ --regio "Ferm Werk" --type interview', "importeer", {"regio": "Ferm Werk"}),
    ("import onderzoek.wpl --manifest bronnen.csv", "importeer", {"manifest": "bronnen.csv"}),
    ("import onderzoek.wpl project-uit-nvivo.qdpx", "importeer", {"paden": ("project-uit-nvivo.qdpx",)}),
    ("import-qdpx onderzoek.wpl collega.qdpx --alleen-bekijken", "import-qdpx", {"dry_run": True}),
    ("info onderzoek.wpl --json", "info", {"as_json": True}),
    ('search onderzoek.wpl "schuldhulp" --json', "zoek", {"zoekvraag": "schuldhulp", "as_json": True}),
    ("search onderzoek.wpl schuld --lemma", "zoek", {"lemma": True}),
    ("nlp zoek onderzoek.wpl schuld --json", "nlp zoek", {"zoekvraag": "schuld"}),
    ("tui onderzoek.wpl --coder anna", "tui", {"coder": "anna"}),
    ("autocode onderzoek.wpl --spreker R --code cl.eigen_regie --regio WIL --type interview --proef", "autocodeer",
     {"spreker": "R", "dry_run": True}),
    ('autocode onderzoek.wpl --zoek "schuld*" --code cl.basisvoorwaarden --eenheid zin --proef', "autocodeer",
     {"zoek": "schuld*", "eenheid": "zin"}),
    ('autocode onderzoek.wpl --kop "Afspraken" --code sa.rolverdeling', "autocodeer", {"kop": "Afspraken"}),
    ("code onderzoek.wpl --document 3 --start 120 --eind 245 --code pr.vertrouwensrelatie", "codeer",
     {"start": 120, "eind": 245}),
    ("codings onderzoek.wpl --code pr.vertrouwensrelatie --json", "coderingen toon", {"code_id": "pr.vertrouwensrelatie"}),
    ("codings toon onderzoek.wpl --coder anna", "coderingen toon", {"coder": "anna"}),
    ("codings importeer onderzoek.wpl codings.csv", "coderingen importeer", {"bestand": "codings.csv"}),
    ("codings exporteer onderzoek.wpl -o codings.csv", "coderingen exporteer", {"output": "codings.csv"}),
    ('memo onderzoek.wpl --casus "Casus FW-01" --code cl.basisvoorwaarden tekst', "memo", {"tekst": "tekst"}),
    ("nlp info onderzoek.wpl", "nlp info", {}),
    ("nlp annotate onderzoek.wpl --opnieuw", "nlp annoteer", {"opnieuw": True}),
    ("suggest onderzoek.wpl --code cl.basisvoorwaarden --top 3 --json", "stel-voor", {"top": 3, "as_json": True}),
    ("suggest onderzoek.wpl --document 4 -i", "stel-voor", {"document": 4, "interactief": True}),
    ("beslis onderzoek.wpl --segment 412 --code cl.basisvoorwaarden --afwijzen", "beslis", {"action": "wijs-af"}),
    ("beslis onderzoek.wpl --segment 412 --code cl.basisvoorwaarden --accepteer", "beslis", {"action": "accepteer"}),
    ("model train onderzoek.wpl --coder anna", "model train", {"coders": ("anna",)}),
    ("model evaluate onderzoek.wpl -k 3", "model evalueer", {"k": 3}),
    ("model evaluate onderzoek.wpl --folds 3 --helft", "model evalueer", {"k": 3, "helft": True}),
    ("export matrix onderzoek.wpl --rijen code --kolommen regio --maat fragmenten -o matrix.docx", "exporteer matrix",
     {"maat": "fragmenten"}),
    ("export matrix onderzoek.wpl --kolommen casus --maat per10k -o matrix.xlsx --regio WIL --codeur anna",
     "exporteer matrix", {"coders": ("anna",), "regio": ("WIL",)}),
    ("export rapport onderzoek.wpl -o rapport.docx", "exporteer rapport", {"output": "rapport.docx"}),
    ("export qdpx onderzoek.wpl -o onderzoek.qdpx --overschrijf", "exporteer qdpx", {"overschrijf": True}),
    ("merge onderzoek.wpl kopie-anna.wpl kopie-bram.wpl", "voeg-samen", {"kopieen": ("kopie-anna.wpl", "kopie-bram.wpl")}),
    ("merge onderzoek.wpl kopie-anna.wpl --alleen-bekijken --neem bron", "voeg-samen", {"dry_run": True, "neem": "bron"}),
    ("samenvoegen onderzoek.wpl kopie-anna.wpl", "voeg-samen", {}),
    ("overeenstemming onderzoek.wpl --coders anna bram --eenheid segment -o overeenstemming.xlsx", "overeenstemming",
     {"coders": ("anna",), "meer_coders": ("bram",)}),
    ("pseudo onderzoek.wpl --toon 3", "pseudo", {"show": "3"}),
    ('pseudo onderzoek.wpl --altijd "Naima" --nooit "Movisie" --stijl realistisch', "pseudo", {"stijl": "realistisch"}),
    ("review pak onderzoek.wpl -o review.wpr --codes pr --regio WIL --max 40", "review pak", {"maximum": 40}),
    ("review review.wpr --naam Samira", "review open", {"naam": "Samira"}),
    ("review terug onderzoek.wpl review.wpr", "review terug", {}),
    ("review overzicht onderzoek.wpl", "review overzicht", {}),
    ("demo -o demo.wpl --no-tui", "demo", {"no_tui": True}),
    ("export qdpx onderzoek.wpl -o onderzoek.qdpx --ruw", "exporteer qdpx", {"ruw": True}),
    ("codings exporteer onderzoek.wpl -o codings.csv --ruw", "coderingen exporteer", {"ruw": True}),
    ('export rapport onderzoek.wpl -o rapport.docx --auteur "Anna de Vries" --pdf', "exporteer rapport",
     {"auteur": "Anna de Vries", "pdf": True}),
    ("review pak onderzoek.wpl -o review.wpr --sla-over", "review pak", {"skip_leaks": True}),
]


def resolve(argv: list[str]) -> tuple[str, dict]:
    """Parse ``argv`` as click would (options, callbacks, file checks), without running the command."""
    ctx = cli.make_context("werkplaats", argv)
    path = []
    while isinstance(ctx.command, click.Group):
        protected = ctx._protected_args if hasattr(ctx, "_protected_args") else ctx.protected_args  # click < 8.2
        rest = [*protected, *ctx.args]
        name, command, rest = ctx.command.resolve_command(ctx, rest)
        path.append(name)
        ctx = command.make_context(name, rest, parent=ctx)
    return " ".join(path), ctx.params


@pytest.mark.parametrize("line,expected,values", OLD, ids=[line for line, _, _ in OLD])
def test_old_invocations_still_work(line, expected, values, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("bronnen.csv", "collega.qdpx", "kopie-anna.wpl", "kopie-bram.wpl"):
        (tmp_path / name).write_text("x")
    path, params = resolve(shlex.split(line))
    assert path == expected
    for key, value in values.items():
        assert params[key] == value, key


def test_new_names_reach_the_same_commands():
    assert resolve(shlex.split("zoek p.wpl schuld --lemma"))[0] == "zoek"
    assert resolve(shlex.split("beslis p.wpl --segment 1 --code c --wijs-af"))[1]["action"] == "wijs-af"
    assert resolve(shlex.split("coderingen p.wpl"))[0] == "coderingen toon"
    assert resolve(shlex.split("exporteer matrix p.wpl -o m.csv --coder anna --coder bram"))[1]["coders"] == ("anna", "bram")
    assert resolve(shlex.split("model evalueer p.wpl --delen 4"))[1]["k"] == 4


def test_unknown_command_is_a_dutch_error():
    result = CliRunner().invoke(cli, ["zoeken", "p.wpl"])
    assert result.exit_code == 2 and "Onbekend commando" in result.output


def readme_commands() -> list[str]:
    """Every ``werkplaats …`` line in the README's code blocks."""
    readme = Path(__file__).resolve().parents[2] / "README.md"
    lines, inside = [], False
    for line in readme.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = not inside
        elif inside and line.startswith("werkplaats "):
            lines.append(line)
    return lines


@pytest.mark.parametrize("line", readme_commands())
def test_every_readme_command_uses_the_current_names(line, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv = shlex.split(line, comments=True)[1:]
    for arg in argv:
        if "." in arg and not arg.startswith("-") and "/" not in arg:
            (tmp_path / arg).write_text("x")
    resolve(argv)  # parses, with its options
    group, ctx = cli, click.Context(cli)
    for word in argv:  # and uses no old name
        if not isinstance(group, click.Group):
            break
        assert word not in getattr(group, "aliases", {}), line
        command = group.get_command(ctx, word)
        if command is None:
            break
        assert not command.hidden, line
        group = command
