"""The codebook model: codes in a tree, case attributes, validation and colours.

A :class:`Codebook` keeps its codes *flat*: each :class:`Code` names its
``parent`` (``None`` for a root), and ``codes`` is in tree order (pre-order:
every parent before its children, siblings in file order). Loaders
(:mod:`.yaml_io`, :mod:`.qdc`) build codebooks, call :func:`check` /
:func:`validate` and :func:`assign_colours`. Messages for users are Dutch and
name the line in the source file when it is known.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass, field

ATTRIBUTE_TYPES = ("select", "multi_select", "ordinal", "integer", "date", "text")
_WITH_VALUES = ("select", "multi_select", "ordinal")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_SHORT_COLOUR = re.compile(r"#[0-9a-fA-F]{3}")

# Ten well-separated, readable base colours (one per root cluster; Tableau-10 like).
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1",
           "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#6b6ecf")


class CodebookError(Exception):
    """A codebook that cannot be read or is invalid; the message is Dutch.

    ``problems`` lists every single problem (``"regel 42: …"``), also when
    there is just one.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems) if problems else [message]


@dataclass
class Code:
    """One code. ``line`` is for messages only and is ignored by ``==``."""

    id: str
    name: str
    definition: str = ""
    include: str = ""
    exclude: str = ""
    example: str = ""
    keywords: list[str] = field(default_factory=list)
    colour: str | None = None
    parent: str | None = None
    line: int | None = field(default=None, compare=False)
    extra: dict = field(default_factory=dict)


@dataclass
class AttributeSpec:
    """A case/source attribute; unknown keys (``groups``, …) live in ``extra``."""

    name: str
    type: str
    description: str = ""
    values: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    line: int | None = field(default=None, compare=False)


@dataclass
class Codebook:
    """A codebook: metadata, attributes and a flat list of codes in tree order."""

    name: str = ""
    version: str = ""
    language: str = "nl"
    description: str = ""
    codes: list[Code] = field(default_factory=list)
    attributes: list[AttributeSpec] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def get(self, id: str) -> Code | None:
        """The code with this id, or ``None``."""
        return next((c for c in self.codes if c.id == id), None)

    def _require(self, id: str) -> Code:
        code = self.get(id)
        if code is None:
            raise KeyError(f"onbekende code '{id}'")
        return code

    def children(self, id: str | None) -> list[Code]:
        """Direct children of ``id`` (the roots for ``None``), in order."""
        return [c for c in self.codes if c.parent == id]

    def roots(self) -> list[Code]:
        return self.children(None)

    def path(self, id: str) -> list[str]:
        """Ids from the root down to ``id`` (stops at a cycle or unknown parent)."""
        code = self._require(id)
        path = [code.id]
        while code.parent is not None and code.parent not in path:
            code = self.get(code.parent)
            if code is None:
                break
            path.append(code.id)
        return path[::-1]

    def depth(self, id: str) -> int:
        """0 for a root, 1 for its children, …"""
        return len(self.path(id)) - 1

    def descendants(self, id: str) -> list[str]:
        """Ids of all codes below ``id``, in tree order."""
        self._require(id)
        found: list[str] = []
        todo = [id]
        while todo:
            kids = [c.id for c in self.children(todo.pop()) if c.id not in found and c.id != id]
            found.extend(kids)
            todo.extend(kids)
        order = {c.id: i for i, c in enumerate(self.codes)}
        return sorted(found, key=order.__getitem__)


def tree_order(codes: list[Code]) -> list[Code]:
    """``codes`` in pre-order (parents first, siblings in given order).

    Codes that cannot be reached from a root (unknown parent, cycle) follow at
    the end in their given order, so nothing is ever lost.
    """
    by_parent: dict[str | None, list[Code]] = {}
    for code in codes:
        by_parent.setdefault(code.parent, []).append(code)
    ordered: list[Code] = []
    seen: set[int] = set()
    stack = list(reversed(by_parent.get(None, [])))
    while stack:
        code = stack.pop()
        if id(code) in seen:
            continue
        seen.add(id(code))
        ordered.append(code)
        stack.extend(reversed(by_parent.get(code.id, [])))
    return ordered + [c for c in codes if id(c) not in seen]


def normalise_colour(value: object) -> object:
    """``#RGB``/``#RRGGBB`` → lower-case ``#rrggbb``; anything else is returned unchanged."""
    if isinstance(value, str):
        text = value.strip()
        if _SHORT_COLOUR.fullmatch(text):
            text = "#" + "".join(ch * 2 for ch in text[1:])
        if _COLOUR.fullmatch(text):
            return text.lower()
    return value


def _at(line: int | None, message: str) -> str:
    return f"regel {line}: {message}" if line else message


def check(codebook: Codebook) -> list[str]:
    """Every problem in ``codebook`` as a Dutch message, sorted by line."""
    found: list[tuple[int, str]] = []

    def add(line: int | None, message: str) -> None:
        found.append((line or 0, _at(line, message)))

    first: dict[str, Code] = {}
    for code in codebook.codes:
        if not isinstance(code.id, str) or not code.id.strip():
            add(code.line, f"code zonder id (naam '{code.name}')" if code.name else "code zonder id")
            continue
        if re.search(r"\s", code.id):
            add(code.line, f"code-id '{code.id}' bevat spaties of witregels")
        if not isinstance(code.name, str) or not code.name.strip():
            add(code.line, f"code zonder naam (id '{code.id}')")
        if code.id in first:
            earlier = first[code.id].line
            add(code.line, f"dubbele code-id '{code.id}'" + (f" (eerder op regel {earlier})" if earlier else ""))
        else:
            first[code.id] = code
        if code.colour is not None and not (isinstance(code.colour, str) and _COLOUR.fullmatch(code.colour)):
            add(code.line, f"ongeldige kleur '{code.colour}' (gebruik #RRGGBB)")
        if not isinstance(code.keywords, list) or not all(isinstance(k, str) for k in code.keywords):
            add(code.line, f"trefwoorden van code '{code.id}' moeten een lijst met tekst zijn")
    for code in codebook.codes:
        if code.parent is not None and code.parent not in first and code.id:
            add(code.line, f"code '{code.id}' verwijst naar onbekende bovenliggende code '{code.parent}'")
    for cycle in _cycles(first):
        add(first[cycle[0]].line, "cyclus in de codeboom: " + " → ".join(cycle + [cycle[0]]))

    names: dict[str, AttributeSpec] = {}
    for spec in codebook.attributes:
        if not isinstance(spec.name, str) or not spec.name.strip():
            add(spec.line, "kenmerk zonder naam")
            continue
        if spec.name in names:
            earlier = names[spec.name].line
            add(spec.line, f"dubbel kenmerk '{spec.name}'" + (f" (eerder op regel {earlier})" if earlier else ""))
        names.setdefault(spec.name, spec)
        if spec.type not in ATTRIBUTE_TYPES:
            add(spec.line, f"onbekend kenmerktype '{spec.type}' (kies uit: {', '.join(ATTRIBUTE_TYPES)})")
        elif spec.type in _WITH_VALUES and not spec.values:
            add(spec.line, f"kenmerk '{spec.name}' van type '{spec.type}' heeft geen waarden (values)")
        doubles = sorted({v for v in spec.values if spec.values.count(v) > 1})
        if doubles:
            add(spec.line, f"kenmerk '{spec.name}' noemt een waarde meer dan eens: "
                + ", ".join(f"'{v}'" for v in doubles))
    found.sort(key=lambda item: item[0])
    return [message for _, message in found]


def _cycles(by_id: dict[str, Code]) -> list[list[str]]:
    """Each cycle in the parent links once, starting at its first code in order."""
    order = {cid: i for i, cid in enumerate(by_id)}
    cycles: list[list[str]] = []
    done: set[str] = set()
    for start in by_id:
        chain: list[str] = []
        cid: str | None = start
        while cid is not None and cid in by_id and cid not in done and cid not in chain:
            chain.append(cid)
            cid = by_id[cid].parent
        if cid in chain:
            cycle = chain[chain.index(cid):]
            k = min(range(len(cycle)), key=lambda i: order[cycle[i]])
            cycles.append(cycle[k:] + cycle[:k])
        done.update(chain)
    return cycles


def raise_problems(problems: list[str], source: str | None = None) -> None:
    """Raise one :class:`CodebookError` for ``problems`` (if any)."""
    if not problems:
        return
    if len(problems) == 1:
        message = f"{source}, {problems[0]}" if source else problems[0]
    else:
        head = f"{source} bevat" if source else "Het codeboek bevat"
        message = f"{head} {len(problems)} problemen:\n" + "\n".join(f"  - {p}" for p in problems)
    raise CodebookError(message, problems)


def validate(codebook: Codebook, source: str | None = None) -> None:
    """Raise :class:`CodebookError` listing all problems of ``codebook``."""
    raise_problems(check(codebook), source)


def _variant(base: str, index: int, count: int) -> tuple[float, float, float]:
    """HLS of the ``index``-th of ``count`` variants of ``base`` (lighter/darker)."""
    r, g, b = (int(base[i:i + 2], 16) / 255 for i in (1, 3, 5))
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    low, high = 0.28, 0.78
    lightness = low + (high - low) * (index + 0.5) / count
    hue = (h + ((index % 3) - 1) * 0.015) % 1.0
    return hue, lightness, min(max(s, 0.45), 0.8)


def _hex(h: float, l: float, s: float) -> str:
    r, g, b = colorsys.hls_to_rgb(h, l, s)
    return "#" + "".join(f"{round(v * 255):02x}" for v in (r, g, b))


def _unique(h: float, l: float, s: float, used: set[str]) -> str:
    colour = _hex(h, l, s)
    step = 0
    while colour in used and step < 1000:
        step += 1
        colour = _hex((h + 0.003 * (step // 20)) % 1.0, 0.25 + ((l - 0.25 + 0.011 * step) % 0.6), s)
    used.add(colour)
    return colour


def assign_colours(codebook: Codebook) -> Codebook:
    """Give every code without a (valid) colour a distinct colour, deterministically.

    Each root cluster gets a base colour from :data:`PALETTE` (darker or
    lighter on later rounds when there are more than ten roots); the codes
    below a root get lighter and darker variants of the root's colour. Given
    colours are kept. Returns ``codebook`` (changed in place).
    """
    used = {c.colour for c in codebook.codes if isinstance(c.colour, str) and _COLOUR.fullmatch(c.colour)}
    free = [c for c in codebook.codes if c.colour is None]
    if not free:
        return codebook
    # Codes that hang below no root (invalid trees) are treated as roots here.
    known = {c.id for c in codebook.codes}
    roots = [c for c in codebook.codes if c.parent is None or c.parent not in known]
    covered: set[str] = set()
    for index, root in enumerate(roots):
        if root.colour is None:
            base = PALETTE[index % len(PALETTE)]
            h, l, s = colorsys.rgb_to_hls(*(int(base[i:i + 2], 16) / 255 for i in (1, 3, 5)))
            shift = (0.0, -0.14, 0.12, -0.24, 0.2)[(index // len(PALETTE)) % 5]
            root.colour = _unique(h, min(max(l + shift, 0.22), 0.82), s, used)
        covered.add(root.id)
        below = [codebook.get(cid) for cid in codebook.descendants(root.id) if cid not in covered]
        covered.update(c.id for c in below)
        base = root.colour if _COLOUR.fullmatch(str(root.colour)) else PALETTE[index % len(PALETTE)]
        for k, code in enumerate(below):
            if code.colour is None:
                code.colour = _unique(*_variant(base, k, len(below)), used)
    for code in codebook.codes:  # whatever is left (cycles): palette-based, still distinct
        if code.colour is None:
            code.colour = _unique(*_variant(PALETTE[0], 0, 1), used)
    return codebook
