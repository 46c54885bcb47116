"""The review UI for ervaringsdeskundigen: one fragment at a time, few keys.

It opens only the review package (pseudonymised fragments); it has no way to
reach the project file. Every judgement is saved the moment it is given.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from ..store import Package
from ..tui.screens.dialogs import ChoiceDialog, TextDialog

VERDICT_LABELS = {"past": "Past", "past_niet": "Past niet", "twijfel": "Twijfel", "mist": "Hier mist iets"}
TYPE_LABELS = {"interview": "interview", "casuistiek": "casuïstiekbespreking", "observatie": "observatie",
               "vragenlijst": "vragenlijst", "overig": "overig"}


class ReviewApp(App):
    """``werkplaats review PAKKET --naam NAAM``."""

    TITLE = "werkplaats · review"
    CSS_PATH = str(Path(__file__).resolve().parent.parent / "tui" / "app.tcss")
    CSS = """
    #progress { height: 1; padding: 0 2; background: $primary-darken-2; }
    #fragment { padding: 1 4; height: 1fr; }
    #text { padding: 1 2; margin-bottom: 1; }
    #code { padding: 1 2; border: round $primary; height: auto; }
    #verdict { padding: 0 2; height: auto; }
    """
    BINDINGS = [
        Binding("p", "verdict('past')", "Past"),
        Binding("n", "verdict('past_niet')", "Past niet"),
        Binding("t", "verdict('twijfel')", "Twijfel"),
        Binding("o", "comment", "Opmerking"),
        Binding("m", "missing", "Hier mist iets"),
        Binding("right,space", "step(1)", "Volgende"),
        Binding("left", "step(-1)", "Vorige"),
        Binding("q", "quit", "Stoppen"),
    ]

    def __init__(self, package_path: str | Path, reviewer: str | None = None) -> None:
        super().__init__()
        self.package = Package(package_path)
        self.reviewer = (reviewer or "").strip()
        self.fragments = self.package.fragments()
        self.codes = self.package.codes()
        self.index = 0

    def compose(self) -> ComposeResult:
        yield Static(id="progress")
        with VerticalScroll(id="fragment"):
            yield Static(id="text")
            yield Static(id="code")
            yield Static(id="verdict")
        yield Footer()

    def on_mount(self) -> None:
        if not self.reviewer:  # e.g. in the browser: ask the name first
            def named(name: str | None) -> None:
                if not name or not name.strip():
                    self.exit()
                    return
                self.reviewer = name.strip()[:200]
                self.on_mount()

            self.push_screen(TextDialog("Welkom bij de review. Wat is je naam?"), named)
            return
        judged = {j["fragment_id"] for j in self.package.judgements(self.reviewer) if j["verdict"] != "mist"}
        # resume at the first fragment this reviewer has not judged yet
        self.index = next((n for n, f in enumerate(self.fragments) if f["id"] not in judged), 0)
        self.show()

    def on_unmount(self) -> None:
        self.package.close()

    def mine(self, fragment_id: str) -> list[dict]:
        return [j for j in self.package.judgements(self.reviewer) if j["fragment_id"] == fragment_id]

    def show(self) -> None:
        if not self.fragments:
            self.query_one("#text", Static).update("Dit pakket bevat geen fragmenten.")
            return
        f = self.fragments[self.index]
        done = len({j["fragment_id"] for j in self.package.judgements(self.reviewer) if j["verdict"] != "mist"})
        self.query_one("#progress", Static).update(
            f"{self.reviewer} · fragment {self.index + 1} van {len(self.fragments)} · {done} beoordeeld · alles wordt meteen bewaard")
        text = Text()
        text.append(f"{f['region'] or ''} · {TYPE_LABELS.get(f['source_type'], f['source_type'] or '')}\n\n", style="dim")
        text.append(f["before"], style="dim")
        text.append(f["text"], style="bold reverse")
        text.append(f["after"], style="dim")
        self.query_one("#text", Static).update(text)
        code = self.codes.get(f["code_id"], {"name": f["code_id"], "definition": "", "include": "", "exclude": ""})
        info = Text.assemble(("Gecodeerd als: ", "bold"), (code["name"] + "\n\n", "bold " + (code.get("colour") or "")))
        for label, key in (("Betekenis", "definition"), ("Wel als", "include"), ("Niet als", "exclude")):
            if code.get(key):
                info.append(f"{label}: ", style="bold")
                info.append(code[key] + "\n")
        self.query_one("#code", Static).update(info)
        verdict = Text("Jouw oordeel: ", style="bold")
        mine = self.mine(f["id"])
        if not mine:
            verdict.append("nog niet gegeven — p past · n past niet · t twijfel · o opmerking · m hier mist iets", style="italic")
        for j in mine:
            verdict.append(f"\n• {VERDICT_LABELS[j['verdict']]}")
            if j["better_code"]:
                verdict.append(f" (beter: {self.codes.get(j['better_code'], {}).get('name', j['better_code'])})")
            if j["comment"]:
                verdict.append(f" — {j['comment']}", style="italic")
        self.query_one("#verdict", Static).update(verdict)

    def _save(self, verdict: str, better: str | None = None, comment: str | None = None, advance: bool = True) -> None:
        f = self.fragments[self.index]
        if comment is None:
            old = [j for j in self.mine(f["id"]) if j["verdict"] != "mist"]
            comment = old[0]["comment"] if old else None
        self.package.judge(f["id"], self.reviewer, verdict, better, comment)
        if advance and self.index < len(self.fragments) - 1:
            self.index += 1
        self.show()

    def action_verdict(self, verdict: str) -> None:
        if not self.fragments:
            return
        if verdict != "past_niet":
            self._save(verdict)
            return
        choices = [("", "Geen betere code (alleen: past niet)")] + [(c["id"], c["name"]) for c in self.codes.values()]

        def chosen(code_id: str | None) -> None:
            if code_id is not None:
                self._save("past_niet", better=code_id or None)

        self.push_screen(ChoiceDialog("Past niet. Is er een code die beter past?", choices), chosen)

    def action_comment(self) -> None:
        if not self.fragments:
            return
        f = self.fragments[self.index]
        current = [j for j in self.mine(f["id"]) if j["verdict"] != "mist"]
        if not current:
            self.notify("Geef eerst je oordeel (p, n of t); daarna kun je een opmerking toevoegen.", severity="warning")
            return
        j = current[0]

        def save(text: str | None) -> None:
            if text is not None:
                self._save(j["verdict"], j["better_code"], text, advance=False)

        self.push_screen(TextDialog("Opmerking bij dit fragment", j["comment"] or "", multiline=True), save)

    def action_missing(self) -> None:
        if not self.fragments:
            return

        def save(text: str | None) -> None:
            if text and text.strip():
                self._save("mist", comment=text, advance=False)

        self.push_screen(TextDialog("Wat mist hier? Wat is belangrijk en is niet gecodeerd?", multiline=True), save)

    def action_step(self, delta: int) -> None:
        if self.fragments:
            self.index = max(0, min(len(self.fragments) - 1, self.index + delta))
            self.show()


