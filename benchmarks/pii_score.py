"""Scoring pseudonymisation against the field corpus's planted personal data.

``../shared/field-corpus/expected.jsonl`` lists per file every planted
personal detail (``pii``: text, type, context) and strings that must stay
(``not_pii``: text, reason). :func:`import_field_corpus` imports the files
into a project the way a researcher would (``werkplaats import`` with region
and type); :func:`score_field_corpus` then compares the stored detections:

- a ``pii`` item is *found* when every occurrence of its text in the file's
  documents is covered: the identifying part completely (for a name every
  capitalised word except a title such as "meneer"; for an age every digit
  or the number word; for anything else every character);
- a ``not_pii`` item is *replaced* when any of its occurrences (outside a
  longer pii text) overlaps an active detection.

Occurrences follow the corpus's matching rule (whitespace collapsed): the
text is searched as a whole word, with any run of whitespace matching any
run. Items that werkplaats keeps outside the document text (questionnaire
answers stored as case attributes) are counted apart: pseudonymisation is a
view over text and does not reach them.

Read at bench and test time only; nothing here is copied into the project.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

FIELD = Path(__file__).resolve().parents[2] / "shared" / "field-corpus"

# Field-corpus types → werkplaats detection types.
TYPES = {
    "name": "persoon", "age": "leeftijd", "date_of_birth": "datum", "address": "adres", "postcode": "postcode",
    "phone": "telefoonnummer", "email": "e-mailadres", "bsn": "bsn", "iban": "iban",
    "client_number": "dossiernummer", "place": "plaats", "employer": "instelling", "ip_address": "overig",
    "geo": "overig",
}
# Direct identifiers (issue 16: recall ≥ 0.98 on these).
DIRECT = {"name", "address", "postcode", "phone", "email", "bsn", "iban", "client_number"}
TITLES = {"meneer", "mevrouw", "dhr", "mw", "mevr"}


def load_expected(root: Path = FIELD) -> list[dict]:
    with (root / "expected.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def import_field_corpus(project, root: Path = FIELD) -> dict[str, list[int]]:
    """Import every file of the field corpus; return file name → document ids."""
    from werkplaats.ingest import ImportOptions, import_file

    documents: dict[str, list[int]] = {}
    for row in load_expected(root):
        options = ImportOptions(region=None if row["region"] == "all" else row["region"],
                                municipality=row.get("municipality"), source_type=row["source_type"])
        result = import_file(project, root / row["file"], options)
        if result.status != "geïmporteerd":
            raise RuntimeError(f"{row['file']}: {result.status} {result.reason}")
        documents[row["file"]] = result.document_ids
    return documents


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``needle`` in ``text``; any whitespace run matches any other."""
    parts = [re.escape(p) for p in needle.split()]
    before = r"(?<![\w])" if needle[:1].isalnum() else ""
    after = r"(?![\w])" if needle[-1:].isalnum() else ""
    return [(m.start(), m.end()) for m in re.finditer(before + r"\s+".join(parts) + after, text)]


NOT_AN_AGE_AFTER = re.compile(r"\s*(?:uur|minuten|min|weken|maanden|dagen|euro|procent|%|keer|x)\b", re.IGNORECASE)


def age_position(text: str, a: int, b: int) -> bool:
    """Whether a number at ``[a, b)`` can be an age: not part of a time, date, amount or duration."""
    if a > 1 and re.match(r"[\d][:.,/-]", text[a - 2:a]) or re.match(r"[:.,/-]\d", text[b:b + 2]):
        return False
    if (a == 0 or text[a - 1] == "\n") and text[b:b + 1] == ".":
        return False  # a numbered heading
    return NOT_AN_AGE_AFTER.match(text, b) is None


def must_cover(kind: str, text: str, a: int) -> list[tuple[int, int]]:
    """The parts of an occurrence at ``a`` that a detection has to hide."""
    if kind == "name":
        spans = [(a + m.start(), a + m.end()) for m in re.finditer(r"[\w'-]+", text)
                 if m.group()[:1].isupper() and m.group().rstrip(".").lower() not in TITLES]
        return spans or [(a, a + len(text))]
    if kind == "age":
        return [(a + m.start(), a + m.end()) for m in re.finditer(r"\w+", text)]
    if kind == "name":
        pass
    return [(a, a + len(text))]


def covered(spans: list[tuple[int, int]], detections: list[dict]) -> bool:
    """Every character of every span lies inside some detection."""
    for a, b in spans:
        pos = a
        for d in sorted(detections, key=lambda d: d["start"]):
            if d["start"] <= pos < d["end"]:
                pos = d["end"]
            if pos >= b:
                break
        if pos < b:
            return False
    return True


def score_field_corpus(project, documents: dict[str, list[int]], store, root: Path = FIELD) -> dict:
    """Recall per pii item, precision per detection, and the not_pii items that were replaced.

    :param store: a :class:`~werkplaats.store.pseudo.Pseudo` (``project.pseudo``) (its active detections count).
    """
    items, dets, replaced, outside = [], [], [], []
    for row in load_expected(root):
        ids = documents[row["file"]]
        texts = {i: project.documents.get(i)["text"] for i in ids}
        active = {i: [{"start": d.start, "end": d.end, "type": d.type, "text": d.text, "source": d.source}
                      for d in store.active(i)] for i in ids}
        pii_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for p in row["pii"]:
            forms = {p["text"], p["text"][:1].swapcase() + p["text"][1:]} if p["type"] == "name" else {p["text"]}
            occ = [(i, a, b) for i in ids for form in forms for a, b in occurrences(texts[i], form)
                   if p["type"] != "age" or age_position(texts[i], a, b)]
            if not occ:
                outside.append({**p, "file": row["file"]})
                continue
            hits = 0
            types = set()
            for i, a, b in occ:
                pii_spans[i].append((a, b))
                near = [d for d in active[i] if d["start"] < b and d["end"] > a]
                if covered(must_cover(p["type"], texts[i][a:b], a), near):
                    hits += 1
                types.update(d["type"] for d in near)
            items.append({**p, "file": row["file"], "n": len(occ), "covered": hits, "found": hits == len(occ),
                          "type_ok": TYPES[p["type"]] in types, "hit_types": sorted(types)})
        for n in row["not_pii"]:
            for i in ids:
                for a, b in occurrences(texts[i], n["text"]):
                    inside_pii = any(x <= a and b <= y and (x, y) != (a, b) for x, y in pii_spans[i])
                    if inside_pii:
                        continue
                    over = [d for d in active[i] if d["start"] < b and d["end"] > a]
                    if over:
                        replaced.append({**n, "file": row["file"], "by": over[0]})
                        break
                else:
                    continue
                break
        for i in ids:
            for d in active[i]:
                hit = any(d["start"] < y and d["end"] > x for x, y in pii_spans[i])
                dets.append({**d, "hit": hit, "file": row["file"]})
    return {"items": items, "detections": dets, "replaced": replaced, "outside": outside}


def recall(items: list[dict], kinds: set[str] | None = None) -> tuple[int, int]:
    chosen = [it for it in items if kinds is None or it["type"] in kinds]
    return sum(it["found"] for it in chosen), len(chosen)
