"""``werkplaats search``: full-text search (FTS5) or by lemma."""

from __future__ import annotations

import json

import click
from rich.markup import escape

from ..search import HIGHLIGHT_END, HIGHLIGHT_START, search as run_search
from ..store import StoreError
from .common import CONTEXT, console, open_project


def _highlight(snippet: str) -> str:
    return escape(snippet).replace(HIGHLIGHT_START, "[reverse]").replace(HIGHLIGHT_END, "[/reverse]")


@click.command(context_settings=CONTEXT)
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
                from ..nlp.search import lemma_search

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
