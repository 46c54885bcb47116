"""``werkplaats zoek``: full-text search (FTS5), or by lemma with ``--lemma``."""

from __future__ import annotations

import json

import click

from .common import CONTEXT, console, echo_json, escape, fail, json_option, open_project, project_argument
from .nlp import MODEL_OPTION, pipeline_for

JSON_FIELDS = ("document_id", "title", "filename", "region", "case_name", "segment_id", "start", "end", "speaker",
               "timestamp", "kind", "text")


def print_hits(hits: list[dict], limit: int | None) -> None:
    """Search hits with their place and the match highlighted."""
    from ..search import HIGHLIGHT_END, HIGHLIGHT_START

    for h in hits:
        where = " · ".join(x for x in (h["region"], h["case_name"], h["title"]) if x)
        who = f"{h['speaker']}: " if h["speaker"] else ""
        snippet = escape(h["snippet"]).replace(HIGHLIGHT_START, "[reverse]").replace(HIGHLIGHT_END, "[/reverse]")
        console.print(f"[bold]{escape(where)}[/bold] [dim]({h['start']}–{h['end']})[/dim]")
        console.print(f"  {escape(who)}{snippet}")
    console.print(f"{len(hits)} treffer(s)" + (f" (maximaal {limit} getoond)" if limit and len(hits) == limit else ""))


@click.command("zoek", context_settings=CONTEXT)
@project_argument
@click.argument("zoekvraag")
@json_option("Eén JSON-object per treffer (JSON Lines).")
@click.option("--exact", is_flag=True, help="Alleen hele woorden (anders vindt 'schuld' ook 'schuldhulp').")
@click.option("--max", "limit", type=int, default=100, show_default=True, help="Maximaal aantal treffers (0 = alle).")
@click.option("--lemma", is_flag=True, help="Zoek op grondvorm: 'schuld' vindt ook 'schulden' (spaCy).")
@MODEL_OPTION
def zoek(project: str, zoekvraag: str, as_json: bool, exact: bool, limit: int, lemma: bool, model: str | None) -> None:
    """Zoek in alle tekst (SQLite FTS5); treffers met context.

    Woorden moeten allemaal voorkomen; gebruik "aanhalingstekens" voor een
    woordgroep, OR en NOT voor combinaties; --lemma zoekt op grondvorm.

    Voorbeeld: werkplaats zoek onderzoek.wpl "schuldhulp"
    """
    from ..search import search
    from ..store import StoreError

    with open_project(project) as p:
        try:
            if lemma:
                from ..nlp.search import lemma_search

                pipeline = pipeline_for(p, model) if model else None
                hits = lemma_search(p, zoekvraag, limit=limit or None, prefix=not exact, pipeline=pipeline)
            else:
                hits = search(p, zoekvraag, prefix=not exact, limit=limit or None)
        except (ValueError, StoreError) as exc:
            fail(exc)
    if as_json:
        for h in hits:
            echo_json({k: h[k] for k in JSON_FIELDS})
        return
    print_hits(hits, limit)
