"""The project file, opened only through :class:`Project`: one facade over the table families.

All SQL of the package lives in ``werkplaats.store``, one module per family of
tables; each family is the only code that writes its tables::

    project = Project("onderzoek.wpl")
    project.documents.list()                          # sources, documents, segments, search
    project.codings.apply(3, 120, 245, "pr.vertrouwen", coder="anna")
    project.codes.codebook()                          # reading needs no coder

What is specific to SQLite (PRAGMAs, WAL, ``application_id``, FTS5, the
migrations) lives in :mod:`.sqlite`, :mod:`.fts` and :mod:`.migrations`.
"""

from __future__ import annotations

import contextlib
import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from . import sqlite
from .base import now
from .errors import StoreError
from .migrations import latest_version, migrate

if TYPE_CHECKING:
    from .cases import Cases
    from .codes import Codes
    from .codings import Codings
    from .documents import Documents
    from .exchange import Exchange
    from .journal import Journal
    from .memos import Memos
    from .nlp import Nlp
    from .pseudo import Pseudo
    from .review import Review
    from .settings import Settings


class Project:
    """A werkplaats project file.

    :param path: the ``.wpl`` file
    :param create: create the file if it does not exist (else it must exist)
    """

    def __init__(self, path: str | os.PathLike, create: bool = False) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"Projectbestand '{self.path}' bestaat niet. Maak eerst een nieuw project aan.")
        if create and self.path.exists() and self.path.stat().st_size > 0:
            raise StoreError(f"'{self.path}' bestaat al; kies een andere naam (bestaande bestanden worden nooit overschreven).")
        try:
            self.db = sqlite.connect(self.path)
            sqlite.configure(self.db, self.path, create=create)
            version = sqlite.user_version(self.db)
            if version > latest_version():
                raise StoreError(f"'{self.path}' is gemaakt met een nieuwere versie van werkplaats (schema {version}); "
                                 "werk het programma bij.")
            migrate(self.db)
        except sqlite.DatabaseError as exc:
            raise StoreError(f"'{self.path}' is geen werkplaats-project of is beschadigd ({exc}).") from None
        if create:
            with self.atomic():
                self.settings.set("created_at", now())
                self.settings.set("name", self.path.stem)
                self.cases.seed()

    # -- the table families (each module loaded when first used: a command pays only for what it reads) --

    @cached_property
    def documents(self) -> "Documents":
        from .documents import Documents
        return Documents(self)

    @cached_property
    def cases(self) -> "Cases":
        from .cases import Cases
        return Cases(self)

    @cached_property
    def settings(self) -> "Settings":
        from .settings import Settings
        return Settings(self)

    @cached_property
    def codes(self) -> "Codes":
        from .codes import Codes
        return Codes(self)

    @cached_property
    def codings(self) -> "Codings":
        from .codings import Codings
        return Codings(self)

    @cached_property
    def memos(self) -> "Memos":
        from .memos import Memos
        return Memos(self)

    @cached_property
    def journal(self) -> "Journal":
        from .journal import Journal
        return Journal(self)

    @cached_property
    def nlp(self) -> "Nlp":
        from .nlp import Nlp
        return Nlp(self)

    @cached_property
    def pseudo(self) -> "Pseudo":
        from .pseudo import Pseudo
        return Pseudo(self)

    @cached_property
    def review(self) -> "Review":
        from .review import Review
        return Review(self)

    @cached_property
    def exchange(self) -> "Exchange":
        from .exchange import Exchange
        return Exchange(self)

    # -- basics -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike) -> "Project":
        """Create a new, empty project file."""
        return cls(path, create=True)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator["Project"]:
        """One write transaction (a savepoint when nested); rolled back on any error.

        Two processes writing the same project wait for each other instead
        of failing (see :func:`.sqlite.transaction`).
        """
        with sqlite.transaction(self.db):
            yield self

    def integrity_check(self) -> str:
        """'ok', or what is wrong with the file."""
        return sqlite.integrity_check(self.db)

    @property
    def schema_version(self) -> int:
        return sqlite.user_version(self.db)

    def row_counts(self, tables: Iterable[str]) -> dict[str, int]:
        """How many rows each of some tables holds (0 for a table this project does not have)."""
        existing = set(self.db.table_names())
        return {t: self.db.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0] if t in existing else 0
                for t in tables}

    def info(self) -> dict:
        """The project's path and schema version with :meth:`Documents.summary` (``werkplaats info``)."""
        return {"project": str(self.path), "schema": self.schema_version, **self.documents.summary()}
