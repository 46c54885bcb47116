"""Small modal screens: pick a code (fuzzy), enter text, pick from a list, help."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.fuzzy import Matcher
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Markdown, OptionList, TextArea
from textual.widgets.option_list import Option


class CodePicker(ModalScreen[str | None]):
    """Type part of a code's name (fuzzy), Enter applies the highlighted code."""

    BINDINGS = [
        Binding("escape", "cancel", "Annuleren"),
        Binding("down", "down", "Omlaag", show=False),
        Binding("up", "up", "Omhoog", show=False),
    ]

    def __init__(self, codes: list[dict], title: str = "Code kiezen", exclude: set[str] = frozenset()) -> None:
        super().__init__()
        self.codes = [c for c in codes if c["id"] not in exclude]
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Label(self.title_text, id="picker-title")
            yield Input(placeholder="typ een deel van de naam…", id="picker-input")
            yield OptionList(id="picker-list")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, query: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        if query:
            matcher = Matcher(query)
            scored = []
            for code in self.codes:
                haystack = f"{code['name']} {code['id']}"
                score = matcher.match(haystack)
                if score > 0:
                    scored.append((score, code, matcher.highlight(code["name"])))
            scored.sort(key=lambda t: -t[0])
            rows = [(c, label) for _, c, label in scored]
        else:
            rows = [(c, Text(c["name"])) for c in self.codes]
        for code, label in rows:
            prompt = Text.assemble(("■ ", code["colour"] or "white"), ("  " * code.get("depth", 0)), label if isinstance(label, Text) else Text(str(label)), (f"  {code['id']}", "dim"))
            options.add_option(Option(prompt, id=code["id"]))
        if rows:
            options.highlighted = 0

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value.strip())

    @on(Input.Submitted)
    def _submitted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None and options.option_count:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextDialog(ModalScreen[str | None]):
    """Enter or edit text; ``multiline`` for memos (Ctrl+S saves)."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren"), Binding("ctrl+s", "save", "Opslaan")]

    def __init__(self, title: str, value: str = "", multiline: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.multiline = multiline

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title")
            if self.multiline:
                yield TextArea(self.value, id="dialog-text")
                yield Label("Ctrl+S opslaan · Esc annuleren", classes="hint")
            else:
                yield Input(self.value, id="dialog-input")
                yield Label("Enter opslaan · Esc annuleren", classes="hint")

    def on_mount(self) -> None:
        (self.query_one(TextArea) if self.multiline else self.query_one(Input)).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text if self.multiline else self.query_one(Input).value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceDialog(ModalScreen[str | None]):
    """Choose one of a few labelled options."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, title: str, choices: list[tuple[str, Text | str]]) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title")
            yield OptionList(*[Option(label, id=key) for key, label in self.choices], id="choices")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    """All keys, from the one table of actions."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Sluiten")]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        with Vertical(id="help"):
            yield Markdown(self.markdown)

    def action_close(self) -> None:
        self.dismiss(None)
