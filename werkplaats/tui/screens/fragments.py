"""All coded fragments of one code across documents, with a jump to context."""

from __future__ import annotations

from textual.app import ComposeResult
from rich.text import Text
from textual.widgets import Label

from ...regions import short_name
from ..widgets.status import Bar
from .base import JumpListScreen
from ..widgets.table import LazyTable

COLUMNS = [("Regio", 14), ("Casus", 14), ("Document", 30), ("Spreker", 14), ("Codeur", 10), ("Fragment", 200)]


class FragmentsScreen(JumpListScreen):
    """A table of fragments; Enter jumps to the fragment in its document."""

    def __init__(self, code: dict, fragments: list[dict]) -> None:
        super().__init__()
        self.code = code
        self.fragments = fragments

    def compose(self) -> ComposeResult:
        yield Label(
            f"Gecodeerde fragmenten: [b]{self.code['name']}[/b] — {len(self.fragments)} fragment(en)", id="fragments-title"
        )
        rows = [
            (short_name(f["region"]) or "", f["case_name"] or "", f["title"], f["speaker"] or "", f["coder"], f["text"][:400])
            for f in self.fragments
        ]
        yield LazyTable(COLUMNS, rows, id="fragments")
        # A plain key line: Textual's Footer costs ~250 ms to build on a new screen.
        yield Bar(Text(" Enter naar de context · ↑↓ PgUp PgDn bladeren · Esc terug", style="reverse"), id="fragments-keys")

    def target(self, row: int) -> tuple[int, int]:
        f = self.fragments[row]
        return f["document_id"], f["start"]
