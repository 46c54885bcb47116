"""Memos from the command line, including framework-matrix cell memos (case × code)."""

import csv

from tests.cli.test_cli import run
from werkplaats.store import Project
from werkplaats.store import cell_target


def test_cell_memo_is_written_read_shown_in_the_framework_matrix_and_wiped(demo, tmp_path):
    text = "Schulden eerst, maar werk en taal lopen parallel."
    out = run("memo", demo, "--casus", "casus fw-01", "--code", "cl.basisvoorwaarden", text, "--coder", "anna").output
    assert "Memo opgeslagen" in out
    with Project(demo) as p:
        assert p.memos.get("case", cell_target("Casus FW-01", "cl.basisvoorwaarden"), coder="anna") == text
    shown = run("memo", demo, "--casus", "Casus FW-01", "--code", "cl.basisvoorwaarden").output
    assert "anna" in shown and text in shown
    matrix = tmp_path / "framework.csv"
    run("exporteer", "matrix", demo, "--rijen", "casus", "--kolommen", "code", "-o", matrix, "--zonder-deduce")
    rows = list(csv.reader(matrix.open(encoding="utf-8-sig"), delimiter=";"))
    header = rows[0]
    column = next(i for i, h in enumerate(header) if "basisvoorwaarden" in h.lower())
    row = next(r for r in rows if r[0].startswith("Casus FW-01"))
    assert row[column] == f"Memo: {text}"  # the memo stands instead of the quotes
    assert "Memo gewist" in run("memo", demo, "--casus", "Casus FW-01", "--code", "cl.basisvoorwaarden", "--wis",
                                "--coder", "anna").output
    assert "Nog geen memo" in run("memo", demo, "--casus", "Casus FW-01", "--code", "cl.basisvoorwaarden").output


def test_memo_on_case_code_and_document_and_bad_targets(demo):
    run("memo", demo, "--casus", "Casus WIL-01", "Werktafel met mandaat.", "--coder", "bo")
    run("memo", demo, "--code", "pr.continuiteit", "Let op wisselingen.", "--coder", "bo")
    run("memo", demo, "--document", "1", "-", "--coder", "bo")  # '-' with empty stdin: nothing to save
    with Project(demo) as p:
        memos = {(m["target_type"], m["target_id"]): m["text"] for m in p.memos.list()}
    assert memos[("case", "Casus WIL-01")] == "Werktafel met mandaat."
    assert memos[("code", "pr.continuiteit")] == "Let op wisselingen."
    assert ("document", "1") not in memos
    assert "Onbekende casus" in run("memo", demo, "--casus", "Casus XX", "x", ok=False).output
    assert "Onbekende code" in run("memo", demo, "--code", "bestaat.niet", "x", ok=False).output
    assert "Kies één doel" in run("memo", demo, "x", ok=False).output
