"""``werkplaats pseudo``: find personal data and show documents pseudonymised."""

from __future__ import annotations

import click

from .common import CONTEXT, console, echo_text, err, fail, open_project, plural, project_argument


@click.command(context_settings=CONTEXT)
@project_argument
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
    from ..codings_io import DocumentIndex
    from ..pseudo import LABELS, Pseudonymiser
    from ..pseudo.rules import PERSON

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
                fail(exc)
            if always or never:
                ps.detect([doc_id])
            echo_text(ps.document_text(doc_id))
            return
        docs = p.documents.list()
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
