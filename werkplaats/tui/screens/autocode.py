"""The "Autocoderen" dialog: a rule, a preview per document, then one undoable action."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from ...autocode import Rule, RuleError, find_spans, preview
from ...regions import short_name
from ...store import Project

KINDS = [("Spreker", "spreker"), ("Zoekvraag", "zoek"), ("Kop (sectie)", "kop"), ("Reguliere expressie", "regex")]
UNITS = [("Segment", "segment"), ("Zin", "zin"), ("Alinea", "alinea")]


class AutocodeDialog(ModalScreen[Rule | None]):
    """Choose a rule for the selected code; Voorbeeld shows counts, Toepassen returns the rule."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, project: Project, code: dict) -> None:
        super().__init__()
        self.project = project
        self.code = code

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text.assemble("Autocoderen met ", ("■ ", self.code["colour"] or "white"), (self.code["name"], "bold")),
                        id="dialog-title")
            with Horizontal(classes="row"):
                yield Select(KINDS, value="zoek", allow_blank=False, id="kind")
                yield Select(UNITS, value="segment", allow_blank=False, id="unit")
            yield Input(placeholder="bijv. schuld* of R of Afspraken", id="value")
            yield Static(id="preview")
            with Horizontal(classes="row"):
                yield Button("Voorbeeld", id="preview-button")
                yield Button("Toepassen", variant="primary", id="apply")
                yield Button("Annuleren", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#value", Input).focus()

    def rule(self) -> Rule:
        kind = self.query_one("#kind", Select).value
        value = self.query_one("#value", Input).value
        unit = self.query_one("#unit", Select).value
        return Rule(
            speaker=value if kind == "spreker" else None, search=value if kind == "zoek" else None,
            pattern=value if kind == "regex" else None, heading=value if kind == "kop" else None, unit=unit,
        )

    def show_preview(self) -> int | None:
        box = self.query_one("#preview", Static)
        try:
            spans = find_spans(self.project, self.rule())
        except RuleError as exc:
            box.update(Text(str(exc), style="bold red"))
            return None
        rows = preview(self.project, spans)
        text = Text(f"{len(spans)} fragment(en) in {len(rows)} document(en):\n", style="bold")
        for row in rows[:12]:
            text.append(f"{row['fragments']:>5}  {row['title']}  ", style="")
            text.append(f"{short_name(row['region']) or ''}\n", style="dim")
        if len(rows) > 12:
            text.append(f"… en {len(rows) - 12} documenten meer\n", style="dim")
        box.update(text)
        return len(spans)

    @on(Input.Submitted)
    @on(Button.Pressed, "#preview-button")
    def _preview(self) -> None:
        self.show_preview()

    @on(Button.Pressed, "#apply")
    def _apply(self) -> None:
        if self.show_preview():
            self.dismiss(self.rule())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
