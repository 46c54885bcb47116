"""Everything a comparison matrix needs, read once from the project into pandas.

:class:`Dataset` holds the codes (tree order, depth), the documents in scope,
the codings (fragments) in scope and, lazily, segments and case attributes.
:meth:`Dataset.dimension` turns a column choice (``regio``, ``casus``,
``spreker``, ``trede_start``, ``verandering_trede`` …) into a column value
per fragment plus the denominators the measures need (words, cases).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Sequence

import numpy as np
import pandas as pd

from ..regions import REGIONS, canonical_region
from ..safetext import UNSAFE, shown
from .labels import attribute_label, coder_label, is_ladder, ladder_note, ladder_value_label, source_type_label
from ..store import Project
from .choices import DIMENSIONS

# Columns read from the store (rows → frames).
DOCUMENT_COLUMNS = ["id", "title", "case_id", "case_name", "region", "municipality", "source_type", "words",
                    "imported_at", "metadata"]
FRAGMENT_COLUMNS = ["coding_id", "document_id", "start", "end", "code_id", "coder", "memo", "case_id"]
SEGMENT_COLUMNS = ["document_id", "start", "end", "speaker", "timestamp", "text"]
CODE_COLUMNS = ["id", "parent_id", "name", "definition", "include", "exclude", "example", "colour", "position"]
DERIVED_PREFIX = "verandering_"  # verandering_X = X_eind − X_start
UNKNOWN = "(onbekend)"
NO_CASE = "(geen casus)"
NO_SPEAKER = "(geen spreker)"
INTERVIEWER, RESPONDENT, OTHER_SPEAKER = "interviewer", "respondent", "overige spreker"
ROLE_WORDS = {
    "i": INTERVIEWER, "int": INTERVIEWER, "interviewer": INTERVIEWER, "onderzoeker": INTERVIEWER,
    "moderator": INTERVIEWER, "gespreksleider": INTERVIEWER, "observator": INTERVIEWER,
    "r": RESPONDENT, "resp": RESPONDENT, "respondent": RESPONDENT, "geïnterviewde": RESPONDENT,
}
RESEARCHER_KEYS = ("Interviewer", "Observator", "Voorzitter", "Notulist", "Transcriptie")
RESPONDENT_KEYS = ("Respondent",)


class AnalysisError(ValueError):
    """A matrix that cannot be made as asked; the message is Dutch."""


@dataclass
class Filters:
    """Which data a matrix covers. ``None``: everything."""

    coders: Sequence[str] | None = None
    regions: Sequence[str] | None = None
    source_types: Sequence[str] | None = None
    since: str | None = None  # ISO date: documents imported on or after it

    def __post_init__(self) -> None:
        self.coders = list(self.coders) if self.coders else None
        self.regions = [canonical_region(r) or r for r in self.regions] if self.regions else None
        self.source_types = list(self.source_types) if self.source_types else None
        if isinstance(self.since, (dt.date, dt.datetime)):
            self.since = self.since.isoformat()
        self.since = self.since or None

    def describe(self) -> str:
        """A Dutch sentence part, e.g. ``"codeur anna; regio Ferm Werk"`` ('' without filters)."""
        parts = []
        if self.coders:
            parts.append(("codeur " if len(self.coders) == 1 else "codeurs ") + ", ".join(self.coders))
        if self.regions:
            parts.append(("regio " if len(self.regions) == 1 else "regio's ") + ", ".join(self.regions))
        if self.source_types:
            parts.append("soort bron " + ", ".join(self.source_types))
        if self.since:
            parts.append(f"geïmporteerd vanaf {self.since[:10]}")
        return "; ".join(parts)


@dataclass
class Dimension:
    """A column choice resolved against a dataset."""

    name: str
    label: str
    keys: pd.Series  # column value per fragment (aligned with Dataset.fragments)
    order: list[str]  # column values in display order
    words: pd.Series  # words per column value (per10k)
    cases: pd.Series  # number of cases per column value (aandeel)
    labels: dict[str, str] = field(default_factory=dict)  # display label per value (default: the value)
    preposition: str = "per"  # "per regio", "naar trede op de participatieladder bij de start"
    note: str = ""  # what the column values mean, when a reader needs that


def region_order(values) -> list[str]:
    known = [r for r in REGIONS if r in set(values)]
    return known + sorted(v for v in set(values) if v not in REGIONS and v != UNKNOWN) + (
        [UNKNOWN] if UNKNOWN in set(values) else [])


def _people(value: str) -> list[str]:
    value = re.sub(r"\([^)]*\)", "", str(value))
    return [p.strip(" .;").lower() for p in re.split(r",|;| en |/", value) if p.strip(" .;")]


def shown_frame(frame: pd.DataFrame, columns=None) -> pd.DataFrame:
    """``frame`` with the control characters in its text columns shown (names, titles: they go into exports)."""
    for column in columns or frame.columns:
        if column.endswith("id"):
            continue  # keys join tables; they are never shown as they are
        values = frame[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            if any(isinstance(v, str) and UNSAFE.search(v) for v in values):
                frame[column] = values.map(shown)
    return frame


class Dataset:
    """The data in scope of ``filters``, loaded once; matrices are computed from it."""

    def __init__(self, project: Project, filters: Filters | None = None) -> None:
        self.project = project
        self.filters = filters or Filters()
        f = self.filters
        self.codes = self._load_codes()
        rows = sorted(project.documents.list(regions=f.regions, source_types=f.source_types, since=f.since),
                      key=lambda d: d["id"])
        docs = shown_frame(pd.DataFrame.from_records(rows, columns=DOCUMENT_COLUMNS).rename(
            columns={"id": "document_id", "case_name": "casus"}))
        docs["casus"] = docs["casus"].fillna(NO_CASE)
        docs["region"] = docs["region"].fillna(UNKNOWN)
        docs["municipality"] = docs["municipality"].fillna(UNKNOWN)
        docs["case_id"] = docs["case_id"].astype("Int64")
        if docs.empty:
            selection = self.filters.describe()
            raise AnalysisError("Geen documenten in deze selectie" + (f" ({selection})." if selection else "."))
        self.documents = docs.set_index("document_id", drop=False)
        frags = pd.DataFrame(project.codings.in_scope(f.regions, f.source_types, f.since, f.coders),
                             columns=FRAGMENT_COLUMNS)
        frags["case_id"] = frags["case_id"].astype("Int64")
        self.fragments = frags
        cases = pd.DataFrame.from_records(sorted(project.cases.list(), key=lambda c: c["id"]),
                                          columns=["id", "name", "region", "municipality"]).rename(columns={"id": "case_id"})
        self.cases = shown_frame(cases).set_index("case_id", drop=False)
        self._cache: dict = {}

    # -- codes ------------------------------------------------------------------------

    def _load_codes(self) -> pd.DataFrame:
        rows = shown_frame(pd.DataFrame.from_records(self.project.codes.list(), columns=CODE_COLUMNS))
        children: dict = {}
        for row in rows.itertuples(index=False):
            children.setdefault(row.parent_id if isinstance(row.parent_id, str) else None, []).append(row.id)
        ordered: list[tuple[str, int]] = []

        def walk(parent, depth: int) -> None:
            for code_id in children.get(parent, []):
                ordered.append((code_id, depth))
                walk(code_id, depth + 1)

        walk(None, 0)
        seen = {c for c, _ in ordered}
        ordered += [(c, 0) for c in rows["id"] if c not in seen]  # orphans (broken parent) stay visible
        depth = dict(ordered)
        rows = rows.set_index("id", drop=False).loc[[c for c, _ in ordered]]
        rows["depth"] = [depth[c] for c in rows.index]
        return rows

    def ancestors(self) -> pd.DataFrame:
        """Pairs ``(code_id, row_code)``: every code with itself and each of its ancestors."""
        parent = self.codes["parent_id"].to_dict()
        pairs = []
        for code_id in self.codes.index:
            node, guard = code_id, 0
            while isinstance(node, str) and node in parent and guard < 100:
                pairs.append((code_id, node))
                node, guard = parent[node], guard + 1
        return pd.DataFrame(pairs, columns=["code_id", "row_code"])

    @cached_property
    def arrays(self) -> dict[str, np.ndarray]:
        """Integer arrays over the fragments (fast counting): ``code`` (row number in :attr:`codes`),
        ``span`` (id of the distinct document/start/end/code), ``fragment`` (id of the distinct stretch of
        text: document/start/end, whatever the code), ``doc``, ``case`` (-1: none), ``start``, ``end``."""
        frags = self.fragments
        code = pd.Index(self.codes.index).get_indexer(frags["code_id"])
        span = (frags.assign(_code=code).groupby(["document_id", "start", "end", "_code"], sort=False).ngroup()
                .to_numpy() if len(frags) else np.zeros(0, dtype=np.int64))
        text = (frags.groupby(["document_id", "start", "end"], sort=False).ngroup().to_numpy()
                if len(frags) else np.zeros(0, dtype=np.int64))
        return {
            "code": code.astype(np.int64), "span": span.astype(np.int64), "fragment": text.astype(np.int64),
            "doc": frags["document_id"].to_numpy(dtype=np.int64),
            "case": frags["case_id"].fillna(-1).to_numpy(dtype=np.int64),
            "start": frags["start"].to_numpy(dtype=np.int64), "end": frags["end"].to_numpy(dtype=np.int64),
        }

    def expanded(self, sum_parents: bool) -> tuple[np.ndarray, np.ndarray]:
        """``(fragment positions, row code numbers)``: each fragment once per row it counts in
        (its own code, and with ``sum_parents`` every ancestor too)."""
        key = ("expanded", sum_parents)
        if key not in self._cache:
            code = self.arrays["code"]
            positions = np.arange(len(code))
            if not sum_parents:
                self._cache[key] = (positions, code)
            else:
                number = {c: i for i, c in enumerate(self.codes.index)}
                pairs = self.ancestors()
                rows_of = [[] for _ in number]
                for c, r in zip(pairs["code_id"], pairs["row_code"]):
                    rows_of[number[c]].append(number[r])
                counts = np.array([len(r) for r in rows_of], dtype=np.int64)
                flat = np.array([r for rows in rows_of for r in rows], dtype=np.int64)
                offsets = np.concatenate([[0], np.cumsum(counts)])
                reps = counts[code] if len(code) else np.zeros(0, dtype=np.int64)
                pos = np.repeat(positions, reps)
                within = np.arange(len(pos)) - np.repeat(np.cumsum(reps) - reps, reps)
                self._cache[key] = (pos, flat[np.repeat(offsets[code], reps) + within])
        return self._cache[key]

    def code_label(self, code_id: str) -> str:
        return str(self.codes.at[code_id, "name"]) if code_id in self.codes.index else code_id

    # -- lazily loaded parts ---------------------------------------------------------------

    @cached_property
    def segments(self) -> pd.DataFrame:
        """Segments of the documents in scope (with speaker role and word count)."""
        rows = self.project.documents.segments_of(self.documents.index.tolist(), with_text=True)
        seg = shown_frame(pd.DataFrame.from_records(rows, columns=SEGMENT_COLUMNS), ("speaker",))
        seg = seg.sort_values(["document_id", "start"], kind="stable").reset_index(drop=True)
        seg["words"] = [len(t.split()) for t in seg["text"]]
        seg = seg.drop(columns="text")
        seg["role"] = self._roles(seg)
        return seg

    def _roles(self, seg: pd.DataFrame) -> list[str]:
        researchers, respondents = set(), set()
        all_docs = self.project.documents.list()  # roles are known project-wide, whatever the filters
        for row in all_docs:
            meta = row["metadata"]
            for key in RESEARCHER_KEYS:
                researchers.update(_people(meta.get(key, "")))
            for key in RESPONDENT_KEYS:
                respondents.update(_people(meta.get(key, "")))
        # in an interview, a named speaker who is not one of the researchers is a respondent
        interview = seg["document_id"].map(self.documents["source_type"]).eq("interview").tolist()
        out = []
        for speaker, in_interview in zip(seg["speaker"], interview):
            if not isinstance(speaker, str) or not speaker.strip():
                out.append(NO_SPEAKER)
                continue
            low = " ".join(speaker.lower().split())
            role = ROLE_WORDS.get(low) or ROLE_WORDS.get(re.sub(r"\s*\d+$", "", low))
            if role is None:
                role = (INTERVIEWER if low in researchers else
                        RESPONDENT if low in respondents or in_interview else OTHER_SPEAKER)
            out.append(role)
        return out

    def segment_at(self) -> pd.DataFrame:
        """Per fragment (same index): role and timestamp of the segment where it starts."""
        frags = self.fragments
        if frags.empty:
            return pd.DataFrame({"role": pd.Series(dtype=object), "timestamp": pd.Series(dtype=float)})
        seg = self.segments.sort_values(["start"], kind="stable")
        left = frags[["document_id", "start"]].reset_index().sort_values("start", kind="stable")
        merged = pd.merge_asof(left, seg[["document_id", "start", "role", "timestamp"]], on="start",
                               by="document_id", direction="backward")
        merged = merged.set_index("index").reindex(frags.index)
        merged["role"] = merged["role"].fillna(NO_SPEAKER)
        return merged[["role", "timestamp"]]

    @cached_property
    def attributes(self) -> pd.DataFrame:
        return shown_frame(pd.DataFrame(self.project.cases.attribute_values(),
                                        columns=["case_id", "name", "value", "number"]))

    def attribute_names(self) -> list[str]:
        names = [d["name"] for d in self.project.cases.definitions(in_use=True)]
        derived = [DERIVED_PREFIX + n[: -len("_start")] for n in names
                   if n.endswith("_start") and n[: -len("_start")] + "_eind" in names]
        return names + derived

    # -- dimensions ------------------------------------------------------------------------

    def dimension(self, name: str) -> Dimension:
        """Resolve a column choice; raises :class:`AnalysisError` (Dutch) for an unknown one."""
        docs = self.documents
        frags = self.fragments
        if name in ("casus", "regio", "gemeente", "type"):
            column = {"casus": "casus", "regio": "region", "gemeente": "municipality", "type": "source_type"}[name]
            return self._document_dimension(name, docs[column])
        if name == "spreker":
            seg = self.segments
            keys = self.segment_at()["role"]
            order = [r for r in (RESPONDENT, INTERVIEWER, OTHER_SPEAKER, NO_SPEAKER) if r in set(seg["role"])]
            words = seg.groupby("role")["words"].sum()
            with_case = seg.merge(docs[["case_id"]], left_on="document_id", right_index=True)
            cases = with_case.dropna(subset=["case_id"]).groupby("role")["case_id"].nunique()
            return Dimension(name, DIMENSIONS[name], keys, order, words, cases)
        if name == "codeur":
            keys = frags["coder"]
            coded = frags[["coder", "document_id"]].drop_duplicates()
            coded = coded.merge(docs[["words", "case_id"]], left_on="document_id", right_index=True)
            words = coded.groupby("coder")["words"].sum()
            cases = coded.dropna(subset=["case_id"]).groupby("coder")["case_id"].nunique()
            order = sorted(pd.unique(keys))
            return Dimension(name, DIMENSIONS[name], keys, order, words, cases, {c: coder_label(c) for c in order})
        return self._attribute_dimension(name)

    def _document_dimension(self, name: str, doc_keys: pd.Series, label: str | None = None,
                            order: list[str] | None = None, labels: dict | None = None,
                            preposition: str = "per", note: str = "") -> Dimension:
        docs = self.documents
        keys = doc_keys.reindex(self.fragments["document_id"]).reset_index(drop=True)
        keys.index = self.fragments.index
        frame = pd.DataFrame({"key": doc_keys, "words": docs["words"], "case_id": docs["case_id"]})
        words = frame.groupby("key")["words"].sum()
        cases = frame.dropna(subset=["case_id"]).groupby("key")["case_id"].nunique()
        if order is None:
            values = set(doc_keys)
            if name == "regio":
                order = region_order(values)
                labels = {r: REGIONS[r]["short"] for r in order if r in REGIONS}
            elif name == "type":
                order = sorted(values, key=lambda v: (v == UNKNOWN, v))
                labels = {v: source_type_label(v) for v in order}
            elif name == "casus":
                case_region = docs.drop_duplicates("casus").set_index("casus")["region"]
                rank = {r: i for i, r in enumerate(region_order(case_region))}
                order = sorted(values, key=lambda c: (c == NO_CASE, rank.get(case_region.get(c), 99), c))
            else:
                order = sorted(values, key=lambda v: (v == UNKNOWN, v))
        return Dimension(name, label or DIMENSIONS.get(name, name), keys, order, words, cases, labels or {},
                         preposition, note)

    def _attribute_dimension(self, name: str) -> Dimension:
        attrs = self.attributes
        known = self.attribute_names()
        if name not in known:
            raise AnalysisError(
                f"Onbekende kolomkeuze '{name}'. Kies uit: {', '.join(DIMENSIONS)}"
                + (f" of een kenmerk: {', '.join(known)}" if known else "") + "."
            )
        if name.startswith(DERIVED_PREFIX):
            base = name[len(DERIVED_PREFIX):]
            start = attrs[attrs["name"] == base + "_start"].set_index("case_id")["number"]
            end = attrs[attrs["name"] == base + "_eind"].set_index("case_id")["number"]
            diff = (end - start).dropna()
            numbers = diff
            values = diff.map(lambda v: f"{v:+g}" if v else "0")
        else:
            rows = attrs[attrs["name"] == name].set_index("case_id")
            values, numbers = rows["value"], rows["number"]
        per_doc = self.documents["case_id"].map(lambda c: values.get(c, UNKNOWN) if pd.notna(c) else UNKNOWN)
        sort_number = {values[c]: numbers.get(c) for c in values.index}
        order = sorted(set(per_doc), key=lambda v: (
            v == UNKNOWN, np.inf if sort_number.get(v) is None or pd.isna(sort_number.get(v)) else sort_number[v], v))
        ladder, change = is_ladder(name, DERIVED_PREFIX), name.startswith(DERIVED_PREFIX)
        labels = {v: ladder_value_label(v, change) for v in order if v != UNKNOWN} if ladder else {}
        return self._document_dimension(name, per_doc, attribute_label(name, DERIVED_PREFIX), order, labels, "naar",
                                        ladder_note() if ladder and not change else "")
