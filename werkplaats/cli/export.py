"""``werkplaats exporteer matrix|rapport|qdpx``: comparison matrices and the report to Word, Excel or CSV,
and the whole project as REFI-QDA (.qdpx).

pandas, python-docx and matplotlib are imported inside the commands (via
:mod:`werkplaats.exporters`); the option choices come from the pandas-free
:mod:`werkplaats.analysis.choices`.
"""

from __future__ import annotations

import click

from ..analysis.choices import COOCCURRENCE_UNITS, DIMENSIONS, MEASURES
from ..model import SOURCE_TYPES
from .common import (
    CONTEXT,
    Group,
    coders_option,
    console,
    err,
    escape,
    fail,
    open_project,
    overwrite_option,
    project_argument,
    raw_option,
    refuse_overwrite,
)


def _filters(project, coders: tuple, regio: tuple, source_type: tuple, sinds: str | None):
    """The export filters, each value checked against the project (Dutch message when unknown)."""
    from ..analysis import Filters
    from ..regions import REGIONS, canonical_region
    from ..store.attributes import parse_date

    known_coders = project.codings.coders()
    for name in coders:
        if name not in known_coders:
            fail(f"Onbekende codeur '{name}'. Codeurs in dit project: {', '.join(known_coders) or '(nog geen coderingen)'}.")
    regions = []
    for name in regio:
        region = canonical_region(name)
        if region not in REGIONS and region not in project.cases.regions():
            fail(f"Onbekende regio '{name}'. Kies uit: {', '.join(REGIONS)}.")
        regions.append(region)
    for name in source_type:
        if name not in SOURCE_TYPES:
            fail(f"Onbekende soort bron '{name}'. Kies uit: {', '.join(SOURCE_TYPES)}.")
    since = None
    if sinds:
        day = parse_date(sinds)
        if day is None:
            fail(f"'{sinds}' is geen datum; schrijf bijv. 2024-03-01 of 01-03-2024.")
        since = day.isoformat()
    return Filters(coders=coders or None, regions=regions or None, source_types=source_type or None, since=since)


def filter_options(fn):
    """The options every export shares: filters, parents, overwrite, deduce."""
    options = [
        coders_option("Alleen coderingen van deze codeur (herhaalbaar)."),
        click.option("--regio", multiple=True, metavar="REGIO", help="Alleen documenten uit deze regio (herhaalbaar)."),
        click.option("--type", "source_type", multiple=True, metavar="SOORT",
                     help=f"Alleen deze soort bron ({', '.join(SOURCE_TYPES)}; herhaalbaar)."),
        click.option("--sinds", metavar="DATUM", help="Alleen documenten geïmporteerd op of na DATUM (JJJJ-MM-DD)."),
        click.option("--ouders-optellen/--ouders-los", "sum_parents", default=True, show_default=True,
                     help="Hoofdcodes tellen de fragmenten van hun subcodes mee, of alleen hun eigen coderingen."),
        overwrite_option,
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


@click.group("exporteer", cls=Group, context_settings=CONTEXT)
def exporteer() -> None:
    """Exporteer vergelijkingsmatrices en het rapport (Word, Excel, CSV) of het hele project (REFI-QDA).

    Citaten en namen in matrices en rapport worden altijd gepseudonimiseerd.

    Voorbeeld: werkplaats exporteer matrix onderzoek.wpl --kolommen regio -o matrix.docx
    """


@exporteer.command("matrix", context_settings=CONTEXT)
@project_argument
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
def matrix(project, output, rijen, kolommen, maat, eenheid, citaten, coders, regio, source_type, sinds,
           sum_parents, overschrijf, zonder_deduce) -> None:
    """Maak één vergelijkingsmatrix: codes × casus, regio, gemeente, type, spreker, codeur of kenmerk.

    Met --rijen casus --kolommen code: de framework-matrix met citaten per cel.
    Met --rijen code --kolommen code: welke codes samen voorkomen.

    Voorbeeld: werkplaats exporteer matrix onderzoek.wpl --rijen code --kolommen regio --maat per10k -o matrix.xlsx
    """
    from ..exporters import export_matrix

    with open_project(project) as p:
        filters = _filters(p, coders, regio, source_type, sinds)
        summary = export_matrix(p, output, rijen, kolommen, maat, filters, sum_parents, eenheid, citaten,
                                overschrijf, False if zonder_deduce else None)
    _detected_note(summary.detected)
    rows, cols = summary.shape
    console.print(f"{summary.title} ({rows} rijen × {cols} kolommen) geschreven naar {escape(str(summary.path))}."
                  + (f" {summary.quotes} gepseudonimiseerde citaten." if summary.quotes else ""))


@exporteer.command("rapport", context_settings=CONTEXT)
@project_argument
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False),
              help="Uitvoerbestand: .docx (het rapport) of .xlsx (alle matrices en citaten).")
@click.option("--citaten", default=2, show_default=True, type=click.IntRange(1, 10),
              help="Framework-matrix: hoogstens zoveel citaten per cel.")
@click.option("--per-regio", default=3, show_default=True, type=click.IntRange(1, 10),
              help="Per factor hoogstens zoveel citaten per regio.")
@click.option("--auteur", metavar="NAAM", help="Onderzoeker op de titelpagina en in de eigenschappen van het bestand.")
@click.option("--pdf", is_flag=True, help="Maak ook een PDF naast het Word-bestand (daarvoor is LibreOffice nodig).")
@filter_options
def rapport(project, output, citaten, per_regio, auteur, pdf, coders, regio, source_type, sinds, sum_parents,
            overschrijf, zonder_deduce) -> None:
    """Maak het volledige rapport: methode, matrices, framework-matrix, factoren met citaten, codeboek.

    Word (.docx) met titelpagina, inhoudsopgave, paginanummers, tabellen met
    kleurschaal en een hittekaart; of Excel (.xlsx) met één blad per matrix en een
    blad met alle citaten. Met LibreOffice geïnstalleerd krijgt de inhoudsopgave
    paginanummers en maakt --pdf ook een PDF.

    Voorbeeld: werkplaats exporteer rapport onderzoek.wpl -o rapport.docx --regio "Ferm Werk"
    """
    from ..exporters import export_report

    if pdf and not str(output).lower().endswith(".docx"):
        fail("Een PDF kan alleen van het Word-rapport (.docx) worden gemaakt.")
    with open_project(project) as p:
        filters = _filters(p, coders, regio, source_type, sinds)
        summary = export_report(p, output, filters, sum_parents, citaten, per_regio, overschrijf,
                                False if zonder_deduce else None, author=auteur or "", pdf=pdf)
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


@exporteer.command("qdpx", context_settings=CONTEXT)
@project_argument
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False), help="Het .qdpx-bestand.")
@overwrite_option
@raw_option("Vereist: het bestand bevat de volledige teksten met persoonsgegevens.")
def qdpx(project: str, output: str, overschrijf: bool, ruw: bool) -> None:
    """Exporteer het project als REFI-QDA-project (.qdpx) voor ATLAS.ti, NVivo, MAXQDA, QualCoder, …

    Meegaan: codeurs, de codeboom, alle teksten met het originele bestand,
    coderingen met codeur en datum, memo's, casussen met kenmerken en sets.
    Eerst wordt gemeld wat een ander programma niet te zien krijgt.

    Een .qdpx-bestand bevat de volledige, niet-gepseudonimiseerde teksten; daarom
    is --ruw verplicht.

    Voorbeeld: werkplaats exporteer qdpx onderzoek.wpl -o onderzoek.qdpx --ruw
    """
    from ..exchange.qdpx import export_plan, export_qdpx

    if not ruw:
        fail("Een REFI-QDA-bestand bevat de volledige teksten met persoonsgegevens (niet gepseudonimiseerd). "
             "Weet je dat het binnen het onderzoeksteam blijft? Geef dan --ruw mee.")
    err.print("[bold]Let op:[/bold] dit schrijft ruwe persoonsgegevens (de volledige teksten). "
              "Deel dit bestand niet buiten het onderzoeksteam (AVG).")
    refuse_overwrite(output, overschrijf)
    with open_project(project) as p:
        plan = export_plan(p)
        console.print("[bold]Wat niet (volledig) meegaat naar een ander programma:[/bold]")
        for line in plan:
            console.print(f"  - {escape(line)}")
        report = export_qdpx(p, output, overwrite=overschrijf)
    extra = [line for line in report.not_carried if line not in plan]
    for line in extra:
        err.print(f"LET OP  {escape(line)}")
    console.print(f"Geëxporteerd naar {escape(output)}: " + ", ".join(f"{v} {k}" for k, v in report.counts.items()) + ".")
