"""Code suggestions in the TUI: a panel for the current segment and a "teach" screen for one code.

Both only need a project *path*, the coder's name and (for the panel) the
current segment id, so the app can mount them without changes elsewhere:

    panel = SuggestionsPanel(project, coder)      # mount it, then
    panel.show_segment(segment_id)                # whenever the cursor moves

    app.push_screen(TeachScreen(project, coder, code_id))

Keys: ``a`` accept the highlighted suggestion (codes the sentence or
sentences it is about, provenance ``suggested``), ``x`` reject it (stored; a
negative for training), ``g`` mark the whole segment "geen code", ``u`` undo
the last decision of this panel. After every
:data:`~werkplaats.nlp.suggest.RETRAIN_EVERY` decisions (codings made any
way, rejections, "geen code") the model is retrained in a child process
(:mod:`werkplaats.nlp.retrain`) that a thread worker waits for, so typing
never waits: :meth:`SuggestionsPanel.maybe_retrain`, which the coding app
calls after every change.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from ...nlp import retrain
from ...nlp.suggest import (RETRAIN_EVERY, Suggestion, accept, mark_no_code, needs_training, reject, suggest,
                            undo_decision)
from ...store import Project, StoreError


def _label(s: Suggestion, segment_text: str = "") -> Text:
    """Score and code, the part of the segment it is about (when not the whole), and why."""
    text = Text.assemble((f"{s.score:.2f} ", "bold"), (s.code_name, "bold"))
    if s.text and s.text.strip() != segment_text.strip():
        quote = s.text if len(s.text) <= 90 else s.text[:87] + "…"
        text.append(f"\n“{quote}”", "italic")
    text.append(f"\n{s.explanation}", "dim italic")
    return text


def _back_on_the_ui(node, callback, *args, **kwargs) -> None:
    """Hand a worker thread's result to the UI; when the app has quit meanwhile there is no one to tell."""
    try:
        node.app.call_from_thread(callback, *args, **kwargs)
    except RuntimeError:  # the app is no longer running (the user quit during the work)
        pass


def _undo(project: Project, coder: str, kind: str, ident: int) -> None:
    """Take back one decision of the panel or the teach screen."""
    if kind == "accept":
        project.journal.undo(coder=coder)
    else:
        undo_decision(project, ident)


class SuggestionsPanel(Vertical):
    """Suggestions for one segment; ``a`` accept, ``x`` reject, ``g`` geen code, ``u`` undo."""

    DEFAULT_CSS = """
    SuggestionsPanel { height: auto; max-height: 16; border: round $primary; }
    SuggestionsPanel OptionList { height: auto; max-height: 12; border: none; }
    """
    BINDINGS = [
        Binding("a", "accept", "Accepteren"),
        Binding("x", "reject", "Afwijzen"),
        Binding("g", "no_code", "Geen code"),
        Binding("u", "undo", "Ongedaan maken"),
    ]

    class Trained(Message):
        """Posted when a background retraining finished (``message`` says how it went)."""

        def __init__(self, message: str) -> None:
            super().__init__()
            self.message = message

    class Previewed(Message):
        """The highlighted suggestion changed (``None``: none), so the text can show what it is about."""

        def __init__(self, suggestion: Suggestion | None) -> None:
            super().__init__()
            self.suggestion = suggestion

    class Decided(Message):
        """Posted after an accept, reject, "geen code" or undo, so the app can refresh its views."""

        def __init__(self, kind: str, suggestion: Suggestion | None) -> None:
            super().__init__()
            self.kind = kind
            self.suggestion = suggestion

    def __init__(self, project: Project, coder: str, *, top: int = 3, min_score: float | None = None,
                 retrain_every: int = RETRAIN_EVERY, id: str | None = None) -> None:
        super().__init__(id=id)
        self.project = project
        self.coder = coder
        self.top = top
        self.min_score = min_score
        self.retrain_every = retrain_every
        self.segment_id: int | None = None
        self.items: list[Suggestion] = []
        self.history: list[tuple[str, int]] = []  # ("accept", coding id) | ("reject", decision id)
        self.training = False
        self._child = None  # the retraining process, while it runs
        self._started_at = 0  # decision count when the last retraining started
        self._failed_at: int | None = None  # … if that one failed

    def compose(self) -> ComposeResult:
        yield Label("Suggesties", id="suggestions-title")
        yield OptionList(id="suggestions")
        yield Static("", id="suggestions-status")

    def show_segment(self, segment_id: int | None) -> None:
        """Show the suggestions for ``segment_id`` (``None`` clears the panel)."""
        self.segment_id = segment_id
        self.refresh_items()

    def refresh_items(self) -> None:
        options = self.query_one("#suggestions", OptionList)
        options.clear_options()
        self.items = []
        if self.segment_id is None:
            return
        try:
            self.items = suggest(self.project, self.coder, segment_id=self.segment_id, top=self.top,
                                 min_score=self.min_score)
        except StoreError as exc:
            self._status(str(exc))
            return
        if not self.items:
            self._status("Geen suggesties voor dit segment.")
            self.post_message(self.Previewed(None))
            return
        segment_text = ""
        try:
            segment_text = self.project.documents.segment(self.segment_id)["text"]
        except StoreError:
            pass
        options.add_options([Option(_label(s, segment_text), id=str(i)) for i, s in enumerate(self.items)])
        options.highlighted = 0
        self._status("a accepteren · x afwijzen · g geen code · u ongedaan maken")

    def _status(self, text: str) -> None:
        self.query_one("#suggestions-status", Static).update(Text(text, style="dim"))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Previewed(self.current()))

    def current(self) -> Suggestion | None:
        index = self.query_one("#suggestions", OptionList).highlighted
        return self.items[index] if index is not None and 0 <= index < len(self.items) else None

    def action_accept(self) -> None:
        s = self.current()
        if s is None:
            return
        self.history.append(("accept", accept(self.project, self.coder, s)))
        self._decided("accept", s)

    def action_reject(self) -> None:
        s = self.current()
        if s is None:
            return
        self.history.append(("reject", reject(self.project, self.coder, s)))
        self._decided("reject", s)

    def action_no_code(self) -> None:
        if self.segment_id is None:
            return
        self.history.append(("no_code", mark_no_code(self.project, self.coder, self.segment_id)))
        self._decided("no_code", None)

    def action_undo(self) -> None:
        if not self.history:
            self._status("Niets om ongedaan te maken.")
            return
        _undo(self.project, self.coder, *self.history.pop())
        self._decided("undo", None)

    def _decided(self, kind: str, s: Suggestion | None) -> None:
        self.post_message(self.Decided(kind, s))
        self.refresh_items()
        self.maybe_retrain()

    def maybe_retrain(self) -> None:
        """Retrain in the background after enough new decisions (never blocks the UI). After a failed
        training (say, only rejections so far) the next try waits for as many new decisions again."""
        if self.training or not needs_training(self.project, self.retrain_every):
            return
        count = self.project.nlp.decision_count()
        if self._failed_at is not None and count - self._failed_at < self.retrain_every:
            return
        self._started_at = count
        self.training = True
        self._status("Model wordt bijgetraind…")
        path = self.project.path
        self.run_worker(lambda: self._train(path), thread=True, exclusive=True, group="werkplaats-train")

    def _train(self, path) -> None:
        """Wait (in a worker thread) for a child process that trains: see :mod:`werkplaats.nlp.retrain`."""
        try:
            self._child = retrain.start(path)
            out, err = self._child.communicate()
            ok = self._child.returncode == 0
            if ok:
                message = out.strip() or "Model bijgetraind."
            else:
                message = f"Bijtrainen mislukt: {err.strip().splitlines()[-1] if err.strip() else self._child.returncode}"
        except OSError as exc:
            ok, message = False, f"Bijtrainen mislukt: {exc}"
        self._child = None
        _back_on_the_ui(self, self._trained, message, ok)

    def on_unmount(self) -> None:
        child = self._child
        if child is not None and child.poll() is None:  # quitting: the model is only stored when training ends
            child.terminate()

    def _trained(self, message: str, ok: bool = True) -> None:
        self.training = False
        self._failed_at = None if ok else self._started_at
        self._status(message)
        if self.display:
            self.refresh_items()
        self.post_message(self.Trained(message))


class TeachScreen(Screen):
    """Lesmodus: one code, the most likely uncoded segments one by one (a accept, x reject, g geen code, n next).

    Each decision posts :class:`SuggestionsPanel.Decided`, so the app retrains in the background as usual.
    """

    BINDINGS = [
        Binding("a", "accept", "Accepteren"),
        Binding("x", "reject", "Afwijzen"),
        Binding("g", "no_code", "Geen code"),
        Binding("n", "next", "Overslaan"),
        Binding("u", "undo", "Ongedaan maken"),
        Binding("escape", "app.pop_screen", "Terug"),
    ]

    def __init__(self, project: Project, coder: str, code_id: str, batch: int = 20) -> None:
        super().__init__()
        self.project = project
        self.coder = coder
        self.code_id = code_id
        self.batch = batch
        self.queue: list[Suggestion] = []
        self.skipped: set[int] = set()
        self.history: list[tuple[str, int]] = []
        self.done = 0
        self.loading = False

    def compose(self) -> ComposeResult:
        code = self.project.codes.get(self.code_id) or {"name": self.code_id}
        yield Label(Text.assemble("Lesmodus: ", (code["name"], "bold")), id="teach-title")
        yield Static(id="teach-segment")
        yield Static(id="teach-why")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        """Find the next batch of segments in a thread (scoring every sentence of a large project takes
        seconds); decisions until the batch is used up need no new search."""
        self.loading = True
        self.query_one("#teach-why", Static).update(Text("Segmenten zoeken…", style="dim italic"))
        path, coder, top = self.project.path, self.coder, self.batch + len(self.skipped)
        self.run_worker(lambda: self._find(path, coder, top), thread=True, exclusive=True, group="werkplaats-teach")

    def _find(self, path, coder: str, top: int) -> None:
        try:
            with Project(path) as own:  # a connection of this thread
                items = suggest(own, coder, code_id=self.code_id, top=top, min_score=0.0)
        except StoreError as exc:
            _back_on_the_ui(self, self.notify, str(exc), severity="error")
            items = []
        _back_on_the_ui(self, self._loaded, items)

    def _loaded(self, items: list[Suggestion]) -> None:
        self.loading = False
        self.queue = [s for s in items if s.segment_id not in self.skipped]
        self.show()

    @property
    def current(self) -> Suggestion | None:
        return self.queue[0] if self.queue else None

    def show(self) -> None:
        s = self.current
        segment = self.query_one("#teach-segment", Static)
        why = self.query_one("#teach-why", Static)
        if s is None:
            segment.update("Geen segmenten meer voor deze code.")
            why.update("")
            return
        seg = self.project.documents.segment(s.segment_id)
        a, b = s.start - seg["start"], s.end - seg["start"]
        segment.update(Text.assemble((f"{s.title} ({s.start}–{s.end})\n", "dim"), seg["text"][:a],
                                     (seg["text"][a:b], "reverse"), seg["text"][b:]))
        why.update(Text(f"{s.score:.2f} · {s.explanation} · {self.done} beslist", style="italic"))

    def _decide(self, kind: str, ident: int) -> None:
        self.history.append((kind, ident))
        self.done += 1
        self.post_message(SuggestionsPanel.Decided(kind, self.queue.pop(0)))
        if self.queue:
            self.show()
        else:
            self.load()

    def action_accept(self) -> None:
        if self.current and not self.loading:
            self._decide("accept", accept(self.project, self.coder, self.current))

    def action_reject(self) -> None:
        if self.current and not self.loading:
            self._decide("reject", reject(self.project, self.coder, self.current))

    def action_no_code(self) -> None:
        if self.current and not self.loading:
            self._decide("no_code", mark_no_code(self.project, self.coder, self.current.segment_id))

    def action_next(self) -> None:
        if self.current and not self.loading:
            self.skipped.add(self.current.segment_id)
            self.queue.pop(0)
            if self.queue:
                self.show()
            else:
                self.load()

    def action_undo(self) -> None:
        if not self.history:
            return
        _undo(self.project, self.coder, *self.history.pop())
        self.done = max(0, self.done - 1)
        self.post_message(SuggestionsPanel.Decided("undo", None))
        self.load()
