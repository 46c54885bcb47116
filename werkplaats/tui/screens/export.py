"""The export dialog: the same choices as ``werkplaats export matrix``, with a preview."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from ...analysis import DIMENSIONS, MEASURES, AnalysisError, Dataset
from ...store import Project
from ..widgets.table import LazyTable

COLUMN_CHOICES = [(label, key) for key, label in DIMENSIONS.items()] + [("code (samen voorkomen)", "code")]
MEASURE_CHOICES = [(label, key) for key, label in MEASURES.items()]


class ExportDialog(ModalScreen[str | None]):
    """Choose columns, measure and file; see the matrix; export to .docx/.xlsx/.csv."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.dataset: Dataset | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export"):
            yield Label("Matrix exporteren (codes als rijen)", id="dialog-title")
            with Horizontal(classes="row"):
                yield Select(COLUMN_CHOICES, value="regio", allow_blank=False, id="columns")
                yield Select(MEASURE_CHOICES, value="fragmenten", allow_blank=False, id="measure")
            yield LazyTable([("Code", 40)], [], id="export-preview")
            yield Static(id="export-status")
            with Horizontal(classes="row"):
                yield Input(value="matrix.docx", placeholder="bestand: .docx, .xlsx of .csv", id="output")
                yield Button("Exporteren", variant="primary", id="export-button")
                yield Button("Annuleren", id="export-cancel")

    def on_mount(self) -> None:
        self.preview()

    @on(Select.Changed)
    def preview(self) -> None:
        from ...exporters import make_matrix

        columns = self.query_one("#columns", Select).value
        measure = self.query_one("#measure", Select).value
        table = self.query_one("#export-preview", LazyTable)
        status = self.query_one("#export-status", Static)
        try:
            if self.dataset is None:
                self.dataset = Dataset(self.project)
            matrix = make_matrix(self.dataset, "code", columns, measure, True, "overlap").nonempty_rows()
        except AnalysisError as exc:
            status.update(Text(str(exc), style="bold red"))
            return
        keys = list(matrix.frame.columns)
        table.columns = [("Code", 40)] + [(matrix.column_label(k)[:18], 18) for k in keys]
        table.rows = [
            ("  " * int(matrix.row_depth.get(r, 0)) + matrix.row_label(r), *[matrix.format(v) for v in matrix.frame.loc[r]])
            for r in matrix.frame.index
        ]
        table.virtual_size = table.virtual_size.with_height(len(table.rows) + 1)
        table.refresh()
        status.update(Text(f"{matrix.title} — {len(table.rows)} codes × {len(keys)} kolommen", style="dim"))

    @on(Button.Pressed, "#export-button")
    @on(Input.Submitted)
    def export(self) -> None:
        output = self.query_one("#output", Input).value.strip()
        if Path(output).suffix.lower() not in (".docx", ".xlsx", ".csv"):
            self.query_one("#export-status", Static).update(Text("Kies een bestand op .docx, .xlsx of .csv.", style="bold red"))
            return
        if Path(output).exists():
            self.query_one("#export-status", Static).update(Text(f"'{output}' bestaat al; kies een andere naam.", style="bold red"))
            return
        self.query_one("#export-status", Static).update(Text("Bezig met exporteren (citaten worden gepseudonimiseerd)…"))
        self.run_export(output, self.query_one("#columns", Select).value, self.query_one("#measure", Select).value)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def run_export(self, output: str, columns: str, measure: str) -> None:
        from ...exporters import export_matrix

        with Project(self.project.path) as project:  # a worker thread needs its own connection
            try:
                summary = export_matrix(project, output, "code", columns, measure, deduce=False)
            except AnalysisError as exc:
                self.app.call_from_thread(self.query_one("#export-status", Static).update, Text(str(exc), style="bold red"))
                return
        self.app.call_from_thread(self.dismiss, f"{summary.title} geëxporteerd naar {output}")

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
