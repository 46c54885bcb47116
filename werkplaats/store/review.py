"""The project's side of reviews: which fragment of a package is which coding, and the judgements that came back.

Tables: ``review_packages``, ``review_items``, ``review_judgements``. The
package file itself is :mod:`.review_package`.
"""

from __future__ import annotations

import uuid
from typing import Iterable, TypedDict

from .base import Family, now


class ReviewResult(TypedDict):
    """A merged judgement with its coding, code and document."""

    reviewer: str
    verdict: str
    better_code: str | None
    comment: str | None
    at: str
    coding_id: int | None
    document_id: int | None
    start: int | None
    end: int | None
    code_id: str | None
    code_name: str | None
    title: str | None
    region: str | None
    coder: str | None


class Review(Family):
    """``project.review``: packages sent out and judgements merged back."""

    def project_id(self) -> str:
        """A random id of this project, made once; packages carry it to come home."""
        settings = self.project.settings
        value = settings.get("project_id")
        if not value:
            value = str(uuid.uuid4())
            with self.project.atomic():
                settings.set("project_id", value)
        return value

    def register(self, package_id: str, coder: str, description: str, items: Iterable[dict]) -> None:
        with self.project.atomic():
            self.db.execute("INSERT INTO review_packages (id, created_at, created_by, description) VALUES (?, ?, ?, ?)",
                            [package_id, now(), coder, description])
            self.db.conn.executemany(
                'INSERT INTO review_items (package_id, fragment, coding_id, document_id, start, "end", code_id)'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(package_id, i["id"], i["coding_id"], i["document_id"], i["start"], i["end"], i["code_id"]) for i in items],
            )

    def known_package(self, package_id: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM review_packages WHERE id = ?", [package_id]).fetchone())

    def fragments_of(self, package_id: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT fragment FROM review_items WHERE package_id = ?", [package_id])}

    def merge(self, package_id: str, judgements: list[dict]) -> int:
        """Store judgements (idempotent: the same judgement twice is stored once); return how many are new or changed."""
        changed = 0
        with self.project.atomic():
            for j in judgements:
                before = self.db.execute(
                    "SELECT better_code, comment, at FROM review_judgements WHERE package_id = ? AND fragment = ?"
                    " AND reviewer = ? AND verdict = ?", [package_id, j["fragment_id"], j["reviewer"], j["verdict"]]).fetchone()
                if before and tuple(before) == (j["better_code"], j["comment"], j["at"]):
                    continue
                if j["verdict"] != "mist":  # a newer verdict of this reviewer replaces the older one
                    self.db.execute(
                        "DELETE FROM review_judgements WHERE package_id = ? AND fragment = ? AND reviewer = ? AND verdict != 'mist'",
                        [package_id, j["fragment_id"], j["reviewer"]])
                self.db.execute(
                    "INSERT OR REPLACE INTO review_judgements (package_id, fragment, reviewer, verdict, better_code, comment, at, merged_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [package_id, j["fragment_id"], j["reviewer"], j["verdict"], j["better_code"], j["comment"], j["at"], now()])
                changed += 1
        return changed

    def results(self) -> list[ReviewResult]:
        """Every merged judgement with its coding, code and document (for the TUI and exports)."""
        return list(self.db.query(
            """SELECT j.reviewer, j.verdict, j.better_code, j.comment, j.at, i.coding_id, i.document_id, i.start,
                      i."end", i.code_id, c.name AS code_name, d.title, d.region, k.coder
               FROM review_judgements j
               JOIN review_items i ON i.package_id = j.package_id AND i.fragment = j.fragment
               LEFT JOIN codes c ON c.id = i.code_id
               LEFT JOIN documents d ON d.id = i.document_id
               LEFT JOIN codings k ON k.id = i.coding_id
               ORDER BY d.region, d.title, i.start"""))
