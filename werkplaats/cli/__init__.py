"""The ``werkplaats`` command line: one module per command group, shared pieces in :mod:`.common`.

Every command opens a project, calls one package function and prints the
result; messages are Dutch. Command modules import nothing heavy at module
level (pandas, spaCy, … are imported inside the commands that need them), so
``werkplaats --versie`` and ``werkplaats info`` start fast, and a missing
optional package is an error message when its command runs, never a missing
command.

Names follow one Dutch scheme (see the README's table): commands are verbs in
the imperative (``zoek``, ``importeer``, ``stel-voor``, ``voeg-samen``) or
nouns for what they show (``info``, ``memo``, ``overeenstemming``); groups are
nouns (``codeboek``, ``coderingen``, ``model``, ``review``). The old names
remain as hidden aliases (:data:`ALIASES`), so existing scripts keep working.
"""

from __future__ import annotations

from importlib import import_module

import click

from .. import __version__
from . import clickdutch
from .common import CONTEXT, Group, fail, is_domain_error, missing_package, with_hint

clickdutch.install()

# Every command: name → "module:function" in this package. A command's module is imported only when
# the command runs (or help lists it), so ``werkplaats info`` loads common.py and project.py only.
COMMANDS = {
    "nieuw": "project:nieuw", "info": "project:info", "demo": "project:demo",
    "importeer": "importing:importeer", "import-qdpx": "exchange:import_qdpx_cmd",
    "zoek": "search:zoek",
    "codeboek": "codebook:codeboek",
    "autocodeer": "coding:autocodeer", "codeer": "coding:codeer", "memo": "coding:memo",
    "coderingen": "coding:coderingen",
    "stel-voor": "nlp:stel_voor", "beslis": "nlp:beslis", "model": "nlp:model", "nlp": "nlp:nlp",
    "exporteer": "export:exporteer",
    "voeg-samen": "exchange:voeg_samen", "overeenstemming": "exchange:overeenstemming",
    "pseudo": "pseudo:pseudo",
    "review": "review:review",
    "tui": "tui:tui",
}

# Old top-level names → the current ones (hidden from help; they keep working).
ALIASES = {
    "init": "nieuw", "import": "importeer", "search": "zoek", "codebook": "codeboek", "codings": "coderingen",
    "autocode": "autocodeer", "code": "codeer", "suggest": "stel-voor", "export": "exporteer",
    "merge": "voeg-samen", "samenvoegen": "voeg-samen",
}


class Werkplaats(Group):
    """The root group: loads commands on demand, and is the one place where library errors become a
    Dutch message and exit code 1."""

    def list_commands(self, ctx) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx, cmd_name):
        name = self.aliases.get(cmd_name, cmd_name)
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        command = getattr(import_module(f".{module}", __name__), attribute)
        _dutch_help_options(command)
        return command

    def known(self, name: str) -> bool:
        return name in COMMANDS or name in self.aliases

    def invoke(self, ctx):
        from ..fileio import clean_stale

        clean_stale(".")  # temporary files a killed command left here (demo.wpl is made here)
        try:
            return super().invoke(ctx)
        except ModuleNotFoundError as exc:
            message = missing_package(exc)
            if message is None:
                raise
            fail(message)
        except Exception as exc:
            if not is_domain_error(exc):
                raise
            fail(with_hint(exc))


def _dutch_help_options(command: click.Command) -> None:
    """Every command's -h/--help says so in Dutch (click's own text is English)."""
    if getattr(command, "_dutch_help", False):
        return
    command._dutch_help = True
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


@click.group(cls=Werkplaats, aliases=ALIASES, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--versie", message="werkplaats %(version)s", help="Toon de versie.")
@click.help_option("-h", "--help", help="Toon deze hulptekst.")
def cli() -> None:
    """werkplaats: kwalitatieve onderzoekswerkbank voor ontwikkelwerkplaatsen.

    Importeer interviews, verslagen van casuïstiekbesprekingen, observaties
    en vragenlijsten in één projectbestand, codeer ze en vergelijk regio's.

    Voorbeeld: werkplaats nieuw onderzoek.wpl
    """


_dutch_help_options(cli)


def main() -> None:
    _exit_on_sigterm()
    cli(prog_name="werkplaats")


def _exit_on_sigterm() -> None:
    """``kill`` (SIGTERM) ends a command like Ctrl+C does: cleaning up runs (temporary files removed)."""
    import signal

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, stop)
