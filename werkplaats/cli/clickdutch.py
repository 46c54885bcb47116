"""Dutch for click's own messages ("Usage:", "Error: …", "Missing argument", …).

click marks its texts for gettext but ships no Dutch; rather than a full
catalogue, the modules' ``_`` is pointed at this small table. Unknown texts
stay as they are.
"""

from __future__ import annotations

DUTCH = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Commando's",
    "Show this message and exit.": "Toon deze hulptekst.",
    "Show the version and exit.": "Toon de versie.",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Probeer '{command} {option}' voor hulp.",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Missing argument": "Ontbrekend argument",
    "Missing option": "Ontbrekende optie",
    "Missing parameter": "Ontbrekende parameter",
    "Missing parameter: {param_name}": "Ontbrekende parameter: {param_name}",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "No such command {name!r}.": "Onbekend commando {name!r}.",
    "Did you mean {possibility}?": "Bedoelde je {possibility}?",
    "(Possible options: {possibilities})": "(Mogelijke opties: {possibilities})",
    "Could not open file {filename!r}: {message}": "Kan bestand {filename!r} niet openen: {message}",
    "unknown error": "onbekende fout",
    "{value!r} is not a valid integer.": "{value!r} is geen geheel getal.",
    "{value!r} is not a valid float.": "{value!r} is geen getal.",
    "{value!r} is not one of {choices}.": "{value!r} is niet een van {choices}.",
    "{value!r} is not {choice}.": "{value!r} is niet {choice}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "File": "Bestand",
    "Directory": "Map",
    "Path": "Pad",
    "Option {name!r} requires an argument.": "Optie {name!r} heeft een waarde nodig.",
    "Got unexpected extra argument ({args})": "Onverwacht extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Onverwachte extra argumenten ({args})",
    "Aborted!": "Afgebroken.",
    "default": "standaard",
    "required": "verplicht",
}


def translate(text: str) -> str:
    return DUTCH.get(text, text)


def install() -> None:
    """Point click's translation function at :func:`translate`."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.termui
    import click.types

    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.termui,
                   click.types):
        if hasattr(module, "_"):
            module._ = translate
    _safe_errors(click.exceptions)


def _safe_errors(exceptions) -> None:
    """Error messages name files and values from outside: their control characters are shown, not sent."""
    echo = exceptions.echo
    if getattr(echo, "_werkplaats_safe", False):
        return

    def safe_echo(message=None, *args, **kwargs):
        from ..safetext import shown

        return echo(shown(message), *args, **kwargs)

    safe_echo._werkplaats_safe = True
    exceptions.echo = safe_echo
