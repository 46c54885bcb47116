"""TUI speed on a large project: start-up, segment moves, coding, fragments view.

Generates a project of 200 documents × 5,000 words (1 M words) with 50,000
codings (2,000 of them on one code), then drives the real app headless with
Textual's Pilot and prints:

- time from start to the first painted document (target < 1 s)
- median time per segment move over 200 key presses (target < 50 ms)
- time to apply a code (target < 50 ms)
- time to open the fragments view of a code with 2,000 fragments (target < 300 ms)

    python benchmarks/bench_tui.py [--docs 200] [--words 5000] [--codings 50000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from werkplaats.codebook import load_yaml_file
from werkplaats.model import TURN, TextBuilder
from werkplaats.store import Project

ROOT = Path(__file__).resolve().parents[1]
WORDS = (
    "ik denk dat de klantmanager eigenlijk wel goed luisterde maar de schulden waren echt een probleem "
    "en het wijkteam kwam pas later in beeld nou ja toen hebben we samen een plan gemaakt met de "
    "werkgever voor een proefplaatsing van drie maanden en de taal bleef lastig weet je"
).split()


def build(path: Path, docs: int, words: int, codings: int, marker: tuple[str, float] | None = None,
          sentences: bool = False) -> None:
    """Create the benchmark project; ``marker=(word, share)`` puts ``word`` in that share of the segments;
    ``sentences`` cuts each turn into sentences of 5–16 words (as spoken turns are)."""
    rng = random.Random(7)
    regions = ["Ferm Werk", "WIL", "RSD Kromme Rijn Heuvelrug"]
    with Project.create(path) as p:
        p.codes.load_codebook(load_yaml_file(ROOT / "codebooks" / "werkzame-factoren.yaml"), coder="bench")
        leaf_codes = [c["id"] for c in p.codes.list() if c["depth"] == 1]
        segs_by_doc = {}
        with p.atomic():
            for i in range(docs):
                b = TextBuilder()
                written = 0
                while written < words:
                    n = rng.randint(20, 80)
                    speaker = "I" if len(b.segments) % 2 == 0 else "R"
                    words_here = rng.choices(WORDS, k=n)
                    if marker and rng.random() < marker[1]:
                        words_here[rng.randrange(n)] = marker[0]
                    text = " ".join(words_here)
                    if sentences:
                        cut, parts = 0, []
                        while cut < n:
                            size = rng.randint(5, 16)
                            parts.append(" ".join(words_here[cut:cut + size]).capitalize() + ".")
                            cut += size
                        text = " ".join(parts)
                    b.add(text, TURN, prefix=f"{speaker}: ", speaker=speaker,
                          timestamp=float(len(b.segments) * 20))
                    written += n
                doc = b.build(f"Interview {i:03d}", "txt")
                sid = p.documents.add_source(filename=f"i{i}.txt", path=f"i{i}.txt", sha256=f"bench{i}", content=b"", fmt="txt")
                doc_id = p.documents.add(doc, source_id=sid, filename=f"i{i}.txt", source_type="interview",
                                        region=regions[i % 3], case=f"Casus {i % 40:02d}")
                segs_by_doc[doc_id] = [(s.start, s.end) for s in doc.segments]
        doc_ids = list(segs_by_doc)
        hot = leaf_codes[0]
        unique: dict[tuple, None] = {}
        while len(unique) < min(2000, codings):  # exactly 2,000 distinct fragments of one code
            doc_id = rng.choice(doc_ids)
            unique[(doc_id, *rng.choice(segs_by_doc[doc_id]), hot)] = None
        while len(unique) < codings:
            doc_id = rng.choice(doc_ids)
            unique[(doc_id, *rng.choice(segs_by_doc[doc_id]), rng.choice(leaf_codes[1:]))] = None
        unique = list(unique)[:codings]
        p.codings.apply_many(unique, coder="bench", description="bench")


async def drive(path: Path) -> dict:
    from werkplaats.tui.app import CodingApp
    from werkplaats.tui.screens import FragmentsScreen

    t0 = time.perf_counter()
    app = CodingApp(path, "bench")
    figures = {}
    async with app.run_test(size=(180, 50)) as pilot:
        await pilot.pause()
        figures["start"] = time.perf_counter() - t0
        floor = []
        for _ in range(50):  # a key nobody binds: what Pilot itself costs per press
            t = time.perf_counter()
            await pilot.press("f12")
            floor.append(time.perf_counter() - t)
        figures["floor"] = statistics.median(floor)
        moves = []
        for _ in range(200):
            t = time.perf_counter()
            await pilot.press("down")
            moves.append(time.perf_counter() - t)
        figures["move_median"] = statistics.median(moves)
        figures["move_p95"] = sorted(moves)[int(len(moves) * 0.95)]
        applies = []
        for _ in range(20):
            await pilot.press("down")
            t = time.perf_counter()
            await pilot.press("1")
            applies.append(time.perf_counter() - t)
        figures["apply_median"] = statistics.median(applies)
        # the first coding starts the suggester's background training (50,000 codings, no model yet):
        # the remaining figures are measured while that child process uses one of the cores
        figures["training"] = app.suggestion_panel.training
        tree = app.query_one("#codes")
        hot = app.project.codes.list()[1]["id"]
        tree.focus()
        while tree.current_code != hot:
            await pilot.press("down")
        t = time.perf_counter()
        await pilot.press("g")
        while not isinstance(app.screen, FragmentsScreen):
            await pilot.pause()
        await pilot.pause()
        figures["fragments"] = time.perf_counter() - t
        figures["fragments_n"] = len(app.screen.fragments)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--codings", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.wpl"
        t = time.perf_counter()
        build(path, args.docs, args.words, args.codings)
        with Project(path) as p:
            info = p.info()
            n_codings = p.db["codings"].count
        print(f"project: {info['documents']} documenten, {info['words']:,} woorden, {info['segments']:,} segmenten, "
              f"{n_codings:,} coderingen (gemaakt in {time.perf_counter() - t:.1f} s)")
        f = asyncio.run(drive(path))
    print(f"start tot eerste document:        {f['start'] * 1000:7.0f} ms  (doel < 1000 ms)")
    floor = f["floor"]
    print(f"Pilot-vloer (ongebonden toets):   {floor * 1000:7.1f} ms  (kosten van de testharnas zelf, per toets)")
    print(f"segment verplaatsen (mediaan):    {f['move_median'] * 1000:7.1f} ms  (p95 {f['move_p95'] * 1000:.1f} ms); "
          f"zonder vloer {(f['move_median'] - floor) * 1000:.1f} ms (doel < 50 ms)")
    print(f"code toekennen (mediaan van 20):  {f['apply_median'] * 1000:7.1f} ms; zonder vloer "
          f"{(f['apply_median'] - floor) * 1000:.1f} ms (doel < 50 ms)")
    print(f"fragmentenoverzicht ({f['fragments_n']} fragm.): {f['fragments'] * 1000:7.0f} ms  (doel < 300 ms)")
    print("achtergrondtraining van het suggestiemodel (eigen proces) liep tijdens code toekennen en fragmenten: "
          + ("ja" if f["training"] else "nee"))


if __name__ == "__main__":
    main()
