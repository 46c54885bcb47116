"""The ``werkplaats`` command line: one module per command group, shared pieces in :mod:`.common`.

Every command opens a project, calls one package function and prints the
result; messages are Dutch. Command modules import nothing heavy at module
level (pandas, spaCy, … are imported inside the commands that need them), so
``werkplaats --versie`` and ``werkplaats info`` start fast.
"""

from __future__ import annotations

import click

from .. import __version__
from . import clickdutch
from . import codebook, coding, exchange, export, importing, nlp, project, pseudo, review, search, tui
from .common import CONTEXT

clickdutch.install()


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--versie", message="werkplaats %(version)s", help="Toon de versie.")
@click.help_option("-h", "--help", help="Toon deze hulptekst.")
def cli() -> None:
    """werkplaats: kwalitatieve onderzoekswerkbank voor ontwikkelwerkplaatsen.

    Importeer interviews, verslagen van casuïstiekbesprekingen, observaties
    en vragenlijsten in één projectbestand, codeer ze en vergelijk regio's.
    """


for command in (
    project.init, project.info, project.demo,
    importing.import_cmd,
    search.search,
    codebook.codebook,
    coding.autocode, coding.code_cmd, coding.memo_cmd, coding.codings,
    nlp.suggest, nlp.beslis, nlp.model, nlp.nlp,
    export.export,
    exchange.qdpx_import, exchange.merge_cmd, exchange.overeenstemming,
    pseudo.pseudo,
    review.review,
    tui.tui,
):
    cli.add_command(command)


def _dutch_help_options(command: click.Command) -> None:
    """Every command's -h/--help says so in Dutch (click's own text is English)."""
    original = command.get_help_option

    def get_help_option(ctx):
        option = original(ctx)
        if option is not None:
            option.help = "Toon deze hulptekst."
        return option

    command.get_help_option = get_help_option
    command.options_metavar = "[OPTIES]"
    if isinstance(command, click.Group):
        command.subcommand_metavar = "COMMANDO [ARGUMENTEN]..."
    for sub in getattr(command, "commands", {}).values():
        _dutch_help_options(sub)


_dutch_help_options(cli)


def main() -> None:
    cli(prog_name="werkplaats")
