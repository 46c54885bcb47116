"""What every command group shares: the consoles, opening a project, shared options, number formatting.

Commands stay thin: open the project with :func:`open_project`, call one
package function, print with :data:`console` (results) or :data:`err`
(warnings, progress). Library errors carry Dutch messages; :func:`fail`
turns them into click's error path (message on stderr, exit code 1).
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

console = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def fail(exc: BaseException | str, hint: str | None = None):
    """Stop the command with a Dutch message (exit code 1); ``hint`` names the flag that helps."""
    message = str(exc)
    if hint:
        message = f"{message.rstrip('.')}; {hint}"
    raise click.ClickException(message) from None


def open_project(path: str, create: bool = False):
    """Open (or with ``create``: create if missing) a project file; a bad path is a Dutch error."""
    from ..store import Project, StoreError

    try:
        if create and not Path(path).exists():
            return Project.create(path)
        return Project(path)
    except StoreError as exc:
        fail(exc)


def resolve_coder(coder: str | None) -> str:
    """The coder name: the option, else the environment/config/login name."""
    from ..session import coder_name

    return coder_name(coder)


def refuse_overwrite(output: str, overschrijf: bool) -> None:
    """Never overwrite a user's file unless asked."""
    if Path(output).exists() and not overschrijf:
        fail(f"'{output}' bestaat al; gebruik --overschrijf om het te vervangen.")


def number(n: int) -> str:
    """Dutch thousands separator: 12345 → '12.345'."""
    return f"{n:,}".replace(",", ".")


def plural(n: int, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"


class DefaultGroup(click.Group):
    """A group whose first argument may be a project: ``codings PROJECT`` runs ``codings toon PROJECT``."""

    default_command = "toon"

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)
