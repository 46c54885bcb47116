"""Every matrix figure against an independent SQL query on the project file."""

import math
import sqlite3

import pytest

from werkplaats.analysis import AnalysisError, Dataset, Filters, code_matrix, cooccurrence, standard_matrices
from werkplaats.model import TURN, TextBuilder
from werkplaats.store import Project

ANCESTORS = """
    WITH RECURSIVE anc(code_id, row_code) AS (
        SELECT id, id FROM codes
        UNION ALL SELECT anc.code_id, c.parent_id FROM anc JOIN codes c ON c.id = anc.row_code
        WHERE c.parent_id IS NOT NULL)
"""
SPAN = "k.document_id || ':' || k.start || ':' || k.\"end\""  # a fragment: a stretch of text, whatever its code
DOC_COLUMN = {"regio": "d.region", "gemeente": "d.municipality", "type": "d.source_type", "casus": "c.name"}


def sql(path, query, params=()):
    with sqlite3.connect(path) as conn:
        return conn.execute(query, params).fetchall()


def expected_counts(path, column, measure, sum_parents, where="1", params=()):
    """{(row code, column value): count} straight from SQL."""
    col = DOC_COLUMN[column]
    row = "a.row_code" if sum_parents else "k.code_id"
    join = "JOIN anc a ON a.code_id = k.code_id" if sum_parents else ""
    what = {"fragmenten": f"COUNT(DISTINCT {SPAN})", "documenten": "COUNT(DISTINCT k.document_id)",
            "casussen": "COUNT(DISTINCT d.case_id)"}[measure]
    rows = sql(path, f"""{ANCESTORS if sum_parents else ''}
        SELECT {row}, COALESCE({col}, '{"(geen casus)" if column == "casus" else "(onbekend)"}'), {what}
        FROM codings k {join} JOIN documents d ON d.id = k.document_id LEFT JOIN cases c ON c.id = d.case_id
        WHERE {where} GROUP BY 1, 2""", params)
    return {(r, c): n for r, c, n in rows}


def assert_matrix_equals(frame, expected):
    nonzero = {(r, c): v for r in frame.index for c in frame.columns if (v := frame.at[r, c])}
    assert nonzero == {k: v for k, v in expected.items() if v}


@pytest.mark.parametrize("column", ["regio", "gemeente", "type", "casus"])
@pytest.mark.parametrize("measure", ["fragmenten", "documenten", "casussen"])
@pytest.mark.parametrize("sum_parents", [True, False])
def test_counts_match_sql(coded, column, measure, sum_parents):
    with Project(coded) as p:
        m = code_matrix(Dataset(p), column, measure, sum_parents)
    assert_matrix_equals(m.frame, expected_counts(coded, column, measure, sum_parents))
    assert list(m.frame.index) == [r[0] for r in sql(coded, "SELECT id FROM codes")] or len(m.frame) == 40


def test_rows_in_tree_order_with_depth(coded):
    with Project(coded) as p:
        m = code_matrix(Dataset(p), "regio")
        tree = [c["id"] for c in p.codes.list()]
    assert list(m.frame.index) == tree
    assert m.row_depth["cl"] == 0 and m.row_depth["cl.eigen_regie"] == 1


def test_parent_counts_distinct_fragments_of_the_subtree(coded):
    """A fragment with two subcodes of one parent counts once in the parent's row (not once per coding)."""
    with Project(coded) as p:
        ds = Dataset(p)
        summed = code_matrix(ds, "regio", "fragmenten", True).frame
        own = code_matrix(ds, "regio", "fragmenten", False).frame
    parents = [c for c in own.index if "." not in c]
    assert own.loc["cl"].sum() > 0  # bob coded the parent itself
    for parent in parents:
        children = [c for c in own.index if c.startswith(parent + ".")]
        assert (summed.loc[parent] <= own.loc[parent] + own.loc[children].sum()).all()
        assert (summed.loc[parent] >= own.loc[[parent] + children].max()).all()
    shared = sql(coded, """SELECT COUNT(*) FROM (SELECT k.document_id, k.start, k."end" FROM codings k
        JOIN codes c ON c.id = k.code_id WHERE c.parent_id IS NOT NULL
        GROUP BY 1, 2, 3, c.parent_id HAVING COUNT(DISTINCT k.code_id) > 1)""")[0][0]
    assert shared > 0  # the fixture has fragments with two sibling codes: the rule is exercised
    total = {p: summed.loc[p].sum() for p in parents}
    assert sum(total.values()) < sum(own.loc[[p] + [c for c in own.index if c.startswith(p + ".")]].to_numpy().sum()
                                     for p in parents)


def test_columns_show_every_value_in_scope_also_without_fragments(coded):
    with Project(coded) as p:
        m = code_matrix(Dataset(p), "regio")
    assert list(m.frame.columns) == ["Ferm Werk", "WIL Werk en Inkomen Lekstroom", "RSD Kromme Rijn Heuvelrug"]
    assert m.column_label("WIL Werk en Inkomen Lekstroom") == "WIL Lekstroom"


def test_share_of_cases(coded):
    with Project(coded) as p:
        m = code_matrix(Dataset(p), "regio", "aandeel", True)
    with_code = expected_counts(coded, "regio", "casussen", True)
    cases = dict(sql(coded, "SELECT region, COUNT(DISTINCT case_id) FROM documents GROUP BY region"))
    for (code, region), n in with_code.items():
        assert m.frame.at[code, region] == pytest.approx(n / cases[region])
    assert m.format(0.5) == "50%" and m.format(float("nan")) == "–"


def test_per_10000_words(coded):
    with Project(coded) as p:
        m = code_matrix(Dataset(p), "gemeente", "per10k", False)
    counts = expected_counts(coded, "gemeente", "fragmenten", False)
    words = dict(sql(coded, "SELECT COALESCE(municipality, '(onbekend)'), SUM(words) FROM documents GROUP BY 1"))
    assert counts
    for (code, town), n in counts.items():
        assert m.frame.at[code, town] == pytest.approx(n / words[town] * 10_000)
    assert m.format(12.345) == "12,3"


def test_coder_columns(coded):
    with Project(coded) as p:
        m = code_matrix(Dataset(p), "codeur", "fragmenten", False)
        rate = code_matrix(Dataset(p), "codeur", "per10k", False)
    rows = sql(coded, f"SELECT k.code_id, k.coder, COUNT(DISTINCT {SPAN}) FROM codings k GROUP BY 1, 2")
    assert_matrix_equals(m.frame, {(c, coder): n for c, coder, n in rows})
    words = dict(sql(coded, """SELECT coder, SUM(words) FROM documents d JOIN
        (SELECT DISTINCT coder, document_id FROM codings) x ON x.document_id = d.id GROUP BY coder"""))
    for code, coder, n in rows:
        assert rate.frame.at[code, coder] == pytest.approx(n / words[coder] * 10_000)


def test_case_attribute_and_change_in_trede(coded):
    with Project(coded) as p:
        ds = Dataset(p)
        start = code_matrix(ds, "trede_start", "casussen", False)
        change = code_matrix(ds, "verandering_trede", "casussen", False)
    rows = sql(coded, """SELECT k.code_id, COALESCE(a.value, '(onbekend)'), COUNT(DISTINCT d.case_id)
        FROM codings k JOIN documents d ON d.id = k.document_id
        LEFT JOIN case_attributes a ON a.case_id = d.case_id AND a.name = 'trede_start'
        WHERE d.case_id IS NOT NULL GROUP BY 1, 2""")
    assert_matrix_equals(start.frame, {(c, v): n for c, v, n in rows})
    assert list(start.frame.columns)[:2] == ["1", "2"]  # ladder order
    rows = sql(coded, """SELECT k.code_id, e.number - s.number, COUNT(DISTINCT d.case_id)
        FROM codings k JOIN documents d ON d.id = k.document_id
        JOIN case_attributes s ON s.case_id = d.case_id AND s.name = 'trede_start'
        JOIN case_attributes e ON e.case_id = d.case_id AND e.name = 'trede_eind' GROUP BY 1, 2""")
    expected = {(c, f"{diff:+g}" if diff else "0"): n for c, diff, n in rows}
    got = {k: v for k, v in ((k, change.frame.at[k]) for k in
                             [(r, c) for r in change.frame.index for c in change.frame.columns if c != "(onbekend)"]) if v}
    assert got == expected
    assert "+2" in change.frame.columns
    assert change.title == "Aantal casussen met de code naar verandering van trede op de participatieladder (eind − start)"
    assert change.column_label("+2") == "2 treden hoger" and change.column_label("0") == "gelijk gebleven"
    assert start.title == "Aantal casussen met de code naar trede op de participatieladder bij de start"
    assert start.column_label("3") == "trede 3" and "3 georganiseerde activiteiten" in start.description


def test_filters_match_sql(coded):
    filters = Filters(coders=["anna"], regions=["WIL"], source_types=["interview", "casuistiek"], since="2000-01-01")
    with Project(coded) as p:
        m = code_matrix(Dataset(p, filters), "casus", "fragmenten", False)
    expected = expected_counts(
        coded, "casus", "fragmenten", False,
        "k.coder = 'anna' AND d.region = 'WIL Werk en Inkomen Lekstroom' AND d.source_type IN ('interview', 'casuistiek')"
        " AND d.imported_at >= '2000-01-01'")
    assert expected and sum(expected.values()) < len(sql(coded, "SELECT id FROM codings"))
    assert_matrix_equals(m.frame, expected)
    assert "codeur anna" in m.filters and "regio WIL Werk en Inkomen Lekstroom" in m.filters


def test_since_filter_excludes_older_imports(coded):
    with sqlite3.connect(coded) as conn:
        conn.execute("UPDATE documents SET imported_at = '2020-01-01T00:00:00+00:00' WHERE region = 'Ferm Werk'")
    with Project(coded) as p:
        m = code_matrix(Dataset(p, Filters(since="2021-01-01")), "regio")
    assert "Ferm Werk" not in m.frame.columns and len(m.frame.columns) == 2


def test_unknown_choices_are_refused_in_dutch(coded):
    with Project(coded) as p:
        ds = Dataset(p)
        with pytest.raises(AnalysisError, match="Onbekende kolomkeuze 'kleur'.*trede_start"):
            code_matrix(ds, "kleur")
        with pytest.raises(AnalysisError, match="Onbekende maat"):
            code_matrix(ds, "regio", "gemiddelde")
        with pytest.raises(AnalysisError, match="Geen documenten in deze selectie"):
            Dataset(p, Filters(since="2999-01-01"))


def test_cooccurrence_overlap_matches_sql(coded):
    with Project(coded) as p:
        m = cooccurrence(Dataset(p), "overlap")
    pairs = sql(coded, """WITH f AS (SELECT DISTINCT document_id, start, "end", code_id FROM codings)
        SELECT a.code_id, b.code_id, COUNT(*) FROM f a JOIN f b ON a.document_id = b.document_id
        AND a.start < b."end" AND b.start < a."end" AND a.code_id != b.code_id GROUP BY 1, 2""")
    singles = sql(coded, 'SELECT code_id, COUNT(*) FROM (SELECT DISTINCT document_id, start, "end", code_id FROM codings) GROUP BY 1')
    expected = {(a, b): n for a, b, n in pairs} | {(c, c): n for c, n in singles}
    assert pairs
    assert_matrix_equals(m.frame, expected)
    assert (m.frame.to_numpy() == m.frame.to_numpy().T).all()


def test_cooccurrence_same_segment_matches_sql(coded):
    with Project(coded) as p:
        m = cooccurrence(Dataset(p), "segment")
    base = """WITH f AS (SELECT DISTINCT document_id, start, "end", code_id FROM codings),
        sc AS (SELECT DISTINCT s.id, f.code_id FROM segments s JOIN f ON f.document_id = s.document_id
               AND f.start < s."end" AND s.start < f."end")"""
    pairs = sql(coded, base + " SELECT a.code_id, b.code_id, COUNT(*) FROM sc a JOIN sc b ON a.id = b.id"
                " AND a.code_id != b.code_id GROUP BY 1, 2")
    singles = sql(coded, base + " SELECT code_id, COUNT(*) FROM sc GROUP BY 1")
    assert_matrix_equals(m.frame, {(a, b): n for a, b, n in pairs} | {(c, c): n for c, n in singles})


def add_interview(project, turns, title, region="Ferm Werk", case=None, meta=None, source_type="interview"):
    b = TextBuilder()
    for speaker, text in turns:
        b.add(text, TURN, prefix=f"{speaker}: " if speaker else "", speaker=speaker, timestamp=None)
    doc = b.build(title, "txt", metadata=meta or {})
    with project.atomic():
        sid = project.documents.add_source(filename=f"{title}.txt", path=f"{title}.txt", sha256=title, content=b"x", fmt="txt")
        return project.documents.add(doc, source_id=sid, filename=f"{title}.txt", source_type=source_type,
                                    region=region, case=case)


def test_speaker_roles_and_words(project):
    from werkplaats.codebook.model import Code, Codebook

    project.codes.load_codebook(Codebook(name="t", codes=[Code("a", "A"), Code("b", "B")]), coder="anna")
    d1 = add_interview(project, [("I", "Hoe gaat het met het werk?"), ("R", "Goed, ik werk nu drie dagen."),
                                 ("Lotte", "Mooi zo."), ("Kees Jansen", "Ik ben de jobcoach hier.")],
                       "Een", meta={"Interviewer": "Lotte de Vries", "Respondent": "Piet"}, case="C1",
                       source_type="observatie")
    add_interview(project, [("Lotte de Vries", "Vraag twee?"), ("Piet", "Antwoord twee, met meer woorden dan één.")],
                  "Twee", region="WIL", meta={"Interviewer": "Lotte de Vries", "Respondent": "Piet"}, case="C2")
    add_interview(project, [("Lotte de Vries", "Vraag drie?"), ("Anouk", "Een antwoord.")], "Drie", case="C3")
    segs = {s["text"]: s for s in project.documents.segments(d1)}
    answer = next(s for t, s in segs.items() if t.startswith("R:") or "drie dagen" in t)
    question = next(s for t, s in segs.items() if "Hoe gaat" in t)
    project.codings.apply(d1, answer["start"], answer["end"], "a", coder="anna")
    project.codings.apply(d1, question["start"] + 4, question["end"], "a", coder="anna")
    project.codings.apply(d1, question["start"], question["end"], "b", coder="anna")
    m = code_matrix(Dataset(project), "spreker", "fragmenten", False)
    assert m.frame.at["a", "respondent"] == 1 and m.frame.at["a", "interviewer"] == 1
    assert m.frame.at["b", "interviewer"] == 1
    rate = code_matrix(Dataset(project), "spreker", "per10k", False)
    ds = Dataset(project)
    seg = ds.segments
    # "Lotte de Vries" and "Piet" get their roles from the metadata; "Kees Jansen" in an observation is
    # another speaker, "Anouk" in an interview (not a researcher) a respondent
    roles = dict(zip(seg["speaker"], seg["role"]))
    assert roles["Lotte de Vries"] == "interviewer" and roles["Piet"] == "respondent"
    assert roles["Kees Jansen"] == "overige spreker" and roles["I"] == "interviewer"
    assert roles["Anouk"] == "respondent"
    words = sum(len(t.split()) for (t,) in sql(project.path,
                                                "SELECT text FROM segments WHERE speaker IN ('R', 'Piet', 'Anouk')"))
    assert rate.frame.at["a", "respondent"] == pytest.approx(1 / words * 10_000)


def test_standard_matrices_cover_the_report(coded):
    with Project(coded) as p:
        keys = [m.key for m in standard_matrices(Dataset(p))]
    assert {"fragmenten-regio", "per10k-regio", "aandeel-regio", "fragmenten-casus", "per10k-spreker",
            "fragmenten-codeur", "casussen-trede_start", "casussen-verandering_trede", "samen-overlap",
            "samen-segment"} <= set(keys)


def test_project_without_codings_gives_zero_matrices(demo):
    with sqlite3.connect(demo) as conn:
        conn.execute("DELETE FROM codings")
    with Project(demo) as p:
        ds = Dataset(p)
        m = code_matrix(ds, "regio", "per10k")
        co = cooccurrence(ds)
    assert m.frame.shape == (40, 3) and (m.frame.fillna(0) == 0).all().all()
    assert co.frame.shape == (0, 0)
    assert not math.isnan(m.frame.iloc[0, 0])
