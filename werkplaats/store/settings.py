"""Project metadata (table ``project``: name, codebook name, pipeline, …) and per-coder settings (``settings``)."""

from __future__ import annotations

import json
from typing import Any

from .base import Family, coder_name


class Settings(Family):
    """``project.settings``: key/value metadata of the project, and each coder's own settings."""

    def get(self, key: str) -> str | None:
        """A project value (``None`` when unset)."""
        row = self.db.execute("SELECT value FROM project WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str | None) -> None:
        """Set a project value (inside the caller's transaction, if any)."""
        self.db.execute("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)", [key, value])

    def all(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM project"))

    def of_coder(self, coder: str, key: str, default: Any = None) -> Any:
        """One of ``coder``'s own settings (JSON value), or ``default``."""
        row = self.db.execute("SELECT value FROM settings WHERE coder = ? AND key = ?", [coder, key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_of_coder(self, coder: str, key: str, value: Any) -> None:
        """Store one of ``coder``'s own settings (committed at once)."""
        with self.project.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO settings (coder, key, value) VALUES (?, ?, ?)",
                [coder_name(coder), key, json.dumps(value, ensure_ascii=False)],
            )
