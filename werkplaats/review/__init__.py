"""Review by ervaringsdeskundigen: packages out, judgements back.

:func:`pack` writes a separate package file with pseudonymised fragments
only; :func:`merge_back` brings the reviewers' judgements into the project;
:func:`agreement` summarises them per code.
"""

from __future__ import annotations

import random
import secrets
import uuid
from collections import Counter, defaultdict
from pathlib import Path

from ..fileio import OutputExists, replacing
from ..pseudo import Pseudonymiser
from ..pseudo.leaks import Leak, find_leaks
from ..store import Package, PackageError, Project, now
from ..store.base import coder_name

CONTEXT_CHARS = 220


class LeakError(PackageError):
    """The package would hold personal data; ``leaks`` says where (for the researcher's terminal only)."""

    def __init__(self, leaks: list[tuple[dict, Leak]]) -> None:
        self.leaks = leaks
        kinds = sorted({leak.type for _, leak in leaks})
        super().__init__(
            f"Het pakket zou {len(leaks)} persoonsgegeven(s) bevatten ({', '.join(kinds)}) in "
            f"{len({id(f) for f, _ in leaks})} fragment(en); het is niet gemaakt.")


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """Context bounds around ``[start, end)``: about CONTEXT_CHARS, cut at whitespace."""
    a = max(0, start - CONTEXT_CHARS)
    b = min(len(text), end + CONTEXT_CHARS)
    if a > 0:
        space = text.find(" ", a, start)
        a = space + 1 if space != -1 else start
    if b < len(text):
        space = text.rfind(" ", end, b)
        b = space if space != -1 else end
    return a, b


def _select(project: Project, codes: list[str] | None, region: str | None) -> list[dict]:
    from ..regions import canonical_region

    wanted_region = canonical_region(region) if region else None
    all_codes = project.codes.list()
    if codes:
        chosen = {c["id"] for c in all_codes if any(c["id"] == p or c["id"].startswith(p + ".") for p in codes)}
        unknown = [p for p in codes if not any(c["id"] == p or c["id"].startswith(p + ".") for c in all_codes)]
        if unknown:
            raise PackageError(f"Onbekende code(s): {', '.join(unknown)}.")
    else:
        chosen = {c["id"] for c in all_codes}
    docs = {d["id"]: d for d in project.documents.list()}
    seen, result = set(), []
    for k in project.codings.list():
        d = docs[k["document_id"]]
        key = (k["document_id"], k["start"], k["end"], k["code_id"])
        if k["code_id"] in chosen and key not in seen and (wanted_region is None or d["region"] == wanted_region):
            seen.add(key)
            result.append(k | {"region": d["region"], "source_type": d["source_type"]})
    return result


def pack(project: Project, output: str | Path, *, coder: str, codes: list[str] | None = None,
         region: str | None = None, maximum: int | None = None, use_deduce: bool | None = None,
         seed: int | None = None, skip_leaks: bool = False, overwrite: bool = False) -> dict:
    """Write a review package; return a summary (fragments, codes, package id, fragments left out).

    :param skip_leaks: leave out the fragments in which personal data would remain, instead of refusing.
    :param overwrite: replace an existing file at ``output``.
    :raises LeakError: when personal data would remain (and ``skip_leaks`` is false).
    """
    if Path(output).exists() and not overwrite:
        raise OutputExists(f"'{output}' bestaat al.")
    coder = coder_name(coder)
    items = _select(project, codes, region)
    if not items:
        raise PackageError("Geen gecodeerde fragmenten die aan de keuze voldoen.")
    if maximum and len(items) > maximum:
        items = random.Random(seed).sample(items, maximum)
    items.sort(key=lambda k: (k["code_id"], k["region"] or "", k["document_id"], k["start"]))
    ps = Pseudonymiser(project, use_deduce=use_deduce)
    doc_ids = sorted({k["document_id"] for k in items})
    todo = ps.stale(doc_ids)  # detections are stored per document and reused
    if todo:
        ps.detect(todo)
    texts = project.documents.texts(doc_ids)
    fragments = []
    for k in items:
        text = texts[k["document_id"]]
        a, b = _context(text, k["start"], k["end"])
        fragments.append({
            "id": secrets.token_hex(8), "coding_id": k["id"], "document_id": k["document_id"], "start": k["start"],
            "context_start": a, "context_end": b,
            "end": k["end"], "code_id": k["code_id"], "region": k["region"], "source_type": k["source_type"],
            "before": ps.span(k["document_id"], a, k["start"], text),
            "text": ps.span(k["document_id"], k["start"], k["end"], text),
            "after": ps.span(k["document_id"], k["end"], b, text),
        })
    leaks = check_fragments(ps, fragments, texts)
    skipped = []
    if leaks and not skip_leaks:
        raise LeakError(leaks)
    if leaks:
        bad = {id(f) for f, _ in leaks}
        skipped = [f for f in fragments if id(f) in bad]
        fragments = [f for f in fragments if id(f) not in bad]
        if not fragments:
            raise PackageError("Na het weglaten van de fragmenten met persoonsgegevens blijft er niets over.")
    for f in fragments:
        f.pop("context_start", None)
        f.pop("context_end", None)
    code_rows = [project.codes.get(code_id) for code_id in sorted({f["code_id"] for f in fragments})]
    store = project.review
    package_id = str(uuid.uuid4())
    meta = {
        "package_id": package_id, "project_id": store.project_id(), "created_at": now(),
        "codebook": project.settings.get("codebook_name") or "", "codebook_version": project.settings.get("codebook_version") or "",
        "description": f"{len(fragments)} fragmenten" + (f", regio {region}" if region else ""),
    }
    with replacing(output, overwrite, exists=False) as temp, Package(temp, create=True) as package:
        package.write(meta, code_rows, fragments)
    store.register(package_id, coder, meta["description"], fragments)
    return {"package_id": package_id, "fragments": len(fragments), "codes": len(code_rows),
            "skipped": [(f["document_id"], f["code_id"]) for f in skipped]}


def check_fragments(ps: Pseudonymiser, fragments: list[dict], texts: dict[int, str]) -> list[tuple[dict, Leak]]:
    """Personal data that would remain visible in the fragments (by position and identity)."""
    found = []
    for f in fragments:
        for leak in find_leaks(ps, f["document_id"], f["context_start"], f["context_end"], texts[f["document_id"]]):
            found.append((f, leak))
    return found


def merge_back(project: Project, package_path: str | Path) -> dict:
    """Bring a package's judgements into the project; idempotent. Returns counts."""
    store = project.review
    with Package(package_path) as package:
        meta = package.meta()
        if meta.get("project_id") != store.project_id() or not store.known_package(meta.get("package_id", "")):
            raise PackageError("Dit reviewpakket hoort niet bij dit project (of is gewijzigd); er is niets overgenomen.")
        known = store.fragments_of(meta["package_id"])
        judgements = package.judgements()
    unknown = [j for j in judgements if j["fragment_id"] not in known]
    if unknown:
        raise PackageError(f"Het pakket bevat {len(unknown)} oordelen over onbekende fragmenten (gewijzigd pakket?); er is niets overgenomen.")
    changed = store.merge(meta["package_id"], judgements)
    return {"judgements": len(judgements), "new": changed, "reviewers": len({j["reviewer"] for j in judgements})}


def agreement(project: Project) -> list[dict]:
    """Per code: how often reviewers agreed with the coding (past / past niet / twijfel), plus missing notes."""
    per_code: dict[str, Counter] = defaultdict(Counter)
    names = {}
    for r in project.review.results():
        per_code[r["code_id"]][r["verdict"]] += 1
        names[r["code_id"]] = r["code_name"] or r["code_id"]
    rows = []
    for code_id, counts in sorted(per_code.items()):
        judged = counts["past"] + counts["past_niet"] + counts["twijfel"]
        rows.append({
            "code": code_id, "name": names[code_id], "past": counts["past"], "past_niet": counts["past_niet"],
            "twijfel": counts["twijfel"], "mist": counts["mist"],
            "agreement": round(counts["past"] / judged, 3) if judged else None,
        })
    return rows
