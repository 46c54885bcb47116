"""The centre panel: a document as speaker turns with coloured codings.

Built on Textual's line API (:class:`ScrollView` + ``render_line``): only
the visible lines are painted, and lines are rendered per segment and cached,
so a long document costs no widgets and moving the cursor re-renders two
segments only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...importers.structure import format_timestamp
from ...model import HEADING, METADATA, TABLE_ROW

WORD = re.compile(r"\S+")
GUTTER = 2


def contrast(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` ("#rrggbb")."""
    try:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    except (ValueError, TypeError, IndexError):
        return "black"
    return "black" if (0.299 * r + 0.587 * g + 0.114 * b) > 140 else "white"


@dataclass(frozen=True)
class Span:
    """A coding as the view needs it."""

    id: int
    start: int
    end: int
    code_id: str
    name: str
    colour: str


class DocumentView(ScrollView, can_focus=True):
    """A document, one segment under the cursor, and a word selection inside it."""

    BINDINGS = [
        Binding("down,j", "move(1)", "Volgende", show=False, id="segment.next"),
        Binding("up,k", "move(-1)", "Vorige", show=False, id="segment.previous"),
        Binding("pagedown", "move(10)", "10 verder", show=False),
        Binding("pageup", "move(-10)", "10 terug", show=False),
        Binding("home", "move_to(0)", "Begin", show=False),
        Binding("end", "move_to(-1)", "Einde", show=False),
        Binding("v", "toggle_selection", "Selectie", id="selection.toggle"),
        Binding("right,l", "extend(1)", "Selectie →", show=False, id="selection.extend"),
        Binding("left,h", "extend(-1)", "Selectie ←", show=False, id="selection.shrink"),
        Binding("shift+right", "shift_start(1)", "Begin →", show=False),
        Binding("shift+left", "shift_start(-1)", "Begin ←", show=False),
        Binding("escape", "clear_selection", "Selectie weg", show=False),
        Binding("enter", "app.code", "Coderen", show=False),
    ]

    DEFAULT_CSS = """
    DocumentView { background: $surface; scrollbar-gutter: stable; }
    """

    class CursorMoved(Message):
        """The cursor moved to another segment (or the selection changed)."""

        def __init__(self, view: "DocumentView") -> None:
            super().__init__()
            self.view = view

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.segments: list[dict] = []
        self.text = ""
        self.spans: list[Span] = []
        self.hits: set[int] = set()  # segment ids with search hits
        self.preview: tuple[int, int] | None = None  # a suggested span (document offsets), shown underlined
        self.rows: list[int] = []  # indices into segments of the rows shown
        self.cursor = 0  # index into visible
        self.anchor: int | None = None  # selection: word indices in the cursor segment
        self.head: int | None = None
        self._lines: dict[int, list[Strip]] = {}  # per visible index
        self._line_maps: dict[int, list[int | None]] = {}  # per row: text offset where each line starts
        self._drag_from: int | None = None
        self._offsets: list[int] = []
        self._width = 0

    # -- data -----------------------------------------------------------------

    def load(self, segments: list[dict], text: str, spans: list[Span], *, keep_cursor: bool = False,
             only: set[int] | None = None) -> None:
        """Show a document. ``only``: segment ids to show (a filter), ``None`` for all."""
        current = self.current_segment["id"] if keep_cursor and self.current_segment else None
        self.segments = segments
        self.text = text
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self.rows = [i for i, s in enumerate(segments) if only is None or s["id"] in only]
        self.cursor = 0
        if current is not None:
            for n, i in enumerate(self.rows):
                if segments[i]["id"] == current:
                    self.cursor = n
                    break
        else:
            self.scroll_to(0, 0, animate=False)
        self.anchor = self.head = None
        self.preview = None
        self._relayout()

    def set_spans(self, spans: list[Span]) -> None:
        """Replace the codings shown (after coding, undo, coder view change).

        Only segments touched by an added or removed coding are re-rendered.
        """
        new = sorted(spans, key=lambda s: (s.start, s.end))
        changed = set(self.spans).symmetric_difference(new)
        self.spans = new
        if not changed:
            return
        dirty = [
            n for n, i in enumerate(self.rows)
            if any(c.start < max(self.segments[i]["end"], self.segments[i]["start"] + 1) and c.end > self.segments[i]["start"]
                   for c in changed)
        ]
        before = [len(self._lines.get(n, [])) for n in dirty]
        for n in dirty:
            self._lines.pop(n, None)
        if [len(self._segment_lines(n)) for n in dirty] != before:
            self._recompute_offsets()
        self.refresh()

    def set_preview(self, span: tuple[int, int] | None) -> None:
        """Underline ``span`` (the part of the text a highlighted suggestion is about); ``None`` clears it."""
        if span == self.preview:
            return
        touched = [s for s in (self.preview, span) if s]
        self.preview = span
        for n, i in enumerate(self.rows):
            seg = self.segments[i]
            if any(a < max(seg["end"], seg["start"] + 1) and b > seg["start"] for a, b in touched):
                self._lines.pop(n, None)  # styling only: the number of lines stays the same
        self.refresh()

    def set_hits(self, segment_ids: set[int]) -> None:
        self.hits = segment_ids
        self._relayout()

    @property
    def current_segment(self) -> dict | None:
        if not self.rows:
            return None
        return self.segments[self.rows[min(self.cursor, len(self.rows) - 1)]]

    def words(self) -> list[tuple[int, int]]:
        seg = self.current_segment
        return [(m.start(), m.end()) for m in WORD.finditer(seg["text"])] if seg else []

    def selection(self) -> tuple[int, int] | None:
        """The selected span in document offsets: the word selection, else the whole segment."""
        seg = self.current_segment
        if not seg:
            return None
        if self.anchor is None or self.head is None:
            return seg["start"], seg["end"]
        words = self.words()
        lo, hi = sorted((self.anchor, self.head))
        return seg["start"] + words[lo][0], seg["start"] + words[hi][1]

    def spans_at_cursor(self) -> list[Span]:
        """Codings that overlap the current selection (or segment)."""
        sel = self.selection()
        if not sel:
            return []
        return [s for s in self.spans if s.start < sel[1] and s.end > sel[0]]

    def go_to_offset(self, offset: int) -> None:
        """Put the cursor on the segment containing document offset ``offset``."""
        for n, i in enumerate(self.rows):
            seg = self.segments[i]
            if seg["start"] <= offset < max(seg["end"], seg["start"] + 1) or seg["start"] > offset:
                self._set_cursor(n)
                return
        self._set_cursor(len(self.rows) - 1)

    # -- actions ----------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        self._set_cursor(self.cursor + delta)

    def action_move_to(self, index: int) -> None:
        self._set_cursor(index if index >= 0 else len(self.rows) - 1)

    def action_toggle_selection(self) -> None:
        if self.anchor is None and self.words():
            self.anchor = self.head = 0
        else:
            self.anchor = self.head = None
        self._changed_selection()

    def action_extend(self, delta: int) -> None:
        """Move the selection's moving end by ``delta`` words (starting a selection if none)."""
        self._move_selection("head", delta)

    def action_shift_start(self, delta: int) -> None:
        """Move the selection's anchored end by ``delta`` words."""
        self._move_selection("anchor", delta)

    def _move_selection(self, end: str, delta: int) -> None:
        words = self.words()
        if not words:
            return
        if self.anchor is None:
            self.anchor = self.head = 0
        else:
            setattr(self, end, max(0, min(len(words) - 1, getattr(self, end) + delta)))
        self._changed_selection()

    def action_clear_selection(self) -> None:
        if self.anchor is not None:
            self.anchor = self.head = None
            self._changed_selection()

    def _changed_selection(self) -> None:
        self._rerender(self.cursor)
        self.post_message(self.CursorMoved(self))

    def _set_cursor(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(len(self.rows) - 1, index))
        old = self.cursor
        self.cursor = index
        self.anchor = self.head = None
        self._rerender(old)
        self._rerender(index)
        self._scroll_to_cursor()
        self.post_message(self.CursorMoved(self))

    # -- rendering ------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        if self._content_width() != self._width:
            self._relayout()

    def _content_width(self) -> int:
        """Width for text: the widget minus the (always reserved) scrollbar gutter."""
        return max(20, self.scrollable_content_region.width or 80)

    def _relayout(self) -> None:
        self._width = self._content_width()
        self._lines = {}
        self._recompute_offsets()
        self._scroll_to_cursor()
        self.refresh()

    def _recompute_offsets(self) -> None:
        offsets, y = [], 0
        for n in range(len(self.rows)):
            offsets.append(y)
            y += len(self._segment_lines(n))
        self._offsets = offsets
        self.virtual_size = Size(self._width, y)

    def _rerender(self, n: int) -> None:
        if not (0 <= n < len(self.rows)):
            return
        before = len(self._lines.get(n, []))
        self._lines.pop(n, None)
        if len(self._segment_lines(n)) != before:
            self._recompute_offsets()
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        if not self._offsets or not self.rows:
            return
        n = min(self.cursor, len(self.rows) - 1)
        top = self._offsets[n]
        height = len(self._segment_lines(n))
        self.scroll_to_region(Region(0, top, 1, min(height, max(1, self.size.height))), animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        scroll_y = int(self.scroll_offset.y)
        line = y + scroll_y
        width = self.size.width
        if not self._offsets or line >= self.virtual_size.height:
            return Strip.blank(width, self.rich_style)
        n = bisect.bisect_right(self._offsets, line) - 1
        strip = self._segment_lines(n)[line - self._offsets[n]]
        return strip.crop_extend(0, width, self.rich_style)

    def _segment_lines(self, n: int) -> list[Strip]:
        cached = self._lines.get(n)
        if cached is None:
            cached = self._lines[n] = self._render_segment(n)
        return cached

    def _render_segment(self, n: int) -> list[Strip]:
        seg = self.segments[self.rows[n]]
        console = self.app.console
        width = self._width - GUTTER
        is_cursor = n == self.cursor
        gutter_style = Style(color="bright_cyan", bold=True) if is_cursor else Style()
        gutter = Text("▌ " if is_cursor else "  ", style=gutter_style)
        lines: list[Text] = []
        if seg["kind"] != HEADING and (seg["speaker"] or seg["timestamp"] is not None):
            head = Text()
            if seg["speaker"]:
                head.append(seg["speaker"], Style(bold=True, color="bright_yellow" if seg["speaker"] else None))
            if seg["timestamp"] is not None:
                head.append("  " + format_timestamp(seg["timestamp"]), Style(dim=True))
            lines.append(head)
        body = Text(seg["text"].replace("\t", "  │  "))
        if seg["kind"] == HEADING:
            body.stylize(Style(bold=True, underline=True))
        elif seg["kind"] == METADATA:
            body.stylize(Style(dim=True, italic=True))
        elif seg["kind"] == TABLE_ROW:
            body.stylize(Style(color="bright_blue"))
        if seg["id"] in self.hits:
            body.stylize(Style(underline=True, color="bright_magenta"))
        codes_here: dict[str, Span] = {}
        tab_shift = self._tab_shift(seg["text"])
        for span in self.spans:
            if span.start >= seg["end"] or span.end <= seg["start"]:
                continue
            codes_here.setdefault(span.code_id, span)
            a, b = max(span.start, seg["start"]) - seg["start"], min(span.end, seg["end"]) - seg["start"]
            body.stylize(Style(bgcolor=span.colour, color=contrast(span.colour)), tab_shift(a), tab_shift(b))
        if self.preview and self.preview[0] < seg["end"] and self.preview[1] > seg["start"]:
            a, b = max(self.preview[0], seg["start"]) - seg["start"], min(self.preview[1], seg["end"]) - seg["start"]
            body.stylize(Style(underline=True, bold=True, italic=True), tab_shift(a), tab_shift(b))
        if is_cursor and self.anchor is not None:
            words = self.words()
            lo, hi = sorted((self.anchor, self.head))
            body.stylize(Style(reverse=True, bold=True), tab_shift(words[lo][0]), tab_shift(words[hi][1]))
        if seg["kind"] == METADATA:  # show the header key ("Respondent: ") before the value
            key = self.text[self.text.rfind("\n", 0, seg["start"]) + 1 : seg["start"]]
            body = Text(key, Style(bold=True, dim=True)) + body
        body_lines = body.wrap(console, width)
        # Where each wrapped body line starts in the segment's text, for mouse selection.
        key_length = len(body.plain) - len(seg["text"].replace("\t", "  │  "))
        starts, pos = [], 0
        for line in body_lines:
            found = body.plain.find(line.plain.rstrip(), pos) if line.plain.strip() else pos
            pos = max(found, pos)
            starts.append(pos - key_length)
        line_map: list[int | None] = [None] * len(lines) + starts
        lines.extend(body_lines)
        if codes_here:
            tags = Text()
            for span in codes_here.values():
                tags.append("■ ", Style(color=span.colour))
                tags.append(span.name + "  ", Style(dim=True))
            lines.extend(tags.wrap(console, width))
        strips = [Strip(list((gutter + line).render(console, end=""))) for line in lines]
        strips.append(Strip.blank(self._width))
        self._line_maps[n] = line_map + [None] * (len(strips) - len(line_map))
        return strips

    # -- mouse: click chooses a segment, dragging selects words --------------------------

    def _position(self, x: int, y: int) -> tuple[int, int | None]:
        """(row index, character offset in that segment's text or None) under screen cell (x, y)."""
        line = y + int(self.scroll_offset.y)
        n = max(0, bisect.bisect_right(self._offsets, line) - 1)
        self._segment_lines(n)
        starts = self._line_maps.get(n, [])
        index = line - self._offsets[n]
        start = starts[index] if 0 <= index < len(starts) else None
        if start is None:
            return n, None
        text = self.segments[self.rows[n]]["text"]
        display = max(0, start + x - GUTTER)
        # undo the tab display ("  │  " is 5 cells for 1 tab character)
        offset, shown = 0, 0
        while offset < len(text) and shown < display:
            shown += 5 if text[offset] == "\t" else 1
            offset += 1
        return n, min(offset, max(0, len(text) - 1))

    def _word_at(self, offset: int) -> int | None:
        words = self.words()
        for i, (a, b) in enumerate(words):
            if offset < b:
                return i if offset >= a or i == 0 else i - 1
        return len(words) - 1 if words else None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if not self._offsets or event.button != 1:
            return
        n, offset = self._position(event.x, event.y)
        if n != self.cursor:
            self._set_cursor(n)
        elif self.anchor is not None:
            self.action_clear_selection()
        self._drag_from = self._word_at(offset) if offset is not None else None
        self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if getattr(self, "_drag_from", None) is None or not event.button:
            return
        n, offset = self._position(event.x, event.y)
        if n != self.cursor or offset is None:
            return
        word = self._word_at(offset)
        if word is not None and (self.anchor, self.head) != (self._drag_from, word):
            self.anchor, self.head = self._drag_from, word
            self._changed_selection()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        self._drag_from = None
        self.release_mouse()

    @staticmethod
    def _tab_shift(text: str):
        """Map an offset in ``text`` to one in the displayed text (tabs shown as '  │  ')."""
        if "\t" not in text:
            return lambda i: i
        tabs = [i for i, c in enumerate(text) if c == "\t"]
        return lambda i: i + 4 * bisect.bisect_left(tabs, i)
