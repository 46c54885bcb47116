"""Left and right panels: documents by region → case, and the codebook tree."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import Tree


def share_bar(share: float) -> str:
    return f"{round(share * 100):>3d}%"


class DocumentTree(Tree):
    """Documents grouped region → case → document, with the share coded."""

    class DocumentChosen(Message):
        def __init__(self, document_id: int) -> None:
            super().__init__()
            self.document_id = document_id

    def __init__(self, **kwargs) -> None:
        super().__init__("Documenten", **kwargs)
        self.show_root = False
        self.guide_depth = 2

    def set_share(self, document_id: int, title: str, share: float) -> None:
        """Update one document's label after coding."""
        node = getattr(self, "_node_by_id", {}).get(document_id)
        if node is not None:
            node.set_label(Text.assemble((share_bar(share) + " ", "dim"), title))

    def fill(self, tree: dict[str, dict[str, list[dict]]], current: int | None = None) -> None:
        self.clear()
        self._node_by_id = {}
        select = None
        for region, cases in tree.items():
            r = self.root.add(Text(region, style="bold"), expand=True)
            for case, docs in cases.items():
                c = r.add(Text(case, style="italic"), expand=True)
                for doc in docs:
                    label = Text.assemble((share_bar(doc["share"]) + " ", "dim"), doc["title"])
                    node = c.add_leaf(label, data=doc["id"])
                    self._node_by_id[doc["id"]] = node
                    if doc["id"] == current:
                        select = node
        if select is not None:
            self.move_cursor(select)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        if isinstance(event.node.data, int):
            self.post_message(self.DocumentChosen(event.node.data))


class CodeTree(Tree):
    """The codebook with counts; highlighting a code shows its definition."""

    class CodeHighlighted(Message):
        def __init__(self, code_id: str | None) -> None:
            super().__init__()
            self.code_id = code_id

    def __init__(self, **kwargs) -> None:
        super().__init__("Codeboek", **kwargs)
        self.show_root = False
        self.guide_depth = 2

    @staticmethod
    def label(code: dict, key: int | None) -> Text:
        return Text.assemble(
            ("■ ", code["colour"] or "white"),
            (f"{key}" if key else "", "bold reverse"),
            (" " if key else "", ""),
            code["name"],
            (f" ({code['count']})", "dim"),
        )

    def fill(self, codes: list[dict], pins: list[str | None], current: str | None = None) -> None:
        """Rebuild the tree, or only relabel it when the codes are the same (fast path)."""
        keys = {code_id: n + 1 for n, code_id in enumerate(pins) if code_id}
        shape = [(c["id"], c["parent_id"]) for c in codes]
        labels = {code["id"]: self.label(code, keys.get(code["id"])) for code in codes}
        if shape == getattr(self, "_shape", None):
            for code_id, label in labels.items():
                if label != self._labels.get(code_id):
                    self._node_by_id[code_id].set_label(label)
            self._labels = labels
            return
        self._labels = labels
        self._shape = shape
        current = current or self.current_code
        self.clear()
        nodes = {}
        select = None
        for code in codes:
            parent = nodes.get(code["parent_id"], self.root)
            node = parent.add(labels[code["id"]], data=code["id"], expand=True)
            nodes[code["id"]] = node
            if code["id"] == current:
                select = node
        for node in nodes.values():
            if not node.children:
                node.allow_expand = False
        self._node_by_id = nodes
        if select is not None:
            self.move_cursor(select)

    @property
    def current_code(self) -> str | None:
        node = self.cursor_node
        return node.data if node is not None and isinstance(node.data, str) else None

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        event.stop()
        self.post_message(self.CodeHighlighted(event.node.data if isinstance(event.node.data, str) else None))
