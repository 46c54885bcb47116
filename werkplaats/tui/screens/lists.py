"""List screens over the project: detected personal data, and reviewers' judgements."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Label

from ...pseudo import LABELS, Pseudonymiser
from ...pseudo.rules import PERSON
from ...regions import short_name
from ..widgets.status import Bar
from ..widgets.table import LazyTable
from .base import JumpListScreen

STATUS = {"auto": "gevonden", "accepted": "akkoord", "rejected": "afgewezen", "manual": "handmatig"}
VERDICTS = {"past": "past", "past_niet": "PAST NIET", "twijfel": "twijfel", "mist": "MIST IETS"}


class PseudoScreen(JumpListScreen):
    """Detections in one document: accept (a), reject (x), always a name (n), jump (Enter)."""

    BINDINGS = [
        Binding("a", "status('accepted')", "Akkoord"),
        Binding("x", "status('rejected')", "Afwijzen"),
        Binding("n", "always_name", "Altijd naam"),
    ]
    COLUMNS = [("Soort", 15), ("Tekst", 28), ("Bron", 9), ("Status", 10), ("Pseudoniem", 18), ("Context", 80)]

    def __init__(self, pseudonymiser: Pseudonymiser, document: dict) -> None:
        super().__init__()
        self.ps = pseudonymiser
        self.document = document

    def compose(self) -> ComposeResult:
        yield Label(f"Persoonsgegevens in [b]{self.document['title']}[/b]", id="fragments-title")
        yield LazyTable(self.COLUMNS, [], id="fragments")
        yield Bar(Text(" a akkoord · x afwijzen (geen persoonsgegeven) · n altijd als naam behandelen · Enter naar de tekst · Esc terug",
                       style="reverse"))

    def on_mount(self) -> None:
        self.ps.ensure_detected(self.document["id"])
        self.reload()
        super().on_mount()

    def reload(self) -> None:
        text = self.document["text"]
        self.rows = self.ps.store.detections(self.document["id"])
        table = self.query_one(LazyTable)
        table.rows = [
            (LABELS.get(d["type"], d["type"]), d["text"], d["source"], STATUS[d["status"]],
             "" if d["status"] == "rejected" else self.ps.pseudonym(d["type"], d["text"]),
             text[max(0, d["start"] - 40): d["end"] + 40])
            for d in self.rows
        ]
        table.virtual_size = table.virtual_size.with_height(len(table.rows) + 1)
        table.refresh()

    def _current(self) -> dict | None:
        table = self.query_one(LazyTable)
        return self.rows[table.cursor] if self.rows else None

    def action_status(self, status: str) -> None:
        d = self._current()
        if d:
            self.ps.store.set_status(d["id"], status)
            self.reload()
            self.query_one(LazyTable).action_move(1)

    def action_always_name(self) -> None:
        d = self._current()
        if d:
            self.ps.store.add_name(d["text"], PERSON, "altijd")
            self.ps.store.set_status(d["id"], "accepted")
            self.app.notify(f"'{d['text']}' wordt voortaan altijd als naam behandeld (na 'werkplaats pseudo').")
            self.reload()

    def target(self, row: int) -> tuple[int, int]:
        return self.document["id"], self.rows[row]["start"]


class ReviewResultsScreen(JumpListScreen):
    """Reviewers' judgements, disagreements first; Enter jumps to the fragment."""

    COLUMNS = [("Oordeel", 10), ("Code", 28), ("Reviewer", 12), ("Beter", 20), ("Regio", 12), ("Document", 28), ("Opmerking", 60)]

    def __init__(self, project) -> None:
        super().__init__()
        order = {"past_niet": 0, "mist": 1, "twijfel": 2, "past": 3}
        self.results = sorted(project.review.results(), key=lambda r: (order[r["verdict"]], r["code_id"] or ""))

    def compose(self) -> ComposeResult:
        n = sum(1 for r in self.results if r["verdict"] in ("past_niet", "mist"))
        yield Label(f"Oordelen van reviewers: {len(self.results)} — {n} om te bespreken (past niet / mist iets)", id="fragments-title")
        rows = [(VERDICTS[r["verdict"]], r["code_name"] or r["code_id"] or "", r["reviewer"], r["better_code"] or "",
                 short_name(r["region"]) or "", r["title"] or "(verwijderd)", r["comment"] or "") for r in self.results]
        yield LazyTable(self.COLUMNS, rows, id="fragments")
        yield Bar(Text(" Enter naar het fragment · Esc terug", style="reverse"))

    def target(self, row: int) -> tuple[int, int] | None:
        r = self.results[row]
        return (r["document_id"], r["start"]) if r["document_id"] is not None else None


class DisagreementsScreen(JumpListScreen):
    """Segments where coders differ: who coded what, a memo per disagreement (m), jump (Enter)."""

    BINDINGS = [Binding("m", "memo", "Memo")]

    def __init__(self, project, coder: str, coders: list[str]) -> None:
        super().__init__()
        from ...exchange.agreement import disagreements

        self.project = project
        self.coder = coder
        self.coders = coders
        self.items = disagreements(project, coders)
        self.texts = project.documents.texts({d["document_id"] for d in self.items})
        self.titles = {d["id"]: d["title"] for d in project.documents.list()}
        names = {c["id"]: c["name"] for c in project.codes.list()}
        self.names = names

    def compose(self) -> ComposeResult:
        yield Label(f"Verschillen tussen {', '.join(self.coders)}: {len(self.items)} segment(en)", id="fragments-title")
        columns = [("Document", 26), ("Segment", 50)] + [(c, 30) for c in self.coders] + [("Memo", 40)]
        yield LazyTable(columns, self._rows(), id="fragments")
        yield Bar(Text(" m memo bij dit verschil · Enter naar de tekst · Esc terug", style="reverse"))

    def _key(self, item: dict) -> str:
        return f"{item['document_id']}:{item['start']}"

    def _rows(self) -> list[tuple]:
        memos = {m["target_id"]: m["text"] for m in self.project.memos.list("segment")}
        return [
            (self.titles.get(d["document_id"], ""), self.texts[d["document_id"]][d["start"]:d["end"]],
             *[", ".join(self.names.get(c, c) for c in d["codes"].get(name, [])) or "—" for name in self.coders],
             memos.get(self._key(d), ""))
            for d in self.items
        ]

    def action_memo(self) -> None:
        if not self.items:
            return
        from .dialogs import TextDialog

        item = self.items[self.query_one(LazyTable).cursor]

        def save(text: str | None) -> None:
            if text is not None:
                self.project.memos.set("segment", self._key(item), text, coder=self.coder)
                table = self.query_one(LazyTable)
                table.rows = self._rows()
                table.refresh()

        self.app.push_screen(TextDialog("Memo bij dit verschil", self.project.memos.get("segment", self._key(item), coder=self.coder), multiline=True), save)

    def target(self, row: int) -> tuple[int, int]:
        d = self.items[row]
        return d["document_id"], d["start"]
