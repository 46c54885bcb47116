"""Autocoding and scripted coding speed on a 1 M-word project.

Prints, for the commands as a user runs them (subprocesses):
- `werkplaats autocode --zoek` with ~10,000 hits (target < 3 s)
- `werkplaats codings importeer` of 50,000 codings from CSV (target < 5 s)
- `werkplaats codings --json` of 50,000 codings (target < 2 s)

    python benchmarks/bench_autocode.py [--docs 200] [--words 5000]
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_tui import build  # noqa: E402

from werkplaats.store import Project  # noqa: E402


def timed(args: list[str]) -> tuple[float, str]:
    t = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "werkplaats.cli", *args], capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if result.returncode != 0:
        raise SystemExit(f"{args[0]} mislukt: {result.stderr[-500:]}")
    return elapsed, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "bench.wpl"
        build(path, args.docs, args.words, codings=0, marker=("schuldhulpverlening", 0.5))
        with Project(path) as p:
            info = p.info()
            docs = [(d["id"], len(p.documents.get(d["id"])["text"])) for d in p.documents.list()]
        print(f"project: {info['documents']} documenten, {info['words']:,} woorden, {info['segments']:,} segmenten")

        t, out = timed(["autocode", str(path), "--zoek", "schuldhulpverlening", "--code", "cl.basisvoorwaarden", "--coder", "auto"])
        print(f"autocode --zoek ({out.split()[0]} treffers):       {t:6.2f} s  (doel < 3 s)")

        rng = random.Random(3)
        rows = []
        for _ in range(50_000):
            doc_id, length = rng.choice(docs)
            start = rng.randrange(0, length - 200)
            rows.append((doc_id, start, start + rng.randint(20, 200), rng.choice(["pr.vertrouwensrelatie", "sa.driehoeksgesprek", "cl.eigen_regie"])))
        csv_path = tmp / "codings.csv"
        with open(csv_path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, delimiter=";")
            w.writerow(["document", "start", "eind", "code", "codeur"])
            w.writerows([(d, a, b, c, "import") for d, a, b, c in rows])
        t, out = timed(["codings", "importeer", str(path), str(csv_path)])
        print(f"codings importeer (50.000 regels):         {t:6.2f} s  (doel < 5 s) — {out.strip()}")

        t, out = timed(["codings", str(path), "--coder", "import", "--json"])
        print(f"codings --json ({len(out.splitlines()):,} coderingen):       {t:6.2f} s  (doel < 2 s)")


if __name__ == "__main__":
    main()
