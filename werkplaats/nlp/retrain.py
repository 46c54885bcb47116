"""Retrain a project's suggester in a process of its own: the TUI's background retraining.

A thread would share Python's interpreter lock with the user interface, and
scikit-learn's liblinear holds that lock for up to a quarter of a second per
code on a large project, so typing would stutter. As a child process (the
machine has more than one core) the interface never waits.

    python -m werkplaats.nlp.retrain PROJECT

Exit code 0 with a one-line Dutch summary on stdout, or 1 with the Dutch
error on stderr (never the project's text).
"""

from __future__ import annotations

import subprocess
import sys


def main(argv: list[str] | None = None) -> int:
    from ..store import Project, StoreError
    from .load import NlpError
    from .suggest import train_now

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("Gebruik: python -m werkplaats.nlp.retrain PROJECT", file=sys.stderr)
        return 2
    try:
        with Project(args[0]) as project:
            info = train_now(project)
    except (StoreError, NlpError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    meta = info.get("meta", {})
    print(f"Model bijgetraind ({meta.get('positief', 0)} coderingen, {meta.get('afgewezen', 0)} afwijzingen).")
    return 0


def start(path) -> subprocess.Popen:
    """Start retraining the project at ``path`` in a child process (read its result with ``communicate``)."""
    return subprocess.Popen([sys.executable, "-m", "werkplaats.nlp.retrain", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)


if __name__ == "__main__":
    sys.exit(main())
