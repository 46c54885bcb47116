"""Pseudonymisation: detection quality against a gold standard, and speed.

(a) Quality. Builds the demo project in a temporary folder, runs
``Pseudonymiser(p).detect()`` (with deduce when installed) and scores the
stored detections against ``corpora/pii-gold.csv`` (``document;tekst;type``,
one row per distinct document/text/type):

- a gold item is *found* when every occurrence of its text in that document
  is covered by a non-rejected detection: one character of overlap is enough
  for names, places, institutions and ages; phone numbers, e-mail addresses,
  postcodes, addresses, BSN, IBAN and dates must be covered completely;
- precision is the share of detections that overlap some gold occurrence in
  their document, strict and ignoring detections of type datum/plaats (those
  are deliberately greedy).

Prints recall and precision per type and overall, and the missed items.

(b) The field corpus (``../shared/field-corpus``, read at bench time only):
imports its 36 files as a researcher would, runs detection and scores every
file's ``pii`` list (recall per type; direct identifiers: target ≥ 0,98,
overall ≥ 0,90) and its ``not_pii`` list (none may be replaced), see
``pii_score.py``. Also printed: precision per type (detections that overlap a
planted detail; dates of meetings are not planted, so datum is low by design).

(c) Speed. Builds a 1 M-word project (``bench_tui.build``) and prints the
words per second of ``detect()`` with and without deduce, the deduce start-up
time (the first ``deduce_detector()`` in the process) and the peak memory
(``resource.getrusage``). The run without deduce happens in a fresh child
process, so that its peak memory is not deduce's ~1 GB.

    python benchmarks/bench_pseudo.py [--snel] [--docs 200] [--words 5000]

``--snel`` skips part (c); ``--alleen demo|veld`` runs one quality part.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from werkplaats.demo import build_demo  # noqa: E402
from werkplaats.pseudo import Pseudonymiser  # noqa: E402
from werkplaats.store import Project  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpora" / "pii-gold.csv"
# Types whose gold text must be covered completely (a partial cover leaks digits).
EXACT = {"telefoonnummer", "e-mailadres", "postcode", "adres", "bsn", "iban", "datum"}
GREEDY = {"datum", "plaats"}
TYPE_ORDER = ["persoon", "telefoonnummer", "e-mailadres", "postcode", "adres", "bsn", "iban", "datum",
              "leeftijd", "instelling", "plaats", "overig"]
MAX_MISSED = 40


# -- helpers -------------------------------------------------------------------------

def nl(value: float, decimals: int = 0) -> str:
    """Dutch number formatting: 1.234.567,8"""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def pct(part: int, whole: int) -> str:
    return f"{nl(100 * part / whole, 1)}%" if whole else "–"


def peak_mb() -> float:
    """Peak resident memory of this process in MB (ru_maxrss is in KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def own_peak_mb() -> float:
    """Peak memory of this process image only. On Linux ``ru_maxrss`` carries over the parent's peak into a
    child (through fork and exec), so a child reads its own high-water mark, VmHWM, from /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_mb()


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text`` as a whole word (case-sensitive)."""
    before = r"(?<!\w)" if needle[:1].isalnum() else ""
    after = r"(?!\w)" if needle[-1:].isalnum() else ""
    return [(m.start(), m.end()) for m in re.finditer(before + re.escape(needle) + after, text)]


def load_gold(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f, delimiter=";")]


# -- (a) quality ---------------------------------------------------------------------------

def score(project: Project, ps: Pseudonymiser, gold: list[dict]) -> dict:
    """Recall per gold item and precision per detection, against the gold rows."""
    docs = {d["title"]: d["id"] for d in project.documents.list()}
    texts = {doc_id: project.documents.get(doc_id)["text"] for doc_id in docs.values()}
    detections = {
        doc_id: [d for d in ps.store.detections(doc_id) if d["status"] != "rejected"] for doc_id in docs.values()
    }
    problems: list[str] = []
    items: list[dict] = []
    gold_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for row in gold:
        doc_id = docs.get(row["document"])
        if doc_id is None:
            problems.append(f"document niet in het demoproject: {row['document']!r}")
            continue
        occ = occurrences(texts[doc_id], row["tekst"])
        if not occ:
            problems.append(f"tekst komt niet voor in {row['document']!r}: {row['tekst']!r}")
            continue
        gold_spans[doc_id] += occ
        covered, type_ok, hit_types = 0, True, set()
        for a, b in occ:
            if row["type"] in EXACT:
                hits = [d for d in detections[doc_id] if d["start"] <= a and d["end"] >= b]
            else:
                hits = [d for d in detections[doc_id] if d["start"] < b and d["end"] > a]
            if hits:
                covered += 1
                type_ok = type_ok and any(d["type"] == row["type"] for d in hits)
                hit_types.update(d["type"] for d in hits)
        items.append({**row, "doc_id": doc_id, "n": len(occ), "covered": covered,
                      "found": covered == len(occ), "type_ok": type_ok,
                      "hit_types": sorted(hit_types)})

    det_rows = []
    for doc_id, dets in detections.items():
        spans = gold_spans.get(doc_id, [])
        for d in dets:
            hit = any(d["start"] < b and d["end"] > a for a, b in spans)
            det_rows.append({**d, "hit": hit, "title": next(t for t, i in docs.items() if i == doc_id)})
    return {"items": items, "detections": det_rows, "problems": problems}


def print_quality(result: dict, heading: str, details: bool = True) -> None:
    items, dets = result["items"], result["detections"]
    print(f"\n{heading}")
    print("-" * len(heading))
    by_type: dict[str, list[dict]] = defaultdict(list)
    for it in items:
        by_type[it["type"]].append(it)
    det_by_type: dict[str, list[dict]] = defaultdict(list)
    for d in dets:
        det_by_type[d["type"]].append(d)
    types = [t for t in TYPE_ORDER if t in by_type or t in det_by_type]
    types += sorted((set(by_type) | set(det_by_type)) - set(types))
    print(f"{'type':<16}{'goud':>6}{'gevonden':>10}{'recall':>9}   {'detecties':>10}{'juist':>7}{'precisie':>10}")
    for t in types:
        g = by_type.get(t, [])
        found = sum(it["found"] for it in g)
        dt = det_by_type.get(t, [])
        hit = sum(d["hit"] for d in dt)
        print(f"{t:<16}{len(g):>6}{found:>10}{pct(found, len(g)):>9}   {len(dt):>10}{hit:>7}{pct(hit, len(dt)):>10}")
    found = sum(it["found"] for it in items)
    hit = sum(d["hit"] for d in dets)
    lenient = [d for d in dets if d["type"] not in GREEDY]
    lenient_hit = sum(d["hit"] for d in lenient)
    print(f"{'totaal':<16}{len(items):>6}{found:>10}{pct(found, len(items)):>9}   {len(dets):>10}{hit:>7}{pct(hit, len(dets)):>10}")
    occ = sum(it["n"] for it in items)
    occ_cov = sum(it["covered"] for it in items)
    print(f"\nRecall (gouditems, alle voorkomens gedekt): {pct(found, len(items))} ({found} van {len(items)})")
    print(f"Recall per voorkomen:                        {pct(occ_cov, occ)} ({occ_cov} van {occ})")
    print(f"Precisie strikt:                             {pct(hit, len(dets))} ({hit} van {len(dets)} detecties)")
    print(f"Precisie zonder datum/plaats-detecties:      {pct(lenient_hit, len(lenient))} "
          f"({lenient_hit} van {len(lenient)} detecties)")
    wrong_type = [it for it in items if it["found"] and not it["type_ok"]]
    print(f"Gevonden maar met een ander type:            {len(wrong_type)}")
    if not details:
        return
    missed = [it for it in items if not it["found"]]
    missed.sort(key=lambda it: (TYPE_ORDER.index(it["type"]) if it["type"] in TYPE_ORDER else 99, it["doc_id"]))
    print(f"\nGemiste goudstandaarditems ({len(missed)}, hoogstens {MAX_MISSED} getoond):")
    for it in missed[:MAX_MISSED]:
        part = f" [{it['covered']}/{it['n']} voorkomens gedekt]" if it["covered"] else ""
        print(f"  {it['type']:<14} {it['tekst']!r}{part}  — {it['document'][:60]}")
    if wrong_type:
        print("\nGevonden met een ander type (goudtype: tekst ← gedetecteerd als):")
        for it in wrong_type[:20]:
            print(f"  {it['type']:<14} {it['tekst']!r} ← {', '.join(it['hit_types'])}")
    false = [d for d in dets if not d["hit"]]
    counts = Counter((d["type"], d["text"]) for d in false)
    print(f"\nDetecties zonder goudstandaarditem ({len(false)}; per type/tekst, meest voorkomend eerst, hoogstens 30):")
    for (t, text), n in counts.most_common(30):
        print(f"  {t:<14} {text!r}" + (f" ×{n}" if n > 1 else ""))


def quality(gold_path: Path, deduce_loaded: bool) -> None:
    gold = load_gold(gold_path)
    print(f"\n== Kwaliteit: demoproject tegen {gold_path.relative_to(ROOT) if gold_path.is_relative_to(ROOT) else gold_path} ({len(gold)} goudstandaardregels) ==")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.wpl"
        build_demo(path)
        with Project(path) as p:
            words = sum(d["words"] or 0 for d in p.documents.list())
            ps = Pseudonymiser(p, use_deduce=None if deduce_loaded else False)
            t = time.perf_counter()
            counts = ps.detect()
            elapsed = time.perf_counter() - t
            print(f"Demoproject: {len(p.documents.list())} documenten, {nl(words)} woorden; detectie in {nl(elapsed, 2)} s "
                  f"({'regels+namen+deduce' if deduce_loaded else 'regels+namen, deduce niet geïnstalleerd'})")
            print("Detecties per type: " + ", ".join(f"{t} {n}" for t, n in counts.most_common()))
            result = score(p, ps, gold)
            for problem in result["problems"]:
                print(f"  LET OP: {problem}")
            print_quality(result, "Met deduce" if deduce_loaded else "Zonder deduce")
            if deduce_loaded:
                Pseudonymiser(p, use_deduce=False).detect()
                print_quality(score(p, ps, gold), "Ter vergelijking: alleen regels en namen (use_deduce=False)",
                              details=False)


# -- (b) speed ----------------------------------------------------------------------------

def detect_only(path: Path) -> None:
    """Child process for the speed test: ``detect()`` without deduce, never importing it; prints JSON."""
    with Project(path) as p:
        t = time.perf_counter()
        counts = Pseudonymiser(p, use_deduce=False).detect()
        elapsed = time.perf_counter() - t
    print(json.dumps({"seconds": elapsed, "detections": sum(counts.values()), "peak_mb": own_peak_mb(),
                      "deduce_imported": "deduce" in sys.modules}))


def speed(docs: int, words: int, deduce_loaded: bool) -> None:
    from bench_tui import build

    print(f"\n== Snelheid: project van {docs} documenten × {nl(words)} woorden ==")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.wpl"
        t = time.perf_counter()
        build(path, docs, words, 0)
        print(f"Project gebouwd in {nl(time.perf_counter() - t, 1)} s")
        with Project(path) as p:
            total = sum(d["words"] or 0 for d in p.documents.list())
        print(f"Woorden in het project:             {nl(total)}")

        # Without deduce in a fresh process, so that its peak memory is not deduce's.
        child = subprocess.run([sys.executable, __file__, "--intern-detect", str(path)],
                               capture_output=True, text=True)
        if child.returncode != 0:
            raise SystemExit(f"meting zonder deduce mislukt: {child.stderr[-800:]}")
        r = json.loads(child.stdout.strip().splitlines()[-1])
        print(f"detect() zonder deduce:             {nl(r['seconds'], 1)} s = {nl(total / r['seconds'])} woorden/s "
              f"({nl(r['detections'])} detecties; apart proces, piekgeheugen {nl(r['peak_mb'])} MB"
              f"{'' if not r['deduce_imported'] else ', LET OP: deduce toch geïmporteerd'})")

        if deduce_loaded:
            with Project(path) as p:
                ps = Pseudonymiser(p, use_deduce=True)
                t = time.perf_counter()
                counts = ps.detect()
                elapsed = time.perf_counter() - t
            print(f"detect() met deduce:                {nl(elapsed, 1)} s = {nl(total / elapsed)} woorden/s "
                  f"({nl(sum(counts.values()))} detecties; deduce was al geladen)")
        else:
            print("detect() met deduce:                overgeslagen (deduce niet geïnstalleerd)")
    print(f"Piekgeheugen met deduce (dit proces): {nl(peak_mb())} MB")


# -- (b) field corpus -----------------------------------------------------------------

def field_quality(deduce_loaded: bool) -> bool:
    """Score the field corpus; return whether the issue-16 targets are met."""
    import pii_score

    if not pii_score.FIELD.exists():
        print(f"\n== Veldcorpus: {pii_score.FIELD} niet gevonden; overgeslagen ==")
        return True
    rows = pii_score.load_expected()
    print(f"\n== Kwaliteit: veldcorpus ({len(rows)} bestanden, {sum(len(r['pii']) for r in rows)} geplante gegevens, "
          f"{sum(len(r['not_pii']) for r in rows)} niet-persoonsgegevens) ==")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        with Project.create(Path(tmp) / "veld.wpl") as p:
            docs = pii_score.import_field_corpus(p)
            words = sum(d["words"] or 0 for d in p.documents.list())
            runs = [("regels+namen+deduce", None)] if deduce_loaded else []
            runs.append(("alleen regels en namen (use_deduce=False)", False))
            for label, use in runs:
                ps = Pseudonymiser(p, use_deduce=use)
                t = time.perf_counter()
                ps.detect()
                elapsed = time.perf_counter() - t
                print(f"\n{label}: {len(p.documents.list())} documenten, {nl(words)} woorden, detectie in {nl(elapsed, 2)} s")
                result = pii_score.score_field_corpus(p, docs, ps.store)
                ok = print_field(result) and ok
    return ok


def print_field(result: dict) -> bool:
    import pii_score

    items, dets = result["items"], result["detections"]
    by_type: dict[str, list[dict]] = defaultdict(list)
    for it in items:
        by_type[it["type"]].append(it)
    det_by_type: dict[str, list[dict]] = defaultdict(list)
    for d in dets:
        det_by_type[d["type"]].append(d)
    print(f"{'type (veldcorpus)':<18}{'gepland':>8}{'gevonden':>10}{'recall':>9}   {'als type':<16}{'detecties':>10}{'juist':>7}{'precisie':>10}")
    for t in sorted(by_type, key=lambda t: (t not in pii_score.DIRECT, t)):
        g = by_type[t]
        found = sum(it["found"] for it in g)
        ours = pii_score.TYPES[t]
        dt = det_by_type.get(ours, [])
        hit = sum(d["hit"] for d in dt)
        print(f"{t:<18}{len(g):>8}{found:>10}{pct(found, len(g)):>9}   {ours:<16}{len(dt):>10}{hit:>7}{pct(hit, len(dt)):>10}")
    dfound, dn = pii_score.recall(items, pii_score.DIRECT)
    afound, an = pii_score.recall(items)
    hit = sum(d["hit"] for d in dets)
    lenient = [d for d in dets if d["type"] != "datum"]
    print(f"Recall directe identificatoren: {pct(dfound, dn)} ({dfound} van {dn}; doel ≥ 98%)")
    print(f"Recall alles:                   {pct(afound, an)} ({afound} van {an}; doel ≥ 90%)")
    print(f"Precisie:                       {pct(hit, len(dets))} ({hit} van {len(dets)} detecties); zonder datum "
          f"{pct(sum(d['hit'] for d in lenient), len(lenient))} (data van bijeenkomsten zijn niet gepland)")
    print(f"Niet-persoonsgegevens vervangen: {len(result['replaced'])} (doel 0)")
    for r in result["replaced"]:
        print(f"  {r['reason']:<22} {r['text']!r} ← {r['by']['type']} {r['by']['text']!r} ({r['file']})")
    if result["outside"]:
        kinds = Counter(o["type"] for o in result["outside"])
        print(f"Niet in de documenttekst (vragenlijstkolommen die kenmerken van de casus worden): {len(result['outside'])} "
              f"({', '.join(f'{k} {n}' for k, n in kinds.most_common())})")
    missed = [it for it in items if not it["found"]]
    for it in missed[:MAX_MISSED]:
        print(f"  gemist: {it['type']:<14} {it['text']!r} [{it['covered']}/{it['n']}] — {it['file']}")
    false = Counter((d["type"], d["text"]) for d in dets if not d["hit"] and d["type"] != "datum")
    if false:
        print("Detecties zonder gepland gegeven (geen datum): " + ", ".join(
            f"{t} {x!r}" + (f" ×{n}" if n > 1 else "") for (t, x), n in false.most_common(25)))
    return dfound >= 0.98 * dn and afound >= 0.90 * an and not result["replaced"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--snel", action="store_true", help="sla de meting op 1 M woorden over")
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--goud", type=Path, default=GOLD, help="goudstandaard (standaard corpora/pii-gold.csv)")
    parser.add_argument("--zonder-deduce", action="store_true", help="meet alleen regels en namen")
    parser.add_argument("--alleen", choices=["demo", "veld"], help="alleen deze kwaliteitsmeting")
    parser.add_argument("--intern-detect", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.intern_detect:
        detect_only(args.intern_detect)
        return

    print("Pseudonimisering: benchmark")
    print(f"Piekgeheugen bij de start:          {nl(peak_mb())} MB")
    from werkplaats.pseudo.deduce_adapter import deduce_detector

    t = time.perf_counter()
    detector = None if args.zonder_deduce else deduce_detector()
    startup = time.perf_counter() - t
    deduce_loaded = detector is not None
    if deduce_loaded:
        print(f"Opstarttijd deduce (eerste deduce_detector()): {nl(startup, 1)} s")
        print(f"Piekgeheugen na het laden van deduce: {nl(peak_mb())} MB")
    else:
        print("deduce is niet geïnstalleerd: alleen regels en namen")

    if args.alleen != "veld":
        quality(args.goud.resolve(), deduce_loaded)
    if args.alleen != "demo":
        ok = field_quality(deduce_loaded)
        print(f"\nDoelen veldcorpus gehaald: {'ja' if ok else 'NEE'}")
    print(f"\nPiekgeheugen na de kwaliteitsmeting: {nl(peak_mb())} MB")
    if args.snel:
        print("\n(--snel: meting op 1 M woorden overgeslagen)")
    else:
        speed(args.docs, args.words, deduce_loaded)


if __name__ == "__main__":
    main()
