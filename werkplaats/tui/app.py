"""The coding TUI: documents left, text centre, codebook right.

The app only wires widgets to :class:`werkplaats.session.Session`; every
change is committed by the store the moment it is made.
"""

from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Static

from ..regions import short_name
from ..session import Session
from ..store import CodingError, Project, StoreError, cell_target
from .actions import bindings, help_markdown
from .screens import (AutocodeDialog, ChoiceDialog, CodePicker, DisagreementsScreen, FragmentsScreen, HelpScreen, PseudoScreen,
                      ReviewResultsScreen, TextDialog)
from .screens.suggestions import SuggestionsPanel, TeachScreen
from .widgets import Bar, CodeTree, DocumentTree, DocumentView, Span

COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class CodingApp(App):
    """``werkplaats tui PROJECT --coder NAAM``."""

    CSS_PATH = "app.tcss"
    TITLE = "werkplaats"
    BINDINGS = bindings()

    def __init__(self, project_path: str | Path, coder: str) -> None:
        super().__init__()
        self.project_path = Path(project_path)
        self.project = Project(self.project_path)
        self.session = Session(self.project, coder)
        self.session.default_pins()
        self.document_id: int | None = None
        self.document: dict | None = None
        self.doc_ids: list[int] = []
        self.message = ""  # the last action's result, shown in the status bar
        self.filter_code: str | None = None
        self.hits: list[dict] = []
        self.hit_index = -1
        self.last_query = ""

    # -- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield DocumentTree(id="documents")
            with Vertical(id="centre"):
                yield Bar(id="doc-title")
                yield DocumentView(id="text")
            with Vertical(id="right"):
                yield CodeTree(id="codes")
                yield Static(id="code-info")
                yield SuggestionsPanel(self.project, self.session.coder, id="suggestion-panel")
        yield Bar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"{self.project_path.name} · {self.session.coder}"
        self.refresh_documents()
        ids = self.doc_ids
        self.refresh_codes()
        if ids:
            self.open_document(ids[0])
        self.query_one(DocumentView).focus()
        self.refresh_status()

    def on_unmount(self) -> None:
        self.project.close()

    # -- refreshing ------------------------------------------------------------------------

    @property
    def view(self) -> DocumentView:
        return self.query_one(DocumentView)

    def refresh_documents(self, select: int | None = None) -> None:
        tree = self.session.document_tree()
        self.doc_ids = [d["id"] for cases in tree.values() for docs in cases.values() for d in docs]
        self.query_one(DocumentTree).fill(tree, select or self.document_id)

    def refresh_codes(self) -> None:
        tree = self.query_one(CodeTree)
        tree.fill(self.session.codes(), self.session.pins())
        self.show_code_info(tree.current_code)

    def spans(self) -> list[Span]:
        return [
            Span(k["id"], k["start"], k["end"], k["code_id"], k["code_name"], k["colour"] or "#888888")
            for k in self.session.codings(self.document_id)
        ]

    def open_document(self, document_id: int, offset: int | None = None) -> None:
        self.document_id = document_id
        self.document = self.project.documents.get(document_id)
        segments = self.project.documents.segments(document_id)
        only = self.session.segments_with_code(document_id, self.filter_code) if self.filter_code else None
        self.view.load(segments, self.document["text"], self.spans(), only=only)
        hit_segments = {h["segment_id"] for h in self.hits if h["document_id"] == document_id}
        if hit_segments:
            self.view.set_hits(hit_segments)
        if offset is not None:
            self.view.go_to_offset(offset)
        d = self.document
        meta = " · ".join(x for x in (short_name(d["region"]), d["case_name"], d["source_type"], d["filename"]) if x)
        self.query_one("#doc-title", Bar).set(Text.assemble((d["title"], "bold"), "  ", (meta, "dim")))
        self.refresh_status()

    def after_change(self, message: str | None = None) -> None:
        """Show the effect of a coding change everywhere it is visible."""
        if self.document_id is not None:
            if self.filter_code:
                self.open_document(self.document_id)
            else:
                self.view.set_spans(self.spans())
            share = self.project.codings.coded_share(self.session.view_coders(), self.document_id).get(self.document_id, 0)
            self.query_one(DocumentTree).set_share(self.document_id, self.document["title"], share)
        self.refresh_codes()
        self.message = message or ""
        self.refresh_status()
        self.suggestion_panel.maybe_retrain()  # every N decisions, in a child process

    def refresh_status(self) -> None:
        ids = self.doc_ids
        position = f"document {ids.index(self.document_id) + 1}/{len(ids)}" if self.document_id in ids else "geen document"
        seg = self.view.current_segment if self.document_id else None
        where = f"segment {self.view.cursor + 1}/{len(self.view.rows)}" if seg else ""
        parts = [self.project_path.name, f"codeur: {self.session.coder}", f"weergave: {self.session.view_label()}", position, where]
        if self.filter_code:
            code = self.project.codes.get(self.filter_code)
            parts.append(f"filter: {code['name'] if code else self.filter_code}")
        if self.hits:
            parts.append(f"treffer {self.hit_index + 1}/{len(self.hits)} '{self.last_query}'")
        parts.append("alles opgeslagen")
        status = Text(" · ".join(p for p in parts if p))
        if self.message:
            status.append(f"  ▸ {self.message}", style="bold")
        self.query_one("#status", Bar).set(status)

    def show_code_info(self, code_id: str | None) -> None:
        info = self.query_one("#code-info", Static)
        code = self.project.codes.get(code_id) if code_id else None
        if not code:
            info.update(Text("Kies een code in het codeboek.", style="dim"))
            return
        text = Text.assemble(("■ ", code["colour"] or "white"), (code["name"], "bold"), (f"  {code['id']}\n", "dim"))
        for label, field in (("Definitie", "definition"), ("Wel coderen", "include"), ("Niet coderen", "exclude"), ("Voorbeeld", "example")):
            if code[field]:
                text.append(f"\n{label}: ", "bold")
                text.append(code[field] + "\n")
        memo = self.project.memos.get("code", code_id, coder=self.session.coder)
        if memo:
            text.append("\nMemo: ", "bold italic")
            text.append(memo + "\n", "italic")
        info.update(text)

    # -- events ------------------------------------------------------------------------------

    @on(DocumentTree.DocumentChosen)
    def _document_chosen(self, event: DocumentTree.DocumentChosen) -> None:
        self.open_document(event.document_id)
        self.view.focus()

    @on(CodeTree.CodeHighlighted)
    def _code_highlighted(self, event: CodeTree.CodeHighlighted) -> None:
        self.show_code_info(event.code_id)

    @on(DocumentView.CursorMoved)
    def _cursor_moved(self) -> None:
        self.message = ""
        self.refresh_status()
        panel = self.suggestion_panel
        if panel.display and self.view.current_segment:
            panel.show_segment(self.view.current_segment["id"])

    @on(SuggestionsPanel.Decided)
    def _suggestion_decided(self, event: SuggestionsPanel.Decided) -> None:
        labels = {"accept": "Suggestie geaccepteerd", "reject": "Suggestie afgewezen", "no_code": "Segment: geen code",
                  "undo": "Beslissing ongedaan gemaakt"}
        if isinstance(self.screen, TeachScreen):  # the text behind it is refreshed when the teach screen closes
            self.suggestion_panel.maybe_retrain()
            return
        self.after_change(labels.get(event.kind, "Suggestie"))

    @on(SuggestionsPanel.Previewed)
    def _suggestion_previewed(self, event: SuggestionsPanel.Previewed) -> None:
        s = event.suggestion
        self.view.set_preview((s.start, s.end) if s is not None and self.suggestion_panel.display else None)

    @on(SuggestionsPanel.Trained)
    def _suggester_trained(self, event: SuggestionsPanel.Trained) -> None:
        self.message = event.message
        self.refresh_status()

    @property
    def suggestion_panel(self) -> SuggestionsPanel:
        return self.screen_stack[0].query_one(SuggestionsPanel)

    def action_suggestions(self) -> None:
        panel = self.suggestion_panel
        if panel.display:
            panel.display = False
            self.view.set_preview(None)
            self.view.focus()
            return
        panel.display = True
        segment = self.view.current_segment
        panel.show_segment(segment["id"] if segment else None)
        panel.query_one("#suggestions").focus()

    def action_teach(self) -> None:
        code_id = self._selected_code()
        codes = {c["id"]: c for c in self.project.codes.list()}
        has_children = any(c["parent_id"] == code_id for c in codes.values())
        if code_id in codes and has_children and not codes[code_id]["count"]:  # not a suggestion candidate
            self.notify("Kies een code zonder subcodes: suggesties gaan over de codes op het laagste niveau.",
                        severity="warning")
            return
        if code_id:
            self.push_screen(TeachScreen(self.project, self.session.coder, code_id), lambda _: self.after_change())

    def fail(self, exc: Exception) -> None:
        self.notify(str(exc), severity="error", timeout=5)

    # -- coding -------------------------------------------------------------------------------

    def _selected_code(self) -> str | None:
        code_id = self.query_one(CodeTree).current_code
        if not code_id:
            self.notify("Kies eerst een code in het codeboek (rechts).", severity="warning")
        return code_id

    def apply_code(self, code_id: str | None) -> None:
        if not code_id or self.document_id is None:
            return
        span = self.view.selection()
        if not span or span[0] >= span[1]:
            self.notify("Niets te coderen op deze plek.", severity="warning")
            return
        try:
            self.project.codings.apply(self.document_id, span[0], span[1], code_id, coder=self.session.coder)
        except (CodingError, StoreError) as exc:
            self.fail(exc)
            return
        self.view.action_clear_selection()
        self.after_change(f"Gecodeerd: {self.project.codes.get(code_id)['name']}")

    def action_code(self) -> None:
        if self.document_id is None:
            return
        self.push_screen(CodePicker(self.session.codes(), "Code toekennen"), self.apply_code)

    def action_pinned(self, n: int) -> None:
        code_id = self.session.pins()[n - 1]
        if not code_id:
            self.notify(f"Onder toets {n} staat nog geen code; kies een code en druk p.", severity="warning")
            return
        self.apply_code(code_id)

    def action_pin(self) -> None:
        code_id = self._selected_code()
        if code_id:
            key = self.session.pin(code_id)
            self.refresh_codes()
            self.notify(f"Toets {key}: {self.project.codes.get(code_id)['name']}")

    def action_delete_coding(self) -> None:
        spans = self.view.spans_at_cursor()
        if not spans:
            self.notify("Geen codering op deze plek.", severity="warning")
            return

        def delete(coding_id: str | None) -> None:
            if coding_id:
                try:
                    self.project.codings.delete(int(coding_id), coder=self.session.coder)
                except (CodingError, StoreError) as exc:
                    self.fail(exc)
                    return
                self.after_change("Codering verwijderd")

        if len(spans) == 1:
            delete(str(spans[0].id))
        else:
            choices = [(str(s.id), Text.assemble(("■ ", s.colour), s.name, (f"  {s.start}–{s.end}", "dim"))) for s in spans]
            self.push_screen(ChoiceDialog("Welke codering verwijderen?", choices), delete)

    def action_memo(self) -> None:
        if self.document_id is None:
            return
        spans = self.view.spans_at_cursor()
        if spans:
            coding = self.project.codings.get(spans[-1].id)

            def save(text: str | None) -> None:
                if text is not None:
                    self.project.codings.set_memo(coding["id"], text, coder=self.session.coder)
                    self.after_change("Memo opgeslagen")

            self.push_screen(TextDialog(f"Memo bij codering '{coding['code_name']}'", coding["memo"] or "", multiline=True), save)
        else:
            doc_id = self.document_id

            def save_doc(text: str | None) -> None:
                if text is not None:
                    self.project.memos.set("document", doc_id, text, coder=self.session.coder)
                    self.after_change("Memo opgeslagen")

            self.push_screen(TextDialog(f"Memo bij document '{self.document['title']}'",
                                        self.project.memos.get("document", doc_id, coder=self.session.coder), multiline=True), save_doc)

    def action_memo_case(self) -> None:
        case = self.document and self.document["case_name"]
        if not case:
            self.notify("Dit document hoort niet bij een casus.", severity="warning")
            return

        def save(text: str | None) -> None:
            if text is not None:
                self.project.memos.set("case", case, text, coder=self.session.coder)
                self.after_change("Casusmemo opgeslagen")

        self.push_screen(TextDialog(f"Memo bij {case}", self.project.memos.get("case", case, coder=self.session.coder), multiline=True), save)

    def action_memo_code(self) -> None:
        code_id = self._selected_code()
        if not code_id:
            return

        def save(text: str | None) -> None:
            if text is not None:
                self.project.memos.set("code", code_id, text, coder=self.session.coder)
                self.after_change("Memo opgeslagen")

        self.push_screen(TextDialog("Memo bij code", self.project.memos.get("code", code_id, coder=self.session.coder), multiline=True), save)

    def action_memo_cell(self) -> None:
        """The framework matrix's cell for this document's case and the chosen code (see analysis.framework)."""
        case = self.document and self.document["case_name"]
        if not case:
            self.notify("Dit document hoort niet bij een casus.", severity="warning")
            return
        code_id = self._selected_code()
        if not code_id:
            return
        target = cell_target(case, code_id)
        code = self.project.codes.get(code_id) or {"name": code_id}

        def save(text: str | None) -> None:
            if text is not None:
                self.project.memos.set("case", target, text, coder=self.session.coder)
                self.after_change("Celmemo opgeslagen")

        self.push_screen(TextDialog(f"Celmemo: {case} × {code['name']}", self.project.memos.get("case", target, coder=self.session.coder),
                                    multiline=True), save)

    def action_undo(self) -> None:
        try:
            done = self.project.journal.undo(coder=self.session.coder)
        except StoreError as exc:
            self.fail(exc)
            return
        self.after_change(f"Ongedaan: {done}" if done else "Niets om ongedaan te maken")

    def action_redo(self) -> None:
        try:
            done = self.project.journal.redo(coder=self.session.coder)
        except StoreError as exc:
            self.fail(exc)
            return
        self.after_change(f"Opnieuw: {done}" if done else "Niets om opnieuw te doen")

    # -- navigation, search, views ------------------------------------------------------------------

    def action_next_document(self, delta: int) -> None:
        ids = self.doc_ids
        if not ids:
            return
        index = ids.index(self.document_id) if self.document_id in ids else -1
        new = ids[(index + delta) % len(ids)]
        self.open_document(new)
        self.refresh_documents(select=new)

    def action_search(self) -> None:
        def run(query: str | None) -> None:
            if not query or not query.strip():
                return
            try:
                self.hits = self.session.search(query)
            except (ValueError, StoreError) as exc:
                self.fail(exc)
                return
            self.last_query = query.strip()
            self.hit_index = -1
            if not self.hits:
                self.notify(f"Geen treffers voor '{query}'", severity="warning")
                self.view.set_hits(set())
                self.refresh_status()
                return
            self.notify(f"{len(self.hits)} treffer(s); n/N: volgende/vorige")
            self.action_next_hit(1)

        self.push_screen(TextDialog("Zoeken in alle documenten", self.last_query), run)

    def action_next_hit(self, delta: int) -> None:
        if not self.hits:
            self.notify("Nog geen zoekopdracht; druk /", severity="warning")
            return
        self.hit_index = (self.hit_index + delta) % len(self.hits)
        hit = self.hits[self.hit_index]
        if hit["document_id"] != self.document_id or self.filter_code:
            self.filter_code = None
            self.open_document(hit["document_id"], hit["start"])
            self.refresh_documents(select=hit["document_id"])
        else:
            self.view.set_hits({h["segment_id"] for h in self.hits if h["document_id"] == self.document_id})
            self.view.go_to_offset(hit["start"])
        self.refresh_status()

    def action_filter(self) -> None:
        if self.filter_code:
            self.filter_code = None
            self.notify("Filter uit: alle segmenten")
        else:
            code_id = self._selected_code()
            if not code_id:
                return
            self.filter_code = code_id
            self.notify(f"Alleen segmenten met '{self.project.codes.get(code_id)['name']}'")
        if self.document_id is not None:
            self.open_document(self.document_id)

    def action_cycle_view(self) -> None:
        label = self.session.cycle_view()
        self.refresh_documents()
        self.after_change(f"Weergave: {label}")

    def action_fragments(self) -> None:
        code_id = self._selected_code()
        if not code_id:
            return
        fragments = self.project.codings.fragments(code_id, self.session.view_coders())
        self.push_screen(FragmentsScreen(self.project.codes.get(code_id), fragments), self._jump)

    def action_autocode(self) -> None:
        code_id = self._selected_code()
        if not code_id:
            return

        def apply(rule) -> None:
            if rule is None:
                return
            from ..autocode import RuleError, autocode

            try:
                found, new = autocode(self.project, rule, code_id, coder=self.session.coder)
            except (RuleError, CodingError, StoreError) as exc:
                self.fail(exc)
                return
            self.refresh_documents()
            self.after_change(f"Autocodering: {new} nieuw van {found} fragmenten (u = ongedaan maken)")

        self.push_screen(AutocodeDialog(self.project, self.project.codes.get(code_id)), apply)

    def _jump(self, target: tuple[int, int] | None) -> None:
        if target:
            self.filter_code = None
            self.open_document(target[0], target[1])
            self.refresh_documents(select=target[0])
            self.view.focus()

    def action_pseudo(self) -> None:
        if self.document_id is None:
            return
        from ..pseudo import Pseudonymiser

        self.push_screen(PseudoScreen(Pseudonymiser(self.project, use_deduce=False), self.document), self._jump)

    def action_mark_pii(self) -> None:
        span = self.view.selection()
        if self.document_id is None or not span:
            return
        from ..pseudo import LABELS, Pseudonymiser

        def mark(kind: str | None) -> None:
            if kind:
                Pseudonymiser(self.project, use_deduce=False).store.add_manual(self.document_id, span[0], span[1], kind)
                self.after_change(f"Gemarkeerd als {LABELS[kind].lower()}")

        self.push_screen(ChoiceDialog("Soort persoonsgegeven", list(LABELS.items())), mark)

    def action_disagreements(self) -> None:
        coders = self.project.codings.coders()
        if len(coders) < 2:
            self.notify("Er is maar één codeur; verschillen zijn er pas met twee of meer.", severity="warning")
            return
        self.push_screen(DisagreementsScreen(self.project, self.session.coder, coders), self._jump)

    def action_review_results(self) -> None:
        self.push_screen(ReviewResultsScreen(self.project), self._jump)

    def action_export(self) -> None:
        from .screens.export import ExportDialog

        self.push_screen(ExportDialog(self.project), lambda message: message and self.after_change(message))

    def action_help(self) -> None:
        self.push_screen(HelpScreen(help_markdown()))

    # -- codebook editing ------------------------------------------------------------------------

    def _edit(self, fn, *args, message: str, **kwargs) -> None:
        """Run a codebook change (``self.project.codes.…``) as this coder; notify or show the error."""
        try:
            fn(*args, coder=self.session.coder, **kwargs)
        except (CodingError, StoreError) as exc:
            self.fail(exc)
            return
        self.after_change(message)

    def action_add_code(self) -> None:
        parent = self.query_one(CodeTree).current_code

        def create(name: str | None) -> None:
            if not name or not name.strip():
                return
            slug = re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_") or "code"
            code_id = f"{parent}.{slug}" if parent else slug
            n, base = 2, code_id
            while self.project.codes.get(code_id):
                code_id, n = f"{base}_{n}", n + 1
            self._edit(self.project.codes.add, code_id, name.strip(), parent, message=f"Code '{name.strip()}' toegevoegd")

        title = f"Nieuwe code onder '{self.project.codes.get(parent)['name']}'" if parent else "Nieuwe code"
        self.push_screen(TextDialog(title), create)

    def action_rename_code(self) -> None:
        code_id = self._selected_code()
        if code_id:
            code = self.project.codes.get(code_id)
            self.push_screen(
                TextDialog("Nieuwe naam", code["name"]),
                lambda name: name and self._edit(self.project.codes.edit, code_id, name=name.strip(), message="Code hernoemd"),
            )

    def action_edit_definition(self) -> None:
        code_id = self._selected_code()
        if code_id:
            code = self.project.codes.get(code_id)
            self.push_screen(
                TextDialog(f"Definitie van '{code['name']}'", code["definition"], multiline=True),
                lambda text: text is not None and self._edit(self.project.codes.edit, code_id, definition=text, message="Definitie opgeslagen"),
            )

    def action_recolour(self) -> None:
        code_id = self._selected_code()
        if not code_id:
            return

        def recolour(value: str | None) -> None:
            if not value:
                return
            if not COLOUR.match(value.strip()):
                self.notify("Gebruik een kleur als #RRGGBB, bijvoorbeeld #e4572e.", severity="error")
                return
            self._edit(self.project.codes.edit, code_id, colour=value.strip().lower(), message="Kleur gewijzigd")

        self.push_screen(TextDialog("Nieuwe kleur (#RRGGBB)", self.project.codes.get(code_id)["colour"] or ""), recolour)

    def action_move_code(self) -> None:
        code_id = self._selected_code()
        if not code_id:
            return
        codes = [{"id": "", "name": "(bovenste niveau)", "colour": None, "depth": 0}] + self.session.codes()
        self.push_screen(
            CodePicker(codes, "Verplaatsen onder…", exclude={code_id}),
            lambda parent: parent is not None and self._edit(self.project.codes.move, code_id, parent or None, message="Code verplaatst"),
        )

    def action_merge_code(self) -> None:
        code_id = self._selected_code()
        if not code_id:
            return
        name = self.project.codes.get(code_id)["name"]
        self.push_screen(
            CodePicker(self.session.codes(), f"'{name}' samenvoegen met…", exclude={code_id}),
            lambda target: target and self._edit(self.project.codes.merge, code_id, target, message=f"'{name}' samengevoegd"),
        )


def run(project: str | Path, coder: str) -> None:
    CodingApp(project, coder).run()
