"""The ``werkplaats`` command line. Every command opens a project, calls one
package function and prints the result; messages are Dutch."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__, clickdutch
from .ingest import DUPLICATE, IMPORTED, ImportOptions, ImportReport, ManifestError, expand_paths, import_files, read_manifest
from .model import SOURCE_TYPES
from .search import HIGHLIGHT_END, HIGHLIGHT_START, search as run_search
from .store import Project, StoreError

clickdutch.install()
console = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def open_project(path: str) -> Project:
    try:
        return Project(path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--versie", message="werkplaats %(version)s", help="Toon de versie.")
@click.help_option("-h", "--help", help="Toon deze hulptekst.")
def cli() -> None:
    """werkplaats: kwalitatieve onderzoekswerkbank voor ontwikkelwerkplaatsen.

    Importeer interviews, verslagen van casuïstiekbesprekingen, observaties
    en vragenlijsten in één projectbestand, codeer ze en vergelijk regio's.
    """


@cli.command(context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
def init(project: str) -> None:
    """Maak een nieuw, leeg projectbestand.

    Voorbeeld: werkplaats init onderzoek.wpl
    """
    try:
        Project.create(project).close()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    console.print(f"Project aangemaakt: {escape(project)}")


def print_report(report: ImportReport) -> None:
    for r in report.results:
        for warning in r.warnings:
            err.print(f"[bold]LET OP[/bold]  {escape(r.path)}: {escape(warning)}")
        if r.status not in (IMPORTED,):
            target = console if r.status == DUPLICATE else err
            target.print(f"[bold]{r.status.upper()}[/bold]  {escape(r.path)}: {escape(r.reason)}")
    docs = sum(r.documents for r in report.results)
    words = sum(r.words for r in report.results)
    console.print(
        f"{plural(report.count(IMPORTED), 'bestand', 'bestanden')} geïmporteerd "
        f"({plural(docs, 'document', 'documenten')}, {number(words)} woorden); "
        f"{report.count(DUPLICATE)} al aanwezig; {len(report.failed)} niet geïmporteerd."
    )


def number(n: int) -> str:
    """Dutch thousands separator: 12345 → '12.345'."""
    return f"{n:,}".replace(",", ".")


def plural(n: int, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"


def run_import(project: Project, entries) -> ImportReport:
    """Import with a progress bar on a terminal."""
    if not entries:
        return ImportReport()
    if err.is_terminal and len(entries) > 1:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(
            TextColumn("Importeren"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            TextColumn("{task.description}"), console=err, transient=True,
        ) as bar:
            task = bar.add_task("", total=len(entries))
            return import_files(project, entries, lambda r: bar.update(task, advance=1, description=Path(r.path).name))
    return import_files(project, entries)


@cli.command("import", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("paden", nargs=-1, type=click.Path())
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False), help="CSV: bestand;regio;gemeente;casus;type;titel;kenmerken…")
@click.option("--regio", help="Regio (Ferm Werk, WIL, RSD Kromme Rijn Heuvelrug, …).")
@click.option("--gemeente", help="Gemeente.")
@click.option("--casus", help="Casus waar de bestanden bij horen.")
@click.option("--type", "source_type", type=click.Choice(SOURCE_TYPES, case_sensitive=False), help="Soort bron.")
@click.option("--titel", help="Titel (alleen bij één bestand).")
@click.option("--kenmerk", "kenmerken", multiple=True, metavar="NAAM=WAARDE", help="Kenmerk van de casus; mag vaker.")
@click.option("--ook-gewijzigd", is_flag=True, help="Voeg een gewijzigd bestand met een bekende naam toe als nieuw document.")
def import_cmd(project, paden, manifest, regio, gemeente, casus, source_type, titel, kenmerken, ook_gewijzigd) -> None:
    """Importeer bestanden of mappen (docx, odt, txt, md, vtt, srt, csv, xlsx, pdf).

    Elk bestand wordt in één transactie geïmporteerd: een bestand dat niet
    gelezen kan worden laat niets achter. De afsluitcode is 1 als er iets
    mislukte.

    Voorbeelden:

      werkplaats import onderzoek.wpl interviews/ --regio "Ferm Werk" --type interview

      werkplaats import onderzoek.wpl --manifest bronnen.csv
    """
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
            raise click.ClickException(str(exc)) from None
    if paden and not entries:
        raise click.ClickException("Geen bestanden met een ondersteund formaat gevonden.")
    with open_project(project) as p:
        report = run_import(p, entries)
    print_report(report)
    if not report.ok:
        sys.exit(1)


@cli.command(context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Eén JSON-document, voor scripts.")
def info(project: str, as_json: bool) -> None:
    """Tel documenten, segmenten, woorden en sprekers per regio, type en casus.

    Voorbeeld: werkplaats info onderzoek.wpl --json
    """
    with open_project(project) as p:
        data = p.info()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    console.print(
        f"[bold]{escape(project)}[/bold]: {plural(data['documents'], 'document', 'documenten')}, "
        f"{plural(data['segments'], 'segment', 'segmenten')}, {plural(data['words'], 'woord', 'woorden')}, "
        f"{plural(data['cases'], 'casus', 'casussen')}, {plural(data['speakers'], 'spreker', 'sprekers')}"
    )
    for key, title in (("per_regio", "Regio"), ("per_type", "Soort bron"), ("per_casus", "Casus")):
        table = Table(title=f"Per {title.lower()}", title_justify="left")
        table.add_column(title)
        table.add_column("Documenten", justify="right")
        table.add_column("Woorden", justify="right")
        for name, counts in data[key].items():
            table.add_row(escape(str(name)), str(counts["documenten"]), str(counts["woorden"]))
        console.print(table)
    if data["sprekers"]:
        console.print("Sprekers (beurten): " + ", ".join(f"{escape(s['spreker'])} ({s['beurten']})" for s in data["sprekers"][:20]))


def _highlight(snippet: str) -> str:
    return escape(snippet).replace(HIGHLIGHT_START, "[reverse]").replace(HIGHLIGHT_END, "[/reverse]")


@cli.command(context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("zoekvraag")
@click.option("--json", "as_json", is_flag=True, help="Eén JSON-object per treffer (JSON Lines).")
@click.option("--exact", is_flag=True, help="Alleen hele woorden (anders vindt 'schuld' ook 'schuldhulp').")
@click.option("--max", "limit", type=int, default=100, show_default=True, help="Maximaal aantal treffers (0 = alle).")
@click.option("--lemma", is_flag=True, help="Zoek op grondvorm: 'schuld' vindt ook 'schulden' (spaCy).")
def search(project: str, zoekvraag: str, as_json: bool, exact: bool, limit: int, lemma: bool) -> None:
    """Zoek in alle tekst (SQLite FTS5); treffers met context.

    Woorden moeten allemaal voorkomen; gebruik "aanhalingstekens" voor een
    woordgroep, OR en NOT voor combinaties; --lemma zoekt op grondvorm.

    Voorbeeld: werkplaats search onderzoek.wpl "schuldhulp"
    """
    with open_project(project) as p:
        try:
            if lemma:
                from .nlp.search import lemma_search

                hits = lemma_search(p, zoekvraag, limit=limit or None, prefix=not exact)
            else:
                hits = run_search(p, zoekvraag, prefix=not exact, limit=limit or None)
        except (ValueError, StoreError) as exc:
            raise click.ClickException(str(exc)) from None
    if as_json:
        for h in hits:
            record = {k: h[k] for k in ("document_id", "title", "filename", "region", "casus", "segment_id", "start", "end", "speaker", "timestamp", "kind", "text")}
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    for h in hits:
        where = " · ".join(x for x in (h["region"], h["casus"], h["title"]) if x)
        who = f"{h['speaker']}: " if h["speaker"] else ""
        console.print(f"[bold]{escape(where)}[/bold] [dim]({h['start']}–{h['end']})[/dim]")
        console.print(f"  {escape(who)}{_highlight(h['snippet'])}")
    console.print(f"{len(hits)} treffer(s)" + (f" (maximaal {limit} getoond)" if limit and len(hits) == limit else ""))


@cli.command(context_settings=CONTEXT)
@click.option("-o", "--uitvoer", "output", type=click.Path(dir_okay=False), help="Projectbestand (standaard demo.wpl).")
@click.option("--no-tui", "no_tui", is_flag=True, help="Alleen bouwen en een samenvatting tonen.")
def demo(output: str | None, no_tui: bool) -> None:
    """Bouw een demoproject uit de fictieve demo-corpus en codeboek.

    Voorbeeld: werkplaats demo -o demo.wpl --no-tui
    """
    from .demo import build_demo, free_path

    if output and Path(output).exists():
        raise click.ClickException(f"'{output}' bestaat al; kies een andere naam met -o (bestaande bestanden worden nooit overschreven).")
    path = Path(output) if output else free_path(Path("demo.wpl"))
    try:
        report = build_demo(path)
    except (FileNotFoundError, ManifestError, StoreError) as exc:
        raise click.ClickException(str(exc)) from None
    print_report(report)
    if report.gold and (report.gold[0] or report.gold[1]):
        applied, problems = report.gold
        console.print(f"Goudstandaard-codering toegepast: {plural(applied, 'codering', 'coderingen')} (codeur 'gold').")
        for problem in problems[:10]:
            err.print(f"  let op: {escape(problem)}")
    with open_project(str(path)) as p:
        data = p.info()
    console.print(f"Demoproject: {escape(str(path))} — {data['documents']} documenten, {number(data['words'])} woorden, {data['cases']} casussen.")
    for name, counts in data["per_regio"].items():
        console.print(f"  {escape(name)}: {counts['documenten']} documenten, {number(counts['woorden'])} woorden")
    if not report.ok:
        sys.exit(1)
    if not no_tui:
        if not sys.stdout.isatty():
            console.print(f"Geen terminal: open het project later met 'werkplaats tui {path}'.")
            return
        from .session import coder_name
        from .tui.app import run as run_tui

        run_tui(path, coder_name(None))


@cli.group(context_settings=CONTEXT)
def codebook() -> None:
    """Codeboek laden (YAML of REFI-QDA .qdc) en exporteren.

    Voorbeeld: werkplaats codebook load onderzoek.wpl codebooks/werkzame-factoren.yaml
    """


def read_codebook(path: str):
    from .codebook import CodebookError, load_qdc, load_yaml_file

    try:
        if path.lower().endswith(".qdc"):
            return load_qdc(Path(path).read_bytes(), Path(path).name)
        return load_yaml_file(path)
    except CodebookError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"'{path}' kan niet gelezen worden: {exc.strerror}") from None


@codebook.command("load", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("bestand", type=click.Path(dir_okay=False))
@click.option("--coder", help="Naam van de codeur (voor het logboek).")
def codebook_load(project: str, bestand: str, coder: str | None) -> None:
    """Laad een codeboek in het project; bestaande codes (zelfde id) worden bijgewerkt.

    Codes die niet in het bestand staan blijven bestaan, met hun coderingen.
    Eén actie: ongedaan te maken in de TUI (u).

    Voorbeeld: werkplaats codebook load onderzoek.wpl codebooks/werkzame-factoren.yaml
    """
    from .session import coder_name
    from .store import Coder

    cb = read_codebook(bestand)
    with open_project(project) as p:
        counts = Coder(p, coder_name(coder)).load_codebook(cb)
    console.print(f"Codeboek '{escape(cb.name)}' geladen: {counts['nieuw']} nieuwe en {counts['bijgewerkt']} bijgewerkte codes.")


@codebook.command("export", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False), help="Bestand: .yaml of .qdc.")
@click.option("--overschrijf", is_flag=True, help="Een bestaand bestand overschrijven.")
def codebook_export(project: str, output: str, overschrijf: bool) -> None:
    """Exporteer het codeboek van het project als YAML of REFI-QDA (.qdc).

    Voorbeeld: werkplaats codebook export onderzoek.wpl -o codeboek.yaml
    """
    from .codebook import dump_qdc, dump_yaml
    from .store import Coder

    if Path(output).exists() and not overschrijf:
        raise click.ClickException(f"'{output}' bestaat al; gebruik --overschrijf om het te vervangen.")
    with open_project(project) as p:
        cb = Coder(p, "export").codebook()
    if not cb.codes:
        raise click.ClickException("Het project heeft nog geen codeboek; laad er een met 'werkplaats codebook load'.")
    data = dump_qdc(cb) if output.lower().endswith(".qdc") else dump_yaml(cb).encode("utf-8")
    Path(output).write_bytes(data)
    console.print(f"{len(cb.codes)} codes geëxporteerd naar {escape(output)}.")


@cli.command(context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--coder", help="Naam van de codeur (anders $WERKPLAATS_CODER, ~/.config/werkplaats/config.toml of de loginnaam).")
def tui(project: str, coder: str | None) -> None:
    """Open de codeeromgeving in de terminal.

    Links documenten per regio en casus, in het midden de tekst, rechts het
    codeboek. Druk ? voor alle toetsen. Alles wordt meteen opgeslagen.

    Voorbeeld: werkplaats tui onderzoek.wpl --coder anna
    """
    from .session import coder_name

    open_project(project).close()
    from .tui.app import run as run_tui

    run_tui(project, coder_name(coder))


def _coder(coder: str | None) -> str:
    from .session import coder_name

    return coder_name(coder)


@cli.command(context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--code", "code_id", required=True, help="Code-id, bijv. rol.respondent.")
@click.option("--spreker", help="Alle beurten van deze spreker(s), komma-gescheiden (bijv. R of 'Naima Bouzid').")
@click.option("--zoek", help="Alle treffers van een zoekvraag (zoals 'werkplaats search'; schuld* voor woordbegin).")
@click.option("--regex", "pattern", help="Alle treffers van een reguliere expressie (met tijdslimiet).")
@click.option("--kop", help="Alle secties onder koppen die zo beginnen (bijv. 'Afspraken').")
@click.option("--eenheid", type=click.Choice(["segment", "zin", "alinea"]), default="segment", show_default=True,
              help="Wat er gecodeerd wordt bij --zoek/--regex.")
@click.option("--regio", help="Alleen documenten van deze regio.")
@click.option("--type", "source_type", type=click.Choice(SOURCE_TYPES), help="Alleen deze soort bron.")
@click.option("--proef", is_flag=True, help="Niets wijzigen: laat per document zien wat gecodeerd zou worden.")
@click.option("--coder", help="Naam van de codeur.")
def autocode(project, code_id, spreker, zoek, pattern, kop, eenheid, regio, source_type, proef, coder) -> None:
    """Codeer veel fragmenten tegelijk: per spreker, zoekvraag of kop.

    Eén actie in het logboek (ongedaan te maken met u in de TUI); bestaande
    coderingen van dezelfde code op hetzelfde stuk worden niet verdubbeld.

    Voorbeeld: werkplaats autocode onderzoek.wpl --zoek "schuld*" --code cl.basisvoorwaarden --eenheid zin --proef
    """
    from .autocode import Rule, RuleError, autocode as run_autocode, find_spans, preview
    from .store import Coder, CodingError

    rule = Rule(spreker, zoek, pattern, kop, eenheid, regio, source_type)
    with open_project(project) as p:
        c = Coder(p, _coder(coder))
        try:
            if not c.code(code_id):
                raise RuleError(f"Onbekende code '{code_id}'.")
            if proef:
                spans = find_spans(p, rule)
                for row in preview(p, spans):
                    console.print(f"  {row['fragmenten']:>5}  {escape(row['title'])}  [dim]{escape(row['region'] or '')}[/dim]")
                console.print(f"Proef: {plural(len(spans), 'fragment', 'fragmenten')} zou(den) '{escape(code_id)}' krijgen; er is niets gewijzigd.")
                return
            found, new = run_autocode(c, rule, code_id)
        except (RuleError, CodingError) as exc:
            raise click.ClickException(str(exc)) from None
    console.print(f"{plural(found, 'fragment', 'fragmenten')} gevonden, {number(new)} nieuw gecodeerd met '{escape(code_id)}' ({found - new} bestonden al).")


@cli.command("code", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--document", "document", required=True, help="Document-id, titel of bestandsnaam.")
@click.option("--start", type=int, required=True, help="Begin (tekenpositie).")
@click.option("--eind", type=int, required=True, help="Eind (tekenpositie, exclusief).")
@click.option("--code", "code_id", required=True, help="Code-id.")
@click.option("--memo", help="Memo bij de codering.")
@click.option("--coder", help="Naam van de codeur.")
def code_cmd(project, document, start, eind, code_id, memo, coder) -> None:
    """Ken één code toe aan een stuk tekst.

    Voorbeeld: werkplaats code onderzoek.wpl --document 3 --start 120 --eind 245 --code pr.vertrouwensrelatie
    """
    from .codings_io import DocumentIndex
    from .store import Coder, CodingError

    with open_project(project) as p:
        try:
            doc_id = DocumentIndex(p).find(document)
            coding_id = Coder(p, _coder(coder)).apply(doc_id, start, eind, code_id, memo=memo)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        except CodingError as exc:
            raise click.ClickException(str(exc)) from None
    console.print(f"Codering {coding_id} opgeslagen.")


@cli.command("memo", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("tekst", required=False)
@click.option("--casus", help="Naam van de casus (bijv. 'Casus FW-01').")
@click.option("--code", "code_id", help="Code-id; met --casus: de cel casus × code van de framework-matrix.")
@click.option("--document", help="Document-id, titel of bestandsnaam.")
@click.option("--wis", is_flag=True, help="Verwijder je memo.")
@click.option("--coder", help="Naam van de codeur.")
def memo_cmd(project, tekst, casus, code_id, document, wis, coder) -> None:
    """Schrijf, lees of wis een memo bij een casus, code, document of cel van de framework-matrix.

    Zonder TEKST: toon de memo's (van alle codeurs) bij dat doel. TEKST '-' leest
    van de standaardinvoer. Een celmemo staat in de framework-matrix (export
    matrix --rijen casus --kolommen code, en het rapport) in plaats van citaten.

    Voorbeeld: werkplaats memo onderzoek.wpl --casus "Casus FW-01" --code cl.basisvoorwaarden "Schulden eerst, werk parallel."
    """
    from .codings_io import DocumentIndex
    from .store import Coder, CodingError
    from .store.coding import cell_memo_target

    if sum(x is not None for x in (casus, document)) + (code_id is not None and casus is None) != 1:
        raise click.UsageError("Kies één doel: --casus (eventueel met --code), --code of --document.")
    with open_project(project) as p:
        c = Coder(p, _coder(coder))
        try:
            if casus is not None:
                names = {r["name"].casefold(): r["name"] for r in p.cases()}
                if casus.casefold() not in names:
                    raise CodingError(f"Onbekende casus '{casus}'. Casussen: {', '.join(sorted(names.values()))}.")
                casus = names[casus.casefold()]
            if code_id is not None and not c.code(code_id):
                raise CodingError(f"Onbekende code '{code_id}'.")
            if casus is not None:
                target_type, target = "case", cell_memo_target(casus, code_id) if code_id else casus
            elif document is not None:
                target_type, target = "document", DocumentIndex(p).find(document)
            else:
                target_type, target = "code", code_id
            if tekst is None and not wis:
                found = [m for m in c.memos(target_type) if m["target_id"] == str(target)]
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
            c.set_memo(target_type, target, text)
        except (ValueError, CodingError) as exc:
            raise click.ClickException(str(exc)) from None
    console.print("Memo gewist." if wis else "Memo opgeslagen.")


class DefaultGroup(click.Group):
    """A group whose first argument may be a project: ``codings PROJECT`` runs ``codings toon PROJECT``."""

    default_command = "toon"

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


@cli.group(cls=DefaultGroup, context_settings=CONTEXT)
def codings() -> None:
    """Coderingen tonen (--json voor scripts), importeren en exporteren.

    Voorbeeld: werkplaats codings onderzoek.wpl --code pr.vertrouwensrelatie --json
    """


@codings.command("toon", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--code", "code_id", help="Alleen deze code.")
@click.option("--coder", help="Alleen deze codeur.")
@click.option("--json", "as_json", is_flag=True, help="Eén JSON-object per codering (JSON Lines).")
def codings_show(project, code_id, coder, as_json) -> None:
    """Toon coderingen (standaard als je alleen 'codings PROJECT' typt).

    Voorbeeld: werkplaats codings onderzoek.wpl --coder anna --json
    """
    from .codings_io import coding_records

    from .store import Coder

    with open_project(project) as p:
        c = Coder(p, _coder(None))
        if coder and coder not in c.coders():
            raise click.ClickException(f"Onbekende codeur '{coder}': die heeft in dit project niets gecodeerd.")
        if code_id and not c.code(code_id):
            raise click.ClickException(f"Onbekende code '{code_id}'.")
        records = coding_records(p, code_id, coder)
        if as_json:
            out = sys.stdout
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        n = 0
        for r in records:
            n += 1
            quote = " ".join(r["citaat"].split())
            console.print(f"[bold]{escape(r['codenaam'])}[/bold] · {escape(r['document'])} ({r['start']}–{r['eind']}) · {escape(r['codeur'])}")
            console.print(f"  [dim]{escape(quote[:200])}{'…' if len(quote) > 200 else ''}[/dim]")
        console.print(plural(n, "codering", "coderingen"))


@codings.command("importeer", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("bestand", type=click.Path(dir_okay=False))
@click.option("--coder", help="Codeur voor regels zonder kolom 'codeur'.")
@click.option("--sla-fouten-over", is_flag=True, help="Foute regels overslaan en de rest wel toepassen.")
def codings_import(project, bestand, coder, sla_fouten_over) -> None:
    """Importeer coderingen uit CSV: document, start+eind of citaat, code, codeur, memo.

    Een citaat wordt in het document gezocht (exact, daarna ongeacht witruimte);
    niet of dubbel gevonden citaten worden gemeld. Bij een fout wordt niets
    toegepast, tenzij --sla-fouten-over.

    Voorbeeld: werkplaats codings importeer onderzoek.wpl codings.csv
    """
    from .codings_io import CodingsFileError, import_codings
    from .store import CodingError

    try:
        data = Path(bestand).read_bytes()
    except OSError as exc:
        raise click.ClickException(f"'{bestand}' kan niet gelezen worden: {exc.strerror}") from None
    with open_project(project) as p:
        try:
            result = import_codings(p, data, Path(bestand).name, _coder(coder), sla_fouten_over)
        except (CodingsFileError, CodingError) as exc:
            raise click.ClickException(str(exc)) from None
    for error in result.errors[:50]:
        err.print(f"FOUT  {escape(bestand)}, {escape(error)}")
    if len(result.errors) > 50:
        err.print(f"… en nog {len(result.errors) - 50} fouten")
    if result.errors and not sla_fouten_over:
        err.print(f"{len(result.errors)} fout(en): niets toegepast. Herstel het bestand of gebruik --sla-fouten-over.")
        sys.exit(1)
    console.print(f"{plural(result.applied, 'codering', 'coderingen')} geïmporteerd; {result.skipped_existing} bestonden al"
                  + (f"; {len(result.errors)} regel(s) overgeslagen" if result.errors else "") + ".")


@codings.command("exporteer", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False), help="CSV-bestand.")
@click.option("--code", "code_id", help="Alleen deze code.")
@click.option("--coder", help="Alleen deze codeur.")
@click.option("--overschrijf", is_flag=True, help="Een bestaand bestand overschrijven.")
def codings_export(project, output, code_id, coder, overschrijf) -> None:
    """Exporteer coderingen als CSV (leest terug met 'codings importeer').

    Voorbeeld: werkplaats codings exporteer onderzoek.wpl -o codings.csv
    """
    from .codings_io import export_codings_csv

    if Path(output).exists() and not overschrijf:
        raise click.ClickException(f"'{output}' bestaat al; gebruik --overschrijf om het te vervangen.")
    with open_project(project) as p:
        text, n = export_codings_csv(p, code_id, coder)
    Path(output).write_text(text, encoding="utf-8")
    console.print(f"{plural(n, 'codering', 'coderingen')} geëxporteerd naar {escape(output)}.")


@cli.command(context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--toon", "show", metavar="DOC", help="Toon dit document (id, titel of bestandsnaam) gepseudonimiseerd.")
@click.option("--zonder-deduce", is_flag=True, help="Alleen eigen regels en namenlijst (snel, minder volledig).")
@click.option("--altijd", "always", multiple=True, metavar="NAAM", help="Behandel NAAM altijd als naam van een persoon.")
@click.option("--nooit", "never", multiple=True, metavar="TEKST", help="TEKST is nooit een persoonsgegeven (bijv. een organisatie).")
@click.option("--stijl", type=click.Choice(["labels", "realistisch"]), help="[Persoon 3] (labels) of verzonnen namen (realistisch).")
def pseudo(project: str, show: str | None, zonder_deduce: bool, always: tuple, never: tuple, stijl: str | None) -> None:
    """Spoor persoonsgegevens op en pseudonimiseer (een weergave; de tekst zelf blijft ongewijzigd).

    Zonder --toon: detectie op alle documenten, met aantallen per soort.
    De sleutel (origineel ↔ pseudoniem) blijft in het projectbestand.

    Voorbeeld: werkplaats pseudo onderzoek.wpl --altijd "Naima" --toon 3
    """
    from .codings_io import DocumentIndex
    from .pseudo import LABELS, Pseudonymiser
    from .pseudo.rules import PERSON

    with open_project(project) as p:
        ps = Pseudonymiser(p, use_deduce=False if zonder_deduce else None)
        if stijl:
            ps.set_style(stijl)
        for name in always:
            ps.store.add_name(name, PERSON, "altijd")
        for text in never:
            ps.store.add_name(text, "overig", "nooit")
        if show:
            try:
                doc_id = DocumentIndex(p).find(show)
            except ValueError as exc:
                raise click.ClickException(str(exc)) from None
            if always or never:
                ps.detect([doc_id])
            click.echo(ps.document_text(doc_id))
            return
        docs = p.documents()
        if err.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            with Progress(TextColumn("Persoonsgegevens zoeken"), BarColumn(), MofNCompleteColumn(), console=err,
                          transient=True) as bar:
                task = bar.add_task("", total=len(docs))
                counts = ps.detect(progress=lambda _: bar.advance(task))
        else:
            counts = ps.detect()
    total = sum(counts.values())
    console.print(f"{plural(total, 'persoonsgegeven', 'persoonsgegevens')} gevonden in {plural(len(docs), 'document', 'documenten')}:")
    for kind, n in counts.most_common():
        console.print(f"  {LABELS.get(kind, kind):<16} {n:>6}")


@cli.group(cls=DefaultGroup, context_settings=CONTEXT)
def review() -> None:
    """Review door ervaringsdeskundigen: pakket maken, beoordelen, terugzetten.

    Voorbeeld: werkplaats review pak onderzoek.wpl -o review.wpr --codes pr --max 40
    """


review.default_command = "open"


@review.command("pak", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("-o", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False), help="Het reviewpakket (.wpr).")
@click.option("--codes", help="Alleen deze codes (komma-gescheiden; een cluster als 'pr' neemt alle subcodes mee).")
@click.option("--regio", help="Alleen fragmenten uit deze regio.")
@click.option("--max", "maximum", type=int, help="Maximaal aantal fragmenten (willekeurige steekproef).")
@click.option("--zonder-deduce", is_flag=True, help="Pseudonimiseren met alleen eigen regels en namenlijst.")
@click.option("--coder", help="Naam van de onderzoeker die het pakket maakt.")
def review_pack(project, output, codes, regio, maximum, zonder_deduce, coder) -> None:
    """Maak een reviewpakket: alleen gepseudonimiseerde fragmenten met code en definitie.

    Het pakket bevat geen ruwe tekst, geen sleutel en geen andere documenten.

    Voorbeeld: werkplaats review pak onderzoek.wpl -o review.wpr --regio WIL --max 30
    """
    from .review import pack
    from .store.review_store import PackageError

    with open_project(project) as p:
        try:
            result = pack(p, output, coder=_coder(coder), codes=[c.strip() for c in codes.split(",")] if codes else None,
                          region=regio, maximum=maximum, use_deduce=False if zonder_deduce else None)
        except PackageError as exc:
            raise click.ClickException(str(exc)) from None
    console.print(f"Reviewpakket {escape(output)}: {plural(result['fragments'], 'fragment', 'fragmenten')}, "
                  f"{plural(result['codes'], 'code', 'codes')}.")


@review.command("open", context_settings=CONTEXT)
@click.argument("pakket", type=click.Path(dir_okay=False))
@click.option("--naam", help="Je naam (anders wordt erom gevraagd).")
def review_open(pakket, naam) -> None:
    """Beoordeel de fragmenten van een reviewpakket (p past, n past niet, t twijfel).

    Voorbeeld: werkplaats review review.wpr --naam Samira
    """
    from .review.app import ReviewApp
    from .store.review_store import PackageError

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
    from .review.serve import serve
    from .store.review_store import Package, PackageError

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
    from .review import merge_back
    from .store.review_store import PackageError

    failed = False
    with open_project(project) as p:
        for pakket in pakketten:
            try:
                result = merge_back(p, pakket)
            except PackageError as exc:
                err.print(f"MISLUKT  {escape(pakket)}: {escape(str(exc))}")
                failed = True
                continue
            console.print(f"{escape(pakket)}: {result['oordelen']} oordelen van {result['reviewers']} reviewer(s), {result['nieuw']} nieuw of gewijzigd.")
    if failed:
        sys.exit(1)


@review.command("overzicht", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Als JSON.")
def review_summary(project, as_json) -> None:
    """Instemming van reviewers met de codering, per code.

    Voorbeeld: werkplaats review overzicht onderzoek.wpl
    """
    from .review import agreement

    with open_project(project) as p:
        rows = agreement(p)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title="Oordelen van reviewers per code", title_justify="left")
    for col in ("Code", "Past", "Past niet", "Twijfel", "Mist iets", "Instemming"):
        table.add_column(col, justify="left" if col == "Code" else "right")
    for r in rows:
        table.add_row(escape(r["naam"]), str(r["past"]), str(r["past_niet"]), str(r["twijfel"]), str(r["mist"]),
                      "–" if r["instemming"] is None else f"{r['instemming']:.0%}")
    console.print(table)


def _register_optional_commands() -> None:
    """Commands that live in their own modules (exchange, export, NLP)."""
    from .cli_exchange import merge_cmd, overeenstemming, qdpx_export, qdpx_import

    for command in (merge_cmd, overeenstemming, qdpx_import):
        cli.add_command(command)
    try:
        from .cli_export import export
    except ImportError:  # pragma: no cover - the export module is part of the package
        export = click.Group("export", help="Exporteren.\n\nVoorbeeld: werkplaats export qdpx onderzoek.wpl -o uit.qdpx")
    export.add_command(qdpx_export)
    cli.add_command(export)
    try:
        from .cli_nlp import beslis, model, nlp, suggest
    except ImportError:
        return
    for command in (suggest, beslis, model, nlp):
        cli.add_command(command)


_register_optional_commands()


def _dutch_help_options(command: click.Command) -> None:
    """Every command's -h/--help says so in Dutch (click's own text is English)."""
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


_dutch_help_options(cli)


def main() -> None:
    cli(prog_name="werkplaats")


if __name__ == "__main__":
    main()
