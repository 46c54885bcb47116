"""``werkplaats review``: packages for experts by experience, judging them, and their judgements back."""

from __future__ import annotations

import json
import sys

import click

from .common import (
    CONTEXT,
    DefaultGroup,
    coder_option,
    console,
    echo_json,
    err,
    escape,
    json_option,
    new_table,
    open_project,
    overwrite_option,
    plural,
    refuse_overwrite,
)


@click.group(cls=DefaultGroup, default="open", context_settings=CONTEXT)
def review() -> None:
    """Review door ervaringsdeskundigen: pakket maken, beoordelen, terugzetten.

    Voorbeeld: werkplaats review pak onderzoek.wpl -o review.wpr --codes pr --max 40
    """


@review.command("pak", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False), help="Het reviewpakket (.wpr).")
@click.option("--codes", help="Alleen deze codes (komma-gescheiden; een cluster als 'pr' neemt alle subcodes mee).")
@click.option("--regio", help="Alleen fragmenten uit deze regio.")
@click.option("--max", "maximum", type=int, help="Maximaal aantal fragmenten (willekeurige steekproef).")
@click.option("--zonder-deduce", is_flag=True, help="Pseudonimiseren met alleen eigen regels en namenlijst.")
@coder_option("Naam van de onderzoeker die het pakket maakt.")
@click.option("--sla-over", "skip_leaks", is_flag=True,
              help="Laat alleen de fragmenten weg waarin nog een persoonsgegeven zou staan; maak de rest wel.")
@overwrite_option
def review_pack(project, output, codes, regio, maximum, zonder_deduce, coder, skip_leaks, overschrijf) -> None:
    """Maak een reviewpakket: alleen gepseudonimiseerde fragmenten met code en definitie.

    Het pakket bevat geen ruwe tekst, geen sleutel en geen andere documenten.

    Voorbeeld: werkplaats review pak onderzoek.wpl -o review.wpr --regio WIL --max 30
    """
    from ..review import LeakError, pack
    from ..store import PackageError

    refuse_overwrite(output, overschrijf)
    with open_project(project) as p:
        try:
            result = pack(p, output, coder=coder, codes=[c.strip() for c in codes.split(",")] if codes else None,
                          region=regio, maximum=maximum, use_deduce=False if zonder_deduce else None,
                          skip_leaks=skip_leaks, overwrite=overschrijf)
        except LeakError as exc:
            _explain_leaks(p, project, exc)
            raise click.ClickException(str(exc)) from None
        except PackageError as exc:
            raise click.ClickException(str(exc)) from None
    console.print(f"Reviewpakket {escape(output)}: {plural(result['fragments'], 'fragment', 'fragmenten')}, "
                  f"{plural(result['codes'], 'code', 'codes')}.")
    if result.get("skipped"):
        err.print(f"{plural(len(result['skipped']), 'fragment', 'fragmenten')} weggelaten omdat er nog een "
                  "persoonsgegeven in zou staan (--sla-over).")


def _explain_leaks(p, project: str, exc) -> None:
    """Where the leaks are, on the researcher's own terminal (stderr) only, and how to fix them."""
    from ..pseudo import LABELS

    titles = {d["id"]: d["title"] for d in p.documents.list()}
    err.print("[bold]Waar het pakket nog persoonsgegevens zou bevatten[/bold] (alleen op dit scherm, niet in een bestand):")
    for fragment, leak in exc.leaks[:30]:
        text = "".join(ch for ch in leak.text if ch.isprintable())
        err.print(f"  • {escape(LABELS.get(leak.type, leak.type))} '{escape(text)}' in document {leak.document_id} "
                  f"({escape(titles.get(leak.document_id, '?'))}), fragment met code {escape(fragment['code_id'])} "
                  f"op positie {fragment['start']}–{fragment['end']}")
    if len(exc.leaks) > 30:
        err.print(f"  … en nog {len(exc.leaks) - 30}.")
    example = next((leak.text for _, leak in exc.leaks if leak.type == "persoon"), "NAAM")
    err.print("Oplossen:")
    err.print(f"  – opnieuw opsporen, of een naam altijd/nooit als persoonsgegeven behandelen: werkplaats pseudo "
              f"{escape(project)} --altijd \"{escape(example)}\"  (of --nooit \"…\" als het geen persoonsgegeven is)")
    err.print("  – in de codeeromgeving (werkplaats tui) met Z: persoonsgegevens van het document nakijken")
    err.print(f"  – alleen deze fragmenten weglaten: werkplaats review pak {escape(project)} … --sla-over")


@review.command("open", context_settings=CONTEXT)
@click.argument("pakket", type=click.Path(dir_okay=False))
@click.option("--naam", help="Je naam (anders wordt erom gevraagd).")
def review_open(pakket, naam) -> None:
    """Beoordeel de fragmenten van een reviewpakket (p past, n past niet, t twijfel).

    Voorbeeld: werkplaats review review.wpr --naam Samira
    """
    from ..review.app import ReviewApp
    from ..store import PackageError

    try:
        app = ReviewApp(pakket, naam)
    except PackageError as exc:
        raise click.ClickException(str(exc)) from None
    app.run()


@review.command("serve", context_settings=CONTEXT)
@click.argument("pakket", type=click.Path(dir_okay=False, exists=True))
@click.option("--host", default="127.0.0.1", show_default=True, help="Adres om op te luisteren.")
@click.option("--poort", "port", default=8000, show_default=True, type=int, help="Poort.")
def review_serve(pakket, host, port) -> None:
    """Bied de review aan in een webbrowser (textual-serve), standaard alleen op deze computer.

    Voorbeeld: werkplaats review serve review.wpr --poort 8000
    """
    from ..review.serve import serve
    from ..store import Package, PackageError

    try:
        Package(pakket).close()
    except PackageError as exc:
        raise click.ClickException(str(exc)) from None
    console.print(f"Review beschikbaar op http://{host}:{port} — stoppen met Ctrl+C.")
    serve(pakket, host, port)


@review.command("terug", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("pakketten", nargs=-1, required=True, type=click.Path(dir_okay=False))
def review_back(project, pakketten) -> None:
    """Zet de oordelen uit reviewpakketten terug in het project (nogmaals doen kan geen kwaad).

    Voorbeeld: werkplaats review terug onderzoek.wpl review-samira.wpr review-kees.wpr
    """
    from ..review import merge_back
    from ..store import PackageError

    failed = False
    with open_project(project) as p:
        for pakket in pakketten:
            try:
                result = merge_back(p, pakket)
            except PackageError as exc:
                err.print(f"MISLUKT  {escape(pakket)}: {escape(str(exc))}")
                failed = True
                continue
            console.print(f"{escape(pakket)}: {result['judgements']} oordelen van {result['reviewers']} reviewer(s), {result['new']} nieuw of gewijzigd.")
    if failed:
        sys.exit(1)


@review.command("overzicht", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@json_option()
def review_summary(project, as_json) -> None:
    """Instemming van reviewers met de codering, per code.

    Voorbeeld: werkplaats review overzicht onderzoek.wpl
    """
    from ..review import agreement

    with open_project(project) as p:
        rows = agreement(p)
    if as_json:
        echo_json(rows, indent=2)
        return
    table = new_table(title="Oordelen van reviewers per code", title_justify="left")
    for col in ("Code", "Past", "Past niet", "Twijfel", "Mist iets", "Instemming"):
        table.add_column(col, justify="left" if col == "Code" else "right")
    for r in rows:
        table.add_row(escape(r["name"]), str(r["past"]), str(r["past_niet"]), str(r["twijfel"]), str(r["mist"]),
                      "–" if r["agreement"] is None else f"{r['agreement']:.0%}")
    console.print(table)
