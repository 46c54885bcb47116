"""``werkplaats tui``: the coding environment in the terminal."""

from __future__ import annotations

import click

from .common import CONTEXT, open_project


@click.command(context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--coder", help="Naam van de codeur (anders $WERKPLAATS_CODER, ~/.config/werkplaats/config.toml of de loginnaam).")
def tui(project: str, coder: str | None) -> None:
    """Open de codeeromgeving in de terminal.

    Links documenten per regio en casus, in het midden de tekst, rechts het
    codeboek. Druk ? voor alle toetsen. Alles wordt meteen opgeslagen.

    Voorbeeld: werkplaats tui onderzoek.wpl --coder anna
    """
    from ..session import coder_name

    open_project(project).close()
    from ..tui.app import run as run_tui

    run_tui(project, coder_name(coder))
