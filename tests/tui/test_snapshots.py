"""Snapshot tests of the main screen and the fragments view on the demo project.

Update after an intended change with ``pytest tests/tui/test_snapshots.py --snapshot-update``
and look at the SVGs in ``tests/tui/__snapshots__``.
"""

import pytest

from werkplaats.store import Project
from werkplaats.tui.app import CodingApp


@pytest.fixture
def demo_copy(demo):
    """The demo project with three codings of coder 'demo' in the Woerden interview."""
    with Project(demo) as p:
        doc = next(d for d in p.documents.list() if d["title"].startswith("Interview inwoner Woerden"))
        turns = [s for s in p.documents.segments(doc["id"]) if s["kind"] == "turn"]
        p.codings.apply(doc["id"], turns[1]["start"], turns[1]["end"], "pr.vertrouwensrelatie", coder="demo")
        p.codings.apply(doc["id"], turns[3]["start"], turns[3]["start"] + 40, "cl.basisvoorwaarden", coder="demo")
        p.codings.apply(doc["id"], turns[3]["start"], turns[3]["end"], "sa.driehoeksgesprek", coder="demo")
    return demo


def test_main_screen(snap_compare, demo_copy):
    async def open_first_interview(pilot):
        app = pilot.app
        doc = next(i for i in app.doc_ids if app.project.documents.get(i)["title"].startswith("Interview inwoner Woerden"))
        app.open_document(doc)
        await pilot.press("down", "down", "down", "down", "down", "down", "down", "down")

    assert snap_compare(CodingApp(demo_copy, "demo"), terminal_size=(160, 45), run_before=open_first_interview)


def test_fragments_view(snap_compare, demo_copy):
    async def open_fragments(pilot):
        app = pilot.app
        tree = app.query_one("#codes")
        tree.focus()
        while tree.current_code != "pr.vertrouwensrelatie":
            await pilot.press("down")
        await pilot.press("g")
        await pilot.pause()

    assert snap_compare(CodingApp(demo_copy, "demo"), terminal_size=(160, 30), run_before=open_fragments)
