"""A coding session: the state behind the TUI, usable without a terminal.

Holds the project, the coder, the coder view (mine / all / one other coder)
and pinned codes, and answers what the TUI panels show. Every change goes
through the project's table families with ``coder=session.coder``, so it is
committed at once.
"""

from __future__ import annotations

from .search import to_fts
from .store import NoCoder, Project

MINE = "mine"
ALL = "all"


class Session:
    """One coder working on one project."""

    def __init__(self, project: Project, coder: str) -> None:
        if not coder or not coder.strip():
            raise NoCoder()
        self.project = project
        self.coder = coder.strip()
        self.view = MINE

    # -- what the panels show ------------------------------------------------------

    def view_coders(self) -> list[str] | None:
        """The coders whose codings are shown (``None``: all)."""
        if self.view == MINE:
            return [self.coder]
        if self.view == ALL:
            return None
        return [self.view]

    def view_label(self) -> str:
        return {MINE: "mijn coderingen", ALL: "alle codeurs"}.get(self.view, f"codeur {self.view}")

    def cycle_view(self) -> str:
        """mine → all → each other coder → mine; returns the new view's label."""
        options = [MINE, ALL] + [c for c in self.project.codings.coders() if c != self.coder]
        self.view = options[(options.index(self.view) + 1) % len(options)] if self.view in options else MINE
        return self.view_label()

    def document_tree(self) -> dict[str, dict[str, list[dict]]]:
        """Documents grouped region → case → documents, each with ``share`` coded (0–1)."""
        share = self.project.codings.coded_share(self.view_coders())
        tree: dict[str, dict[str, list[dict]]] = {}
        for doc in self.project.documents.list():
            doc["share"] = share.get(doc["id"], 0.0)
            region = doc["region"] or "(geen regio)"
            case = doc["case_name"] or "(geen casus)"
            tree.setdefault(region, {}).setdefault(case, []).append(doc)
        return tree

    def document_ids(self) -> list[int]:
        return [d["id"] for cases in self.document_tree().values() for docs in cases.values() for d in docs]

    def codings(self, document_id: int) -> list[dict]:
        return self.project.codings.list(document_id, coders=self.view_coders())

    def codes(self) -> list[dict]:
        return self.project.codes.list(self.view_coders())

    def segments_with_code(self, document_id: int, code_id: str) -> set[int]:
        """Ids of segments that overlap a coding of ``code_id`` (for the filter)."""
        spans = [(k["start"], k["end"]) for k in self.project.codings.list(document_id, code_id, self.view_coders())]
        return {
            s["id"] for s in self.project.documents.segments(document_id)
            if any(a < max(s["end"], s["start"] + 1) and b > s["start"] for a, b in spans)
        }

    def search(self, query: str) -> list[dict]:
        """Search hits over all documents in tree order."""
        order = {doc_id: n for n, doc_id in enumerate(self.document_ids())}
        hits = self.project.documents.search(to_fts(query), limit=None)
        return sorted(hits, key=lambda h: (order.get(h["document_id"], 0), h["start"]))

    # -- pinned codes ---------------------------------------------------------------

    def pins(self) -> list[str | None]:
        pins = self.project.settings.of_coder(self.coder, "pins", [None] * 9)
        return (pins + [None] * 9)[:9]

    def pin(self, code_id: str, slot: int | None = None) -> int:
        """Pin ``code_id`` to key ``slot`` (1–9) or the first free key; return the key."""
        pins = [p if p != code_id else None for p in self.pins()]
        if slot is None:
            slot = pins.index(None) + 1 if None in pins else 9
        pins[slot - 1] = code_id
        self.project.settings.set_of_coder(self.coder, "pins", pins)
        return slot

    def default_pins(self) -> None:
        """Pin the first nine leaf codes when the coder has pinned nothing yet."""
        if any(self.pins()):
            return
        codes = self.project.codes.list()
        parents = {c["parent_id"] for c in codes}
        leaves = [c["id"] for c in codes if c["id"] not in parents][:9]
        if leaves:
            self.project.settings.set_of_coder(self.coder, "pins", leaves + [None] * (9 - len(leaves)))
