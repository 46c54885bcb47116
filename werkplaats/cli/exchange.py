"""Exchange with other coders: ``voeg-samen`` (merge copies), ``overeenstemming`` (agreement), and the hidden
old ``import-qdpx`` (``werkplaats importeer`` takes .qdpx files).

(``exporteer qdpx`` lives with the other exports in :mod:`werkplaats.cli.export`.)
"""

from __future__ import annotations

import json
import math
import sys

import click

from .common import (
    CONTEXT,
    coder_option,
    console,
    dry_run_option,
    echo_json,
    err,
    escape,
    fail,
    json_option,
    new_table,
    option,
    overwrite_option,
    project_argument,
    refuse_overwrite,
)
from .common import open_project as _open

# merge.Conflict.kind → the choice that resolves it
CONFLICT_HINTS = {
    "changed": "Kies --neem doel of --neem bron.",
    "deleted": "Kies --verwijderd herstel of --verwijderd volg.",
}

# The CLI's Dutch words for the merge API's choices.
PREFER_WORDS = {"doel": "target", "bron": "source"}
ON_DELETED_WORDS = {"herstel": "restore", "volg": "follow"}


# -- REFI-QDA import ------------------------------------------------------------------------------


def print_import_plan(parsed) -> None:
    counts = parsed.counts
    console.print(f"[bold]{escape(parsed.name)}[/bold] ({escape(parsed.origin or 'onbekend programma')}): "
                  f"{counts['bronnen']} tekstbronnen, {counts['codes']} codes, {counts['coderingen']} coderingen, "
                  f"{counts['gebruikers']} gebruikers, {counts['notities']} notities, {counts['casussen']} casussen, "
                  f"{counts['variabelen']} variabelen, {counts['sets']} sets.")
    if parsed.warnings:
        console.print(f"[bold]Wat niet meegaat ({len(parsed.warnings)}):[/bold]")
        for line in parsed.warnings:
            console.print(f"  - {escape(line)}")
    else:
        console.print("Alles in dit bestand kan worden overgenomen.")


@click.command("import-qdpx", context_settings=CONTEXT, hidden=True)
@project_argument
@click.argument("bestand", type=click.Path(dir_okay=False, exists=True))
@coder_option("Naam voor het logboek en voor coderingen zonder gebruiker.")
@click.option("--ja", is_flag=True, help="Niet vragen, ook als er iets niet meegaat.")
@dry_run_option()
def import_qdpx_cmd(project: str, bestand: str, coder: str, ja: bool, dry_run: bool) -> None:
    """Importeer een REFI-QDA-project (.qdpx of .qde) uit ATLAS.ti, NVivo, MAXQDA, QualCoder, qc, …

    Eerst wordt precies gemeld wat niet meegaat (afbeeldingen, audio, video,
    netwerken, ontbrekende bestanden). Alles gaat in één transactie; een
    document dat er al is (zelfde tekst) wordt niet dubbel toegevoegd. Het
    project wordt aangemaakt als het nog niet bestaat. (Oude naam; gewoon
    'werkplaats importeer' leest ook .qdpx.)

    Voorbeeld: werkplaats importeer onderzoek.wpl collega.qdpx --coder anna
    """
    from ..exchange.qdpx import QdpxError, import_qdpx, read_qdpx
    from ..store import StoreError

    try:
        parsed = read_qdpx(bestand)
    except QdpxError as exc:
        fail(exc)
    print_import_plan(parsed)
    if dry_run:
        return
    if parsed.warnings and not ja and sys.stdin.isatty():
        if not click.confirm("Toch importeren?", default=True):
            fail("Niets geïmporteerd.")
    with _open(project, create=True) as p:
        try:
            report = import_qdpx(p, bestand, coder, parsed=parsed)
        except (QdpxError, StoreError) as exc:
            fail(f"Niets geïmporteerd: {exc}")
    for line in report.warnings[len(parsed.warnings):]:
        err.print(f"LET OP  {escape(line)}")
    conventions = sorted(set(report.conventions.values()))
    console.print(f"Geïmporteerd: {report.counts.get('documenten', 0)} documenten "
                  f"({report.counts.get('al aanwezig', 0)} waren er al), {report.counts.get('codes', 0)} codes, "
                  f"{report.counts.get('coderingen', 0)} coderingen, {report.counts.get('memo' + chr(39) + 's', 0)} memo's."
                  + (f" Posities gelezen als: {', '.join(conventions)}." if conventions else ""))


# -- merge ------------------------------------------------------------------------------------------


@click.command("voeg-samen", context_settings=CONTEXT)
@click.argument("doel", type=click.Path(dir_okay=False))
@click.argument("kopieen", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--neem", type=click.Choice(list(PREFER_WORDS)), help="Bij een conflict (aan beide kanten anders): wie gaat voor.")
@click.option("--verwijderd", type=click.Choice(list(ON_DELETED_WORDS)),
              help="Code aan de ene kant verwijderd, aan de andere gebruikt: herstel de code, of volg de verwijdering.")
@dry_run_option()
@coder_option("Naam voor het logboek.")
@json_option("Verslag als JSON.")
def voeg_samen(doel, kopieen, neem, verwijderd, dry_run, coder, as_json) -> None:
    """Voeg de kopieën van codeurs samen in het doelproject (coderingen, memo's, codeboek).

    Documenten worden op inhoud herkend, codes op id; elke codering houdt
    haar codeur. Conflicten worden opgesomd en er wordt dan niets
    veranderd, tot je kiest met --neem en --verwijderd. Nogmaals
    samenvoegen verandert niets. Elke kopie is één actie (ongedaan te maken).

    Voorbeeld: werkplaats voeg-samen onderzoek.wpl anna.wpl bram.wpl
    """
    from ..exchange.merge import MergeError, merge
    from ..store import StoreError

    failed = False
    reports = []
    with _open(doel) as target:
        for kopie in kopieen:
            try:
                report = merge(target, kopie, coder, prefer=PREFER_WORDS.get(neem),
                               on_deleted=ON_DELETED_WORDS.get(verwijderd), dry_run=dry_run)
            except (MergeError, StoreError) as exc:
                err.print(f"MISLUKT  {escape(kopie)}: {escape(str(exc))}")
                failed = True
                continue
            reports.append(report)
            if as_json:
                continue
            for line in report.notes:
                console.print(f"  {escape(line)}")
            for line in report.resolved:
                console.print(f"  OPGELOST  {escape(line)}")
            for conflict in report.conflicts:
                hint = CONFLICT_HINTS.get(getattr(conflict, "kind", ""), "")
                err.print(f"  CONFLICT  {escape(' '.join(x for x in (conflict, hint) if x))}")
            if report.conflicts:
                err.print(f"{escape(kopie)}: {len(report.conflicts)} conflict(en), niets samengevoegd.")
                failed = True
            else:
                verb = "zou samenvoegen" if dry_run else "samengevoegd"
                console.print(
                    f"{escape(kopie)} {verb}: {report.documents} documenten, {report.codes_added} codes nieuw, "
                    f"{report.codes_updated} bijgewerkt, {report.codes_deleted} verwijderd; {report.codings_added} "
                    f"coderingen nieuw, {report.codings_deleted} verwijderd, {report.codings_updated} bijgewerkt; "
                    f"{report.memos_added + report.memos_updated + report.memos_deleted} memo's"
                    + ("" if report.changes else " (niets te doen)") + ".")
    if as_json:
        echo_json([r.__dict__ for r in reports], indent=2)
    if failed:
        sys.exit(1)


# -- agreement --------------------------------------------------------------------------------------


@click.command("overeenstemming", context_settings=CONTEXT)
@project_argument
@option("--coder", "coders", old=("--coders",), required=True, multiple=True, metavar="NAAM",
        help="Twee of meer codeurs (mag vaker, of na elkaar: --coder anna bram).")
@click.option("--codes", "codes", multiple=True, help="Alleen deze code-id's (mag vaker, of komma-gescheiden).")
@click.option("--eenheid", type=click.Choice(["segment", "teken"]), default="segment", show_default=True,
              help="Eenheid: segmenten (sprekersbeurten, alinea's) of tekens.")
@click.option("-o", "--uitvoer", "output", type=click.Path(dir_okay=False), help="Ook opslaan als .xlsx of .docx.")
@overwrite_option
@json_option()
@click.argument("meer_coders", nargs=-1)
def overeenstemming(project, coders, codes, eenheid, output, overschrijf, as_json, meer_coders) -> None:
    """Overeenstemming tussen codeurs per code en in totaal: percentage, Cohens kappa (twee
    codeurs) en Krippendorffs alfa (nominaal, elk aantal codeurs, ontbrekende waarden toegestaan).

    Een codeur die in een document niets codeerde, heeft het niet gezien:
    daar telt hij niet mee.

    Voorbeeld: werkplaats overeenstemming onderzoek.wpl --coder anna bram carla --eenheid teken -o ics.xlsx
    """
    from ..exchange.agreement import AgreementError, agreement, rows, write_report

    names = [c.strip() for item in (*coders, *meer_coders) for c in item.split(",") if c.strip()]
    wanted = [c.strip() for item in codes for c in item.split(",") if c.strip()] or None
    if output:
        refuse_overwrite(output, overschrijf)
    with _open(project) as p:
        try:
            result = agreement(p, names, wanted, eenheid)
        except AgreementError as exc:
            fail(exc)
    if as_json:
        def clean(v):
            return None if isinstance(v, float) and math.isnan(v) else v

        echo_json({"coders": result.coders, "eenheid": result.unit, "codes": [
            {"code": f.code_id, "naam": f.name, "eenheden": f.units, "met_code": f.coded, "overeenstemming": clean(f.percent),
             "kappa": clean(f.kappa), "alfa": clean(f.alpha)} for f in result.codes + [result.overall]]},
            indent=2)
    else:
        table_rows = rows(result)
        table = new_table(title=f"Overeenstemming: {', '.join(result.coders)} (eenheid: {eenheid})", title_justify="left")
        for i, col in enumerate(table_rows[0]):
            table.add_column(col, justify="left" if i == 0 else "right")
        for row in table_rows[1:-1]:
            table.add_row(*(escape(x) for x in row))
        table.add_row(*(f"[bold]{escape(x)}[/bold]" for x in table_rows[-1]))
        console.print(table)
    if output:
        try:
            write_report(result, output, overwrite=overschrijf)
        except AgreementError as exc:
            fail(exc)
        console.print(f"Opgeslagen in {escape(output)}.")
