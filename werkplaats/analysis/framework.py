"""The framework matrix: cases × codes, each cell a few quotes or the researcher's memo.

A cell shows the researcher's cell memo when there is one (a case memo with
``target_id = '<case name>/<code id>'``, see :mod:`werkplaats.store.memos`),
else up to ``per_cell`` pseudonymised quotes with their reference. The
researcher's memo on the whole case is kept per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .dataset import NO_CASE, Dataset, region_order
from .quotes import Quote, Quoter, fragment_table, group_records, pick, quotes, records


@dataclass
class FrameworkCell:
    count: int = 0  # fragments of this code in this case
    quotes: list[Quote] = field(default_factory=list)
    memo: str = ""  # the researcher's cell memo (pseudonymised); shown instead of quotes


@dataclass
class FrameworkMatrix:
    title: str
    description: str
    cases: list[tuple[int, str]]  # (case id, pseudonymised case name), rows
    codes: list[tuple[str, str]]  # (code id, name), columns
    cells: dict[tuple[int, str], FrameworkCell]
    case_memos: dict[int, str] = field(default_factory=dict)
    case_regions: dict[int, str] = field(default_factory=dict)
    filters: str = ""

    def cell(self, case_id: int, code_id: str) -> FrameworkCell:
        return self.cells.get((case_id, code_id), FrameworkCell())

    def cell_text(self, case_id: int, code_id: str) -> str:
        """One cell as plain text (CSV, Excel)."""
        cell = self.cell(case_id, code_id)
        if cell.memo:
            return f"Memo: {cell.memo}"
        return "\n".join(f"“{x.text}” ({x.reference})" for x in cell.quotes)


def memos(ds: Dataset, quoter: Quoter) -> tuple[dict, dict]:
    """Cell memos ``{(case id, code id): text}`` and case memos ``{case id: text}``, pseudonymised.

    A case memo's target is the case's name (as the TUI writes it) or its id;
    a cell memo's target is ``"<case name or id>/<code id>"`` (:func:`~werkplaats.store.memos.cell_target`).
    """
    cases = {str(c): c for c in ds.cases.index} | {str(n): c for c, n in ds.cases["name"].items()}
    cell_memos: dict[tuple[int, str], list[str]] = {}
    case_memos: dict[int, list[str]] = {}
    for memo in ds.project.memos.list("case", ds.filters.coders):
        target, text = memo["target_id"], memo["text"]
        if not text.strip():
            continue
        target = str(target)
        case_part, _, code_part = target.rpartition("/")
        if target in cases:
            case_memos.setdefault(int(cases[target]), []).append(quoter.free_text(text, thorough=True))
        elif case_part in cases and code_part in ds.codes.index:
            cell_memos.setdefault((int(cases[case_part]), code_part), []).append(quoter.free_text(text, thorough=True))
    return ({k: "\n".join(v) for k, v in cell_memos.items()}, {k: "\n".join(v) for k, v in case_memos.items()})


def framework_matrix(ds: Dataset, quoter: Quoter, codes: list[str] | None = None, per_cell: int = 2,
                     rows: list | None = None, title: str | None = None) -> FrameworkMatrix:
    """Cases with fragments (rows, by region) × ``codes`` (default: every code with fragments).

    ``rows``: the fragment records (:func:`~.quotes.records`) when already at hand.
    """
    rows = records(fragment_table(ds)) if rows is None else rows
    rows = [r for r in rows if not pd.isna(r.case_id)]
    cell_memos, case_memos = memos(ds, quoter)
    if codes is None:
        used = {r.code_id for r in rows} | {c for _, c in cell_memos}
        codes = [c for c in ds.codes.index if c in used]
    wanted = set(codes)
    groups = group_records([r for r in rows if r.code_id in wanted], "case_id", "code_id")
    case_ids = {int(c) for c, _ in groups} | {k for k, c in cell_memos if c in wanted}
    info = ds.cases.reindex(sorted(case_ids))
    rank = {r: i for i, r in enumerate(region_order(info["region"].fillna("(onbekend)")))}
    order = sorted(case_ids, key=lambda c: (rank.get(info.at[c, "region"], 99), str(info.at[c, "name"])))
    cells: dict[tuple[int, str], FrameworkCell] = {}
    for (case_id, code_id), group in groups.items():
        key = (int(case_id), code_id)
        memo = cell_memos.get(key, "")
        chosen = [] if memo else quotes(quoter, pick(group, per_cell))
        count = len({(r.document_id, r.start, r.end) for r in group})
        cells[key] = FrameworkCell(count, chosen, memo)
    for key, memo in cell_memos.items():
        if key[1] in wanted and key not in cells:
            cells[key] = FrameworkCell(0, [], memo)
    names = {c: quoter.free_text(str(info.at[c, "name"])) if c in info.index else NO_CASE for c in order}
    return FrameworkMatrix(
        title=title or "Framework-matrix: casussen × codes",
        description=(f"Per casus en code maximaal {per_cell} gepseudonimiseerde citaten met bron (document, "
                     "spreker, tijd), of het memo van de onderzoeker bij die cel."),
        cases=[(c, names[c]) for c in order],
        codes=[(c, ds.code_label(c)) for c in codes],
        cells=cells,
        case_memos={c: m for c, m in case_memos.items() if c in case_ids},
        case_regions={c: info.at[c, "region"] for c in order},
        filters=ds.filters.describe(),
    )
