"""Inter-coder agreement: percent agreement, Cohen's kappa and Krippendorff's alpha.

Per code, every unit gets a binary value per coder: did this coder apply the
code to (part of) the unit? Units are

- ``segment``: the segments of the documents (speaker turns, paragraphs); a
  coding counts for every segment it overlaps;
- ``teken``: characters (span-level agreement); a character counts when a
  coding of the code covers it.

A coder who has not coded anything in a document has not seen it: his values
for that document are *missing* (Krippendorff's alpha allows that; kappa and
percent agreement use the units that both / at least two coders have seen).

The overall figures pool all (unit, code) pairs. Everything is computed from
counts of (coders present, coders with the code) per unit, so 50,000 segments
and three coders take well under a second; characters are handled as runs.

Figures are checked in the tests against scikit-learn's ``cohen_kappa_score``
and the ``krippendorff`` package.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..store import Project

SEGMENT = "segment"
CHARACTER = "teken"
UNITS = (SEGMENT, CHARACTER)


class AgreementError(ValueError):
    """Agreement that cannot be computed; the message is Dutch."""


@dataclass
class Figures:
    """The figures for one code (or all codes pooled)."""

    code_id: str | None
    name: str
    units: float = 0  # pairable units (at least two coders present)
    coded: float = 0  # pairable units that at least one coder gave this code
    percent: float = math.nan
    kappa: float | None = None  # only with exactly two coders
    alpha: float = math.nan
    # (coders present m, coders with the code k) → number of units (characters for 'teken')
    pattern: Counter = field(default_factory=Counter, repr=False)
    # two coders: (value coder 1, value coder 2) → units
    table: Counter = field(default_factory=Counter, repr=False)


@dataclass
class Agreement:
    coders: list[str]
    unit: str
    codes: list[Figures]
    overall: Figures


def _alpha(pattern: Counter) -> float:
    """Krippendorff's alpha (nominal, binary values) from unit patterns (m, k) → weight."""
    o01 = n0 = n1 = 0.0
    for (m, k), w in pattern.items():
        if m < 2:
            continue
        o01 += w * k * (m - k) / (m - 1)
        n1 += w * k
        n0 += w * (m - k)
    n = n0 + n1
    if n0 == 0 or n1 == 0:
        return math.nan  # one value only: alpha is undefined
    return 1.0 - (n - 1) * o01 / (n0 * n1)


def _percent(pattern: Counter) -> float:
    total = agree = 0.0
    for (m, k), w in pattern.items():
        if m < 2:
            continue
        total += w
        if k == 0 or k == m:
            agree += w
    return agree / total if total else math.nan


def _kappa(table: Counter) -> float:
    """Cohen's kappa from a 2×2 table {(a, b): weight} (as scikit-learn computes it)."""
    total = sum(table.values())
    if not total:
        return math.nan
    po = (table[(1, 1)] + table[(0, 0)]) / total
    a1 = (table[(1, 1)] + table[(1, 0)]) / total
    b1 = (table[(1, 1)] + table[(0, 1)]) / total
    pe = a1 * b1 + (1 - a1) * (1 - b1)
    if pe == 1:
        return math.nan
    return (po - pe) / (1 - pe)


def _finish(fig: Figures, two: bool) -> Figures:
    fig.units = sum(w for (m, _), w in fig.pattern.items() if m >= 2)
    fig.coded = sum(w for (m, k), w in fig.pattern.items() if m >= 2 and k > 0)
    fig.percent = _percent(fig.pattern)
    fig.alpha = _alpha(fig.pattern)
    fig.kappa = _kappa(fig.table) if two else None
    return fig


def _intervals(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def compute(
    coders: list[str],
    codings: Iterable[tuple[int, int, int, str, str]],
    segments: dict[int, list[tuple[int, int]]],
    lengths: dict[int, int],
    codes: list[str],
    unit: str = SEGMENT,
    names: dict[str, str] | None = None,
    seen: dict[str, set[int]] | None = None,
) -> Agreement:
    """Agreement from plain data: codings are (document, start, end, code, coder) tuples.

    ``seen`` gives per coder the documents he has seen; by default the
    documents in which he coded anything.
    """
    if unit not in UNITS:
        raise AgreementError(f"Onbekende eenheid '{unit}': kies segment of teken.")
    if len(coders) < 2:
        raise AgreementError("Overeenstemming vraagt minstens twee codeurs.")
    if len(set(coders)) != len(coders):
        raise AgreementError("Een codeur staat dubbel in de lijst.")
    names = names or {}
    index = {c: i for i, c in enumerate(coders)}
    code_set = set(codes)
    by_code: dict[str, dict[int, dict[int, list[tuple[int, int]]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    doc_seen: dict[int, set[int]] = defaultdict(set)
    for doc, start, end, code, coder in codings:
        if coder not in index:
            continue
        doc_seen[doc].add(index[coder])
        if code in code_set:
            by_code[code][doc][index[coder]].append((start, end))
    if seen is not None:
        doc_seen = defaultdict(set)
        for coder, docs in seen.items():
            if coder in index:
                for d in docs:
                    doc_seen[d].add(index[coder])
    present = {d: len(s) for d, s in doc_seen.items()}
    two = len(coders) == 2
    # Units per number of coders present (all codes share them).
    base: Counter = Counter()
    for doc, m in present.items():
        base[m] += len(segments.get(doc, [])) if unit == SEGMENT else lengths.get(doc, 0)
    # For two coders: the units both have seen.
    both_docs = [d for d, s in doc_seen.items() if len(s) == 2] if two else []
    base_two = sum(len(segments.get(d, [])) if unit == SEGMENT else lengths.get(d, 0) for d in both_docs)
    starts = {d: [s for s, _ in segs] for d, segs in segments.items()} if unit == SEGMENT else {}
    overall = Figures(None, "Alle codes")
    results = []
    for code in codes:
        fig = Figures(code, names.get(code, code))
        counts: Counter = Counter()  # (m, k) for units where k > 0
        coded_units: Counter = Counter()  # m → units with k > 0
        for doc, per_coder in by_code.get(code, {}).items():
            m = present.get(doc, 0)
            if unit == SEGMENT:
                segs = segments.get(doc, [])
                hits: dict[int, set[int]] = defaultdict(set)
                for c, spans in per_coder.items():
                    for s, e in spans:
                        i = max(bisect.bisect_right(starts[doc], s) - 1, 0)
                        while i < len(segs) and segs[i][0] < e:
                            if segs[i][1] > s or (segs[i][0] == segs[i][1] == s):
                                hits[i].add(c)
                            i += 1
                for i, who in hits.items():
                    counts[(m, len(who))] += 1
                    coded_units[m] += 1
                    if two and m == 2:
                        fig.table[(1 if 0 in who else 0, 1 if 1 in who else 0)] += 1
            else:
                events: list[tuple[int, int, int]] = []
                for c, spans in per_coder.items():
                    for s, e in _intervals(list(spans)):
                        events.append((s, 1, c))
                        events.append((e, -1, c))
                events.sort()
                active: Counter = Counter()
                last = None
                for position, delta, c in events:
                    if last is not None and position > last and active:
                        k = len(active)
                        w = position - last
                        counts[(m, k)] += w
                        coded_units[m] += w
                        if two and m == 2:
                            fig.table[(1 if 0 in active else 0, 1 if 1 in active else 0)] += w
                    active[c] += delta
                    if active[c] <= 0:
                        del active[c]
                    last = position
        for m, total in base.items():
            rest = total - coded_units.get(m, 0)
            if rest:
                counts[(m, 0)] += rest
        if two:
            fig.table[(0, 0)] += base_two - sum(fig.table.values())
        fig.pattern = counts
        results.append(_finish(fig, two))
        overall.pattern.update(counts)
        overall.table.update(fig.table)
    _finish(overall, two)
    return Agreement(list(coders), unit, results, overall)


def agreement(project: Project, coders: list[str], codes: list[str] | None = None, unit: str = SEGMENT) -> Agreement:
    """Agreement between ``coders`` in ``project`` per code (default: every code either of them used)."""
    known = set(project.codings.coders()) | set(project.memos.authors())  # anyone who wrote something
    unknown = [c for c in coders if c not in known]
    if unknown:
        raise AgreementError(f"Onbekende codeur(s): {', '.join(unknown)}. Codeurs in dit project: "
                             f"{', '.join(sorted(known)) or '(geen)'}.")
    code_rows = project.codes.list()
    names = {r["id"]: r["name"] for r in code_rows}
    if codes:
        expanded = []
        for wanted in codes:
            if wanted not in names:
                raise AgreementError(f"Onbekende code '{wanted}'.")
            expanded.append(wanted)
        codes = expanded
    codings = project.codings.spans(coders)
    if not codes:
        used = {c[3] for c in codings}
        codes = [r["id"] for r in code_rows if r["id"] in used]
    segments = _segment_spans(project) if unit == SEGMENT else {}
    lengths = project.documents.lengths() if unit == CHARACTER else {}
    return compute(coders, codings, segments, lengths, codes, unit, names)


def _segment_spans(project: Project) -> dict[int, list[tuple[int, int]]]:
    """Per document: the ``(start, end)`` of its segments, in order."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for seg in project.documents.segments_of(with_text=False):
        spans.setdefault(seg["document_id"], []).append((seg["start"], seg["end"]))
    return spans


def disagreements(project: Project, coders: list[str], codes: list[str] | None = None) -> list[dict]:
    """Segments where the coders differ: document, segment span and who coded what (for discussion)."""
    codings = project.codings.spans(coders, codes)
    segments = _segment_spans(project)
    starts = {d: [s for s, _ in segs] for d, segs in segments.items()}
    seen: dict[int, set[str]] = defaultdict(set)
    given: dict[tuple[int, int], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, s, e, code, coder in codings:
        seen[doc].add(coder)
        segs = segments.get(doc, [])
        i = max(bisect.bisect_right(starts.get(doc, []), s) - 1, 0)
        while i < len(segs) and segs[i][0] < e:
            if segs[i][1] > s:
                given[(doc, i)][coder].add(code)
            i += 1
    result = []
    for (doc, i), per_coder in sorted(given.items()):
        present = [c for c in coders if c in seen[doc]]
        if len(present) < 2:
            continue
        sets = [frozenset(per_coder.get(c, set())) for c in present]
        if len(set(sets)) > 1:
            start, end = segments[doc][i]
            result.append({"document_id": doc, "segment": i, "start": start, "end": end,
                           "codes": {c: sorted(per_coder.get(c, set())) for c in present}})
    return result


def fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and math.isnan(value):
        return "n.v.t."
    return f"{value:.3f}".replace(".", ",")


def rows(result: Agreement) -> list[list[str]]:
    """Table rows (Dutch headers first) for the terminal, docx and xlsx."""
    header = ["Code", "Eenheden", "Met code", "Overeenstemming"]
    if len(result.coders) == 2:
        header.append("Cohens kappa")
    header.append("Krippendorffs alfa")
    out = [header]
    for fig in result.codes + [result.overall]:
        row = [fig.name, f"{fig.units:.0f}", f"{fig.coded:.0f}",
               "n.v.t." if math.isnan(fig.percent) else f"{fig.percent:.1%}".replace(".", ",")]
        if len(result.coders) == 2:
            row.append(fmt(fig.kappa))
        row.append(fmt(fig.alpha))
        out.append(row)
    return out


def write_report(result: Agreement, path: str, overwrite: bool = False) -> None:
    """Write the table to ``.xlsx`` (numbers as numbers) or ``.docx``, atomically.

    :param overwrite: replace an existing file (otherwise :class:`~werkplaats.fileio.OutputExists`).
    """
    from ..fileio import replacing

    if not path.lower().endswith((".xlsx", ".docx")):
        raise AgreementError("Uitvoer kan naar .xlsx of .docx.")
    with replacing(path, overwrite) as temp:
        _write_report(result, path, str(temp))


def _write_report(result: Agreement, path: str, temp: str) -> None:
    from ..safetext import shown

    table = rows(result)
    title = (f"Overeenstemming tussen {', '.join(result.coders)} "
             f"(eenheid: {'segment' if result.unit == SEGMENT else 'teken'})")
    if path.lower().endswith(".xlsx"):
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "Overeenstemming"
        ws.append([shown(title)])
        ws.append([shown(v) for v in table[0]])
        for fig in result.codes + [result.overall]:
            values = [shown(fig.name), fig.units, fig.coded, None if math.isnan(fig.percent) else fig.percent]
            if len(result.coders) == 2:
                values.append(None if fig.kappa is None or math.isnan(fig.kappa) else fig.kappa)
            values.append(None if math.isnan(fig.alpha) else fig.alpha)
            ws.append(values)
        wb.save(temp)
    elif path.lower().endswith(".docx"):
        import docx

        document = docx.Document()
        document.add_heading(shown(title), level=1)
        t = document.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for cell, value in zip(cells, row):
                cell.text = shown(value)
        document.add_paragraph(
            "Overeenstemming: aandeel eenheden waarop alle aanwezige codeurs hetzelfde deden. Krippendorffs alfa "
            "(nominaal) staat ontbrekende waarden toe: een codeur die in een document niets codeerde, telt daar niet mee.")
        document.save(temp)
