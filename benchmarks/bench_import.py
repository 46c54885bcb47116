"""Import speed: `werkplaats import` versus bare python-docx text extraction.

Generates a synthetic corpus of docx transcripts (default 200 × 5,000 words),
then prints words/s for bare python-docx extraction of the same files (the
floor), words/s for `werkplaats import` run as a user runs it (a subprocess
on the folder), their ratio (target ≥ 0.5) and peak memory of the import.

    python benchmarks/bench_import.py [--docs 200] [--words 5000]
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

WORDS = (
    "ik denk dat de klantmanager eigenlijk wel goed luisterde maar de schulden waren echt een probleem "
    "en het wijkteam kwam pas later in beeld nou ja toen hebben we samen een plan gemaakt met de "
    "werkgever voor een proefplaatsing van drie maanden en de taal bleef lastig weet je"
).split()


def make_corpus(folder: Path, docs: int, words: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    total = 0
    for i in range(docs):
        d = docx.Document()
        d.add_paragraph(f"Interview {i}", style="Title")
        for key, value in (("Respondent", f"Respondent {i}"), ("Functie", "klantmanager"), ("Datum", "2024-03-12")):
            d.add_paragraph(f"{key}: {value}")
        written = 0
        turn = 0
        while written < words:
            n = rng.randint(15, 80)
            speaker = "I" if turn % 2 == 0 else "R"
            d.add_paragraph(f"[00:{turn // 60 % 60:02d}:{turn % 60:02d}] {speaker}: " + " ".join(rng.choices(WORDS, k=n)))
            written += n
            turn += 1
        d.save(folder / f"interview-{i:03d}.docx")
        total += written
    return total


def bare_extraction(files: list[Path]) -> tuple[float, int]:
    start = time.perf_counter()
    words = 0
    for f in files:
        words += sum(len(p.text.split()) for p in docx.Document(str(f)).paragraphs)
    return time.perf_counter() - start, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        t0 = time.perf_counter()
        make_corpus(corpus, args.docs, args.words)
        print(f"corpus: {args.docs} docx × ~{args.words} woorden, gemaakt in {time.perf_counter() - t0:.1f} s")
        files = sorted(corpus.glob("*.docx"))
        bare_s, words = bare_extraction(files)
        project = tmp / "bench.wpl"
        cli = [sys.executable, "-m", "werkplaats.cli"]
        subprocess.run(cli + ["init", str(project)], check=True, capture_output=True)
        t0 = time.perf_counter()
        subprocess.run(cli + ["import", str(project), str(corpus), "--regio", "WIL", "--type", "interview"],
                       check=True, capture_output=True)
        import_s = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        bare_wps = words / bare_s
        import_wps = words / import_s
        print(f"woorden totaal:                 {words:,}")
        print(f"python-docx kale extractie:     {bare_wps:,.0f} woorden/s ({bare_s:.1f} s)")
        print(f"werkplaats import (subprocess): {import_wps:,.0f} woorden/s ({import_s:.1f} s)")
        print(f"verhouding import/kaal:         {import_wps / bare_wps:.2f} (doel ≥ 0.5)")
        print(f"piekgeheugen import:            {peak_mb:.0f} MB")
        print(f"projectbestand:                 {project.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
