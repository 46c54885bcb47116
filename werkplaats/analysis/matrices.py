"""Code × column matrices and code co-occurrence, as pandas frames.

A :class:`Matrix` is a numeric frame (rows: codes in tree order; columns:
values of a dimension such as regio or casus) plus the labels and texts an
exporter needs. All figures are computed from a :class:`Dataset`.

Measures (``maat``):

- ``fragmenten``: coded fragments — distinct stretches of text (document,
  start, end) with the row's code; two coders coding the same span with the
  same code count once, and a parent row counts a fragment once even when it
  carries two of its subcodes.
- ``documenten``: documents with at least one fragment of the code.
- ``casussen``: cases with at least one fragment of the code.
- ``aandeel``: ``casussen`` / cases in the column (0–1).
- ``per10k``: ``fragmenten`` per 10,000 words of the column's documents
  (for ``spreker``: words spoken in that role; for ``codeur``: words of
  the documents that coder coded).

With ``sum_parents`` a parent row counts the distinct fragments, documents
and cases of its whole subtree (so it can be less than the sum of its
subcodes' rows). Without it a parent row shows only its own codings.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from .choices import COOCCURRENCE_UNITS, MEASURES
from .dataset import AnalysisError, Dataset

FEW_WORDS = 1_000  # a rate per 10,000 words on less text than this is shown with a caution


@dataclass
class Matrix:
    """A numeric matrix with everything needed to show it."""

    key: str  # short name, e.g. "fragmenten-regio" (sheet names, file names)
    title: str  # Dutch
    description: str  # Dutch: what one cell means
    measure: str  # one of MEASURES, or "samen" for co-occurrence
    frame: pd.DataFrame  # index: row keys; columns: column keys
    row_labels: dict = field(default_factory=dict)
    row_depth: dict = field(default_factory=dict)
    column_labels: dict = field(default_factory=dict)
    rows_name: str = "code"
    columns_name: str = ""
    filters: str = ""
    column_words: dict = field(default_factory=dict)  # per10k: words of text behind each column

    @property
    def parent_rows(self) -> set:
        """Rows followed by deeper rows: codes whose row sums their subcodes (none for co-occurrence)."""
        if self.measure == "samen":
            return set()
        keys = list(self.frame.index)
        depth = [self.row_depth.get(k, 0) for k in keys]
        return {k for i, k in enumerate(keys) if i + 1 < len(keys) and depth[i + 1] > depth[i]}

    @property
    def few_words(self) -> set:
        """Columns whose rates rest on fewer than :data:`FEW_WORDS` words (per10k only)."""
        if not self.is_rate:
            return set()
        return {c for c in self.frame.columns if self.column_words.get(c, 0) < FEW_WORDS}

    @property
    def is_share(self) -> bool:
        return self.measure == "aandeel"

    @property
    def is_rate(self) -> bool:
        return self.measure == "per10k"

    def row_label(self, key) -> str:
        return str(self.row_labels.get(key, key))

    def column_label(self, key) -> str:
        return str(self.column_labels.get(key, key))

    def format(self, value) -> str:
        """A cell as Dutch text: ``12``, ``45%``, ``3,2``; empty share/rate: ``–``."""
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return "–"
        if self.is_share:
            return f"{round(value * 100):d}%"
        if self.is_rate:
            return f"{value:.1f}".replace(".", ",")
        return f"{int(round(value))}"

    def transposed(self) -> "Matrix":
        return Matrix(
            self.key + "-t", self.title, self.description, self.measure, self.frame.T,
            self.column_labels, {}, self.row_labels, self.columns_name, self.rows_name, self.filters,
        )  # column_words do not apply: the rates now run along rows

    def nonempty_rows(self) -> "Matrix":
        """The same matrix without rows that are all zero/empty (keeps parents of kept rows)."""
        values = self.frame.fillna(0)
        keep = set(values.index[(values != 0).any(axis=1)])
        return replace(self, frame=self.frame.loc[[k for k in self.frame.index if k in keep]])


def distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (``np.unique`` without its hashing overhead: ~10× faster here)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def first_positions(values: np.ndarray) -> np.ndarray:
    """Positions of the first occurrence of each distinct value."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    keep = np.concatenate(([True], ordered[1:] != ordered[:-1])) if len(ordered) else np.zeros(0, dtype=bool)
    return order[keep]


def _cell_counts(rows: np.ndarray, cols: np.ndarray, units: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Number of distinct ``units`` per (row, column) cell, as a dense array."""
    out = np.zeros(shape[0] * shape[1], dtype=np.int64)
    if len(rows):
        cell = rows * shape[1] + cols
        width = int(units.max()) + 1
        out += np.bincount(distinct(cell * width + units) // width, minlength=out.size)
    return out.reshape(shape)


def code_matrix(ds: Dataset, columns: str = "regio", measure: str = "fragmenten", sum_parents: bool = True) -> Matrix:
    """Codes (rows, tree order) × values of ``columns``, cells: ``measure``."""
    if measure not in MEASURES:
        raise AnalysisError(f"Onbekende maat '{measure}'. Kies uit: {', '.join(MEASURES)}.")
    dim = ds.dimension(columns)
    col_of_fragment = pd.Index(dim.order).get_indexer(dim.keys.to_numpy())
    positions, rows = ds.expanded(sum_parents)
    cols = col_of_fragment[positions]
    arrays = ds.arrays
    unit = {"fragmenten": "fragment", "per10k": "fragment", "documenten": "doc", "casussen": "case", "aandeel": "case"}[measure]
    units = arrays[unit][positions]
    keep = (cols >= 0) & (units >= 0)
    counts = _cell_counts(rows[keep], cols[keep], units[keep], (len(ds.codes), len(dim.order)))
    table = pd.DataFrame(counts.astype(float), index=ds.codes.index.copy(), columns=pd.Index(dim.order))
    words = dim.words.reindex(dim.order).fillna(0).astype(float)
    if measure == "per10k":
        table = table.div(words.where(words > 0), axis=1) * 10_000
    elif measure == "aandeel":
        cases = dim.cases.reindex(dim.order).astype(float)
        table = table.div(cases.where(cases > 0), axis=1)
    table.index.name, table.columns.name = "code", columns
    parents = "; ouders tellen hun subcodes mee" if sum_parents else "; ouders alleen eigen coderingen"
    return Matrix(
        key=f"{measure}-{columns}",
        title=f"{MEASURES[measure].capitalize()} {dim.preposition} {dim.label}",
        description=f"Per code en {dim.label}: {MEASURES[measure]}{parents}." + (f" {dim.note}" if dim.note else ""),
        measure=measure,
        frame=table,
        row_labels=ds.codes["name"].to_dict(),
        row_depth=ds.codes["depth"].to_dict(),
        column_labels=dim.labels,
        columns_name=columns,
        filters=ds.filters.describe(),
        column_words={c: int(w) for c, w in words.items()} if measure == "per10k" else {},
    )


def _distinct_spans(ds: Dataset) -> dict[str, np.ndarray]:
    """One row per distinct (document, start, end, code), sorted by document, start, end."""
    a = ds.arrays
    first = first_positions(a["span"])
    doc, start, end, code = a["doc"][first], a["start"][first], a["end"][first], a["code"][first]
    order = np.lexsort((end, start, doc))
    return {"doc": doc[order], "start": start[order], "end": end[order], "code": code[order]}


def _expand_ranges(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For ranges ``[lo_i, hi_i)``: (i repeated, every index in the range)."""
    counts = np.maximum(hi - lo, 0)
    owner = np.repeat(np.arange(len(lo)), counts)
    index = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts) + np.repeat(lo, counts)
    return owner, index


def _overlap_pairs(spans: dict, n_codes: int) -> tuple[np.ndarray, np.ndarray]:
    """Codes × codes counts of overlapping span pairs, and spans per code."""
    doc, start, end, code = spans["doc"], spans["start"], spans["end"], spans["code"]
    single = np.bincount(code, minlength=n_codes)
    pairs = np.zeros((n_codes, n_codes), dtype=np.int64)
    if len(doc):
        key_start = (doc << 32) | start
        hi = np.searchsorted(key_start, (doc << 32) | end, side="left")  # later spans starting before my end
        i, j = _expand_ranges(np.arange(len(doc)) + 1, hi)
        a, b = code[i], code[j]
        differ = a != b
        flat = np.bincount(a[differ] * n_codes + b[differ], minlength=n_codes * n_codes).reshape(n_codes, n_codes)
        pairs = flat + flat.T
    return pairs, single


def _segment_pairs(ds: Dataset, spans: dict, n_codes: int) -> tuple[np.ndarray, np.ndarray]:
    """Codes × codes counts of segments holding both codes, and segments per code."""
    seg = ds.segments.sort_values(["document_id", "start"], kind="stable")
    sdoc = seg["document_id"].to_numpy(dtype=np.int64)
    sstart = seg["start"].to_numpy(dtype=np.int64)
    send = seg["end"].to_numpy(dtype=np.int64)
    reach = seg.groupby("document_id", sort=False)["end"].cummax().to_numpy(dtype=np.int64)
    doc, start, end, code = spans["doc"], spans["start"], spans["end"], spans["code"]
    empty = np.zeros((n_codes, n_codes), dtype=np.int64), np.zeros(n_codes, dtype=np.int64)
    if not len(doc) or not len(sdoc):
        return empty
    key = (sdoc << 32) | sstart
    first_of_doc = np.searchsorted(key, doc << 32, side="left")
    hi = np.searchsorted(key, (doc << 32) | end, side="left")  # segments starting before the span ends
    lo = np.maximum(np.searchsorted(key, (doc << 32) | start, side="right") - 1, first_of_doc)
    while True:  # step back over earlier segments that still reach into the span (nested segments)
        back = (lo > first_of_doc) & (reach[np.maximum(lo - 1, 0)] > start)
        if not back.any():
            break
        lo[back] -= 1
    owner, index = _expand_ranges(lo, hi)
    hit = (sdoc[index] == doc[owner]) & (send[index] > start[owner]) & (sstart[index] < end[owner])
    segment, which = index[hit], code[owner[hit]]
    if not len(segment):
        return empty
    combined = distinct(segment * n_codes + which)
    segment, which = combined // n_codes, combined % n_codes
    row = np.searchsorted(distinct(segment), segment)
    single = np.bincount(which, minlength=n_codes)
    pairs = np.zeros((n_codes, n_codes), dtype=np.int64)
    step = 100_000
    for begin in range(0, int(row.max()) + 1, step):  # dense blocks keep memory small
        mask = (row >= begin) & (row < begin + step)
        block = np.zeros((min(step, int(row.max()) + 1 - begin), n_codes), dtype=np.int64)
        block[row[mask] - begin, which[mask]] = 1
        pairs += block.T @ block
    np.fill_diagonal(pairs, 0)
    return pairs, single


def cooccurrence(ds: Dataset, unit: str = "overlap", only_used: bool = True) -> Matrix:
    """Codes × codes: how often two codes occur together.

    ``overlap``: pairs of overlapping fragments (distinct spans per code); the
    diagonal holds the code's number of fragments. ``segment``: segments in
    which both codes occur; the diagonal holds the segments with the code.
    """
    if unit not in COOCCURRENCE_UNITS:
        raise AnalysisError(f"Onbekende eenheid '{unit}'. Kies uit: {', '.join(COOCCURRENCE_UNITS)}.")
    spans = _distinct_spans(ds)
    n_codes = len(ds.codes)
    if unit == "overlap":
        pairs, single = _overlap_pairs(spans, n_codes)
    else:
        pairs, single = _segment_pairs(ds, spans, n_codes)
    values = pairs + np.diag(single)
    keep = np.flatnonzero(single > 0) if only_used else np.arange(n_codes)
    codes = list(ds.codes.index[keep])
    frame = pd.DataFrame(values[np.ix_(keep, keep)].astype(float), index=pd.Index(codes, name="code"),
                         columns=pd.Index(codes, name="code"))
    labels = ds.codes["name"].to_dict()
    return Matrix(
        key=f"samen-{unit}",
        title="Codes die samen voorkomen" + (" (zelfde segment)" if unit == "segment" else " (overlappende fragmenten)"),
        description=f"Aantal {COOCCURRENCE_UNITS[unit]}; op de diagonaal het totaal van de code zelf.",
        measure="samen",
        frame=frame,
        row_labels=labels,
        row_depth=ds.codes["depth"].to_dict(),
        column_labels=labels,
        columns_name="code",
        filters=ds.filters.describe(),
    )


def standard_matrices(ds: Dataset, sum_parents: bool = True) -> list[Matrix]:
    """The matrices of the full report (attribute matrices only when the attributes exist)."""
    plan = [
        ("regio", "fragmenten"), ("regio", "per10k"), ("regio", "aandeel"),
        ("casus", "fragmenten"), ("gemeente", "per10k"), ("type", "per10k"),
        ("spreker", "per10k"), ("codeur", "fragmenten"),
    ]
    names = set(ds.attribute_names())
    plan += [(a, "casussen") for a in ("trede_start", "verandering_trede") if a in names]
    out = [code_matrix(ds, columns, measure, sum_parents) for columns, measure in plan]
    out.append(cooccurrence(ds, "overlap"))
    out.append(cooccurrence(ds, "segment"))
    return out
