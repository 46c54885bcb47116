"""spaCy-assisted coding on a large project: annotation, suggestions, training, memory.

Generates a project of 200 documents × 5,000 words (1 M words, the same
generator as bench_tui.py, turns cut into sentences of 5–16 words), then prints:

- annotating and storing lemmas with the shipped fallback pipeline, words/s (target ≥ 100,000)
- lemma search for one word and one phrase, ms
- suggestion latency for one segment once annotated, median and p95 ms (target < 20 ms)
- training on 2,000 coded segments, s (target < 60 s), and how long the event loop waits while
  that training runs in a background thread (the TUI's "without blocking typing")
- peak memory of the process, MB (target < 1,500 MB)

    python benchmarks/bench_nlp.py [--docs 200] [--words 5000] [--quality]

``--quality`` also prints the measured quality on the demo gold (train on
half of the documents, evaluate on the other half) and the model comparison.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_tui import build  # noqa: E402

from werkplaats.nlp.annotate import annotate  # noqa: E402
from werkplaats.nlp.load import load  # noqa: E402
from werkplaats.nlp.search import lemma_search  # noqa: E402
from werkplaats.nlp.suggest import suggest, suggester, train_now  # noqa: E402
from werkplaats.store import Project  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def code_segments(project: Project, n: int, seed: int = 7) -> None:
    """Code ``n`` random segments, each with one of the leaf codes."""
    rng = random.Random(seed)
    leaves = [c["id"] for c in project.codes.list() if c["depth"] == 1]
    segments = project.db.execute('SELECT document_id, start, "end" FROM segments').fetchall()
    chosen = rng.sample(segments, n)
    project.codings.apply_many([(d, s, e, rng.choice(leaves)) for d, s, e in chosen], coder="bench",
                               description="bench")


def training_lag(path: Path, in_process: bool = False) -> list[float]:
    """Retrain as the TUI does (a worker thread waiting for a child process, see
    werkplaats.nlp.retrain; ``in_process``: training in the thread itself) while an asyncio loop
    ticks every 10 ms (standing in for the TUI's event loop); return how late each tick came, in ms."""
    import asyncio
    import threading

    from werkplaats.nlp import retrain

    def work() -> None:
        if in_process:
            with Project(path) as own:
                train_now(own)
        else:
            retrain.start(path).communicate()

    async def measure() -> list[float]:
        thread = threading.Thread(target=work)
        thread.start()
        lags = []
        while thread.is_alive():
            started = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append((time.perf_counter() - started - 0.01) * 1000)
        return sorted(lags) or [0.0]

    return asyncio.run(measure())


def wilson(right: int, shown: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion ``right / shown``."""
    if not shown:
        return 0.0, 1.0
    p = right / shown
    centre = (p + z * z / (2 * shown)) / (1 + z * z / shown)
    half = z * ((p * (1 - p) / shown + z * z / (4 * shown * shown)) ** 0.5) / (1 + z * z / shown)
    return centre - half, centre + half


def quality() -> None:
    from werkplaats.demo import build_demo
    from werkplaats.nlp.quality import compare_models, gold_report, inner_report

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.wpl"
        build_demo(path)
        with Project(path) as p:
            if not p.db.execute("SELECT COUNT(*) FROM codings").fetchone()[0]:
                print("quality: the demo project has no gold codings (corpora/gold)")
                return
            report = gold_report(p)
            print(f"quality on the demo gold: train {report['train_documenten']} documents, "
                  f"test {report['test_documenten']} documents")
            for part, label in (("gecodeerde_segmenten", "coded test segments"), ("alle_segmenten", "all test segments")):
                r = report[part]
                for kind in ("woorden", "gecombineerd"):
                    t = r[kind]["totaal"]
                    fmt = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
                    print(f"  {label:20} {kind:12} precision@1 {fmt(t['p@1'])}  precision@3 {fmt(t['p@3'])}  "
                          f"recall@3 {fmt(t['r@3'])}  (shown {t['voorgesteld']}, right {t['goed']}, "
                          f"gold {t['gold']}, segments {t['segmenten']})")
            spans = report["gecodeerde_segmenten"]["zinnen"]
            print(f"  the suggested sentence(s) themselves carry a gold coding of the code: {spans['goed']}/"
                  f"{spans['voorgesteld']} = {spans['precisie'] or 0:.3f} (coded test segments, combined)")
            t = report["gecodeerde_segmenten"]["gecombineerd"]["totaal"]
            low, high = wilson(t["goed"], t["voorgesteld"])
            print(f"  combined precision@3 on coded test segments: {t['goed']}/{t['voorgesteld']}, "
                  f"95% interval {low:.2f}–{high:.2f} (Wilson)")
            inner = inner_report(p)
            for part, label in (("gecodeerde_segmenten", "coded segments"), ("alle_segmenten", "all segments")):
                t = inner[part]["gecombineerd"]["totaal"]
                print(f"  inner 4-fold CV in the training half, {label:15} combined precision@3 {t['p@3'] or 0:.3f}  "
                      f"recall@3 {t['r@3'] or 0:.3f}  (shown {t['voorgesteld']}, right {t['goed']})")
            print("model comparison (4-fold cross-validation inside the training half, plain ranking):")
            for name, m in compare_models(p).items():
                print(f"  {name:40} precision@1 {m['p@1']:.3f}  recall@3 {m['r@3']:.3f}  "
                      f"training {m['training_s']:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--coded", type=int, default=2000)
    parser.add_argument("--quality", action="store_true", help="also measure quality on the demo gold")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.wpl"
        started = time.perf_counter()
        build(path, args.docs, args.words, 0, sentences=True)
        print(f"project: {args.docs} documents × {args.words} words built in {time.perf_counter() - started:.1f} s")
        with Project(path) as p:
            words = p.db.execute("SELECT SUM(words) FROM documents").fetchone()[0]
            segments = p.db.execute("SELECT COUNT(*) FROM segments").fetchone()[0]
            started = time.perf_counter()
            pipeline = load()
            print(f"pipeline {pipeline.id} loaded in {time.perf_counter() - started:.2f} s")

            started = time.perf_counter()
            annotate(p, pipeline)
            seconds = time.perf_counter() - started
            print(f"annotate + store lemmas: {words:,} words, {segments:,} segments in {seconds:.1f} s "
                  f"= {words / seconds:,.0f} words/s (target ≥ 100,000)")

            for query in ("schuld", '"de schulden"'):
                started = time.perf_counter()
                hits = lemma_search(p, query, limit=100, pipeline=pipeline)
                print(f"lemma search {query}: {len(hits)} hits in {(time.perf_counter() - started) * 1000:.0f} ms")

            code_segments(p, args.coded)
            started = time.perf_counter()
            info = train_now(p, pipeline=pipeline)
            seconds = time.perf_counter() - started
            print(f"training on {info['meta']['positief']:,} coded segments "
                  f"({info['meta']['segmenten']:,} segments, {info['meta']['eenheden']:,} sentence units in coded "
                  f"documents): {seconds:.1f} s (target < 60 s); "
                  f"model {info['bytes'] // 1024} kB")

            for label, in_process in (("in a child process (as the TUI does)", False),
                                      ("in a thread of the same process (for comparison)", True)):
                lags = training_lag(path, in_process)
                print(f"while retraining {label}: event-loop delay median {lags[len(lags) // 2]:.1f} ms, "
                      f"p95 {lags[int(len(lags) * 0.95)]:.1f} ms, max {lags[-1]:.0f} ms over {len(lags):,} ticks "
                      f"of 10 ms (typing waits at most this long)")

            started = time.perf_counter()
            suggester(p, pipeline)
            print(f"suggester set-up (codebook keywords, model): {(time.perf_counter() - started) * 1000:.0f} ms")
            ids = [r[0] for r in p.db.execute("SELECT id FROM segments ORDER BY random() LIMIT 200")]
            times = []
            for seg_id in ids:
                started = time.perf_counter()
                suggest(p, "bench", segment_id=seg_id, pipeline=pipeline)
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            print(f"suggestions for one segment: median {statistics.median(times):.1f} ms, "
                  f"p95 {times[int(len(times) * 0.95)]:.1f} ms over {len(times)} segments (target < 20 ms)")
            started = time.perf_counter()
            suggest(p, "bench", code_id=p.nlp.segment_codes()[0][1], top=20, pipeline=pipeline)
            print(f"teach mode (best 20 segments of one code over all {segments:,} segments): "
                  f"{time.perf_counter() - started:.1f} s")
        print(f"peak memory: {peak_mb():,.0f} MB (target < 1,500 MB)")
    if args.quality:
        quality()


if __name__ == "__main__":
    main()
