"""Coding from the command line: ``autocodeer``, ``codeer``, ``memo`` and ``coderingen toon|importeer|exporteer``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..model import SOURCE_TYPES
from .common import (
    CONTEXT,
    DefaultGroup,
    coder_option,
    console,
    dry_run_option,
    echo_json,
    err,
    escape,
    fail,
    json_option,
    number,
    open_project,
    option,
    overwrite_option,
    plural,
    project_argument,
    raw_option,
    refuse_overwrite,
)


@click.command("autocodeer", context_settings=CONTEXT)
@project_argument
@click.option("--code", "code_id", required=True, help="Code-id, bijv. rol.respondent.")
@click.option("--spreker", help="Alle beurten van deze spreker(s), komma-gescheiden (bijv. R of 'Naima Bouzid').")
@click.option("--zoek", help="Alle treffers van een zoekvraag (zoals 'werkplaats zoek'; schuld* voor woordbegin).")
@click.option("--regex", "pattern", help="Alle treffers van een reguliere expressie (met tijdslimiet).")
@click.option("--kop", help="Alle secties onder koppen die zo beginnen (bijv. 'Afspraken').")
@click.option("--eenheid", type=click.Choice(["segment", "zin", "alinea"]), default="segment", show_default=True,
              help="Wat er gecodeerd wordt bij --zoek/--regex.")
@click.option("--regio", help="Alleen documenten van deze regio.")
@click.option("--type", "source_type", type=click.Choice(SOURCE_TYPES), help="Alleen deze soort bron.")
@dry_run_option("Niets wijzigen: laat per document zien wat gecodeerd zou worden.")
@coder_option()
def autocodeer(project, code_id, spreker, zoek, pattern, kop, eenheid, regio, source_type, dry_run, coder) -> None:
    """Codeer veel fragmenten tegelijk: per spreker, zoekvraag of kop.

    Eén actie in het logboek (ongedaan te maken met u in de TUI); bestaande
    coderingen van dezelfde code op hetzelfde stuk worden niet verdubbeld.

    Voorbeeld: werkplaats autocodeer onderzoek.wpl --zoek "schuld*" --code cl.basisvoorwaarden --eenheid zin --proef
    """
    from ..autocode import Rule, RuleError, find_spans, preview
    from ..autocode import autocode as run_autocode
    from ..store import CodingError

    rule = Rule(spreker, zoek, pattern, kop, eenheid, regio, source_type)
    with open_project(project) as p:
        try:
            if not p.codes.get(code_id):
                raise RuleError(f"Onbekende code '{code_id}'.")
            if dry_run:
                spans = find_spans(p, rule)
                for row in preview(p, spans):
                    console.print(f"  {row['fragments']:>5}  {escape(row['title'])}  [dim]{escape(row['region'] or '')}[/dim]")
                console.print(f"Proef: {plural(len(spans), 'fragment', 'fragmenten')} zou(den) '{escape(code_id)}' krijgen; er is niets gewijzigd.")
                return
            found, new = run_autocode(p, rule, code_id, coder=coder)
        except (RuleError, CodingError) as exc:
            fail(exc)
    console.print(f"{plural(found, 'fragment', 'fragmenten')} gevonden, {number(new)} nieuw gecodeerd met '{escape(code_id)}' ({found - new} bestonden al).")


@click.command("codeer", context_settings=CONTEXT)
@project_argument
@click.option("--document", "document", required=True, help="Document-id, titel of bestandsnaam.")
@click.option("--start", type=int, required=True, help="Begin (tekenpositie).")
@click.option("--eind", type=int, required=True, help="Eind (tekenpositie, exclusief).")
@click.option("--code", "code_id", required=True, help="Code-id.")
@click.option("--memo", help="Memo bij de codering.")
@coder_option()
def codeer(project, document, start, eind, code_id, memo, coder) -> None:
    """Ken één code toe aan een stuk tekst.

    Voorbeeld: werkplaats codeer onderzoek.wpl --document 3 --start 120 --eind 245 --code pr.vertrouwensrelatie
    """
    from ..codings_io import DocumentIndex
    from ..store import CodingError

    with open_project(project) as p:
        try:
            doc_id = DocumentIndex(p).find(document)
            coding_id = p.codings.apply(doc_id, start, eind, code_id, coder=coder, memo=memo)
        except (ValueError, CodingError) as exc:
            fail(exc)
    console.print(f"Codering {coding_id} opgeslagen.")


@click.command("memo", context_settings=CONTEXT)
@project_argument
@click.argument("tekst", required=False)
@click.option("--casus", help="Naam van de casus (bijv. 'Casus FW-01').")
@click.option("--code", "code_id", help="Code-id; met --casus: de cel casus × code van de framework-matrix.")
@click.option("--document", help="Document-id, titel of bestandsnaam.")
@click.option("--wis", is_flag=True, help="Verwijder je memo.")
@coder_option()
def memo(project, tekst, casus, code_id, document, wis, coder) -> None:
    """Schrijf, lees of wis een memo bij een casus, code, document of cel van de framework-matrix.

    Zonder TEKST: toon de memo's (van alle codeurs) bij dat doel. TEKST '-' leest
    van de standaardinvoer. Een celmemo staat in de framework-matrix (exporteer
    matrix --rijen casus --kolommen code, en het rapport) in plaats van citaten.

    Voorbeeld: werkplaats memo onderzoek.wpl --casus "Casus FW-01" --code cl.basisvoorwaarden "Schulden eerst, werk parallel."
    """
    from ..codings_io import DocumentIndex
    from ..store import CodingError, cell_target

    if sum(x is not None for x in (casus, document)) + (code_id is not None and casus is None) != 1:
        raise click.UsageError("Kies één doel: --casus (eventueel met --code), --code of --document.")
    with open_project(project) as p:
        try:
            if casus is not None:
                names = {r["name"].casefold(): r["name"] for r in p.cases.list()}
                if casus.casefold() not in names:
                    raise CodingError(f"Onbekende casus '{casus}'. Casussen: {', '.join(sorted(names.values()))}.")
                casus = names[casus.casefold()]
            if code_id is not None and not p.codes.get(code_id):
                raise CodingError(f"Onbekende code '{code_id}'.")
            if casus is not None:
                target_type, target = "case", cell_target(casus, code_id) if code_id else casus
            elif document is not None:
                target_type, target = "document", DocumentIndex(p).find(document)
            else:
                target_type, target = "code", code_id
            if tekst is None and not wis:
                found = [m for m in p.memos.list(target_type) if m["target_id"] == str(target)]
                for m in found:
                    console.print(f"[bold]{escape(m['coder'])}[/bold] [dim]({m['updated_at'][:16]})[/dim]")
                    console.print(escape(m["text"]))
                if not found:
                    console.print("Nog geen memo.")
                return
            text = "" if wis else (sys.stdin.read() if tekst == "-" else tekst)
            if not wis and not text.strip():
                console.print("Lege memo: er is niets opgeslagen (wissen: --wis).")
                return
            p.memos.set(target_type, target, text, coder=coder)
        except (ValueError, CodingError) as exc:
            fail(exc)
    console.print("Memo gewist." if wis else "Memo opgeslagen.")


@click.group("coderingen", cls=DefaultGroup, context_settings=CONTEXT)
def coderingen() -> None:
    """Coderingen tonen (--json voor scripts), importeren en exporteren.

    Voorbeeld: werkplaats coderingen onderzoek.wpl --code pr.vertrouwensrelatie --json
    """


@coderingen.command("toon", context_settings=CONTEXT)
@project_argument
@click.option("--code", "code_id", help="Alleen deze code.")
@option("--coder", "coder", metavar="NAAM", help="Alleen deze codeur.")
@json_option("Eén JSON-object per codering (JSON Lines), citaten gepseudonimiseerd.")
@raw_option("Citaten en memo's in --json zoals ze geschreven zijn (met persoonsgegevens).")
def toon(project, code_id, coder, as_json, ruw) -> None:
    """Toon coderingen (standaard als je alleen 'coderingen PROJECT' typt).

    Met --json zijn citaten en memo's gepseudonimiseerd, tenzij --ruw.

    Voorbeeld: werkplaats coderingen onderzoek.wpl --coder anna --json
    """
    from ..codings_io import coding_records

    with open_project(project) as p:
        if coder and coder not in p.codings.coders():
            fail(f"Onbekende codeur '{coder}': die heeft in dit project niets gecodeerd.")
        if code_id and not p.codes.get(code_id):
            fail(f"Onbekende code '{code_id}'.")
        records = coding_records(p, code_id, coder, raw=ruw or not as_json)
        if as_json:
            if ruw:
                warn_raw()
            for record in records:
                echo_json(record)
            return
        n = 0
        for r in records:
            n += 1
            quote = " ".join(r["citaat"].split())
            console.print(f"[bold]{escape(r['codenaam'])}[/bold] · {escape(r['document'])} ({r['start']}–{r['eind']}) · {escape(r['codeur'])}")
            console.print(f"  [dim]{escape(quote[:200])}{'…' if len(quote) > 200 else ''}[/dim]")
        console.print(plural(n, "codering", "coderingen"))


@coderingen.command("importeer", context_settings=CONTEXT)
@project_argument
@click.argument("bestand", type=click.Path(dir_okay=False))
@coder_option("Codeur voor regels zonder kolom 'codeur'.")
@click.option("--sla-fouten-over", is_flag=True, help="Foute regels overslaan en de rest wel toepassen.")
def importeer(project, bestand, coder, sla_fouten_over) -> None:
    """Importeer coderingen uit CSV: document, start+eind of citaat, code, codeur, memo.

    Een citaat wordt in het document gezocht (exact, daarna ongeacht witruimte);
    niet of dubbel gevonden citaten worden gemeld. Bij een fout wordt niets
    toegepast, tenzij --sla-fouten-over.

    Voorbeeld: werkplaats coderingen importeer onderzoek.wpl coderingen.csv
    """
    from ..codings_io import CodingsFileError, import_codings
    from ..store import CodingError

    try:
        data = Path(bestand).read_bytes()
    except OSError as exc:
        fail(f"'{bestand}' kan niet gelezen worden: {exc.strerror}")
    with open_project(project) as p:
        try:
            result = import_codings(p, data, Path(bestand).name, coder, sla_fouten_over)
        except (CodingsFileError, CodingError) as exc:
            fail(exc)
    for error in result.errors[:50]:
        err.print(f"FOUT  {escape(bestand)}, {escape(error)}")
    if len(result.errors) > 50:
        err.print(f"… en nog {len(result.errors) - 50} fouten")
    if result.errors and not sla_fouten_over:
        err.print(f"{len(result.errors)} fout(en): niets toegepast. Herstel het bestand of gebruik --sla-fouten-over.")
        sys.exit(1)
    console.print(f"{plural(result.applied, 'codering', 'coderingen')} geïmporteerd; {result.skipped_existing} bestonden al"
                  + (f"; {len(result.errors)} regel(s) overgeslagen" if result.errors else "") + ".")


@coderingen.command("exporteer", context_settings=CONTEXT)
@project_argument
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False), help="CSV-bestand.")
@click.option("--code", "code_id", help="Alleen deze code.")
@option("--coder", "coder", metavar="NAAM", help="Alleen deze codeur.")
@overwrite_option
@raw_option("Citaten en memo's zoals ze geschreven zijn (met persoonsgegevens).")
def exporteer(project, output, code_id, coder, overschrijf, ruw) -> None:
    """Exporteer coderingen als CSV (leest terug met 'coderingen importeer').

    Citaten en memo's zijn gepseudonimiseerd, tenzij --ruw; terugzetten gaat op tekenposities.

    Voorbeeld: werkplaats coderingen exporteer onderzoek.wpl -o coderingen.csv
    """
    from ..codings_io import export_codings_csv
    from ..fileio import write_text

    refuse_overwrite(output, overschrijf)
    if ruw:
        warn_raw()
    with open_project(project) as p:
        text, n = export_codings_csv(p, code_id, coder, raw=ruw)
    write_text(output, text, overwrite=overschrijf)
    console.print(f"{plural(n, 'codering', 'coderingen')} geëxporteerd naar {escape(output)}"
                  + (" (met ruwe persoonsgegevens)." if ruw else " (citaten gepseudonimiseerd)."))


def warn_raw() -> None:
    """Say, on the terminal, that raw personal data is about to be written."""
    err.print("[bold]Let op:[/bold] dit schrijft ruwe persoonsgegevens (namen, adressen, nummers in citaten en memo's). "
              "Deel dit bestand niet buiten het onderzoeksteam (AVG).")
