"""A fast read-only table: rows are rendered only when they are on screen.

Textual's DataTable measures every cell up front, which takes about a second
for 2,000 fragments; this table renders the visible rows only.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip


class LazyTable(ScrollView, can_focus=True):
    """Rows of text cells in fixed-width columns, with a row cursor."""

    BINDINGS = [
        Binding("down,j", "move(1)", "Volgende", show=False),
        Binding("up,k", "move(-1)", "Vorige", show=False),
        Binding("pagedown", "move(20)", show=False),
        Binding("pageup", "move(-20)", show=False),
        Binding("home", "move_to(0)", show=False),
        Binding("end", "move_to(-1)", show=False),
        Binding("enter", "choose", "Kiezen", show=False),
    ]

    class Chosen(Message):
        def __init__(self, row: int) -> None:
            super().__init__()
            self.row = row

    def __init__(self, columns: list[tuple[str, int]], rows: list[tuple[str, ...]], **kwargs) -> None:
        super().__init__(**kwargs)
        self.columns = columns
        self.rows = rows
        self.cursor = 0
        self.virtual_size = Size(0, len(rows) + 1)

    def _widths(self) -> list[int]:
        """Fixed widths, the last column takes the rest of the line."""
        widths = [w for _, w in self.columns]
        widths[-1] = max(20, self.size.width - sum(w + 1 for w in widths[:-1]) - 1)
        return widths

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def _line(self, cells: tuple[str, ...], style: Style) -> Strip:
        text = Text(style=style)
        for width, cell in zip(self._widths(), cells):
            piece = Text(" ".join(str(cell).split()))
            piece.truncate(width, overflow="ellipsis", pad=True)
            text.append_text(piece)
            text.append(" ")
        return Strip(list(text.render(self.app.console, end="")))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:  # the header stays in place
            return self._line(tuple(label for label, _ in self.columns), Style(bold=True, underline=True)).crop_extend(0, width, None)
        index = y - 1 + int(self.scroll_offset.y)
        if index >= len(self.rows):
            return Strip.blank(width)
        style = Style(reverse=True) if index == self.cursor else (
            Style(bgcolor="grey23") if index % 2 else Style())
        return self._line(self.rows[index], style).crop_extend(0, width, style)

    def action_move(self, delta: int) -> None:
        self._set(self.cursor + delta)

    def action_move_to(self, index: int) -> None:
        self._set(index if index >= 0 else len(self.rows) - 1)

    def _set(self, index: int) -> None:
        if not self.rows:
            return
        self.cursor = max(0, min(len(self.rows) - 1, index))
        self.scroll_to_region(Region(0, self.cursor, 1, 2), animate=False, immediate=True)
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self._set(event.y - 1 + int(self.scroll_offset.y))

    def action_choose(self) -> None:
        if self.rows:
            self.post_message(self.Chosen(self.cursor))
