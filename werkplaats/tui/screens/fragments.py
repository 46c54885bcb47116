"""All coded fragments of one code across documents, with a jump to context."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from rich.text import Text
from textual.widgets import Label

from ...regions import short_name
from ..widgets.status import Bar
from ..widgets.table import LazyTable

COLUMNS = [("Regio", 14), ("Casus", 14), ("Document", 30), ("Spreker", 14), ("Codeur", 10), ("Fragment", 200)]


class FragmentsScreen(Screen[tuple[int, int] | None]):
    """A table of fragments; Enter jumps to the fragment in its document."""

    BINDINGS = [
        Binding("escape,q", "close", "Terug"),
        Binding("enter", "jump", "Naar context"),
    ]

    def __init__(self, code: dict, fragments: list[dict]) -> None:
        super().__init__()
        self.code = code
        self.fragments = fragments

    def compose(self) -> ComposeResult:
        yield Label(
            f"Gecodeerde fragmenten: [b]{self.code['name']}[/b] — {len(self.fragments)} fragment(en)", id="fragments-title"
        )
        rows = [
            (short_name(f["region"]) or "", f["casus"] or "", f["title"], f["speaker"] or "", f["coder"], f["text"][:400])
            for f in self.fragments
        ]
        yield LazyTable(COLUMNS, rows, id="fragments")
        # A plain key line: Textual's Footer costs ~250 ms to build on a new screen.
        yield Bar(Text(" Enter naar de context · ↑↓ PgUp PgDn bladeren · Esc terug", style="reverse"), id="fragments-keys")

    def on_mount(self) -> None:
        self.query_one(LazyTable).focus()

    def action_jump(self) -> None:
        if self.fragments:
            f = self.fragments[self.query_one(LazyTable).cursor]
            self.dismiss((f["document_id"], f["start"]))

    def on_lazy_table_chosen(self, event: LazyTable.Chosen) -> None:
        self.action_jump()

    def action_close(self) -> None:
        self.dismiss(None)
