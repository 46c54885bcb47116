"""Comparison matrices and exports on a large project: printed timings.

Generates a project with the 40-code demo codebook, 60 cases in three regions
(3 documents each, with trede_start/trede_eind), and 50,000 codings by two
coders (whole speaker turns and half turns, so fragments overlap). Then prints:

- computing all matrices of the report (load + 12 code/co-occurrence matrices; target < 1 s)
- the full Word report (target < 5 s)
- a single matrix to docx (the widest: codes × 60 cases; target < 2 s)

plus, for information, the framework matrix and the Excel workbook. Personal-data
detection (rules and name lists) runs once before the timings, as `werkplaats
pseudo` would; exports only render the stored detections.

    python benchmarks/bench_export.py [--cases 60] [--docs-per-case 3] [--words 3000] [--codings 50000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from werkplaats.analysis import Dataset, Quoter, framework_matrix, standard_matrices
from werkplaats.codebook import load_yaml_file
from werkplaats.exporters import export_matrix, export_report
from werkplaats.model import TURN, TextBuilder
from werkplaats.store import Project

ROOT = Path(__file__).resolve().parents[1]
try:
    from bench_tui import WORDS
except ImportError:  # run from elsewhere
    WORDS = "de klantmanager luisterde goed maar de schulden waren een probleem en het wijkteam kwam later".split()

REGIONS = ["Ferm Werk", "WIL Werk en Inkomen Lekstroom", "RSD Kromme Rijn Heuvelrug"]
TOWNS = {"Ferm Werk": ["Woerden", "Montfoort"], "WIL Werk en Inkomen Lekstroom": ["Houten", "Nieuwegein"],
         "RSD Kromme Rijn Heuvelrug": ["Zeist", "De Bilt"]}
TYPES = ["interview", "casuistiek", "observatie"]


def build(path: Path, cases: int, per_case: int, words: int, codings: int) -> None:
    rng = random.Random(7)
    with Project.create(path) as p:
        coders = ["anna", "bob"]
        p.codes.load_codebook(load_yaml_file(ROOT / "codebooks" / "werkzame-factoren.yaml"), coder=coders[0])
        leaves = [c["id"] for c in p.codes.list() if c["depth"] == 1]
        segments: dict[int, list[tuple[int, int]]] = {}
        with p.atomic():
            for case in range(cases):
                region = REGIONS[case % 3]
                name = f"Casus {region.split()[0]}-{case:02d}"
                for k in range(per_case):
                    b = TextBuilder()
                    written = 0
                    while written < words:
                        n = rng.randint(20, 80)
                        speaker = "I" if len(b.segments) % 2 == 0 else "R"
                        b.add(" ".join(rng.choices(WORDS, k=n)), TURN, prefix=f"{speaker}: ", speaker=speaker,
                              timestamp=float(len(b.segments) * 20))
                        written += n
                    title = f"{TYPES[k % 3]} {case:02d}-{k}"
                    doc = b.build(title, "txt")
                    sid = p.documents.add_source(filename=f"{title}.txt", path=f"{title}.txt", sha256=title, content=b"",
                                       fmt="txt")
                    doc_id = p.documents.add(doc, source_id=sid, filename=f"{title}.txt", source_type=TYPES[k % 3],
                                            region=region, municipality=TOWNS[region][case % 2], case=name)
                    segments[doc_id] = [(s.start, s.end) for s in doc.segments]
                start = rng.randint(1, 4)
                p.cases.set_attributes(p.cases.ensure(name), {"trede_start": start,
                                                            "trede_eind": min(6, start + rng.randint(0, 2))})
        docs = list(segments)
        wanted: dict[int, dict[tuple, None]] = {0: {}, 1: {}}
        total = 0
        while total < codings:
            who = 0 if rng.random() < 0.7 else 1
            doc = rng.choice(docs)
            start, end = rng.choice(segments[doc])
            if rng.random() < 0.3:
                end = (start + end) // 2
            key = (doc, start, end, rng.choice(leaves))
            if key not in wanted[who]:
                wanted[who][key] = None
                total += 1
        for who, items in wanted.items():
            p.codings.apply_many(list(items), coder=coders[who], description="bench")


def timed(label: str, fn, target: float | None = None):
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    verdict = "" if target is None else ("  (doel < %.0f s: %s)" % (target, "gehaald" if elapsed < target else "NIET gehaald"))
    print(f"{label:<58} {elapsed:6.2f} s{verdict}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--docs-per-case", type=int, default=3)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--codings", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.wpl"
        t = time.perf_counter()
        build(path, args.cases, args.docs_per_case, args.words, args.codings)
        with Project(path) as p:
            n_docs = len(p.documents.list())
            quoter = Quoter(p, deduce=False)
            quoter.prepare(d["id"] for d in p.documents.list())  # once, like 'werkplaats pseudo --zonder-deduce'
            codes = len(p.codes.list())
            print(f"Project: {codes} codes, {args.cases} casussen, {n_docs} documenten × {args.words} woorden, "
                  f"{args.codings} coderingen (opbouw en detectie {time.perf_counter() - t:.1f} s)")
            matrices = timed("Alle matrices berekenen (12, incl. laden)",
                             lambda: standard_matrices(Dataset(p)), 1)
            shapes = ", ".join(f"{m.key} {m.frame.shape[0]}×{m.frame.shape[1]}" for m in matrices[:4])
            timed("Framework-matrix (60 casussen × codes, 2 citaten per cel)",
                  lambda: framework_matrix(Dataset(p), Quoter(p, deduce=False)))
            timed("Volledig Word-rapport", lambda: export_report(p, Path(tmp) / "rapport.docx", deduce=False), 5)
            timed("Eén matrix naar docx (codes × 60 casussen)",
                  lambda: export_matrix(p, Path(tmp) / "casus.docx", columns="casus", deduce=False), 2)
            timed("Eén matrix naar docx (codes × regio)",
                  lambda: export_matrix(p, Path(tmp) / "regio.docx", columns="regio", deduce=False), 2)
            timed("Excel met alle matrices en alle citaten",
                  lambda: export_report(p, Path(tmp) / "alles.xlsx", deduce=False))
            print(f"({shapes}, …)")


if __name__ == "__main__":
    main()
