"""Small SQL-building helpers shared by the store modules."""

from __future__ import annotations

from typing import Iterable


def in_list(column: str, values: Iterable) -> tuple[str, list]:
    """``column IN (?, ?, …)`` with its parameters, for a list of values."""
    values = list(values)
    return f"{column} IN ({', '.join('?' for _ in values)})", values
