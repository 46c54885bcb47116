"""Run the werkplaats command line and stop dead at a chosen moment while it writes a file.

Used by the kill-during-write tests: the test starts this script in a subprocess,
waits for the marker file, and kills the process with SIGKILL. Nothing in werkplaats
knows about it: an audit hook (:func:`sys.addaudithook`) watches the file operations.

    python killpoint.py MARKER FOLDER MODE werkplaats-arguments…

MODE ``commit``: block the moment a file is about to be renamed or linked into FOLDER
(the new content is complete but not yet in place).
MODE ``write``: block as soon as a file created or truncated in FOLDER (or below it; or an
SQLite database created there) holds data: at the next Python call after its first bytes reach
the disk, so the content is partial, or complete but not yet in place.
"""

from __future__ import annotations

import os
import sys
import time

marker, folder, mode = sys.argv[1], os.path.realpath(sys.argv[2]), sys.argv[3]
arguments = sys.argv[4:]
state = {"watching": False}
existing = set(os.listdir(folder))


def _in_folder(path) -> bool:
    try:
        path = os.fsdecode(path)
    except TypeError:
        return False
    parent = os.path.dirname(os.path.realpath(path))
    return parent == folder or parent.startswith(folder + os.sep)


def _mark() -> None:
    with open(marker, "w") as f:
        f.write(str(os.getpid()))


def _watch(path: str) -> None:
    """From now on, at every Python call of this thread, look whether ``path`` holds data; then stop dead."""
    state["watching"] = True
    state["path"] = path
    state["calls"] = 0

    def profile(frame, event, arg) -> None:
        state["calls"] += 1
        if state["calls"] % 20:
            return
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        if size > 0:
            sys.setprofile(None)
            _mark()
            time.sleep(3600)

    sys.setprofile(profile)


def hook(event: str, args) -> None:
    if mode == "commit" and event in ("os.rename", "os.link") and _in_folder(args[1]):
        _mark()
        time.sleep(3600)
    elif mode == "write" and not state["watching"]:
        if event == "open" and isinstance(args[0], (str, bytes)) and _in_folder(args[0]):
            name, mode_text, flags = os.path.basename(os.fsdecode(args[0])), args[1] or "", args[2] or 0
            writing = any(c in mode_text for c in "wax") or bool(flags & (os.O_WRONLY | os.O_RDWR))
            truncating = "w" in mode_text or bool(flags & os.O_TRUNC)
            if writing and (name not in existing or truncating):
                _watch(os.fsdecode(args[0]))
        elif event == "sqlite3.connect" and _in_folder(args[0]) \
                and os.path.basename(os.fsdecode(args[0])) not in existing:
            _watch(os.fsdecode(args[0]))


sys.addaudithook(hook)
from werkplaats.cli import cli  # noqa: E402

cli.main(arguments, prog_name="werkplaats")
