"""``werkplaats codeboek laad|exporteer``: the codebook as YAML or REFI-QDA .qdc."""

from __future__ import annotations

from pathlib import Path

import click

from .common import (
    CONTEXT,
    Group,
    coder_option,
    console,
    escape,
    fail,
    open_project,
    overwrite_option,
    project_argument,
    refuse_overwrite,
)


@click.group("codeboek", cls=Group, aliases={"load": "laad", "export": "exporteer"}, context_settings=CONTEXT)
def codeboek() -> None:
    """Codeboek laden (YAML of REFI-QDA .qdc) en exporteren.

    Voorbeeld: werkplaats codeboek laad onderzoek.wpl codebooks/werkzame-factoren.yaml
    """


def read_codebook(path: str):
    from ..codebook import CodebookError, load_qdc, load_yaml_file

    try:
        if path.lower().endswith(".qdc"):
            return load_qdc(Path(path).read_bytes(), Path(path).name)
        return load_yaml_file(path)
    except CodebookError as exc:
        fail(exc)
    except OSError as exc:
        fail(f"'{path}' kan niet gelezen worden: {exc.strerror}")


@codeboek.command("laad", context_settings=CONTEXT)
@project_argument
@click.argument("bestand", type=click.Path(dir_okay=False))
@coder_option("Naam van de codeur (voor het logboek).")
def laad(project: str, bestand: str, coder: str) -> None:
    """Laad een codeboek in het project; bestaande codes (zelfde id) worden bijgewerkt.

    Codes die niet in het bestand staan blijven bestaan, met hun coderingen.
    Eén actie: ongedaan te maken in de TUI (u).

    Voorbeeld: werkplaats codeboek laad onderzoek.wpl codebooks/werkzame-factoren.yaml
    """
    cb = read_codebook(bestand)
    with open_project(project) as p:
        counts = p.codes.load_codebook(cb, coder=coder)
    console.print(f"Codeboek '{escape(cb.name)}' geladen: {counts['new']} nieuwe en {counts['updated']} bijgewerkte codes.")


@codeboek.command("exporteer", context_settings=CONTEXT)
@project_argument
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False), help="Bestand: .yaml of .qdc.")
@overwrite_option
def exporteer(project: str, output: str, overschrijf: bool) -> None:
    """Exporteer het codeboek van het project als YAML of REFI-QDA (.qdc).

    Voorbeeld: werkplaats codeboek exporteer onderzoek.wpl -o codeboek.yaml
    """
    from ..codebook import dump_qdc, dump_yaml
    from ..fileio import write_bytes

    refuse_overwrite(output, overschrijf)
    with open_project(project) as p:
        cb = p.codes.codebook()
    if not cb.codes:
        fail("Het project heeft nog geen codeboek; laad er een met 'werkplaats codeboek laad'.")
    data = dump_qdc(cb) if output.lower().endswith(".qdc") else dump_yaml(cb).encode("utf-8")
    write_bytes(output, data, overwrite=overschrijf)
    console.print(f"{len(cb.codes)} codes geëxporteerd naar {escape(output)}.")
