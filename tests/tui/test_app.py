"""Keyboard flows of the coding TUI, driven with Textual's Pilot."""


from werkplaats.session import MINE
from werkplaats.store import Project
from werkplaats.tui.app import CodingApp
from werkplaats.tui.screens import CodePicker, FragmentsScreen, HelpScreen, TextDialog


async def choose_code(app, pilot, code_id: str):
    """Focus the codebook tree and move its highlight to ``code_id``; return the tree."""
    tree = app.query_one("#codes")
    tree.focus()
    await pilot.pause()
    while tree.current_code != code_id:
        await pilot.press("down")
    return tree


def codings(path, coder="anna"):
    with Project(path) as p:
        return p.codings.list(coders=[coder])


async def test_code_a_segment_by_typing_part_of_a_name(small_project):
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        view = app.view
        assert app.document is not None and view.rows
        # move to the first speaker turn
        while view.current_segment["kind"] != "turn":
            await pilot.press("down")
        seg = view.current_segment
        await pilot.press("c")
        assert isinstance(app.screen, CodePicker)
        await pilot.press(*"vertrouw")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CodePicker)
    [k] = codings(small_project)
    assert (k["document_id"], k["start"], k["end"], k["code_id"]) == (app.document_id, seg["start"], seg["end"], "pr.vertrouwensrelatie")


async def test_code_a_partial_span_with_word_selection(small_project):
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        view = app.view
        while view.current_segment["kind"] != "turn" or view.current_segment["speaker"] != "R":
            await pilot.press("down")
        seg = view.current_segment
        await pilot.press("v", "right", "right", "shift+right")  # words 1..2 (0-based)
        start, end = view.selection()
        words = seg["text"].split()
        assert app.document["text"][start:end] == " ".join(words[1:3])
        await pilot.press("1")  # pinned code 1
        await pilot.pause()
    [k] = codings(small_project)
    assert (k["start"], k["end"]) == (start, end)


async def test_undo_redo_delete_and_memo(small_project):
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("down", "down", "down", "2")
        await pilot.pause()
        assert len(codings(small_project)) == 1
        await pilot.press("u")
        await pilot.pause()
        assert codings(small_project) == []
        await pilot.press("U")
        await pilot.pause()
        assert len(codings(small_project)) == 1
        await pilot.press("m")
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"let op", "ctrl+s")
        await pilot.pause()
        assert codings(small_project)[0]["memo"] == "let op"
        await pilot.press("x")
        await pilot.pause()
        assert codings(small_project) == []


async def test_search_jumps_to_hits_across_documents(small_project):
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        first_doc = app.document_id
        await pilot.press("slash")
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"schuldhulp", "enter")
        await pilot.pause()
        assert len(app.hits) == 2
        assert "schuldhulp" in app.view.current_segment["text"].lower()
        await pilot.press("n")
        await pilot.pause()
        assert "schuldhulp" in app.view.current_segment["text"].lower()
        assert {h["document_id"] for h in app.hits} == {first_doc, app.document_id} or len({h["document_id"] for h in app.hits}) == 2


async def test_fragments_view_filter_and_jump(small_project):
    with Project(small_project) as p:
        doc = p.documents.list()[-1]
        text = p.documents.get(doc["id"])["text"]
        i = text.index("schuldhulp")
        p.codings.apply(doc["id"], i, i + 10, "cl.basisvoorwaarden", coder="anna")
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        tree = app.query_one("#codes")
        tree.focus()
        await pilot.pause()
        # highlight "Basisvoorwaarden op orde"
        while tree.current_code != "cl.basisvoorwaarden":
            await pilot.press("down")
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, FragmentsScreen)
        assert len(app.screen.fragments) == 1
        await pilot.press("enter")
        await pilot.pause()
        assert app.document_id == doc["id"]
        assert "schuldhulp" in app.view.current_segment["text"]
        await pilot.press("f")
        await pilot.pause()
        assert len(app.view.rows) == 1
        await pilot.press("f")
        await pilot.pause()
        assert len(app.view.rows) > 1


async def test_merge_codes_keeps_codings(small_project):
    with Project(small_project) as p:
        doc = p.documents.list()[0]
        p.codings.apply(doc["id"], 0, 5, "sa.driehoeksgesprek", coder="anna")
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        await choose_code(app, pilot, "sa.driehoeksgesprek")
        await pilot.press("S")
        assert isinstance(app.screen, CodePicker)
        await pilot.press(*"vertrouwens", "enter")
        await pilot.pause()
    [k] = codings(small_project)
    assert k["code_id"] == "pr.vertrouwensrelatie"
    with Project(small_project) as p:
        assert p.codes.get("sa.driehoeksgesprek") is None


async def test_help_and_coder_view(small_project):
    with Project(small_project) as p:
        p.codings.apply(p.documents.list()[0]["id"], 0, 5, "cl", coder="bram")
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.view.spans == []
        await pilot.press("o")  # all coders
        assert len(app.view.spans) == 1
        await pilot.press("o")  # bram only
        assert app.session.view == "bram" and len(app.view.spans) == 1
        await pilot.press("o")
        assert app.session.view == MINE


async def test_codebook_editing_flows(small_project):
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        tree = app.query_one("#codes")
        tree.focus()
        while tree.current_code != "pr":
            await pilot.press("down")
        await pilot.press("plus")
        await pilot.press(*"Klik met de klant", "enter")
        await pilot.pause()
        assert app.project.codes.get("pr.klik_met_de_klant")["parent_id"] == "pr"
        while tree.current_code != "pr.vertrouwensrelatie":
            await pilot.press("down")
        await pilot.press("r", *"Vertrouwen", "enter")  # the old name is selected: typing replaces it
        await pilot.press("K", *"#123abc", "enter")
        await pilot.press("e", *" Ook: klik.", "ctrl+s")
        await pilot.press("V", *"samenwerk", "enter")
        await pilot.pause()
        code = app.project.codes.get("pr.vertrouwensrelatie")
        assert (code["name"], code["colour"], code["parent_id"]) == ("Vertrouwen", "#123abc", "sa")
        assert code["definition"].endswith("Ook: klik.")
        await pilot.press("p")  # pin to the first free key
        assert "pr.vertrouwensrelatie" in app.session.pins()


async def test_autocode_dialog_preview_and_apply(small_project):
    from werkplaats.tui.screens import AutocodeDialog

    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        tree = app.query_one("#codes")
        tree.focus()
        while tree.current_code != "cl.basisvoorwaarden":
            await pilot.press("down")
        await pilot.press("A")
        assert isinstance(app.screen, AutocodeDialog)
        await pilot.press(*"schuld*", "enter")
        await pilot.pause()
        assert "fragment(en) in 2 document(en)" in str(app.screen.query_one("#preview").render())
        app.screen.query_one("#apply").press()
        await pilot.pause()
        assert not isinstance(app.screen, AutocodeDialog)
        await pilot.press("u")
        await pilot.pause()
    with Project(small_project) as p:
        assert p.codings.list(coders=["anna"]) == []
        assert p.journal.history(1)[0]["description"].startswith("autocodering")


async def test_pseudo_review_in_the_tui(small_project):
    from werkplaats.pseudo import Pseudonymiser
    from werkplaats.tui.screens import PseudoScreen

    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("Z")
        assert isinstance(app.screen, PseudoScreen)
        rows = app.screen.rows
        assert any(r["text"] == "Sandra Bakker" for r in rows)  # from the header block
        first = rows[0]
        await pilot.press("x")  # reject the first detection
        await pilot.press("escape")
        # mark a missed span from the text
        while app.view.current_segment["kind"] != "turn":
            await pilot.press("down")
        await pilot.press("v", "P")
        await pilot.press("enter")  # first type in the list: Persoon
        await pilot.pause()
    with Project(small_project) as p:
        ps = Pseudonymiser(p, use_deduce=False)
        statuses = {d["id"]: d["status"] for d in ps.store.detections()}
        assert statuses[first["id"]] == "rejected"
        assert "manual" in statuses.values()


async def test_review_results_screen(small_project, tmp_path):
    from werkplaats.review import merge_back, pack
    from werkplaats.store import Package
    from werkplaats.tui.screens import ReviewResultsScreen

    with Project(small_project) as p:
        doc = p.documents.list()[0]["id"]
        seg = [s for s in p.documents.segments(doc) if s["kind"] == "turn"][1]
        p.codings.apply(doc, seg["start"], seg["end"], "pr.vertrouwensrelatie", coder="anna")
        pack(p, tmp_path / "r.wpr", coder="anna", use_deduce=False)
        with Package(tmp_path / "r.wpr") as package:
            package.judge(package.fragments()[0]["id"], "Samira", "past_niet", comment="eerder wantrouwen")
        merge_back(p, tmp_path / "r.wpr")
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("R")
        assert isinstance(app.screen, ReviewResultsScreen)
        assert app.screen.results[0]["comment"] == "eerder wantrouwen"
        await pilot.press("enter")
        await pilot.pause()
        assert app.view.current_segment["start"] == seg["start"]


async def test_case_memo(small_project):
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("C", *"lastige start", "ctrl+s")
        await pilot.pause()
        case = app.document["case_name"]
    with Project(small_project) as p:
        assert p.memos.get("case", case, coder="anna") == "lastige start"


async def test_disagreements_screen_with_memo(small_project):
    from werkplaats.tui.screens import DisagreementsScreen

    with Project(small_project) as p:
        doc = p.documents.list()[-1]["id"]
        seg = [s for s in p.documents.segments(doc) if s["kind"] == "turn"][1]
        p.codings.apply(doc, seg["start"], seg["end"], "cl.basisvoorwaarden", coder="anna")
        p.codings.apply(doc, seg["start"], seg["end"], "pr.vertrouwensrelatie", coder="bram")
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("D")
        assert isinstance(app.screen, DisagreementsScreen)
        assert len(app.screen.items) == 1
        await pilot.press("m", *"bespreken", "ctrl+s")
        await pilot.press("enter")
        await pilot.pause()
        assert app.view.current_segment["start"] == seg["start"]
    with Project(small_project) as p:
        assert p.memos.get("segment", f"{doc}:{seg['start']}", coder="anna") == "bespreken"


async def test_suggestions_panel_accept_and_reject(small_project):
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        view = app.view
        while "schuld" not in view.current_segment["text"].lower():
            await pilot.press("down")
        await pilot.press("s")
        await pilot.pause()
        panel = app.query_one("#suggestion-panel")
        assert panel.display and panel.items, "keywords of the codebook should suggest something for 'schulden'"
        first = panel.items[0]
        await pilot.press("a")
        await pilot.pause()
    with Project(small_project) as p:
        [k] = p.codings.list(coders=["anna"])
        assert k["provenance"] == "suggested" and k["code_id"] == first.code_id


async def test_export_dialog_preview_and_export(small_project, tmp_path, monkeypatch):
    from werkplaats.tui.screens.export import ExportDialog

    with Project(small_project) as p:
        doc = p.documents.list()[0]["id"]
        p.codings.apply(doc, 0, 10, "pr.vertrouwensrelatie", coder="anna")
    monkeypatch.chdir(tmp_path)
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        table = app.screen.query_one("#export-preview")
        assert any("Vertrouwensrelatie" in row[0] for row in table.rows)
        assert table.columns[1][0].startswith("Ferm Werk")
        app.screen.query_one("#export-button").press()
        await app.workers.wait_for_complete()
        await pilot.pause()
    import docx

    assert (tmp_path / "matrix.docx").exists()
    assert docx.Document(str(tmp_path / "matrix.docx")).tables


async def test_mouse_click_chooses_segment_and_drag_selects_words(small_project):
    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        view = app.view
        # find the screen line of a body line of some turn below the cursor
        target = next(n for n, i in enumerate(view.rows) if view.segments[i]["kind"] == "turn" and n > 3)
        view._segment_lines(target)
        line = next(k for k, start in enumerate(view._line_maps[target]) if start is not None)
        y = view._offsets[target] + line - int(view.scroll_offset.y)
        await pilot.click(view, offset=(2, y))
        assert view.cursor == target and view.anchor is None
        seg = view.current_segment
        await pilot.mouse_down(view, offset=(2, y))
        await pilot.hover(view, offset=(2 + len(seg["text"].split()[0]) + 2, y))
        await pilot.mouse_up(view, offset=(2 + len(seg["text"].split()[0]) + 2, y))
        assert (view.anchor, view.head) == (0, 1)
        start, end = view.selection()
        assert app.document["text"][start:end] == " ".join(seg["text"].split()[:2])


async def test_cell_memo_for_the_case_and_the_chosen_code(small_project):
    from werkplaats.store import cell_target

    app = CodingApp(small_project, "anna")
    async with app.run_test(size=(160, 45)) as pilot:
        await choose_code(app, pilot, "cl.basisvoorwaarden")
        await pilot.press("F")
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"eerst rust", "ctrl+s")
        await pilot.pause()
        case = app.document["case_name"]
    with Project(small_project) as p:
        assert p.memos.get("case", cell_target(case, "cl.basisvoorwaarden"), coder="anna") == "eerst rust"
