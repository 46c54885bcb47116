"""``werkplaats export``: comparison matrices and the report to Word, Excel or CSV, and REFI-QDA (.qdpx)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from ..analysis import COOCCURRENCE_UNITS, DIMENSIONS, MEASURES, AnalysisError, Filters
from ..model import SOURCE_TYPES
from ..regions import REGIONS, canonical_region
from ..store import Project, StoreError
from ..store import analysis_queries as q
from ..store.attributes import parse_date
from .common import CONTEXT, console, err, open_project as _open


def _filters(project: Project, codeur: tuple, regio: tuple, source_type: tuple, sinds: str | None) -> Filters:
    known_coders = q.coders(project)
    for name in codeur:
        if name not in known_coders:
            raise click.ClickException(
                f"Onbekende codeur '{name}'. Codeurs in dit project: {', '.join(known_coders) or '(nog geen coderingen)'}.")
    regions = []
    for name in regio:
        region = canonical_region(name)
        if region not in REGIONS and region not in q.regions(project):
            raise click.ClickException(f"Onbekende regio '{name}'. Kies uit: {', '.join(REGIONS)}.")
        regions.append(region)
    for name in source_type:
        if name not in SOURCE_TYPES:
            raise click.ClickException(f"Onbekende soort bron '{name}'. Kies uit: {', '.join(SOURCE_TYPES)}.")
    since = None
    if sinds:
        day = parse_date(sinds)
        if day is None:
            raise click.ClickException(f"'{sinds}' is geen datum; schrijf bijv. 2024-03-01 of 01-03-2024.")
        since = day.isoformat()
    return Filters(coders=codeur or None, regions=regions or None, source_types=source_type or None, since=since)


def filter_options(fn):
    """The options every export shares: filters, parents, overwrite, deduce."""
    options = [
        click.option("--codeur", multiple=True, metavar="NAAM", help="Alleen coderingen van deze codeur (herhaalbaar)."),
        click.option("--regio", multiple=True, metavar="REGIO", help="Alleen documenten uit deze regio (herhaalbaar)."),
        click.option("--type", "source_type", multiple=True, metavar="SOORT",
                     help=f"Alleen deze soort bron ({', '.join(SOURCE_TYPES)}; herhaalbaar)."),
        click.option("--sinds", metavar="DATUM", help="Alleen documenten geïmporteerd op of na DATUM (JJJJ-MM-DD)."),
        click.option("--ouders-optellen/--ouders-los", "sum_parents", default=True, show_default=True,
                     help="Hoofdcodes tellen de fragmenten van hun subcodes mee, of alleen hun eigen coderingen."),
        click.option("--overschrijf", is_flag=True, help="Een bestaand uitvoerbestand vervangen."),
        click.option("--zonder-deduce", is_flag=True,
                     help="Nog niet gecontroleerde documenten alleen met eigen regels en namenlijst pseudonimiseren "
                          "(sneller, minder volledig)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _detected_note(n: int) -> None:
    if n:
        err.print(f"Persoonsgegevens eerst opgespoord in {n} {'document' if n == 1 else 'documenten'} "
                  "(eenmalig; controleer ze met 'werkplaats pseudo').")


@click.group(context_settings=CONTEXT)
@click.help_option("-h", "--help", help="Toon deze hulptekst.")
def export() -> None:
    """Exporteer vergelijkingsmatrices en het rapport naar Word, Excel of CSV.

    Citaten en namen worden altijd gepseudonimiseerd.

    Voorbeeld: werkplaats export matrix onderzoek.wpl --kolommen regio -o matrix.docx
    """


@export.command("matrix", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False),
              help="Uitvoerbestand: .docx (Word), .xlsx (Excel) of .csv.")
@click.option("--rijen", default="code", show_default=True, metavar="KEUZE",
              help="Rijen: 'code', of 'casus' met --kolommen code voor de framework-matrix.")
@click.option("--kolommen", default="regio", show_default=True, metavar="KEUZE",
              help=f"Kolommen: {', '.join(DIMENSIONS)}, 'code' (samen voorkomen) of een kenmerk van de casus "
                   "(bijv. trede_start, verandering_trede).")
@click.option("--maat", type=click.Choice(list(MEASURES)), default="fragmenten", show_default=True,
              help="Wat een cel telt: fragmenten, documenten, casussen, aandeel (van de casussen) of per10k "
                   "(fragmenten per 10.000 woorden).")
@click.option("--eenheid", type=click.Choice(list(COOCCURRENCE_UNITS)), default="overlap", show_default=True,
              help="Bij --kolommen code: overlappende fragmenten of hetzelfde segment.")
@click.option("--citaten", default=2, show_default=True, type=click.IntRange(1, 10),
              help="Framework-matrix: hoogstens zoveel citaten per cel.")
@filter_options
@click.help_option("-h", "--help", help="Toon deze hulptekst.")
def matrix_cmd(project, output, rijen, kolommen, maat, eenheid, citaten, codeur, regio, source_type, sinds,
               sum_parents, overschrijf, zonder_deduce) -> None:
    """Maak één vergelijkingsmatrix: codes × casus, regio, gemeente, type, spreker, codeur of kenmerk.

    Met --rijen casus --kolommen code: de framework-matrix met citaten per cel.
    Met --rijen code --kolommen code: welke codes samen voorkomen.

    Voorbeeld: werkplaats export matrix onderzoek.wpl --rijen code --kolommen regio --maat per10k -o matrix.xlsx
    """
    from ..exporters import export_matrix

    with _open(project) as p:
        filters = _filters(p, codeur, regio, source_type, sinds)
        try:
            summary = export_matrix(p, output, rijen, kolommen, maat, filters, sum_parents, eenheid, citaten,
                                    overschrijf, False if zonder_deduce else None)
        except (AnalysisError, StoreError) as exc:
            raise click.ClickException(str(exc)) from None
    _detected_note(summary.detected)
    rows, cols = summary.shape
    console.print(f"{summary.title} ({rows} rijen × {cols} kolommen) geschreven naar {escape(str(summary.path))}."
                  + (f" {summary.quotes} gepseudonimiseerde citaten." if summary.quotes else ""))


@export.command("rapport", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False),
              help="Uitvoerbestand: .docx (het rapport) of .xlsx (alle matrices en citaten).")
@click.option("--citaten", default=2, show_default=True, type=click.IntRange(1, 10),
              help="Framework-matrix: hoogstens zoveel citaten per cel.")
@click.option("--per-regio", default=3, show_default=True, type=click.IntRange(1, 10),
              help="Per factor hoogstens zoveel citaten per regio.")
@click.option("--auteur", metavar="NAAM", help="Onderzoeker op de titelpagina en in de eigenschappen van het bestand.")
@click.option("--pdf", is_flag=True, help="Maak ook een PDF naast het Word-bestand (daarvoor is LibreOffice nodig).")
@filter_options
@click.help_option("-h", "--help", help="Toon deze hulptekst.")
def rapport_cmd(project, output, citaten, per_regio, auteur, pdf, codeur, regio, source_type, sinds, sum_parents,
                overschrijf, zonder_deduce) -> None:
    """Maak het volledige rapport: methode, matrices, framework-matrix, factoren met citaten, codeboek.

    Word (.docx) met titelpagina, inhoudsopgave, paginanummers, tabellen met
    kleurschaal en een hittekaart; of Excel (.xlsx) met één blad per matrix en een
    blad met alle citaten. Met LibreOffice geïnstalleerd krijgt de inhoudsopgave
    paginanummers en maakt --pdf ook een PDF.

    Voorbeeld: werkplaats export rapport onderzoek.wpl -o rapport.docx --regio "Ferm Werk"
    """
    from ..exporters import export_report

    with _open(project) as p:
        filters = _filters(p, codeur, regio, source_type, sinds)
        try:
            if pdf and not str(output).lower().endswith(".docx"):
                raise click.ClickException("Een PDF kan alleen van het Word-rapport (.docx) worden gemaakt.")
            summary = export_report(p, output, filters, sum_parents, citaten, per_regio, overschrijf,
                                    False if zonder_deduce else None, author=auteur or "", pdf=pdf)
        except (AnalysisError, StoreError) as exc:
            raise click.ClickException(str(exc)) from None
    _detected_note(summary.detected)
    pages = getattr(summary, "pages", None)
    console.print(f"Rapport geschreven naar {escape(str(summary.path))}: {summary.matrices} matrices, "
                  f"{summary.quotes} gepseudonimiseerde citaten, {summary.documents} documenten, "
                  f"{summary.fragments} fragmenten" + (f", {pages} pagina's." if pages else "."))
    if getattr(summary, "pdf", None):
        console.print(f"PDF geschreven naar {escape(str(summary.pdf))}.")
    elif str(output).lower().endswith(".docx") and not getattr(summary, "toc_pages", False):
        err.print("De inhoudsopgave heeft geen paginanummers: daarvoor is LibreOffice nodig "
                  "(of in Word: rechtermuisknop op de inhoudsopgave, ‘Veld bijwerken’).")


# -- REFI-QDA export ------------------------------------------------------------------------------


@export.command("qdpx", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False), help="Het .qdpx-bestand.")
@click.option("--overschrijf", is_flag=True, help="Een bestaand bestand overschrijven.")
@click.option("--ruw", is_flag=True, help="Vereist: het bestand bevat de volledige teksten met persoonsgegevens.")
def qdpx_export(project: str, output: str, overschrijf: bool, ruw: bool) -> None:
    """Exporteer het project als REFI-QDA-project (.qdpx) voor ATLAS.ti, NVivo, MAXQDA, QualCoder, …

    Meegaan: codeurs, de codeboom, alle teksten met het originele bestand,
    coderingen met codeur en datum, memo's, casussen met kenmerken en sets.
    Eerst wordt gemeld wat een ander programma niet te zien krijgt.

    Een .qdpx-bestand bevat de volledige, niet-gepseudonimiseerde teksten; daarom
    is --ruw verplicht.

    Voorbeeld: werkplaats export qdpx onderzoek.wpl -o onderzoek.qdpx --ruw
    """
    from ..exchange.qdpx import QdpxError, export_plan, export_qdpx

    if not ruw:
        raise click.ClickException(
            "Een REFI-QDA-bestand bevat de volledige teksten met persoonsgegevens (niet gepseudonimiseerd). "
            "Weet je dat het binnen het onderzoeksteam blijft? Geef dan --ruw mee.")
    err.print("[bold]Let op:[/bold] dit schrijft ruwe persoonsgegevens (de volledige teksten). "
              "Deel dit bestand niet buiten het onderzoeksteam (AVG).")
    if Path(output).exists() and not overschrijf:
        raise click.ClickException(f"'{output}' bestaat al; gebruik --overschrijf om het te vervangen.")
    with _open(project) as p:
        plan = export_plan(p)
        console.print("[bold]Wat niet (volledig) meegaat naar een ander programma:[/bold]")
        for line in plan:
            console.print(f"  - {escape(line)}")
        try:
            report = export_qdpx(p, output, overwrite=overschrijf)
        except QdpxError as exc:
            raise click.ClickException(str(exc)) from None
    extra = [line for line in report.not_carried if line not in plan]
    for line in extra:
        err.print(f"LET OP  {escape(line)}")
    console.print(f"Geëxporteerd naar {escape(output)}: " + ", ".join(f"{v} {k}" for k, v in report.counts.items()) + ".")
