"""One-line bars (status, document title) that repaint without a layout pass."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class Bar(Widget):
    """A single line of text; changing it repaints this line only.

    ``Static.update`` asks for a new layout of the whole screen, which is
    too slow to do on every key press.
    """

    DEFAULT_CSS = "Bar { height: 1; }"
    content: reactive[Text | str] = reactive("", layout=False)

    def __init__(self, content: Text | str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.set_reactive(Bar.content, content)

    def set(self, content: Text | str) -> None:
        if content != self.content:
            self.content = content

    def render(self) -> Text | str:
        return self.content
