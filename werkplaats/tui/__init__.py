"""The Textual coding UI (``werkplaats tui``).

Importing this package makes every Textual app of werkplaats (the coding UI and the
review app) draw control characters as visible characters (:func:`werkplaats.safetext.guard_textual`):
titles, names, memos and reviewer comments come from outside and never reach the terminal as escapes.
"""

from ..safetext import guard_textual

guard_textual()
