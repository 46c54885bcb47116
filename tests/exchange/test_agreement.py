"""Agreement figures against the reference implementations (scikit-learn, krippendorff), to 1e-9."""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkplaats.exchange.agreement import CHARACTER, SEGMENT, AgreementError, agreement, compute, disagreements, write_report
from werkplaats.store import Project

np = pytest.importorskip("numpy")
krippendorff = pytest.importorskip("krippendorff")
sklearn_metrics = pytest.importorskip("sklearn.metrics")


@st.composite
def projects(draw):
    n_docs = draw(st.integers(1, 3))
    segments, lengths = {}, {}
    for d in range(1, n_docs + 1):
        pos, spans = 0, []
        for _ in range(draw(st.integers(1, 6))):
            pos += draw(st.integers(0, 2))
            length = draw(st.integers(1, 5))
            spans.append((pos, pos + length))
            pos += length
        segments[d] = spans
        lengths[d] = pos + draw(st.integers(0, 2))
    coders = [f"c{i}" for i in range(draw(st.integers(2, 4)))]
    codes = [f"k{i}" for i in range(draw(st.integers(1, 3)))]
    codings = []
    for _ in range(draw(st.integers(0, 25))):
        d = draw(st.sampled_from(sorted(segments)))
        s = draw(st.integers(0, lengths[d] - 1))
        e = draw(st.integers(s + 1, lengths[d]))
        codings.append((d, s, e, draw(st.sampled_from(codes)), draw(st.sampled_from(coders))))
    return coders, codes, codings, segments, lengths


def reference_matrix(coders, code, codings, segments, lengths, unit):
    """coders × units with 1/0 and NaN where the coder has not seen the document."""
    seen = {c: {d for d, *_rest, who in codings if who == c} for c in coders}
    columns = []
    for d in sorted(segments):
        units = segments[d] if unit == SEGMENT else [(i, i + 1) for i in range(lengths[d])]
        for us, ue in units:
            col = []
            for c in coders:
                if d not in seen[c]:
                    col.append(np.nan)
                else:
                    hit = any(dd == d and k == code and who == c and s < ue and e > us for dd, s, e, k, who in codings)
                    col.append(1.0 if hit else 0.0)
            columns.append(col)
    return np.array(columns, dtype=float).T.reshape(len(coders), -1)


def ref_alpha(matrix):
    pairable = matrix[:, (~np.isnan(matrix)).sum(axis=0) >= 2]
    values = set(pairable[~np.isnan(pairable)].tolist())
    if pairable.size == 0 or len(values) < 2:
        return math.nan
    return krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")


def ref_kappa(matrix):
    both = matrix[:, ~np.isnan(matrix).any(axis=0)]
    if both.shape[1] == 0:
        return math.nan
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return sklearn_metrics.cohen_kappa_score(both[0], both[1])


def ref_percent(matrix):
    agree = total = 0
    for col in matrix.T:
        vals = col[~np.isnan(col)]
        if len(vals) >= 2:
            total += 1
            agree += len(set(vals.tolist())) == 1
    return agree / total if total else math.nan


def close(a, b):
    if a is None or b is None:
        return a is b
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= 1e-9


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), st.sampled_from([SEGMENT, CHARACTER]))
def test_matches_reference_implementations(data, unit):
    coders, codes, codings, segments, lengths = data
    result = compute(coders, codings, segments, lengths, codes, unit)
    matrices = []
    for fig, code in zip(result.codes, codes):
        m = reference_matrix(coders, code, codings, segments, lengths, unit)
        matrices.append(m)
        assert close(fig.alpha, ref_alpha(m)), (code, fig.alpha, ref_alpha(m))
        assert close(fig.percent, ref_percent(m))
        if len(coders) == 2:
            assert close(fig.kappa, ref_kappa(m))
        else:
            assert fig.kappa is None
    pooled = np.concatenate(matrices, axis=1)
    assert close(result.overall.alpha, ref_alpha(pooled))
    assert close(result.overall.percent, ref_percent(pooled))
    if len(coders) == 2:
        assert close(result.overall.kappa, ref_kappa(pooled))


def test_known_example():
    # Two coders, four segments: they agree on 3 of 4.
    segments = {1: [(0, 5), (6, 10), (11, 15), (16, 20)]}
    codings = [(1, 0, 5, "a", "x"), (1, 0, 5, "a", "y"), (1, 6, 10, "a", "x"), (1, 16, 20, "b", "y")]
    result = compute(["x", "y"], codings, segments, {1: 20}, ["a"], SEGMENT)
    fig = result.codes[0]
    assert fig.percent == 0.75 and fig.units == 4 and fig.coded == 2
    assert close(fig.kappa, 0.5)


def test_errors():
    with pytest.raises(AgreementError, match="twee codeurs"):
        compute(["x"], [], {}, {}, [], SEGMENT)
    with pytest.raises(AgreementError, match="eenheid"):
        compute(["x", "y"], [], {}, {}, [], "woord")


def test_on_a_project_with_reports(coded_demo, tmp_path):
    with Project(coded_demo) as p:
        result = agreement(p, ["anna", "bram"])
        assert result.codes and result.overall.units > 0
        with pytest.raises(AgreementError, match="Onbekende codeur"):
            agreement(p, ["anna", "niemand"])
        chars = agreement(p, ["anna", "bram", "gold"], unit=CHARACTER)
        assert chars.overall.kappa is None
        found = disagreements(p, ["anna", "bram"])
        assert found and set(found[0]["codes"]) == {"anna", "bram"}
    write_report(result, str(tmp_path / "ics.xlsx"))
    write_report(result, str(tmp_path / "ics.docx"))
    import openpyxl

    ws = openpyxl.load_workbook(tmp_path / "ics.xlsx").active
    assert ws["A2"].value == "Code" and ws.max_row == len(result.codes) + 3
