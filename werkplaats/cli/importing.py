"""``werkplaats importeer``: files, folders, a manifest or a REFI-QDA project into a project."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..model import SOURCE_TYPES
from .common import CONTEXT, coder_option, console, err, escape, fail, number, open_project, plural, project_argument

# ingest.CHANGED: a known file name with other content; the option that imports it anyway.
CHANGED_HINT = "gebruik --ook-gewijzigd om deze versie als nieuw document toe te voegen"


def print_report(report) -> None:
    """Per file what went wrong or did not carry over, then one summary line."""
    from ..ingest import CHANGED, DUPLICATE, IMPORTED

    for r in report.results:
        for warning in r.warnings:
            err.print(f"[bold]LET OP[/bold]  {escape(r.path)}: {escape(warning)}")
        if r.status != IMPORTED:
            target = console if r.status == DUPLICATE else err
            reason = f"{r.reason}; {CHANGED_HINT}" if r.status == CHANGED else r.reason
            target.print(f"[bold]{r.status.upper()}[/bold]  {escape(r.path)}: {escape(reason)}")
    docs = sum(r.documents for r in report.results)
    words = sum(r.words for r in report.results)
    console.print(
        f"{plural(report.count(IMPORTED), 'bestand', 'bestanden')} geïmporteerd "
        f"({plural(docs, 'document', 'documenten')}, {number(words)} woorden); "
        f"{report.count(DUPLICATE)} al aanwezig; {len(report.failed)} niet geïmporteerd."
    )


def run_import(project, entries, coder: str):
    """Import with a progress bar on a terminal."""
    from ..ingest import ImportReport, import_files

    if not entries:
        return ImportReport()
    if err.is_terminal and len(entries) > 1:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(
            TextColumn("Importeren"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            TextColumn("{task.description}"), console=err, transient=True,
        ) as bar:
            task = bar.add_task("", total=len(entries))
            return import_files(project, entries, lambda r: bar.update(task, advance=1, description=Path(r.path).name),
                                coder=coder)
    return import_files(project, entries, coder=coder)


@click.command("importeer", context_settings=CONTEXT)
@project_argument
@click.argument("paden", nargs=-1, type=click.Path())
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False), help="CSV: bestand;regio;gemeente;casus;type;titel;kenmerken…")
@click.option("--regio", help="Regio (Ferm Werk, WIL, RSD Kromme Rijn Heuvelrug, …).")
@click.option("--gemeente", help="Gemeente.")
@click.option("--casus", help="Casus waar de bestanden bij horen.")
@click.option("--type", "source_type", type=click.Choice(SOURCE_TYPES, case_sensitive=False), help="Soort bron.")
@click.option("--titel", help="Titel (alleen bij één bestand).")
@click.option("--kenmerk", "kenmerken", multiple=True, metavar="NAAM=WAARDE", help="Kenmerk van de casus; mag vaker.")
@click.option("--ook-gewijzigd", is_flag=True, help="Voeg een gewijzigd bestand met een bekende naam toe als nieuw document.")
@coder_option("Naam voor het logboek en voor coderingen zonder gebruiker in een REFI-QDA-project.")
def importeer(project, paden, manifest, regio, gemeente, casus, source_type, titel, kenmerken, ook_gewijzigd,
              coder) -> None:
    """Importeer bestanden of mappen (docx, odt, txt, md, vtt, srt, csv, xlsx, pdf, REFI-QDA .qdpx/.qde).

    Elk bestand wordt in één transactie geïmporteerd: een bestand dat niet
    gelezen kan worden laat niets achter. De afsluitcode is 1 als er iets
    mislukte.

    Voorbeelden:

      werkplaats importeer onderzoek.wpl interviews/ --regio "Ferm Werk" --type interview

      werkplaats importeer onderzoek.wpl --manifest bronnen.csv
    """
    from ..ingest import ImportOptions, ManifestError, expand_paths, read_manifest

    if not paden and not manifest:
        raise click.UsageError("Geef bestanden of mappen op, of --manifest.")
    attributes = {}
    for item in kenmerken:
        if "=" not in item:
            raise click.BadParameter(f"'{item}' is geen NAAM=WAARDE", param_hint="--kenmerk")
        k, v = item.split("=", 1)
        attributes[k.strip()] = v.strip()
    options = ImportOptions(regio, gemeente, casus, source_type, titel, attributes, ook_gewijzigd)
    entries = [(p, options) for p in expand_paths(paden)]
    if titel and len(entries) > 1:
        raise click.UsageError("--titel kan alleen bij één bestand.")
    if manifest:
        try:
            for path, opts in read_manifest(manifest):
                opts.add_changed = ook_gewijzigd
                entries.append((path, opts))
        except ManifestError as exc:
            fail(exc)
    if paden and not entries:
        fail("Geen bestanden met een ondersteund formaat gevonden.")
    with open_project(project) as p:
        report = run_import(p, entries, coder)
    print_report(report)
    if not report.ok:
        sys.exit(1)
