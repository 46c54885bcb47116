"""Framework matrix, quotes and their references: counts from SQL, everything pseudonymised."""

import sqlite3

from tests.analysis.coding_fixture import PLANTED
from werkplaats.analysis import Dataset, Quoter, framework_matrix, fragment_table, quotes_by_region
from werkplaats.analysis.quotes import format_time, pick, records, shorten
from werkplaats.pseudo import Pseudonymiser
from werkplaats.store import Project


def sql(path, query, params=()):
    with sqlite3.connect(path) as conn:
        return conn.execute(query, params).fetchall()


def test_cells_count_fragments_and_hold_at_most_n_quotes(coded):
    with Project(coded) as p:
        fw = framework_matrix(Dataset(p), Quoter(p, deduce=False), per_cell=2)
    rows = sql(coded, """SELECT d.case_id, k.code_id, COUNT(DISTINCT k.document_id || ':' || k.start || ':' || k."end")
        FROM codings k JOIN documents d ON d.id = k.document_id WHERE d.case_id IS NOT NULL GROUP BY 1, 2""")
    assert rows
    for case_id, code_id, n in rows:
        cell = fw.cell(case_id, code_id)
        assert cell.count == n, (case_id, code_id)
        assert len(cell.quotes) <= 2 and (cell.memo or len(cell.quotes) == min(2, n))
    assert [c for c, _ in fw.codes] == [c for (c,) in sql(coded, "SELECT id FROM codes ORDER BY position")
                                        if c in {code for _, code, _ in rows}]


def test_memos_pseudonymised_and_shown_instead_of_quotes(coded):
    with Project(coded) as p:
        fw = framework_matrix(Dataset(p), Quoter(p, deduce=False))
        case_id = p.cases.list()[0]["id"]
    assert fw.cell(case_id, "pr.vertrouwensrelatie").memo == "Celmemo: vertrouwen groeide langzaam."
    assert fw.cell(case_id, "pr.vertrouwensrelatie").quotes == []
    assert "Memo: Celmemo" in fw.cell_text(case_id, "pr.vertrouwensrelatie")
    memo = fw.case_memos[case_id]
    assert memo.startswith("Casusmemo: [Persoon") and "Naima" not in memo and "Bouzid" not in memo


def test_quotes_are_the_pseudonymised_spans_with_reference(coded):
    with Project(coded) as p:
        ds = Dataset(p)
        quoter = Quoter(p, deduce=False)
        fw = framework_matrix(ds, quoter, per_cell=3)
        ps = Pseudonymiser(p, use_deduce=False)
        quotes = [q for cell in fw.cells.values() for q in cell.quotes]
        assert len(quotes) > 50
        for quote in quotes:
            assert quote.text == shorten(ps.span(quote.document_id, quote.start, quote.end))
        titles = dict(sql(coded, "SELECT id, title FROM documents"))
        by_doc = [q for q in quotes if q.timestamp]
        assert by_doc, "the vtt/srt transcripts have timestamps"
        quote = by_doc[0]
        assert quote.reference.startswith(titles[quote.document_id]) and quote.timestamp in quote.reference
        assert quote.speaker in ("respondent", "interviewer", "overige spreker")


def test_planted_personal_data_never_in_quotes(coded):
    with Project(coded) as p:
        ds = Dataset(p)
        quoter = Quoter(p, deduce=False)
        rows = records(fragment_table(ds))
        texts = [quoter.span(r.document_id, r.start, r.end) for r in rows]
        raw = {r.document_id: p.documents.get(r.document_id)["text"] for r in rows}
    planted_fragments = [t for r, t in zip(rows, texts) if any(x in raw[r.document_id][r.start:r.end] for x in PLANTED)]
    assert len(planted_fragments) >= 3
    for text in texts:
        for planted in PLANTED:
            assert planted not in text
    assert any("[Telefoonnummer" in t for t in planted_fragments)


def test_quotes_by_region_pick_distinct_documents(coded):
    with Project(coded) as p:
        ds = Dataset(p)
        found = quotes_by_region(ds, Quoter(p, deduce=False), "sa.gegevensdeling_privacy", 3)
    assert list(found) == [r for r in ["Ferm Werk", "WIL Werk en Inkomen Lekstroom", "RSD Kromme Rijn Heuvelrug"]
                           if r in found]
    for region, quotes in found.items():
        assert 1 <= len(quotes) <= 3 and all(q.region == region for q in quotes)
        docs = [q.document_id for q in quotes]
        distinct_available = len({d for (d,) in sql(ds.project.path, """SELECT DISTINCT k.document_id FROM codings k
            JOIN documents d ON d.id = k.document_id WHERE k.code_id = ? AND d.region = ?""",
                                                        ("sa.gegevensdeling_privacy", region))})
        assert len(set(docs)) == min(len(docs), distinct_available)


def test_pick_prefers_good_lengths_and_spreads_over_documents():
    from collections import namedtuple

    R = namedtuple("R", "document_id start end")
    rows = [R(1, 0, 10), R(1, 20, 120), R(1, 200, 300), R(2, 0, 5000), R(3, 0, 80)]
    assert pick(rows, 3) == [R(1, 20, 120), R(3, 0, 80), R(2, 0, 5000)]
    assert pick(rows, 0) == []


def test_shorten_and_time():
    assert shorten("a  b\n c") == "a b c"
    long = "woord " * 100
    short = shorten(long, 50)
    assert len(short) <= 52 and short.endswith("…")
    assert format_time(3723.4) == "01:02:03" and format_time(None) == ""


def test_deduce_runs_once_on_documents_not_yet_checked(coded):
    """A document checked with rules only is checked again when deduce may run (mocked here: it is slow)."""
    with Project(coded) as p:
        quoter = Quoter(p, deduce=False)
        quoter.prepare([1, 2])
        assert quoter.detected == 2
        quoter.prepare([1, 2, 3])
        assert quoter.detected == 3
        again = Quoter(p, deduce=False)
        again.prepare([1, 2, 3])
        assert again.detected == 0
        rerun = Quoter(p, deduce=False)
        rerun.use_deduce = True  # as if deduce were allowed: documents without a deduce run are checked again
        calls = []
        rerun.ps.detect = lambda ids: calls.append(list(ids))
        rerun.prepare([1, 2, 3])
        assert calls == [[1, 2, 3]]
