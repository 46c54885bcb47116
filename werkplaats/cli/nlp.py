"""Commands for spaCy-assisted coding: ``stel-voor``, ``beslis``, ``model train|evalueer``, ``nlp info|annoteer``.

Every command opens a project, calls one function of :mod:`werkplaats.nlp`
and prints the result. spaCy and scikit-learn are imported inside the
commands, never when this module is imported.
"""

from __future__ import annotations

import json

import click

from .common import (
    CONTEXT,
    Group,
    coder_option,
    coders_option,
    console,
    echo_json,
    err,
    escape,
    json_option,
    new_table,
    option,
    project_argument,
)
from .common import fail as _fail
from .common import open_project as _open

MODEL_OPTION = click.option("--model", "model", metavar="PIJPLIJN",
                            help="spaCy-pijplijn: een map (nlp.to_disk) of een geïnstalleerd pakket (bijv. nl_core_news_sm).")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def pipeline_for(project, model: str | None):
    """The Dutch pipeline for ``project`` (``--model`` or the one the project uses)."""
    from ..nlp.load import NlpError, for_project

    try:
        return for_project(project, model)
    except NlpError as exc:
        _fail(exc)


_pipeline = pipeline_for


# -- werkplaats stel-voor ------------------------------------------------------------------------


@click.command("stel-voor", context_settings=CONTEXT)
@project_argument
@click.option("--code", "code_id", help="Alleen deze code: de segmenten die er het best bij passen (lesmodus).")
@click.option("--document", "document", type=int, help="Alleen dit document (id).")
@click.option("--segment", "segment", type=int, help="Alleen dit segment (id).")
@click.option("--top", type=int, default=3, show_default=True,
              help="Aantal codes per segment (met --code: aantal segmenten).")
@click.option("--drempel", "min_score", type=float,
              help="Minimale score (standaard: 0,4 = 40% kans dat de code klopt met een getraind model, 0,3 zonder).")
@click.option("--interactief", "-i", is_flag=True,
              help="Loop de suggesties één voor één langs: a accepteren, x afwijzen, g geen code, n volgende, q stoppen.")
@json_option("Eén JSON-object per suggestie (JSON Lines).")
@coder_option("Naam van de codeur (haar coderingen en afwijzingen worden overgeslagen).")
@MODEL_OPTION
def stel_voor(project, code_id, document, segment, top, min_score, interactief, as_json, coder, model) -> None:
    """Stel codes voor bij nog niet gecodeerde segmenten, met uitleg.

    Trefwoorden uit het codeboek worden op lemma's gezocht ("schulden" vindt
    "schuld"); na 'werkplaats model train' telt ook het geleerde model mee.

    Elke suggestie noemt het stuk tekst waar ze over gaat (de zin of zinnen
    met de meeste aanwijzingen) met begin en eind; accepteren codeert dat stuk.

    Voorbeeld: werkplaats stel-voor onderzoek.wpl --code cl.basisvoorwaarden --top 10
    """
    from ..nlp.load import NlpError
    from ..nlp.suggest import suggest as run_suggest
    from ..store import StoreError

    with _open(project) as p:
        pipeline = _pipeline(p, model)
        try:
            items = run_suggest(p, coder, document_id=document, segment_id=segment, code_id=code_id,
                                top=top, min_score=min_score, pipeline=pipeline)
            if interactief and not as_json:
                _walk(p, coder, items)
                return
        except (NlpError, StoreError) as exc:
            _fail(exc)
    if as_json:
        for s in items:
            echo_json({
                "document_id": s.document_id, "title": s.title, "filename": s.filename, "segment_id": s.segment_id,
                "start": s.start, "end": s.end, "text": s.text, "code_id": s.code_id, "code": s.code_name,
                "score": s.score, "explanation": s.explanation,
            })
        return
    for s in items:
        _show(s)
    console.print(f"{len(items)} suggestie(s).")


def _show(s, index: int | None = None, total: int | None = None) -> None:
    text = s.text if len(s.text) <= 160 else s.text[:157] + "…"
    where = f"[{index}/{total}] " if index is not None else ""
    console.print(f"{where}[bold]{escape(s.code_name)}[/bold] [dim]({escape(s.code_id)})[/dim]  {s.score:.2f}  "
                  f"[dim]{escape(s.title)} · segment {s.segment_id} ({s.start}–{s.end})[/dim]")
    console.print(f"  {escape(text)}")
    console.print(f"  [italic]{escape(s.explanation)}[/italic]")


def _walk(project, coder: str, items: list) -> None:
    """The interactive loop of ``stel-voor --interactief``: one decision per suggestion."""
    from ..nlp.suggest import accept, mark_no_code, reject

    counts = {"a": 0, "x": 0, "g": 0}
    done_segments: set[int] = set()
    for i, s in enumerate(items, 1):
        if s.segment_id in done_segments:  # reviewed as "geen code" a moment ago
            continue
        _show(s, i, len(items))
        choice = click.prompt("  a accepteren · x afwijzen · g geen code · n volgende · q stoppen",
                              type=click.Choice(["a", "x", "g", "n", "q"]), default="n", show_choices=False)
        if choice == "q":
            break
        if choice == "a":
            accept(project, coder, s)
        elif choice == "x":
            reject(project, coder, s)
        elif choice == "g":
            mark_no_code(project, coder, s.segment_id)
            done_segments.add(s.segment_id)
        if choice in counts:
            counts[choice] += 1
    console.print(f"{counts['a']} geaccepteerd, {counts['x']} afgewezen, {counts['g']} × geen code "
                  "(ongedaan maken: u in de TUI, of 'werkplaats beslis … --terug' voor afwijzingen).")


@click.command(context_settings=CONTEXT)
@project_argument
@click.option("--segment", "segment", type=int, required=True, help="Het segment (id, zoals 'stel-voor' het noemt).")
@click.option("--code", "code_id", help="De code (id).")
@option("--accepteer", "action", flag_value="accepteer", help="Codeer het voorgestelde stuk met de code.")
@option("--wijs-af", "action", old=("--afwijzen",), flag_value="wijs-af", help="De code past niet (telt als tegenvoorbeeld).")
@option("--geen-code", "action", flag_value="geen-code", help="Geen enkele code past bij dit segment.")
@option("--terug", "action", flag_value="terug", help="Neem een afwijzing (met --code) of 'geen code' terug.")
@coder_option()
@MODEL_OPTION
def beslis(project, segment, code_id, action, coder, model) -> None:
    """Beslis over een suggestie: accepteren, afwijzen, 'geen code', of terugnemen.

    Accepteren codeert het stuk van het segment waar de suggestie over gaat
    (herkomst 'suggested'); afwijzingen en 'geen code' leert het model bij de
    volgende training als tegenvoorbeelden.

    Voorbeeld: werkplaats beslis onderzoek.wpl --segment 412 --code cl.basisvoorwaarden --wijs-af
    """
    from ..nlp.load import NlpError
    from ..nlp.suggest import accept, mark_no_code, reject, suggestion_for, undo_decision
    from ..store import CodingError, StoreError

    if action is None:
        raise click.UsageError("Kies --accepteer, --wijs-af, --geen-code of --terug.")
    if action in ("accepteer", "wijs-af") and not code_id:
        raise click.UsageError(f"--{action} heeft --code nodig.")
    name = coder
    with _open(project) as p:
        try:
            p.documents.segment(segment)
            if action == "geen-code":
                mark_no_code(p, name, segment)
                console.print(f"Segment {segment}: geen code (codeur {escape(name)}).")
            elif action == "terug":
                decision = p.nlp.find_decision(segment, code_id, name)
                if decision is None:
                    what = f"afwijzing van '{code_id}'" if code_id else "'geen code'"
                    _fail(f"Er is geen {what} van {name} voor segment {segment}.")
                undo_decision(p, decision)
                console.print(f"Teruggenomen voor segment {segment}.")
            else:
                s = suggestion_for(p, segment, code_id, _pipeline(p, model))
                if action == "accepteer":
                    accept(p, name, s)
                    console.print(f"Gecodeerd met '{escape(code_id)}': {escape(s.title)} ({s.start}–{s.end}).")
                else:
                    reject(p, name, s)
                    console.print(f"Afgewezen: '{escape(code_id)}' voor segment {segment} ({s.start}–{s.end}).")
        except (NlpError, StoreError, CodingError) as exc:
            _fail(exc)


# -- werkplaats model ----------------------------------------------------------------------------


@click.group(cls=Group, aliases={"evaluate": "evalueer"}, context_settings=CONTEXT)
def model() -> None:
    """Het geleerde suggestiemodel: trainen en meten.

    Het model wordt in het projectbestand bewaard en reist dus mee.

    Voorbeeld: werkplaats model train onderzoek.wpl
    """


@model.command("train", context_settings=CONTEXT)
@project_argument
@coders_option("Alleen de coderingen van deze codeur(s); mag vaker.")
@MODEL_OPTION
def model_train(project, coders, model) -> None:
    """Train het model op de coderingen (positief) en afwijzingen (negatief).

    Voorbeeld: werkplaats model train onderzoek.wpl
    """
    from ..nlp.load import NlpError
    from ..nlp.suggest import train

    with _open(project) as p:
        pipeline = _pipeline(p, model)
        last = {}
        try:
            for last in train(p, pipeline=pipeline, coders=list(coders) or None):
                if last["klaar"] < last["totaal"]:
                    err.print(f"[dim]{last['klaar'] + 1}/{last['totaal']} {escape(last['stap'])}…[/dim]")
        except NlpError as exc:
            _fail(exc)
    info = last.get("model") or {}
    meta = info.get("meta", {})
    console.print(
        f"Model getraind: {meta.get('segmenten', 0)} segmenten ({meta.get('eenheden', 0)} zinnen of segmenten als "
        f"eenheid), {meta.get('positief', 0)} coderingen, "
        f"{meta.get('afgewezen', 0)} afwijzingen, {meta.get('geen_code', 0)} × geen code; "
        f"{len(meta.get('codes', {}))} codes met een eigen model; {info.get('bytes', 0) // 1024} kB in het project."
    )


def _metrics_table(title: str, result: dict, names: dict[str, str]):
    table = new_table(title=title, title_justify="left")
    for col in ("Code", "Precisie@1", "Precisie@3", "Recall@3", "Voorgesteld", "Goed", "Gold"):
        table.add_column(col, justify="left" if col == "Code" else "right")
    for code, r in result["per_code"].items():
        table.add_row(escape(names.get(code, code)), _pct(r["p@1"]), _pct(r["p@3"]), _pct(r["r@3"]),
                      str(r["voorgesteld"]), str(r["goed"]), str(r["gold"]))
    t = result["totaal"]
    table.add_row("[bold]Totaal[/bold]", _pct(t["p@1"]), _pct(t["p@3"]), _pct(t["r@3"]), str(t["voorgesteld"]),
                  str(t["goed"]), str(t["gold"]))
    return table


@model.command("evalueer", context_settings=CONTEXT)
@project_argument
@option("-k", "--delen", "k", old=("--folds",), type=int, default=5, show_default=True,
        help="Aantal delen (documenten) voor kruisvalidatie.")
@click.option("--helft", is_flag=True, help="Train op de helft van de documenten, meet op de andere helft.")
@click.option("--alle-segmenten", is_flag=True, help="Meet op alle segmenten (ongecodeerd telt als 'geen code').")
@coders_option("Alleen de coderingen van deze codeur(s); mag vaker.")
@json_option("Het resultaat als één JSON-document.")
@MODEL_OPTION
def model_evaluate(project, k, helft, alle_segmenten, coders, as_json, model) -> None:
    """Meet hoe goed de suggesties zijn (kruisvalidatie over de coderingen).

    Per code en in totaal: precisie@1 en precisie@3 (het deel van de getoonde
    suggesties dat klopt) en recall@3 (het deel van de coderingen dat in de
    top 3 staat); voor trefwoorden alleen en voor de gecombineerde rangorde.

    Voorbeeld: werkplaats model evalueer onderzoek.wpl -k 5
    """
    from ..nlp.load import NlpError
    from ..nlp.quality import halves
    from ..nlp.suggest import evaluate, holdout
    from ..store import StoreError

    with _open(project) as p:
        pipeline = _pipeline(p, model)
        try:
            if helft:
                train_docs, test_docs = halves(p)
                result = holdout(p, train_docs, test_docs, pipeline=pipeline, coders=list(coders) or None,
                                 all_segments=alle_segmenten)
                result.pop("aantallen", None)
            else:
                result = evaluate(p, k, pipeline=pipeline, coders=list(coders) or None, all_segments=alle_segmenten)
        except (NlpError, StoreError) as exc:
            _fail(exc)
        names = {c["id"]: c["name"] for c in p.codes.list()}
    if as_json:
        echo_json(result, indent=2)
        return
    how = "helft/helft" if helft else f"{result['folds']}-voudige kruisvalidatie"
    console.print(_metrics_table(f"Trefwoorden uit het codeboek ({how})", result["woorden"], names))
    console.print(_metrics_table(f"Gecombineerd: trefwoorden + model ({how})", result["gecombineerd"], names))
    spans = result.get("zinnen") or {}
    if spans.get("voorgesteld"):
        console.print(f"Van de getoonde suggesties is het voorgestelde stuk zelf (de zin of zinnen) met die code "
                      f"gecodeerd: {spans['goed']} van {spans['voorgesteld']} ({_pct(spans['precisie'])}).")


# -- werkplaats nlp -----------------------------------------------------------------------------------


@click.group(cls=Group, aliases={"annotate": "annoteer"}, context_settings=CONTEXT)
def nlp() -> None:
    """De Nederlandse taalpijplijn (spaCy): welke er gebruikt wordt, lemma's opslaan.

    Voorbeeld: werkplaats nlp info onderzoek.wpl
    """


@nlp.command("info", context_settings=CONTEXT)
@click.argument("project", type=click.Path(dir_okay=False), required=False)
@json_option("Eén JSON-document, voor scripts.")
@MODEL_OPTION
def nlp_info(project, as_json, model) -> None:
    """Toon welke pijplijn gebruikt wordt en wat ze levert.

    Voorbeeld: werkplaats nlp info onderzoek.wpl
    """
    from ..nlp.load import NlpError, load
    from ..nlp.suggest import model_info

    data = {}
    if project:
        with _open(project) as p:
            pipeline = _pipeline(p, model)
            done, total = p.nlp.annotation_counts()
            info = model_info(p)
            data = pipeline.describe() | {"geannoteerd": done, "segmenten": total,
                                          "model": None if info is None else {k: info[k] for k in ("kind", "trained_at", "bytes")}
                                          | {"meta": info["meta"]}}
    else:
        try:
            data = load(model).describe()
        except NlpError as exc:
            _fail(exc)
    if as_json:
        echo_json(data, indent=2)
        return
    kind = "terugval" if data["terugval"] else data["bron"]
    console.print(f"Pijplijn: [bold]{escape(data['pijplijn'])}[/bold] ({escape(kind)}; {escape(data['id'])})")
    console.print(f"spaCy {data['spacy_version']} (pijplijn vraagt {data['spacy_version_vereist']})")
    console.print(f"Onderdelen: {escape(', '.join(data['onderdelen']))}")
    console.print(f"Levert: {escape(', '.join(data['levert']) or 'alleen woorden')}; lemmatizer: {escape(data['lemmatizer'])}")
    for note in data["opmerkingen"]:
        console.print(f"[dim]{escape(note)}[/dim]")
    if "geannoteerd" in data:
        console.print(f"Lemma's opgeslagen: {data['geannoteerd']} van {data['segmenten']} segmenten.")
        m = data["model"]
        if m:
            console.print(f"Model: {escape(m['kind'])}, getraind {escape(m['trained_at'])}, "
                          f"{len(m['meta'].get('codes', {}))} codes, {m['bytes'] // 1024} kB.")
        else:
            console.print("Model: nog niet getraind (werkplaats model train).")


@nlp.command("annoteer", context_settings=CONTEXT)
@project_argument
@click.option("--opnieuw", is_flag=True, help="Alle lemma's opnieuw maken (bijv. na een andere pijplijn).")
@MODEL_OPTION
def nlp_annotate(project, opnieuw, model) -> None:
    """Bepaal en bewaar de lemma's van alle segmenten (voor zoeken en suggesties).

    Alleen segmenten zonder lemma's worden verwerkt, tenzij --opnieuw.

    Voorbeeld: werkplaats nlp annoteer onderzoek.wpl
    """
    import time

    from ..nlp.annotate import annotate

    with _open(project) as p:
        pipeline = _pipeline(p, model)
        started = time.perf_counter()
        result = annotate(p, pipeline, force=opnieuw,
                          progress=lambda done, total: err.print(f"[dim]{done}/{total} segmenten[/dim]"))
        seconds = time.perf_counter() - started
    console.print(f"{result['new']} segmenten geannoteerd in {seconds:.1f} s met {escape(result['pipeline'])}; "
                  f"{result['annotated']} van {result['segments']} hebben lemma's."
                  + (" (Alles opnieuw: andere pijplijn of --opnieuw.)" if result["redone"] else ""))


@nlp.command("zoek", context_settings=CONTEXT, hidden=True)
@project_argument
@click.argument("zoekvraag")
@json_option("Eén JSON-object per treffer (JSON Lines).")
@click.option("--begin", "prefix", is_flag=True, help="Ook langere woorden die zo beginnen (samenstellingen).")
@click.option("--max", "limit", type=int, default=100, show_default=True, help="Maximaal aantal treffers (0 = alle).")
@MODEL_OPTION
def nlp_search(project, zoekvraag, as_json, prefix, limit, model) -> None:
    """Zoek op lemma's: 'schuld' vindt ook 'schulden'; "woordgroepen" werken ook.

    Oude naam van 'werkplaats zoek --lemma' (standaard hier: alleen hele woorden).

    Voorbeeld: werkplaats zoek onderzoek.wpl "schulden aflossen" --lemma --exact
    """
    from ..nlp.search import lemma_search
    from ..store import StoreError
    from .search import print_hits

    with _open(project) as p:
        pipeline = _pipeline(p, model)
        try:
            hits = lemma_search(p, zoekvraag, limit or None, prefix=prefix, pipeline=pipeline)
        except (ValueError, StoreError) as exc:
            _fail(exc)
    if as_json:
        for h in hits:
            echo_json({k: v for k, v in h.items() if k != "snippet"})
        return
    print_hits(hits, limit)
