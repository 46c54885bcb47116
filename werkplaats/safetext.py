"""One sanitiser for text that came from outside: control characters never reach a terminal or a file format.

Text in werkplaats comes from files we did not write (transcription services,
e-mail, shared drives, review packages that come back). Some characters in it
can act instead of being shown: escape sequences (``ESC ] 52`` writes to the
clipboard, ``ESC ] 0`` retitles the terminal), other C0 and C1 control
characters, and bidi overrides that make text read differently from what it is.

- :func:`shown`: for anything printed or drawn (CLI consoles, TUI, review app,
  xlsx/docx cells): every such character is replaced by one visible character
  (``ESC`` → ``␛``, C1 → ``�``), so nothing is executed and nothing is hidden.
- :func:`clean_name`: for names, titles and attributes on import: escape
  sequences and control characters are removed.
- :func:`clean_body`: for document text on import: each such character is
  replaced by exactly one character, so every offset into the text stays valid.
- :func:`json_text`: JSON with these characters written as ``\\uXXXX`` escapes.
- :func:`guard_console` and :func:`guard_textual` apply :func:`shown` at the
  place where rich and Textual write to the terminal.

Tab and newline are kept everywhere.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 except tab and newline, DEL, C1, bidi embeddings/overrides/isolates, lone surrogates.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")  # json.dumps escapes C0 itself

# Whole escape sequences (7-bit and 8-bit): CSI, OSC/DCS/SOS/PM/APC strings, and two-character escapes.
_SEQUENCE = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]?"                       # CSI … final
    "|\x1b[\\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)?"  # OSC, DCS, SOS, PM, APC … BEL or ST
    "|\x1b[ -/]*[0-~]?"                               # other escapes (ESC c, ESC ( B, …)
    "|\x9b[0-?]*[ -/]*[@-~]?"                         # 8-bit CSI
    "|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)?"  # 8-bit string commands
)


def _shown_table() -> dict[int, str]:
    table = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}  # ␀ … ␟ (␛ for ESC)
    table[0x7F] = "\u2421"  # ␡
    table.update({c: "\ufffd" for c in range(0x80, 0xA0)})
    table.update({c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
    return table


_SHOWN = _shown_table()


def _c1_as_cp1252(c: int) -> str:
    try:
        return bytes([c]).decode("cp1252")
    except UnicodeDecodeError:
        return "\ufffd"


# Body text: C1 characters almost always are Windows-1252 bytes decoded as Latin-1 (“ ” – € …).
_BODY = dict(_SHOWN)
_BODY.update({c: _c1_as_cp1252(c) for c in range(0x80, 0xA0)})
_BODY[0x0B] = "\n"  # vertical tab and form feed are line and page breaks
_BODY[0x0C] = "\n"


def unsafe_count(text: str) -> int:
    """How many characters :func:`shown` or :func:`clean_body` would replace."""
    return len(UNSAFE.findall(text)) if text else 0


def shown(text: Any) -> Any:
    """``text`` with every control character replaced by one visible character (non-strings pass through)."""
    if not isinstance(text, str) or not UNSAFE.search(text):
        return text
    text = text.translate(_SHOWN)
    if UNSAFE.search(text):  # lone surrogates (from undecodable bytes)
        text = UNSAFE.sub("\ufffd", text)
    return text


def clean_name(text: Any) -> Any:
    """A name, title or attribute value without escape sequences or control characters.

    Tabs and line breaks become spaces and surrounding whitespace goes; non-strings pass through.
    """
    if not isinstance(text, str):
        return text
    if UNSAFE.search(text):
        text = _SEQUENCE.sub("", text)
        text = UNSAFE.sub("", text)
    if "\t" in text or "\n" in text:
        text = text.replace("\t", " ").replace("\n", " ")
    return text.strip()


def clean_body(text: str) -> tuple[str, int]:
    """Document text with each control character replaced by one character; returns (text, how many).

    The length never changes, so structure and codings keep their offsets.
    """
    if not text or not UNSAFE.search(text):
        return text, 0
    count = unsafe_count(text)
    text = text.translate(_BODY)
    if UNSAFE.search(text):
        text = UNSAFE.sub("\ufffd", text)
    return text, count


def json_text(data: Any, **kwargs) -> str:
    """``json.dumps(data, ensure_ascii=False, **kwargs)`` with C1, DEL and bidi controls as ``\\uXXXX`` escapes.

    The JSON means the same (a script reading it gets the exact text); a terminal showing it is safe.
    """
    kwargs.setdefault("ensure_ascii", False)
    text = json.dumps(data, **kwargs)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# -- at the terminal ----------------------------------------------------------------------------


def guard_console(console) -> None:
    """Make a rich Console show :func:`shown` text: every renderable it prints passes through it.

    Styles that rich itself adds (colour, bold) are control segments and stay as they are.
    """
    from rich.console import RenderHook

    class Shown:
        def __init__(self, renderable) -> None:
            self.renderable = renderable

        def __rich_console__(self, console, options):
            from rich.segment import Segment

            for segment in console.render(self.renderable, options):
                text = segment.text
                if not segment.control and text and UNSAFE.search(text):
                    yield Segment(shown(text), segment.style)
                else:
                    yield segment

    class Guard(RenderHook):
        def process_renderables(self, renderables):
            return [Shown(r) for r in renderables]

    if getattr(console, "_werkplaats_guard", False):
        return
    guard = Guard()
    console.push_render_hook(guard)
    console._werkplaats_guard = True
    # A progress bar or status (rich's Live) adds its own hook, which appends what it draws to the
    # renderables: the guard must stay the last hook to see that too.
    push, pop = console.push_render_hook, console.pop_render_hook

    def push_below_guard(hook) -> None:
        push(hook)
        hooks = getattr(console, "_render_hooks", None)
        if isinstance(hooks, list) and guard in hooks:
            hooks.remove(guard)
            hooks.append(guard)

    def pop_below_guard() -> None:
        hooks = getattr(console, "_render_hooks", None)
        if isinstance(hooks, list) and hooks and hooks[-1] is guard and len(hooks) > 1:
            del hooks[-2]
        else:
            pop()

    console.push_render_hook = push_below_guard
    console.pop_render_hook = pop_below_guard


def guard_textual() -> None:
    """Make every Textual app show :func:`shown` text: the strips drawn on the terminal pass through it.

    Textual writes the text of every widget (labels, trees, tables, the document view,
    notifications) through :meth:`textual.strip.Strip.render`; a strip with a control character
    in its text is drawn as its shown version, cut to its own width.
    """
    from rich.segment import Segment
    from textual.strip import Strip

    if getattr(Strip.render, "_werkplaats_guard", False):
        return
    original = Strip.render

    def render(self, console):
        if self._render_cache is None:
            segments = self._segments
            if any(text and UNSAFE.search(text) for text, _, _ in segments):
                clean = Strip([Segment(shown(text), style, control) for text, style, control in segments])
                clean = clean.crop(0, self.cell_length)
                self._render_cache = original(clean, console)
        return original(self, console)

    render._werkplaats_guard = True
    Strip.render = render
