"""What every command group shares: consoles, opening a project, shared options, aliases, errors.

Commands stay thin: open the project with :func:`open_project`, call one
package function, print with :data:`console` (results) or :data:`err`
(warnings, progress). Nothing heavy is imported here or at the top of a
command module: pandas, spaCy and friends are imported inside the commands
that use them, so ``werkplaats --versie`` and ``werkplaats info`` start fast.

Errors take one path: library code raises typed exceptions with Dutch
messages that describe the problem (never a flag); the root group
(:class:`werkplaats.cli.Werkplaats`) turns any such exception into
``Fout: …`` on stderr and exit code 1, adding the hint from :data:`FLAG_HINTS`
about which option helps. A missing optional package becomes a message that
names it (:func:`missing_package`).
"""

from __future__ import annotations

from pathlib import Path

import click


class _LazyConsole:
    """A rich Console made on first use: ``--versie`` and ``--help`` never import rich.console.

    Whatever it prints passes through :func:`werkplaats.safetext.shown`: a control character in a
    title, name, memo or text is shown (``␛``), never sent to the terminal.
    """

    def __init__(self, **settings) -> None:
        self._settings = settings
        self._console = None

    def __getattr__(self, name: str):
        if self._console is None:
            from rich.console import Console

            from ..safetext import guard_console

            self._console = Console(**self._settings)
            guard_console(self._console)
        return getattr(self._console, name)


console = _LazyConsole(highlight=False, soft_wrap=True)
err = _LazyConsole(stderr=True, highlight=False, soft_wrap=True)


def escape(text: str) -> str:
    """Text safe to print with rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def echo_json(data, **kwargs) -> None:
    """Print ``data`` as JSON (for scripts); control characters in it are ``\\uXXXX`` escapes."""
    from ..safetext import json_text

    click.echo(json_text(data, **kwargs))


def echo_text(text: str) -> None:
    """Print plain text (a document, say) with its control characters shown, not executed."""
    from ..safetext import shown

    click.echo(shown(text))


def new_table(*args, **kwargs):
    """A rich Table (imported when a command prints one)."""
    from rich.table import Table

    return Table(*args, **kwargs)

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

# Library exceptions (by class name, so this module imports none of them) → which option helps.
FLAG_HINTS = {
    "NotOneRule": "gebruik precies één van --spreker, --zoek, --regex of --kop",
    "PatternTooComplex": "of gebruik --zoek in plaats van --regex",
    "OutputExists": "gebruik --overschrijf om het te vervangen",
    "NoCodeAxis": "één van --rijen en --kolommen moet 'code' zijn (bijv. --rijen code --kolommen regio)",
}

# Import names → the package to install, where they differ.
PACKAGES = {
    "sklearn": "scikit-learn", "docx": "python-docx", "yaml": "PyYAML", "odf": "odfpy", "webvtt": "webvtt-py",
    "textual_serve": "textual-serve", "charset_normalizer": "charset-normalizer", "sqlite_utils": "sqlite-utils",
    "markdown_it": "markdown-it-py", "PIL": "pillow", "dateutil": "python-dateutil",
}


def with_hint(exc: BaseException) -> str:
    """The exception's Dutch message, plus the option that helps if there is one."""
    message = str(exc)
    for cls in type(exc).__mro__:
        hint = FLAG_HINTS.get(cls.__name__)
        if hint:
            return f"{message.rstrip('.')}; {hint}."
    return message


def fail(exc: BaseException | str, hint: str | None = None):
    """Stop the command with a Dutch message (stderr, exit code 1); ``hint`` names the option that helps."""
    message = str(exc) if isinstance(exc, str) else with_hint(exc)
    if hint:
        message = f"{message.rstrip('.')}; {hint}."
    raise click.ClickException(message) from None


def is_domain_error(exc: BaseException) -> bool:
    """An exception raised on purpose by werkplaats (its message is Dutch and meant for the user)."""
    return type(exc).__module__.startswith("werkplaats.") and isinstance(exc, Exception)


def missing_package(exc: ModuleNotFoundError) -> str | None:
    """A Dutch message for an optional package that is not installed (``None``: a missing werkplaats module)."""
    top = (exc.name or "").split(".")[0]
    if not top or top == "werkplaats":
        return None
    package = PACKAGES.get(top, top)
    return (f"Voor dit commando is het Python-pakket '{package}' nodig, maar dat is niet geïnstalleerd. "
            f"Installeer het met: python -m pip install {package}")


def open_project(path: str, create: bool = False):
    """Open (or with ``create``: create if missing) a project file; a bad path is a Dutch error."""
    from ..fileio import clean_stale
    from ..store import Project, StoreError

    clean_stale(Path(path).parent)  # temporary files of a killed export next to the project
    if not create and not Path(path).exists():
        fail(f"Projectbestand '{path}' bestaat niet. Maak het aan met 'werkplaats nieuw {path}'.")
    try:
        if create and not Path(path).exists():
            return Project.create(path)
        return Project(path)
    except StoreError as exc:
        fail(exc)


def refuse_overwrite(output: str, overschrijf: bool) -> None:
    """Never overwrite a user's file unless asked."""
    if Path(output).exists() and not overschrijf:
        fail(f"'{output}' bestaat al", "gebruik --overschrijf om het te vervangen")


def number(n: int) -> str:
    """Dutch thousands separator: 12345 → '12.345'."""
    return f"{n:,}".replace(",", ".")


def plural(n: int, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"


# -- aliases: old names keep working, hidden from help ---------------------------------------------


class Option(click.Option):
    """An option whose old names (``old=[...]``) still work but are not shown in the help."""

    def __init__(self, *args, old=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.old_names = set(old)

    def get_help_record(self, ctx):
        opts, secondary = self.opts, self.secondary_opts
        self.opts = [o for o in opts if o not in self.old_names]
        self.secondary_opts = [o for o in secondary if o not in self.old_names]
        try:
            return super().get_help_record(ctx)
        finally:
            self.opts, self.secondary_opts = opts, secondary


def option(*names: str, old: tuple[str, ...] = (), **kwargs):
    """``click.option`` with hidden old names: ``option("--coder", "coders", old=("--codeur",))``."""
    return click.option(*names, *old, cls=Option, old=old, **kwargs)


class Group(click.Group):
    """A command group with hidden aliases: ``aliases={"search": "zoek"}`` keeps old scripts working."""

    def __init__(self, *args, aliases: dict[str, str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.aliases = dict(aliases or {})

    def get_command(self, ctx, cmd_name):
        return super().get_command(ctx, self.aliases.get(cmd_name, cmd_name))

    def resolve_command(self, ctx, args):
        name, command, rest = super().resolve_command(ctx, args)
        return (command.name if command else name), command, rest

    def known(self, name: str) -> bool:
        return name in self.commands or name in self.aliases


class DefaultGroup(Group):
    """A group whose first argument may be a project: ``coderingen PROJECT`` runs ``coderingen toon PROJECT``."""

    def __init__(self, *args, default: str = "toon", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.default_command = default

    def parse_args(self, ctx, args):
        if args and not self.known(args[0]) and args[0] not in ("-h", "--help"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


# -- shared options -----------------------------------------------------------------------------


def _resolve_coder(ctx, param, value):
    return resolve_coder(value)


def resolve_coder(coder: str | None) -> str:
    """The coder name: the option, else ``$WERKPLAATS_CODER``, the config file or the login name."""
    from ..config import resolve_coder as resolve

    return resolve(coder)


def coder_option(help: str = "Naam van de codeur (anders $WERKPLAATS_CODER, ~/.config/werkplaats/config.toml "
                             "of de loginnaam)."):
    """``--coder NAAM``: who is working; the value the command gets is always a name."""
    return option("--coder", "coder", metavar="NAAM", callback=_resolve_coder, help=help)


def coders_option(help: str = "Alleen coderingen van deze codeur (mag vaker)."):
    """``--coder NAAM`` (repeatable) as a filter; ``--codeur``/``--coders`` are old names."""
    return option("--coder", "coders", old=("--codeur", "--coders"), multiple=True, metavar="NAAM", help=help)


def overwrite_option(fn):
    """``--overschrijf``: replace an existing output file."""
    return option("--overschrijf", is_flag=True, help="Een bestaand uitvoerbestand vervangen.")(fn)


def dry_run_option(help: str = "Niets wijzigen: alleen tonen wat er zou gebeuren."):
    """``--proef`` (old name ``--alleen-bekijken``)."""
    return option("--proef", "dry_run", old=("--alleen-bekijken",), is_flag=True, help=help)


def raw_option(help: str = "Zoals geschreven, met persoonsgegevens (niet gepseudonimiseerd)."):
    """``--ruw``: write personal data as written (the command warns)."""
    return option("--ruw", "ruw", is_flag=True, help=help)


def json_option(help: str = "Als JSON, voor scripts."):
    """``--json``: machine-readable output."""
    return option("--json", "as_json", is_flag=True, help=help)


def project_argument(fn):
    """The project file (``onderzoek.wpl``)."""
    return click.argument("project", type=click.Path(dir_okay=False))(fn)
