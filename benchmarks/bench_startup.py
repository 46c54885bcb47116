"""Start-up time of the ``werkplaats`` command, against the floor of ``python -c "import click, rich"``.

Target (issue 14): ``werkplaats --versie`` and ``werkplaats info PROJECT`` each take at most 2.5× the
time of ``python -c "import click, rich"``. The project is a demo-sized one built in a temporary folder
(``werkplaats demo --zonder-tui``). The three commands run in turns (so a busy machine slows all three
alike), ``--runs`` times each; the script prints the median of each and the ratios.

    python benchmarks/bench_startup.py [--runs 15] [--project bestaand.wpl]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 2.5
HEAVY = ("pandas", "numpy", "spacy", "sklearn", "matplotlib", "deduce")


def werkplaats_command() -> list[str]:
    """The installed ``werkplaats`` script next to this Python, else ``python -m werkplaats.cli``."""
    script = Path(sys.executable).with_name("werkplaats")
    return [str(script)] if script.exists() else [sys.executable, "-m", "werkplaats.cli"]


def seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def heavy_modules(args: list[str]) -> list[str]:
    """Heavy packages in ``sys.modules`` after running the CLI with ``args`` in a fresh interpreter."""
    code = ("import sys\nfrom werkplaats.cli import cli\n"
            f"try:\n    cli.main({args!r}, prog_name='werkplaats')\nexcept SystemExit:\n    pass\n"
            f"print('HEAVY:' + ','.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    line = next(line for line in out.splitlines() if line.startswith("HEAVY:"))
    return [m for m in line.removeprefix("HEAVY:").split(",") if m]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per command (default 15)")
    parser.add_argument("--project", help="an existing project instead of a freshly built demo")
    args = parser.parse_args()
    cli = werkplaats_command()
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        project = Path(args.project) if args.project else folder / "demo.wpl"
        if not args.project:
            print("Demo-project bouwen …", flush=True)
            subprocess.run([*cli, "demo", "--zonder-tui", "-o", str(project)], check=True, stdout=subprocess.DEVNULL)
        commands = {
            'python -c "import click, rich"': [sys.executable, "-c", "import click, rich"],
            "werkplaats --versie": [*cli, "--versie"],
            f"werkplaats info {project.name}": [*cli, "info", str(project)],
        }
        for command in commands.values():  # warm the file cache
            seconds(command)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(seconds(command))
        medians = {name: statistics.median(values) for name, values in times.items()}
        floor = next(iter(medians.values()))
        print(f"median of {args.runs} runs ({' '.join(cli)}):")
        for name, value in medians.items():
            ratio = value / floor
            verdict = "" if name.startswith("python") else ("  ok" if ratio <= TARGET else f"  > {TARGET}×")
            print(f"  {name:<36} {value * 1000:7.0f} ms  {ratio:4.2f}×{verdict}")
        for name, extra in (("--versie", ["--versie"]), ("info", ["info", str(project)])):
            loaded = heavy_modules(extra)
            print(f"  heavy modules after {name}: {', '.join(loaded) or 'none'}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
