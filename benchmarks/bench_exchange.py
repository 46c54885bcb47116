"""Exchange speed: REFI-QDA export and re-import of 1 M words / 50,000 codings, agreement for 3 coders.

Builds the bench_tui project (200 documents × 5,000 words, 50,000 codings), then prints

- export to .qdpx (target < 20 s)
- import of that .qdpx into a new project (target < 20 s)
- agreement for 3 coders over 50,000 segments (target < 2 s)

    python benchmarks/bench_exchange.py [--docs 200] [--words 5000] [--codings 50000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, "benchmarks")
from bench_tui import build  # noqa: E402

from werkplaats.exchange.agreement import SEGMENT, compute  # noqa: E402
from werkplaats.exchange.qdpx import export_qdpx, import_qdpx  # noqa: E402
from werkplaats.store import Project  # noqa: E402


def agreement_data(segments: int, coders: int, codes: int, seed: int = 3):
    """Three coders over ``segments`` segments: each codes ~30% of the segments, mostly agreeing."""
    rng = random.Random(seed)
    per_doc = 250
    segs = {}
    for d in range(segments // per_doc):
        segs[d] = [(i * 100, i * 100 + 90) for i in range(per_doc)]
    names = [f"codeur{i}" for i in range(coders)]
    code_ids = [f"k{i}" for i in range(codes)]
    codings = []
    for d, spans in segs.items():
        for s, e in spans:
            if rng.random() < 0.3:
                code = rng.choice(code_ids)
                for c in names:
                    r = rng.random()
                    if r < 0.8:
                        codings.append((d, s, e, code, c))
                    elif r < 0.9:
                        codings.append((d, s, e, rng.choice(code_ids), c))
    return names, codings, segs, code_ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--codings", type=int, default=50_000)
    parser.add_argument("--segments", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        build(tmp / "bench.wpl", args.docs, args.words, args.codings)
        print(f"project gebouwd: {args.docs} documenten × {args.words} woorden, {args.codings} coderingen "
              f"({time.perf_counter() - t:.1f} s)")
        with Project(tmp / "bench.wpl") as p:
            t = time.perf_counter()
            report = export_qdpx(p, tmp / "bench.qdpx")
            export_s = time.perf_counter() - t
        size = (tmp / "bench.qdpx").stat().st_size / 2**20
        print(f"export naar .qdpx: {export_s:.2f} s ({size:.1f} MB, {report.counts['coderingen']} coderingen)"
              f"  [doel < 20 s]")
        with Project.create(tmp / "terug.wpl") as q:
            t = time.perf_counter()
            back = import_qdpx(q, tmp / "bench.qdpx", "bench")
            import_s = time.perf_counter() - t
            n = q.db.execute("SELECT COUNT(*) FROM codings").fetchone()[0]
        print(f"import van .qdpx:  {import_s:.2f} s ({back.counts['documenten']} documenten, {n} coderingen)"
              f"  [doel < 20 s]")
    names, codings, segs, code_ids = agreement_data(args.segments, 3, 40)
    t = time.perf_counter()
    result = compute(names, codings, segs, {}, code_ids, SEGMENT)
    agree_s = time.perf_counter() - t
    print(f"overeenstemming 3 codeurs, {sum(len(s) for s in segs.values())} segmenten, {len(codings)} coderingen, "
          f"{len(code_ids)} codes: {agree_s:.2f} s (alfa {result.overall.alpha:.3f})  [doel < 2 s]")


if __name__ == "__main__":
    main()
