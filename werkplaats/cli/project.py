"""``werkplaats nieuw``, ``info`` and ``demo``: creating and describing a project."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import (
    CONTEXT,
    console,
    echo_json,
    err,
    escape,
    fail,
    json_option,
    new_table,
    number,
    open_project,
    option,
    plural,
    project_argument,
)
from .importing import print_report


@click.command("nieuw", context_settings=CONTEXT)
@project_argument
def nieuw(project: str) -> None:
    """Maak een nieuw, leeg projectbestand.

    Voorbeeld: werkplaats nieuw onderzoek.wpl
    """
    from ..store import Project, StoreError

    try:
        Project.create(project).close()
    except StoreError as exc:
        fail(exc)
    console.print(f"Project aangemaakt: {escape(project)}")


@click.command(context_settings=CONTEXT)
@project_argument
@json_option("Eén JSON-document, voor scripts.")
def info(project: str, as_json: bool) -> None:
    """Tel documenten, segmenten, woorden en sprekers per regio, type en casus.

    Voorbeeld: werkplaats info onderzoek.wpl --json
    """
    with open_project(project) as p:
        data = p.info()
    if as_json:
        echo_json(data, indent=2)
        return
    console.print(
        f"[bold]{escape(project)}[/bold]: {plural(data['documents'], 'document', 'documenten')}, "
        f"{plural(data['segments'], 'segment', 'segmenten')}, {plural(data['words'], 'woord', 'woorden')}, "
        f"{plural(data['cases'], 'casus', 'casussen')}, {plural(data['speakers'], 'spreker', 'sprekers')}"
    )
    for key, title in (("per_region", "Regio"), ("per_type", "Soort bron"), ("per_case", "Casus")):
        table = new_table(title=f"Per {title.lower()}", title_justify="left")
        table.add_column(title)
        table.add_column("Documenten", justify="right")
        table.add_column("Woorden", justify="right")
        for name, counts in data[key].items():
            table.add_row(escape(str(name)), str(counts["documents"]), str(counts["words"]))
        console.print(table)
    if data["speaker_turns"]:
        console.print("Sprekers (beurten): " + ", ".join(f"{escape(s['speaker'])} ({s['turns']})" for s in data["speaker_turns"][:20]))


@click.command(context_settings=CONTEXT)
@click.option("-o", "--uitvoer", "output", type=click.Path(dir_okay=False), help="Projectbestand (standaard demo.wpl).")
@option("--zonder-tui", "no_tui", old=("--no-tui",), is_flag=True, help="Alleen bouwen en een samenvatting tonen.")
def demo(output: str | None, no_tui: bool) -> None:
    """Bouw een demoproject uit de fictieve demo-corpus en codeboek.

    Voorbeeld: werkplaats demo -o demo.wpl --zonder-tui
    """
    from ..demo import build_demo, free_path
    from ..ingest import ManifestError
    from ..store import StoreError

    if output and Path(output).exists():
        fail(f"'{output}' bestaat al; kies een andere naam met -o (bestaande bestanden worden nooit overschreven).")
    path = Path(output) if output else free_path(Path("demo.wpl"))
    try:
        report = build_demo(path)
    except (FileNotFoundError, ManifestError, StoreError) as exc:
        fail(exc)
    print_report(report)
    if report.gold and (report.gold[0] or report.gold[1]):
        applied, problems = report.gold
        console.print(f"Goudstandaard-codering toegepast: {plural(applied, 'codering', 'coderingen')} (codeur 'gold').")
        for problem in problems[:10]:
            err.print(f"  let op: {escape(problem)}")
    with open_project(str(path)) as p:
        data = p.info()
    console.print(f"Demoproject: {escape(str(path))} — {data['documents']} documenten, {number(data['words'])} woorden, {data['cases']} casussen.")
    for name, counts in data["per_region"].items():
        console.print(f"  {escape(name)}: {counts['documents']} documenten, {number(counts['words'])} woorden")
    if not report.ok:
        sys.exit(1)
    if not no_tui:
        if not sys.stdout.isatty():
            console.print(f"Geen terminal: open het project later met 'werkplaats tui {path}'.")
            return
        from ..config import resolve_coder as coder_name
        from ..tui.app import run as run_tui

        run_tui(path, coder_name(None))
