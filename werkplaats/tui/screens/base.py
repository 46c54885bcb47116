"""A list screen whose rows point into documents: Enter jumps there, Esc goes back."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen

from ..widgets.table import LazyTable


class JumpListScreen(Screen[tuple[int, int] | None]):
    """Around one :class:`LazyTable`; dismisses with ``(document_id, offset)`` of the chosen row."""

    BINDINGS = [Binding("escape,q", "close", "Terug"), Binding("enter", "jump", "Naar de tekst")]

    def target(self, row: int) -> tuple[int, int] | None:
        """Where row ``row`` points: ``(document_id, offset)``, or ``None``."""
        raise NotImplementedError

    def on_mount(self) -> None:
        self.query_one(LazyTable).focus()

    def action_jump(self) -> None:
        table = self.query_one(LazyTable)
        if table.rows:
            target = self.target(table.cursor)
            if target is not None:
                self.dismiss(target)

    def on_lazy_table_chosen(self, event: LazyTable.Chosen) -> None:
        self.action_jump()

    def action_close(self) -> None:
        self.dismiss(None)
