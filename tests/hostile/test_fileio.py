"""werkplaats.fileio: atomic writes that never replace a user's file unasked and leave nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from werkplaats.fileio import OutputExists, clean_stale, replacing, write_bytes, write_text


def names(folder) -> list[str]:
    return sorted(os.listdir(folder))


def test_new_file_and_no_replacing_unasked(tmp_path):
    target = tmp_path / "uit.csv"
    write_text(target, "a;b\n")
    assert target.read_text() == "a;b\n"
    with pytest.raises(OutputExists):
        write_text(target, "c;d\n")
    assert target.read_text() == "a;b\n"
    assert names(tmp_path) == ["uit.csv"]


def test_overwrite_keeps_the_mode_of_the_replaced_file(tmp_path):
    target = tmp_path / "uit.csv"
    target.write_text("oud")
    target.chmod(0o640)
    write_bytes(target, b"nieuw", overwrite=True)
    assert target.read_bytes() == b"nieuw"
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "uit.xlsx"
    target.write_bytes(b"oud")
    with pytest.raises(RuntimeError), replacing(target, overwrite=True) as temp:
        temp.write_bytes(b"half")
        assert temp.stat().st_mode & 0o077 == 0  # private while it is written
        raise RuntimeError("kapot")
    assert target.read_bytes() == b"oud"
    assert names(tmp_path) == ["uit.xlsx"]


def test_a_file_that_appears_meanwhile_is_not_replaced(tmp_path):
    target = tmp_path / "uit.csv"
    with pytest.raises(OutputExists), replacing(target) as temp:
        temp.write_text("van ons")
        target.write_text("van een ander")  # another process was quicker
    assert target.read_text() == "van een ander"
    assert names(tmp_path) == ["uit.csv"]


def test_a_database_is_made_in_a_private_folder(tmp_path):
    import sqlite3

    target = tmp_path / "pakket.wpr"
    with replacing(target, exists=False) as temp:
        assert not temp.exists() and temp.parent != tmp_path
        assert temp.parent.stat().st_mode & 0o077 == 0
        connection = sqlite3.connect(temp)
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
        connection.close()
    assert names(tmp_path) == ["pakket.wpr"]
    assert sqlite3.connect(target).execute("SELECT count(*) FROM t").fetchone() == (0,)


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_clean_stale_removes_what_killed_processes_left(tmp_path):
    gone = dead_pid()
    (tmp_path / f".werkplaats-tmp-{gone}-abc123.qdpx").write_bytes(b"ruwe tekst")
    (tmp_path / f".werkplaats-tmp-{gone}-def456.wpr-journal").write_bytes(b"")
    (tmp_path / f".werkplaats-tmp-{gone}-folder").mkdir()
    (tmp_path / f".werkplaats-tmp-{gone}-folder" / "new.wpl").write_bytes(b"x")
    running = tmp_path / f".werkplaats-tmp-{os.getpid()}-ghi789.csv"  # ours, still being written
    running.write_bytes(b"")
    old_style = tmp_path / ".werkplaats-k3j_x9ab.qdpx"  # an older version's mkstemp name
    old_style.write_bytes(b"")
    an_hour_ago = time.time() - 7200
    os.utime(old_style, (an_hour_ago, an_hour_ago))
    young_old_style = tmp_path / ".werkplaats-zz99yy88.xlsx"
    young_old_style.write_bytes(b"")
    (tmp_path / ".werkplaats-notities.txt").write_text("van de gebruiker")  # not one of ours
    (tmp_path / "onderzoek.wpl").write_bytes(b"")
    assert clean_stale(tmp_path) == 4
    assert names(tmp_path) == sorted([running.name, young_old_style.name, ".werkplaats-notities.txt",
                                      "onderzoek.wpl"])
