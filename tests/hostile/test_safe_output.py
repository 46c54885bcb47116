"""One sanitiser for everything shown: escape sequences in every field never reach a terminal or a file format.

The project here has escape sequences (OSC 52 clipboard write, OSC 0 title change,
CSI), C1 controls, bidi overrides and a NUL in every field a user sees: title,
file name, case, region, municipality, attribute name and value, speaker, memo,
code name and definition, coder, and the text itself. They are put in with SQL,
as an older version or another program might have stored them (import cleans
them now: see test_import_cleans_names_and_keeps_offsets).
"""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

from werkplaats.cli import cli
from werkplaats.safetext import clean_body, clean_name, json_text, shown

OSC52 = "\x1b]52;c;SGFjaw==\x07"
OSC0 = "\x1b]0;PWNED\x07"
CSI = "\x1b[2J\x1b[31m"
HOSTILE = f"{OSC52}{OSC0}{CSI}\x9b31m\x9d0;x\x9c\u202e\u2066\x00\x7f"
# What may never reach a terminal: ESC, BEL, C1, bidi overrides and isolates, NUL, DEL.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile(text: str) -> str:
    return f"{text} {HOSTILE}"


def poison(project) -> None:
    """Escape sequences in every field a user sees (the text keeps its length)."""
    c = sqlite3.connect(project)
    with c:
        c.execute("UPDATE documents SET title = ?, filename = ?, municipality = ?", (hostile("Titel"),
                                                                                    hostile("bestand.txt"),
                                                                                    hostile("Houten")))
        c.execute("UPDATE cases SET name = name || ?, municipality = ?", (HOSTILE, hostile("Lopik")))
        c.execute("UPDATE segments SET speaker = ? WHERE speaker IS NOT NULL", (hostile("R"),))
        c.execute("UPDATE memos SET text = ?, target_id = target_id || ? WHERE target_type = 'case'",
                  (hostile("Memo"), HOSTILE))
        c.execute("UPDATE codes SET name = name || ?, definition = ?", (HOSTILE, hostile("Definitie")))
        c.execute("UPDATE codings SET coder = ? WHERE coder = 'bram'", (hostile("bram"),))
        c.execute("INSERT INTO attribute_definitions (name, type) VALUES (?, 'text')", (hostile("kenmerk"),))
        c.execute("INSERT INTO case_attributes (case_id, name, value) SELECT id, ?, ? FROM cases",
                  (hostile("kenmerk"), hostile("waarde")))
        # the body: 'samenwerking' gets a C1 control and an ESC in place of two letters (same length)
        for doc_id, text in c.execute("SELECT id, text FROM documents").fetchall():
            at = text.find("samenwerking")
            if at < 0:
                continue
            new = text[:at] + "\x9b\x1b" + text[at + 2:]
            c.execute("UPDATE documents SET text = ? WHERE id = ?", (new, doc_id))
            for seg_id, start, end in c.execute('SELECT id, start, "end" FROM segments WHERE document_id = ?',
                                                (doc_id,)).fetchall():
                c.execute("UPDATE segments SET text = ? WHERE id = ?", (new[start:end], seg_id))
    c.close()


@pytest.fixture(scope="module")
def poisoned_master(small_master, tmp_path_factory):
    import shutil

    path = tmp_path_factory.mktemp("poisoned") / "vergif.wpl"
    shutil.copy(small_master, path)
    poison(path)
    return path


@pytest.fixture
def poisoned(poisoned_master, tmp_path):
    import shutil

    target = tmp_path / "vergif.wpl"
    shutil.copy(poisoned_master, target)
    return target


# -- the sanitiser ------------------------------------------------------------------------------


def test_shown_makes_every_control_character_visible_one_for_one():
    text = f"a{HOSTILE}b\tc\nd\ud800"
    out = shown(text)
    assert not FORBIDDEN.search(out)
    assert len(out) == len(text)
    assert out.startswith("a␛]52;c;SGFjaw==␇␛]0;PWNED␇")
    assert "\t" in out and "\n" in out
    assert shown("gewoon Nederlands: cliënt, één, ‘quote’") == "gewoon Nederlands: cliënt, één, ‘quote’"
    assert shown(12) == 12 and shown(None) is None


def test_clean_name_removes_whole_sequences():
    assert clean_name(f"Casus {OSC52}{OSC0}FW-01") == "Casus FW-01"
    assert clean_name("\x1b[1;31mRood\x1b[0m") == "Rood"
    assert clean_name("Anna\u202e \x9b31mde Vries\x00\t") == "Anna de Vries"
    assert clean_name("regel\neen\ttwee") == "regel een twee"


def test_clean_body_keeps_offsets_and_repairs_windows_quotes():
    text = f"Zij zei \x93ja\x94 {OSC0} en\x0cdaarna \u202eomgekeerd \x81."
    out, n = clean_body(text)
    assert len(out) == len(text)
    assert not FORBIDDEN.search(out)
    assert "“ja”" in out  # C1 bytes are cp1252 quotes decoded as Latin-1
    assert "␛]0;PWNED␇" in out and "en\ndaarna" in out
    assert n == 7  # “ ” ESC BEL FF RLO 0x81: each counted once
    assert clean_body("niets bijzonders") == ("niets bijzonders", 0)


def test_json_text_means_the_same_but_is_safe():
    data = {"titel": hostile("x"), "n": 3}
    out = json_text(data)
    assert json.loads(out) == data
    assert not FORBIDDEN.search(out)


# -- at the terminal: every command that shows text ----------------------------------------------


COMMANDS = [
    ["info", "{p}"],
    ["info", "{p}", "--json"],
    ["zoek", "{p}", "wijkteam"],
    ["zoek", "{p}", "werkgevers", "--json"],
    ["coderingen", "{p}"],
    ["coderingen", "{p}", "--json"],
    ["coderingen", "{p}", "--json", "--ruw"],
    ["memo", "{p}", "--casus", "Casus 1" + HOSTILE],
    ["overeenstemming", "{p}", "--coder", "anna", "--coder", hostile("bram")],
    ["pseudo", "{p}", "--toon", "1", "--zonder-deduce"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a[:1] + a[2:3]) for a in COMMANDS])
def test_commands_show_no_control_characters(poisoned, args):
    result = CliRunner().invoke(cli, [a.replace("{p}", str(poisoned)) for a in args], catch_exceptions=False)
    output = result.stdout + result.stderr
    assert result.exit_code == 0, output
    assert "PWNED" in output or "␛" in output or "�" in output or args[-1] == "--json", output  # the data is there
    assert not FORBIDDEN.search(output), repr(FORBIDDEN.search(output))


def test_errors_show_no_control_characters(poisoned):
    result = CliRunner().invoke(cli, ["memo", str(poisoned), "--casus", hostile("bestaat niet")])
    assert result.exit_code != 0
    assert "␛]0;PWNED" in result.stderr
    assert not FORBIDDEN.search(result.stdout + result.stderr)


# -- in files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["exporteer", "matrix", "{p}", "--kolommen", "casus", "-o", "{o}.xlsx"],  # crashed: IllegalCharacterError
    ["exporteer", "matrix", "{p}", "--kolommen", hostile("kenmerk"), "-o", "{o}.xlsx"],
    ["exporteer", "matrix", "{p}", "--rijen", "casus", "--kolommen", "code", "-o", "{o}.xlsx"],
    ["exporteer", "matrix", "{p}", "--rijen", "casus", "--kolommen", "code", "-o", "{o}.docx"],
    ["exporteer", "rapport", "{p}", "-o", "{o}.xlsx"],
    ["overeenstemming", "{p}", "--coder", "anna", "--coder", hostile("bram"), "-o", "{o}.xlsx"],
], ids=["matrix-casus", "matrix-kenmerk", "framework-xlsx", "framework-docx", "rapport-xlsx", "overeenstemming"])
def test_exports_write_shown_text(poisoned, tmp_path, args):
    output = tmp_path / "uit"
    args = [a.replace("{p}", str(poisoned)).replace("{o}", str(output)) for a in args]
    if args[0] == "exporteer":
        args.append("--zonder-deduce")
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stdout + result.stderr
    path = next(tmp_path.glob("uit.*"))
    text = _file_text(path)
    assert "␛" in text or "�" in text  # the names are there, visibly
    assert not FORBIDDEN.search(text)


def _file_text(path) -> str:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path)
        return "\n".join([ws.title for ws in wb.worksheets] +
                         [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                          if c.value is not None])
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


# -- on import: names stripped, text replaced in place -------------------------------------------


def test_import_cleans_names_and_keeps_offsets(tmp_path):
    import csv

    from werkplaats.store import Project

    body = f"I: Hoe gaat het{OSC52}?\nR: Goed \x9b31m rood \u202eomgekeerd, \x93echt\x94.\n"
    (tmp_path / "interview.txt").write_text(body, encoding="utf-8")
    with open(tmp_path / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["bestand", "regio", "gemeente", "casus", "titel", hostile("kenmerk")])
        writer.writerow(["interview.txt", "WIL", hostile("Houten"), hostile("Casus 7"), hostile("Titel"),
                         hostile("waarde")])
    project = tmp_path / "p.wpl"
    runner = CliRunner()
    assert runner.invoke(cli, ["nieuw", str(project)]).exit_code == 0
    result = runner.invoke(cli, ["importeer", str(project), "--manifest", str(tmp_path / "manifest.csv")])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "stuurteken(s) in de tekst vervangen" in result.stderr
    with Project(project) as p:
        doc = p.documents.list()[0]
        assert doc["title"] == "Titel"
        assert doc["municipality"] == "Houten"
        assert [c["name"] for c in p.cases.list()] == ["Casus 7"]
        text = p.documents.get(doc["id"])["text"]
        assert not FORBIDDEN.search(text)
        assert "“echt”" in text and "�omgekeerd" in text
        for seg in p.documents.segments(doc["id"]):
            assert text[seg["start"]:seg["end"]] == seg["text"]  # offsets still hold
    c = sqlite3.connect(project)
    names = c.execute("SELECT name, value FROM case_attributes").fetchall()
    c.close()
    assert names == [("kenmerk", "waarde")]


# -- in the TUI and the review app -----------------------------------------------------------------


def test_textual_draws_control_characters_visibly():
    """Every strip Textual writes to the terminal passes the sanitiser (the guard is installed with werkplaats.tui)."""
    from rich.segment import Segment
    from rich.style import Style
    from textual.strip import Strip

    import werkplaats.tui  # noqa: F401  installs the guard
    from rich.console import Console

    console = Console(color_system="truecolor", force_terminal=True)
    strip = Strip([Segment(hostile("titel"), Style(bold=True)), Segment(" rest")])
    out = strip.render(console)
    printable = re.sub(r"\x1b\[[0-9;]*m", "", out)  # the style Textual adds itself
    assert not FORBIDDEN.search(printable)
    assert "␛]52;c;SGFjaw==" in printable
    assert len(printable) <= strip.cell_length + 0  # cut to the strip's own width


def test_a_progress_bar_shows_file_names_visibly():
    """Import shows each file name in a progress bar (rich's Live adds its own render hook)."""
    import io

    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    from werkplaats.safetext import guard_console

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    guard_console(console)
    with Progress(TextColumn("Importeren"), BarColumn(), TextColumn("{task.description}"), console=console) as bar:
        task = bar.add_task("", total=2)
        bar.update(task, advance=1, description=hostile("pijp.txt"))
        bar.refresh()
    console.print(hostile("daarna"))
    out = buffer.getvalue()
    assert "␛]0;PWNED" in out
    assert "\x1b]0;" not in out and "\x1b]52" not in out
