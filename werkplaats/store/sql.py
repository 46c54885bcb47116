"""Small SQL-building helpers shared by the store modules (portable SQL only)."""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

CHUNK = 500  # values per IN list: well below any backend's parameter limit


def in_list(column: str, values: Iterable) -> tuple[str, list]:
    """``column IN (?, ?, …)`` with its parameters, for a list of values."""
    values = list(values)
    return f"{column} IN ({', '.join('?' for _ in values)})", values


def chunks(values: Iterable, size: int = CHUNK) -> Iterator[Sequence]:
    """``values`` in lists of at most ``size`` (for IN lists)."""
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i:i + size]


def where(clauses: list[str]) -> str:
    """`` WHERE a AND b`` for the non-empty clauses ('' for none)."""
    clauses = [c for c in clauses if c]
    return " WHERE " + " AND ".join(clauses) if clauses else ""
