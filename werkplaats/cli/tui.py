"""``werkplaats tui``: the coding environment in the terminal."""

from __future__ import annotations

import click

from .common import CONTEXT, coder_option, open_project, project_argument


@click.command(context_settings=CONTEXT)
@project_argument
@coder_option()
def tui(project: str, coder: str) -> None:
    """Open de codeeromgeving in de terminal.

    Links documenten per regio en casus, in het midden de tekst, rechts het
    codeboek. Druk ? voor alle toetsen. Alles wordt meteen opgeslagen.

    Voorbeeld: werkplaats tui onderzoek.wpl --coder anna
    """
    open_project(project).close()
    from ..tui.app import run as run_tui

    run_tui(project, coder)
