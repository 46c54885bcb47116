"""Read-only queries for :mod:`werkplaats.analysis` (comparison matrices and reports).

Every function takes an open :class:`~werkplaats.store.Project` and returns
plain rows (tuples with a documented column order, or dicts), so the
analysis layer can build pandas frames without writing SQL itself.

Scope filters (``regions``, ``source_types``, ``since``) select *documents*;
``coders`` selects *codings*. ``None`` means "no filter".

Cell memos of the framework matrix are memos with ``target_type = 'case'``
and ``target_id = '<case name>/<code id>'``; a memo with ``target_id = '<case
name>'`` (as the TUI writes it) is the researcher's memo on the whole case.
The case's id works in place of its name in both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from .sql import in_list

if TYPE_CHECKING:
    from .project import Project

FRAGMENT_COLUMNS = ("coding_id", "document_id", "start", "end", "code_id", "coder", "memo", "case_id")
DOCUMENT_COLUMNS = ("document_id", "title", "case_id", "casus", "region", "municipality", "source_type",
                    "words", "imported_at", "metadata")
SEGMENT_COLUMNS = ("document_id", "start", "end", "speaker", "timestamp", "text")
CODE_COLUMNS = ("id", "parent_id", "name", "definition", "include", "exclude", "example", "colour", "position")


def _document_where(regions: Sequence[str] | None, source_types: Sequence[str] | None,
                    since: str | None, alias: str = "d") -> tuple[str, list]:
    clauses, params = [], []
    if regions is not None:
        sql, p = in_list(f"{alias}.region", regions)
        clauses.append(sql)
        params += p
    if source_types is not None:
        sql, p = in_list(f"{alias}.source_type", source_types)
        clauses.append(sql)
        params += p
    if since:
        clauses.append(f"{alias}.imported_at >= ?")
        params.append(since)
    return " AND ".join(clauses) or "1", params


def documents(project: "Project", regions: Sequence[str] | None = None, source_types: Sequence[str] | None = None,
              since: str | None = None) -> list[tuple]:
    """Documents in scope, as tuples in :data:`DOCUMENT_COLUMNS` order (no text)."""
    where, params = _document_where(regions, source_types, since)
    return project.db.execute(
        f"""SELECT d.id, d.title, d.case_id, c.name, d.region, d.municipality, d.source_type, d.words,
                   d.imported_at, d.metadata
            FROM documents d LEFT JOIN cases c ON c.id = d.case_id
            WHERE {where} ORDER BY d.id""",
        params,
    ).fetchall()


def fragments(project: "Project", regions: Sequence[str] | None = None, source_types: Sequence[str] | None = None,
              since: str | None = None, coders: Sequence[str] | None = None) -> list[tuple]:
    """Codings of documents in scope (optionally of some coders), tuples in :data:`FRAGMENT_COLUMNS` order."""
    where, params = _document_where(regions, source_types, since)
    if coders is not None:
        sql, p = in_list("k.coder", coders)
        where += " AND " + sql
        params += p
    return project.db.execute(
        f"""SELECT k.id, k.document_id, k.start, k."end", k.code_id, k.coder, k.memo, d.case_id
            FROM codings k JOIN documents d ON d.id = k.document_id
            WHERE {where} ORDER BY k.document_id, k.start, k."end", k.id""",
        params,
    ).fetchall()


def segments(project: "Project", document_ids: Iterable[int], with_text: bool = False) -> list[tuple]:
    """Segments of the given documents in text order, tuples in :data:`SEGMENT_COLUMNS` order.

    Without ``with_text`` the last column is ``NULL`` (much less to read).
    """
    ids = list(document_ids)
    if not ids:
        return []
    text = "text" if with_text else "NULL"
    rows: list[tuple] = []
    for i in range(0, len(ids), 500):  # stay below SQLite's parameter limit
        chunk = ids[i:i + 500]
        sql, params = in_list("document_id", chunk)
        rows += project.db.execute(
            f'SELECT document_id, start, "end", speaker, timestamp, {text} FROM segments WHERE {sql}'
            " ORDER BY document_id, start, position",
            params,
        ).fetchall()
    return rows


def codes(project: "Project") -> list[tuple]:
    """All codes, tuples in :data:`CODE_COLUMNS` order, ordered by position (tree order is built by the caller)."""
    return project.db.execute(
        "SELECT id, parent_id, name, definition, include, exclude, example, colour, position"
        " FROM codes ORDER BY position, id"
    ).fetchall()


def cases(project: "Project") -> list[tuple]:
    """All cases as ``(id, name, region, municipality)``."""
    return project.db.execute("SELECT id, name, region, municipality FROM cases ORDER BY id").fetchall()


def case_attributes(project: "Project", names: Iterable[str] | None = None) -> list[tuple]:
    """Case attribute values as ``(case_id, name, value, number)`` (``number`` for number/ordinal types)."""
    if names is None:
        return project.db.execute("SELECT case_id, name, value, number FROM case_attributes").fetchall()
    names = list(names)
    if not names:
        return []
    sql, params = in_list("name", names)
    return project.db.execute(f"SELECT case_id, name, value, number FROM case_attributes WHERE {sql}", params).fetchall()


def attribute_names(project: "Project") -> list[tuple]:
    """Attributes that have at least one value: ``(name, type, description, levels_json)``."""
    return project.db.execute(
        """SELECT a.name, a.type, a.description, a.levels FROM attribute_definitions a
           WHERE EXISTS (SELECT 1 FROM case_attributes v WHERE v.name = a.name) ORDER BY a.rowid"""
    ).fetchall()


def case_memos(project: "Project", coders: Sequence[str] | None = None) -> list[tuple]:
    """Memos on cases and case × code cells: ``(target_id, coder, text, updated_at)``."""
    where, params = "target_type = 'case'", []
    if coders is not None:
        sql, params = in_list("coder", coders)
        where += " AND " + sql
    return project.db.execute(
        f"SELECT target_id, coder, text, updated_at FROM memos WHERE {where} ORDER BY target_id, coder", params
    ).fetchall()


def code_memos(project: "Project") -> list[tuple]:
    """Memos on codes: ``(code_id, coder, text)``."""
    return project.db.execute(
        "SELECT target_id, coder, text FROM memos WHERE target_type = 'code' ORDER BY target_id, coder"
    ).fetchall()


def coders(project: "Project") -> list[str]:
    """Every coder with at least one coding."""
    return [r[0] for r in project.db.execute("SELECT DISTINCT coder FROM codings ORDER BY coder")]


def document_texts(project: "Project", document_ids: Iterable[int]) -> dict[int, str]:
    """The full texts of some documents (for quotes)."""
    ids = list(document_ids)
    out: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        sql, params = in_list("id", ids[i:i + 500])
        out.update(project.db.execute(f"SELECT id, text FROM documents WHERE {sql}", params).fetchall())
    return out


def source_types(project: "Project") -> list[str]:
    return [r[0] for r in project.db.execute("SELECT DISTINCT source_type FROM documents ORDER BY 1")]


def regions(project: "Project") -> list[str]:
    return [r[0] for r in project.db.execute("SELECT name FROM regions ORDER BY rowid")]


def pseudo_runs(project: "Project", document_ids: Iterable[int]) -> dict[int, str]:
    """Which detectors last ran on each document (pseudonymisation): ``{document_id: 'regels+namen+deduce'}``."""
    ids = list(document_ids)
    out: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        sql, params = in_list("document_id", ids[i:i + 500])
        out.update(project.db.execute(f"SELECT document_id, detectors FROM pseudo_runs WHERE {sql}", params).fetchall())
    return out
