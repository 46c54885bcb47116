"""The TUI and the review app on a real terminal (a pty): hostile names and texts are drawn, never executed.

Without the guard (werkplaats.safetext.guard_textual) both apps wrote the complete
OSC 52 clipboard write and OSC 0 title change of a poisoned title to the terminal.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import sqlite3
import struct
import subprocess
import sys
import termios
import time

import pytest

from .conftest import ROOT, run_cli
from .test_safe_output import HOSTILE, hostile, poison

# Escape sequences a poisoned field would produce; Textual's own output is CSI plus OSC 22 (pointer shape).
INJECTED = re.compile(rb"\x1b\](?:52|0|2);|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")


def on_terminal(args: list[str], keys: bytes = b"jq", timeout: float = 90) -> bytes:
    """Run ``werkplaats ARGS`` on a pseudo-terminal of 140×40; press ``keys`` once it is drawn; all it wrote."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 140, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(ROOT), "WERKPLAATS_CODER": "anna"}
    process = subprocess.Popen([sys.executable, "-c", "from werkplaats.cli import main; main()", *args],
                               stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
                               start_new_session=True)
    os.close(slave)
    out, started, quiet, sent = b"", time.monotonic(), time.monotonic(), False
    try:
        while time.monotonic() - started < timeout and process.poll() is None:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:
                    break
                out += data
                quiet = time.monotonic()
            elif not sent and len(out) > 2000 and time.monotonic() - quiet > 1.5:
                for key in keys:
                    os.write(master, bytes([key]))
                    time.sleep(0.4)
                sent = True
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        os.close(master)
    assert sent, out[-2000:]
    return out


@pytest.fixture(scope="module")
def poisoned_small(small_master, tmp_path_factory):
    import shutil

    path = tmp_path_factory.mktemp("terminal") / "vergif.wpl"
    shutil.copy(small_master, path)
    poison(path)
    return path


def test_tui_draws_poisoned_names_visibly(poisoned_small):
    out = on_terminal(["tui", str(poisoned_small), "--coder", "anna"])
    assert "␛]52;c;SGFjaw==".encode() in out  # the poisoned title is on the screen, as text
    assert not INJECTED.search(out), INJECTED.search(out)


def test_review_app_draws_a_tampered_package_visibly(poisoned_small, tmp_path):
    package = tmp_path / "review.wpr"
    made = run_cli(["review", "pak", str(poisoned_small), "-o", str(package), "--coder", "anna", "--zonder-deduce",
                    "--sla-over"])
    assert made.returncode == 0, made.stderr
    c = sqlite3.connect(package)  # tampered on its way back: escape sequences in what the app shows
    with c:
        c.execute("UPDATE fragments SET text = text || ?, before = ?, region = ?", (HOSTILE, hostile("voor"),
                                                                                    hostile("regio")))
        c.execute("UPDATE codes SET name = name || ?, definition = ?", (HOSTILE, hostile("definitie")))
    c.close()
    out = on_terminal(["review", str(package), "--naam", "Samira"], keys=b"q")
    assert "␛]0;PWNED".encode() in out
    assert not INJECTED.search(out), INJECTED.search(out)
