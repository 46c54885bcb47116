"""Every command that writes a file, killed with SIGKILL while it writes: the user's file is intact.

A real subprocess runs the command under ``killpoint.py`` (an audit hook, nothing in
werkplaats knows about it), which marks the moment the new content is complete but
not yet in place (``commit``) or the moment the first bytes reach the disk
(``write``). The test then kills it outright. Afterwards the existing file has its
old bytes, a hidden temporary file was left (the kill came mid-write), and the next
start of werkplaats in that folder removes it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from werkplaats.exporters.pdf import find_libreoffice

from .conftest import ROOT, run_cli

KILLPOINT = Path(__file__).with_name("killpoint.py")
OLD = b"het bestand van de gebruiker\n"

# name, output file, arguments ({p}: project, {o}: output)
WRITERS = [
    ("coderingen", "uit.csv", ["coderingen", "exporteer", "{p}", "-o", "{o}", "--overschrijf"]),
    ("codeboek-yaml", "uit.yaml", ["codeboek", "exporteer", "{p}", "-o", "{o}", "--overschrijf"]),
    ("codeboek-qdc", "uit.qdc", ["codeboek", "exporteer", "{p}", "-o", "{o}", "--overschrijf"]),
    ("matrix-xlsx", "uit.xlsx", ["exporteer", "matrix", "{p}", "--kolommen", "casus", "-o", "{o}", "--overschrijf",
                                 "--zonder-deduce"]),
    ("matrix-docx", "uit.docx", ["exporteer", "matrix", "{p}", "--rijen", "casus", "--kolommen", "code", "-o", "{o}",
                                 "--overschrijf", "--zonder-deduce"]),
    ("matrix-csv", "uit.csv", ["exporteer", "matrix", "{p}", "-o", "{o}", "--overschrijf", "--zonder-deduce"]),
    ("rapport-docx", "uit.docx", ["exporteer", "rapport", "{p}", "-o", "{o}", "--overschrijf", "--zonder-deduce"]),
    ("rapport-xlsx", "uit.xlsx", ["exporteer", "rapport", "{p}", "-o", "{o}", "--overschrijf", "--zonder-deduce"]),
    ("qdpx", "uit.qdpx", ["exporteer", "qdpx", "{p}", "-o", "{o}", "--ruw", "--overschrijf"]),
    ("review-pak", "uit.wpr", ["review", "pak", "{p}", "-o", "{o}", "--overschrijf", "--zonder-deduce", "--sla-over",
                               "--coder", "anna"]),
    ("overeenstemming-xlsx", "uit.xlsx", ["overeenstemming", "{p}", "--coder", "anna", "--coder", "bram", "-o", "{o}",
                                          "--overschrijf"]),
    ("overeenstemming-docx", "uit.docx", ["overeenstemming", "{p}", "--coder", "anna", "--coder", "bram", "-o", "{o}",
                                          "--overschrijf"]),
]
PDF = ("rapport-pdf", "uit.pdf", ["exporteer", "rapport", "{p}", "-o", "uit.docx", "--pdf", "--overschrijf",
                                  "--zonder-deduce"])


def temporaries(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.startswith(".werkplaats"))


def killed(args: list[str], folder: Path, mode: str, timeout: float = 240) -> None:
    """Run ``werkplaats ARGS`` under the kill point and SIGKILL it there."""
    marker = folder.parent / f"marker-{os.getpid()}-{time.monotonic_ns()}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, str(KILLPOINT), str(marker), str(folder), mode, *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder, env=env)
    deadline = time.monotonic() + timeout
    try:
        while not marker.exists():
            if process.poll() is not None:
                out, err = process.communicate()
                pytest.fail(f"the command ended before the kill point (exit {process.returncode}):\n"
                            f"{out.decode()}\n{err.decode()}")
            if time.monotonic() > deadline:
                pytest.fail("the kill point was not reached in time")
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert process.returncode == -signal.SIGKILL


def intact(project: Path) -> bool:
    """The project is a sound SQLite database (an export may have cached detections in it; that is all)."""
    import sqlite3

    connection = sqlite3.connect(project)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


def fill(args: list[str], project: Path, output: Path) -> list[str]:
    return [a.replace("{p}", str(project)).replace("{o}", str(output)) for a in args]


@pytest.mark.parametrize("name, output, args", WRITERS, ids=[w[0] for w in WRITERS])
def test_killed_before_the_new_file_is_in_place(small, name, output, args):
    folder = small.parent
    target = folder / output
    target.write_bytes(OLD)
    killed(fill(args, small, target), folder, "commit")
    assert target.read_bytes() == OLD  # the user's file is intact
    left = temporaries(folder)
    assert left, "the kill came mid-write: a temporary file is left until the next start"
    assert all(os.stat(folder / n).st_mode & 0o077 == 0 for n in left), "temporary files are private"
    result = run_cli(["info", str(small)], cwd=folder)  # the next start (it opens the project in this folder)
    assert result.returncode == 0, result.stderr
    assert temporaries(folder) == []
    assert target.read_bytes() == OLD
    assert intact(small)


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_killed_while_the_pdf_is_made(small):
    name, output, args = PDF
    folder = small.parent
    pdf, docx = folder / "uit.pdf", folder / "uit.docx"
    pdf.write_bytes(OLD)
    docx.write_bytes(OLD)
    killed(fill(args, small, pdf), folder, "commit")
    assert pdf.read_bytes() == OLD and docx.read_bytes() == OLD
    assert temporaries(folder)
    assert run_cli(["info", str(small)], cwd=folder).returncode == 0
    assert temporaries(folder) == []


WRITING = {w[0]: w for w in WRITERS}


@pytest.mark.parametrize("name", ["coderingen", "matrix-xlsx", "qdpx", "review-pak", "overeenstemming-xlsx"])
def test_killed_while_writing_then_the_command_again(small, name):
    """Killed as the first bytes reach the disk; running the command again replaces the file properly."""
    _, output, args = WRITING[name]
    folder = small.parent
    target = folder / output
    target.write_bytes(OLD)
    killed(fill(args, small, target), folder, "write")
    assert target.read_bytes() == OLD
    assert temporaries(folder)
    result = run_cli(fill(args, small, target), cwd=folder)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() != OLD and target.stat().st_size > 0
    assert temporaries(folder) == []


def test_killed_demo_leaves_no_project(small):
    """``demo`` builds its project under a temporary name: killed, there is no half-built demo.wpl."""
    folder = small.parent
    killed(["demo", "-o", "demo.wpl", "--zonder-tui"], folder, "write")
    assert not (folder / "demo.wpl").exists()
    assert temporaries(folder)
    assert run_cli(["info", "klein.wpl"], cwd=folder).returncode == 0  # any command started in this folder
    assert temporaries(folder) == []


@pytest.mark.parametrize("name", ["coderingen", "codeboek-yaml", "matrix-csv", "qdpx", "overeenstemming-xlsx",
                                  "review-pak"])
def test_an_existing_file_is_never_replaced_without_overschrijf(small, name):
    _, output, args = WRITING[name]
    target = small.parent / output
    target.write_bytes(OLD)
    result = run_cli([a for a in fill(args, small, target) if a != "--overschrijf"], cwd=small.parent)
    assert result.returncode == 1
    assert "bestaat al" in result.stderr and "--overschrijf" in result.stderr
    assert target.read_bytes() == OLD
