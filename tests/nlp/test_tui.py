"""The suggestions panel and the teach screen, driven headless."""

from __future__ import annotations

from textual.app import App, ComposeResult

from werkplaats.nlp.suggest import suggest
from werkplaats.tui.screens.suggestions import SuggestionsPanel, TeachScreen


async def open_panel(app, pilot, segment: int) -> SuggestionsPanel:
    """Show the suggestions of ``segment`` in the app's panel and give it the keyboard."""
    panel = app.query_one(SuggestionsPanel)
    panel.show_segment(segment)
    panel.query_one("#suggestions").focus()
    await pilot.pause()
    return panel


class PanelApp(App):
    def __init__(self, project, coder) -> None:
        super().__init__()
        self.project, self.coder = project, coder

    def compose(self) -> ComposeResult:
        yield SuggestionsPanel(self.project, self.coder, retrain_every=1000)


async def test_panel_accept_reject_undo(small):
    doc = small.documents.list()[3]["id"]
    segment = next(s for s in suggest(small, "bob", document_id=doc) if s.code_id == "fin.schulden").segment_id
    app = PanelApp(small, "bob")
    async with app.run_test() as pilot:
        panel = await open_panel(app, pilot, segment)
        first = panel.items[0]
        await pilot.press("a")
        assert any(c["code_id"] == first.code_id for c in small.codings.list(document_id=doc))
        await pilot.press("u")
        assert not small.codings.list(document_id=doc)
        await pilot.press("x")
        assert small.nlp.decisions(["bob"])
        await pilot.press("u")
        assert not small.nlp.decisions(["bob"])


async def test_teach_screen_walks_through_segments(small):
    app = PanelApp(small, "bob")
    async with app.run_test() as pilot:
        screen = TeachScreen(small, "bob", "rel.vertrouwen", batch=2)
        app.push_screen(screen)
        await pilot.pause()
        await app.workers.wait_for_complete()  # the search runs in a thread
        await pilot.pause()
        first = screen.current
        assert first is not None and first.code_id == "rel.vertrouwen"
        assert len(screen.queue) == 2
        await pilot.press("a")  # the next one is already there: no new search
        assert screen.current is not None and screen.current.segment_id != first.segment_id
        second = screen.current
        await pilot.press("g")  # "geen code": the queue is used up, the next batch is searched
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.done == 2
        assert screen.current is None or screen.current.segment_id not in (first.segment_id, second.segment_id)
        assert [d["decision"] for d in small.nlp.decisions(["bob"])] == ["no_code"]
        assert any(c["code_id"] == "rel.vertrouwen" for c in small.codings.list())


async def test_panel_marks_a_segment_no_code_and_undoes_it(small):
    doc = small.documents.list()[3]["id"]
    segment = suggest(small, "bob", document_id=doc)[0].segment_id
    app = PanelApp(small, "bob")
    async with app.run_test() as pilot:
        panel = await open_panel(app, pilot, segment)
        await pilot.press("g")
        assert [d["decision"] for d in small.nlp.decisions(["bob"])] == ["no_code"]
        assert not panel.items  # a segment reviewed as "geen code" gets no suggestions
        await pilot.press("u")
        assert not small.nlp.decisions(["bob"])
        assert panel.items


async def test_coding_app_retrains_in_the_background_after_enough_changes(small):
    from werkplaats.nlp.suggest import model_info
    from werkplaats.tui.app import CodingApp
    from werkplaats.tui.screens import CodePicker

    path = small.path
    small.close()
    app = CodingApp(path, "bob")
    async with app.run_test(size=(160, 45)) as pilot:
        app.suggestion_panel.retrain_every = 1
        assert model_info(app.project) is None
        await pilot.press("c")
        assert isinstance(app.screen, CodePicker)
        await pilot.press(*"vertrouw", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        info = model_info(app.project)
        assert info is not None and info["meta"]["positief"] > 0
        assert "bijgetraind" in app.message


async def test_the_highlighted_suggestion_underlines_its_sentence_in_the_text(small):
    from werkplaats.tui.app import CodingApp

    path = small.path
    small.close()
    app = CodingApp(path, "bob")
    async with app.run_test(size=(160, 45)) as pilot:
        for _ in range(20):  # find a segment with suggestions (the first document is half coded by anna)
            await pilot.press("s")
            await pilot.pause()
            if app.suggestion_panel.items:
                break
            await pilot.press("s", "down")
        panel = app.suggestion_panel
        assert panel.items
        first = panel.items[0]
        assert app.view.preview == (first.start, first.end)
        await pilot.press("s")  # hide the panel: nothing underlined
        await pilot.pause()
        assert app.view.preview is None


async def test_teach_mode_asks_for_a_code_without_subcodes(small):
    from tests.tui.test_app import choose_code
    from werkplaats.tui.app import CodingApp

    path = small.path
    small.close()
    app = CodingApp(path, "bob")
    async with app.run_test(size=(160, 45)) as pilot:
        tree = await choose_code(app, pilot, "rel")
        await pilot.press("T")
        await pilot.pause()
        assert not isinstance(app.screen, TeachScreen)
        await pilot.press("down")  # rel.vertrouwen
        assert tree.current_code == "rel.vertrouwen"
        await pilot.press("T")
        await pilot.pause()
        assert isinstance(app.screen, TeachScreen)
        await app.workers.wait_for_complete()


async def test_quitting_stops_a_retraining_that_is_still_running(small):
    import subprocess
    import sys

    app = PanelApp(small, "bob")
    async with app.run_test():
        panel = app.query_one(SuggestionsPanel)
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        panel._child = child  # as if a retraining were running
    assert child.wait(timeout=10) is not None  # terminated when the panel went away


def test_retraining_runs_in_its_own_process(small):
    from werkplaats.nlp import retrain
    from werkplaats.nlp.suggest import model_info

    path = small.path
    small.close()
    child = retrain.start(path)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert "Model bijgetraind" in out
    from werkplaats.store import Project

    with Project(path) as p:
        assert model_info(p)["meta"]["positief"] > 0
    bad = retrain.start(path.parent / "bestaat-niet.wpl")
    _, err = bad.communicate(timeout=120)
    assert bad.returncode == 1 and "bestaat niet" in err


async def test_a_failed_retraining_is_not_retried_at_every_keystroke(small):
    from werkplaats.nlp.suggest import reject

    small.db.execute("DELETE FROM codings")  # nothing to learn from: training fails
    small.db.conn.commit()
    app = PanelApp(small, "bob")
    async with app.run_test() as pilot:
        panel = app.query_one(SuggestionsPanel)
        panel.retrain_every = 2
        segments = [s["id"] for d in small.documents.list() for s in small.documents.segments(d["id"])]
        for sid in segments[:2]:
            reject(small, "bob", segment_id=sid, code_id="fin.schulden")
        panel.maybe_retrain()
        assert panel.training
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not panel.training and panel._failed_at is not None
        panel.maybe_retrain()
        assert not panel.training  # no new decisions since the failure: no new try
        for sid in segments[2:4]:
            reject(small, "bob", segment_id=sid, code_id="fin.schulden")
        panel.maybe_retrain()
        assert panel.training  # enough new decisions: try again
        await app.workers.wait_for_complete()
