"""All coded fragments of one code across documents, with a jump to context."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

from ...regions import short_name


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
        yield DataTable(id="fragments", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Regio", "Casus", "Document", "Spreker", "Codeur", "Fragment")
        for n, f in enumerate(self.fragments):
            text = " ".join(f["text"].split())
            table.add_row(
                short_name(f["region"]) or "", f["casus"] or "", f["title"], f["speaker"] or "", f["coder"],
                text if len(text) <= 160 else text[:157] + "…", key=str(n),
            )
        table.focus()

    def action_jump(self) -> None:
        table = self.query_one(DataTable)
        if not self.fragments:
            return
        f = self.fragments[table.cursor_row]
        self.dismiss((f["document_id"], f["start"]))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_jump()

    def action_close(self) -> None:
        self.dismiss(None)
