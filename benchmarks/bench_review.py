"""Review UI start-up: time from start to the first fragment shown (target < 1 s).

Builds the demo project, packs 40 fragments (rules-only pseudonymisation, so
the figure is about the review UI, not about deduce), then starts the review
app headless and prints the time to the first painted fragment.

    python benchmarks/bench_review.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project, package = Path(tmp) / "demo.wpl", Path(tmp) / "review.wpr"
        cli = [sys.executable, "-m", "werkplaats.cli"]
        subprocess.run(cli + ["demo", "-o", str(project), "--no-tui"], check=True, capture_output=True)
        t = time.perf_counter()
        subprocess.run(cli + ["review", "pak", str(project), "-o", str(package), "--max", "40", "--zonder-deduce",
                              "--coder", "bench"], check=True, capture_output=True)
        print(f"reviewpakket maken (40 fragmenten, alleen regels): {time.perf_counter() - t:.2f} s")
        code = (
            "import asyncio, time\n"
            "t = time.perf_counter()\n"
            "from werkplaats.review.app import ReviewApp\n"
            "async def main():\n"
            f"    app = ReviewApp({str(package)!r}, 'bench')\n"
            "    async with app.run_test(size=(120, 40)) as pilot:\n"
            "        await pilot.pause()\n"
            "        print(f'review-omgeving starten tot eerste fragment: {time.perf_counter() - t:.2f} s (doel < 1 s)')\n"
            "asyncio.run(main())\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)


if __name__ == "__main__":
    main()
