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

import os
import subprocess
import sys


def main(argv: list[str] | None = None) -> int:
    from ..store import Project, StoreError
    from .load import NlpError
    from .suggest import train_now

    if hasattr(os, "nice"):
        os.nice(10)  # the researcher's typing comes first: the scheduler favours the TUI's process
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
    # one core at most (numerical libraries would otherwise start a thread per core), so the TUI keeps one
    env = os.environ | {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
    return subprocess.Popen([sys.executable, "-m", "werkplaats.nlp.retrain", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=env)


if __name__ == "__main__":
    sys.exit(main())
