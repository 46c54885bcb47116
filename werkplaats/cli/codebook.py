"""``werkplaats codebook load|export``: the codebook as YAML or REFI-QDA .qdc."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from .common import CONTEXT, console, open_project


@click.group(context_settings=CONTEXT)
def codebook() -> None:
    """Codeboek laden (YAML of REFI-QDA .qdc) en exporteren.

    Voorbeeld: werkplaats codebook load onderzoek.wpl codebooks/werkzame-factoren.yaml
    """


def read_codebook(path: str):
    from ..codebook import CodebookError, load_qdc, load_yaml_file

    try:
        if path.lower().endswith(".qdc"):
            return load_qdc(Path(path).read_bytes(), Path(path).name)
        return load_yaml_file(path)
    except CodebookError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"'{path}' kan niet gelezen worden: {exc.strerror}") from None


@codebook.command("load", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("bestand", type=click.Path(dir_okay=False))
@click.option("--coder", help="Naam van de codeur (voor het logboek).")
def codebook_load(project: str, bestand: str, coder: str | None) -> None:
    """Laad een codeboek in het project; bestaande codes (zelfde id) worden bijgewerkt.

    Codes die niet in het bestand staan blijven bestaan, met hun coderingen.
    Eén actie: ongedaan te maken in de TUI (u).

    Voorbeeld: werkplaats codebook load onderzoek.wpl codebooks/werkzame-factoren.yaml
    """
    from ..session import coder_name
    from ..store import Coder

    cb = read_codebook(bestand)
    with open_project(project) as p:
        counts = Coder(p, coder_name(coder)).load_codebook(cb)
    console.print(f"Codeboek '{escape(cb.name)}' geladen: {counts['nieuw']} nieuwe en {counts['bijgewerkt']} bijgewerkte codes.")


@codebook.command("export", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False), help="Bestand: .yaml of .qdc.")
@click.option("--overschrijf", is_flag=True, help="Een bestaand bestand overschrijven.")
def codebook_export(project: str, output: str, overschrijf: bool) -> None:
    """Exporteer het codeboek van het project als YAML of REFI-QDA (.qdc).

    Voorbeeld: werkplaats codebook export onderzoek.wpl -o codeboek.yaml
    """
    from ..codebook import dump_qdc, dump_yaml
    from ..store import Coder

    if Path(output).exists() and not overschrijf:
        raise click.ClickException(f"'{output}' bestaat al; gebruik --overschrijf om het te vervangen.")
    with open_project(project) as p:
        cb = Coder(p, "export").codebook()
    if not cb.codes:
        raise click.ClickException("Het project heeft nog geen codeboek; laad er een met 'werkplaats codebook load'.")
    data = dump_qdc(cb) if output.lower().endswith(".qdc") else dump_yaml(cb).encode("utf-8")
    Path(output).write_bytes(data)
    console.print(f"{len(cb.codes)} codes geëxporteerd naar {escape(output)}.")
