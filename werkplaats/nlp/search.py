"""Lemma-aware search: ``schuld`` finds ``schulden``, ``"schulden aflossen"`` finds ``schuld afgelost``.

The query is lemmatised with the project's pipeline and run as an FTS5 query
over the cached lemmas (``nlp_segments_fts``). Each plain word matches its
lemma or its own form; a quoted phrase matches its lemmas in a row; ``OR``,
``NOT``, ``AND``, brackets and ``woord*`` (prefix, not lemmatised) work as in
``werkplaats search``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

from ..search import HIGHLIGHT_END, HIGHLIGHT_START
from ..store import Project
from .annotate import Annotator, decode, ensure_annotated
from .load import Pipeline, for_project

TOKEN = re.compile(r'"([^"]*)"|(\()|(\))|([\w’\'-]+\*?)', re.UNICODE)
OPERATORS = {"AND", "OR", "NOT"}
SNIPPET_WORDS = 16


def fold(word: str) -> str:
    """Lower case without diacritics, as the FTS5 tokenizer compares (``één`` = ``een``)."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def parse(query: str, lemmatise, prefix: bool = False) -> tuple[str, list[list[str]], list[str]]:
    """``(fts_query, phrases to highlight, prefixes to highlight)`` for a user query.

    :raises ValueError: for an empty query (Dutch message)
    """
    if not query.strip():
        raise ValueError("lege zoekvraag")
    items = []  # ("op", text) | ("word", text) | ("phrase", text) | ("prefix", text)
    for phrase, opening, closing, word in TOKEN.findall(query):
        if phrase:
            items.append(("phrase", phrase))
        elif opening or closing:
            items.append(("op", opening or closing))
        elif word in OPERATORS:
            items.append(("op", word))
        elif word.endswith("*"):
            items.append(("prefix", word[:-1].lower()))
        elif word:
            items.append(("word", word))
    texts = [text for kind, text in items if kind in ("word", "phrase")]
    lemma_lists = dict(zip(texts, lemmatise(texts))) if texts else {}
    parts, phrases, prefixes = [], [], []
    negate = False
    for kind, text in items:
        if kind == "op":
            parts.append(text)
            negate = text == "NOT"
            continue
        if kind == "prefix":
            if text:
                parts.append(_quote(text) + "*")
                if not negate:
                    prefixes.append(fold(text))
        elif kind == "word":
            lemmas = lemma_lists.get(text) or [text.lower()]
            star = "*" if prefix else ""
            forms = list(dict.fromkeys([" ".join(lemmas), text.lower()]))
            alternatives = [_quote(f) + star for f in forms]
            parts.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
            if not negate:
                phrases.extend([fold(w) for w in f.split()] for f in forms)
                if prefix:
                    prefixes.extend(fold(f) for f in forms if " " not in f)
        else:
            lemmas = lemma_lists.get(text) or text.lower().split()
            if not lemmas:
                continue
            parts.append(_quote(" ".join(lemmas)))
            if not negate:
                phrases.append([fold(w) for w in lemmas])
        negate = False
    if not any(kind != "op" for kind, _ in items):
        raise ValueError("de zoekvraag bevat geen woorden")
    return " ".join(parts), [p for p in phrases if p], prefixes


def hits(lemmas: Sequence[str], phrases: list[list[str]], prefixes: list[str]) -> list[tuple[int, int]]:
    """Token ranges of ``lemmas`` that match a phrase or start with a prefix."""
    folded = [fold(w) for w in lemmas]
    found = set()
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(folded) - n + 1):
            if folded[i:i + n] == phrase:
                found.add((i, i + n))
    for p in prefixes:
        for i, w in enumerate(folded):
            if w.startswith(p):
                found.add((i, i + 1))
    return sorted(found)


def snippet(text: str, offsets: list[tuple[int, int]], ranges: list[tuple[int, int]], words: int = SNIPPET_WORDS) -> str:
    """About ``words`` words around the first hit, hits marked as in ``Project.search``."""
    if not offsets:
        return text
    first = ranges[0][0] if ranges else 0
    lo = max(0, first - words // 3)
    hi = min(len(offsets), lo + words)
    lo = max(0, hi - words)
    out, pos = [], offsets[lo][0]
    for start, end in ranges:
        if end <= lo or start >= hi:
            continue
        a, b = offsets[max(start, lo)][0], offsets[min(end, hi) - 1][1]
        if a < pos:
            continue
        out += [text[pos:a], HIGHLIGHT_START, text[a:b], HIGHLIGHT_END]
        pos = b
    out.append(text[pos:offsets[hi - 1][1]])
    return ("…" if lo > 0 else "") + "".join(out) + ("…" if hi < len(offsets) else "")


def lemma_search(project: Project, query: str, limit: int | None = 100, *, prefix: bool = False,
                 pipeline: Pipeline | None = None, annotate: bool = True) -> list[dict]:
    """Hits for ``query`` on lemmas, in document order; the same keys as ``Project.search``.

    Each hit is a dict with ``document_id, title, filename, region, source_type,
    casus, segment_id, start, end, speaker, timestamp, kind, text, snippet``
    (the snippet marks hits with ``HIGHLIGHT_START``/``HIGHLIGHT_END``).

    :param prefix: every plain word also matches longer lemmas (compounds)
    :param annotate: first store lemmas of segments that have none (new imports)
    :raises ValueError: for an empty query
    :raises werkplaats.store.StoreError: for invalid FTS5 syntax
    """
    pipeline = pipeline or for_project(project)
    if annotate:
        ensure_annotated(project, pipeline)
    fts, phrases, prefixes = parse(query, Annotator(pipeline).lemmatise, prefix)
    rows = project.nlp.lemma_search(fts, limit)
    for row in rows:
        ann = decode(row.pop("lemmas"), row.pop("offsets"))
        row["snippet"] = snippet(row["text"], ann.offsets, hits(ann.lemmas, phrases, prefixes))
    return rows
