"""Read and write codebooks as YAML (the format of ``codebooks/*.yaml``).

Reading composes PyYAML's node tree (not plain Python values) so that every
code and attribute keeps its line number for messages. Text fields are taken
from the raw scalar, so ``version: 0.10`` stays ``"0.10"``. Codes may be
nested (``children``) or flat (``parent: <id>``), or both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .model import (AttributeSpec, Code, Codebook, CodebookError, assign_colours, check, normalise_colour,
                    raise_problems, tree_order)

TEXT_KEYS = ("definition", "include", "exclude", "example")
COLOUR_KEYS = ("colour", "color", "kleur")
CODE_KEYS = {"id", "name", *TEXT_KEYS, "keywords", *COLOUR_KEYS, "parent", "children"}
TOP_KEYS = ("name", "version", "language", "description")
_NULL = "tag:yaml.org,2002:null"

# PyYAML's English problems → Dutch (first matching fragment wins).
_DUTCH = (
    ("while scanning a quoted scalar", "aanhalingsteken niet afgesloten"),
    ("mapping values are not allowed",
     "hier mag geen ':' staan (zet tekst met een dubbele punt tussen aanhalingstekens)"),
    ("cannot start any token", "teken dat hier niet mag staan (tab? gebruik spaties om in te springen)"),
    ("could not find expected ':'", "verwachtte een ':' (ontbreekt een dubbele punt of aanhalingsteken?)"),
    ("expected <block end>", "de inspringing klopt niet"),
    ("expected <document start>", "de inspringing klopt niet"),
    ("unexpected end of stream", "onverwacht einde van het bestand (ontbreekt een afsluitend aanhalingsteken?)"),
    ("expected ',' or ']'", "verwachtte ',' of ']'"),
    ("expected ',' or '}'", "verwachtte ',' of '}'"),
    ("found undefined alias", "onbekende verwijzing (alias)"),
    ("single document", "het bestand bevat meer dan één YAML-document ('---')"),
    ("found duplicate anchor", "dubbel anker"),
)


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _kind(node: Node) -> str:
    return {MappingNode: "een mapping (sleutel: waarde)", SequenceNode: "een lijst"}.get(type(node), "tekst")


class _Reader:
    """Turns a composed node tree into a :class:`Codebook`, collecting problems."""

    def __init__(self) -> None:
        self.problems: list[tuple[int, str]] = []
        self.constructor = yaml.SafeLoader("")

    def problem(self, node: Node, message: str) -> None:
        self.problems.append((_line(node), f"regel {_line(node)}: {message}"))

    def pairs(self, node: MappingNode, what: str) -> dict[str, tuple[Node, Node]]:
        """Key → (key node, value node); reports duplicate and non-text keys."""
        self.constructor.flatten_mapping(node)
        out: dict[str, tuple[Node, Node]] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                self.problem(key, f"ongeldige sleutel in {what}")
                continue
            name = key.value
            alias = next((k for k in COLOUR_KEYS if k in out), None) if name in COLOUR_KEYS else None
            if name in out or alias:
                self.problem(key, f"sleutel '{name}' komt twee keer voor in {what}")
                continue
            out[name] = (key, value)
        return out

    def text(self, node: Node, key: str, null: Any = "") -> Any:
        if isinstance(node, ScalarNode):
            return null if node.tag == _NULL else node.value
        self.problem(node, f"'{key}' moet tekst zijn, niet {_kind(node)}")
        return null

    def texts(self, node: Node, key: str) -> list[str]:
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, SequenceNode):
            self.problem(node, f"'{key}' moet een lijst zijn, bijv. [\"a\", \"b\"]")
            return []
        out = []
        for item in node.value:
            if isinstance(item, ScalarNode) and item.tag != _NULL:
                out.append(item.value)
            else:
                self.problem(item, f"elk element van '{key}' moet tekst zijn")
        return out

    def value(self, node: Node) -> Any:
        """A plain Python value for extras (dates, numbers, lists, …)."""
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            self.problem(node, f"waarde kan niet gelezen worden ({getattr(exc, 'problem', exc)})")
            return None

    def items(self, node: Node, key: str) -> list[Node]:
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, SequenceNode):
            self.problem(node, f"'{key}' moet een lijst zijn, niet {_kind(node)}")
            return []
        return node.value

    def codes(self, node: Node, parent: str | None, out: list[Code]) -> None:
        for item in self.items(node, "codes" if parent is None else "children"):
            if not isinstance(item, MappingNode):
                self.problem(item, f"een code moet een mapping zijn (id, name, …), niet {_kind(item)}")
                continue
            fields = self.pairs(item, "een code")
            get = lambda k, null="": self.text(fields[k][1], k, null) if k in fields else null  # noqa: E731
            code = Code(id=get("id"), name=get("name"), line=_line(item), parent=parent)
            for key in TEXT_KEYS:
                setattr(code, key, get(key))
            if "keywords" in fields:
                code.keywords = self.texts(fields["keywords"][1], "keywords")
            colour_key = next((k for k in COLOUR_KEYS if k in fields), None)
            if colour_key:
                code.colour = normalise_colour(get(colour_key, None))
            named = get("parent", None)
            if named is not None and parent is not None and named != parent:
                self.problem(fields["parent"][1], f"code '{code.id}' staat onder '{parent}' maar noemt "
                             f"'{named}' als bovenliggende code")
            elif named is not None:
                code.parent = named
            code.extra = {k: self.value(v) for k, (_, v) in fields.items() if k not in CODE_KEYS}
            out.append(code)
            if "children" in fields:
                self.codes(fields["children"][1], code.id or None, out)

    def attribute(self, node: Node) -> AttributeSpec | None:
        if not isinstance(node, MappingNode):
            self.problem(node, f"een kenmerk moet een mapping zijn (name, type, …), niet {_kind(node)}")
            return None
        fields = self.pairs(node, "een kenmerk")
        get = lambda k: self.text(fields[k][1], k) if k in fields else ""  # noqa: E731
        spec = AttributeSpec(name=get("name"), type=get("type"), description=get("description"), line=_line(node))
        if "values" in fields:
            spec.values = self.texts(fields["values"][1], "values")
        known = {"name", "type", "description", "values"}
        spec.extra = {k: self.value(v) for k, (_, v) in fields.items() if k not in known}
        return spec

    def codebook(self, root: Node) -> Codebook:
        fields = self.pairs(root, "het codeboek")
        cb = Codebook()
        for key in TOP_KEYS:
            if key in fields:
                setattr(cb, key, self.text(fields[key][1], key))
        cb.language = cb.language or "nl"
        if "attributes" in fields:
            specs = (self.attribute(n) for n in self.items(fields["attributes"][1], "attributes"))
            cb.attributes = [s for s in specs if s is not None]
        if "codes" not in fields:
            self.problem(root, "geen 'codes' gevonden (een codeboek heeft een lijst 'codes:')")
        else:
            codes: list[Code] = []
            self.codes(fields["codes"][1], None, codes)
            cb.codes = tree_order(codes)
        skip = {*TOP_KEYS, "attributes", "codes"}
        cb.extra = {k: self.value(v) for k, (_, v) in fields.items() if k not in skip}
        return cb


def _yaml_error(exc: yaml.YAMLError, source: str) -> CodebookError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    start = getattr(exc, "context_mark", None)
    english = " ".join(p for p in (getattr(exc, "context", None), getattr(exc, "problem", None)) if p) or str(exc)
    dutch = next((nl for fragment, nl in _DUTCH if fragment in english), None)
    detail = f"{dutch} ({english})" if dutch else english
    if mark and start and start.line < mark.line:
        detail += f", begonnen op regel {start.line + 1}"
    problem = f"regel {mark.line + 1}: ongeldige YAML: {detail}" if mark else f"ongeldige YAML: {detail}"
    return CodebookError(f"{source}, {problem}" if mark else f"{source}: {problem}", [problem])


def load_yaml(text: str, source: str = "codeboek") -> Codebook:
    """Parse, validate and colour a YAML codebook; :class:`CodebookError` on any problem."""
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source) from None
    if root is None:
        raise CodebookError(f"{source}: het codeboek is leeg")
    if not isinstance(root, MappingNode):
        raise CodebookError(f"{source}, regel {_line(root)}: het codeboek moet beginnen met sleutels als "
                            f"'name:' en 'codes:', niet met {_kind(root)}")
    reader = _Reader()
    cb = reader.codebook(root)
    structural = [m for _, m in sorted(reader.problems, key=lambda p: p[0])]
    found = structural + [p for p in check(cb) if p not in structural]
    found.sort(key=_line_of)
    raise_problems(found, source)
    return assign_colours(cb)


def _line_of(problem: str) -> int:
    head = problem.split(":", 1)[0]
    return int(head[6:]) if head.startswith("regel ") and head[6:].isdigit() else 0


def load_yaml_file(path: str | Path) -> Codebook:
    """Read a YAML codebook file (UTF-8, with or without BOM)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CodebookError(f"{path}: bestand niet gevonden") from None
    except OSError as exc:
        raise CodebookError(f"{path}: bestand kan niet gelezen worden ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CodebookError(f"{path}, regel {line}: geen geldige UTF-8-tekst; sla het bestand op als UTF-8") from None
    return load_yaml(text, source=str(path))


class _Dumper(yaml.SafeDumper):
    """Block style; long or multi-line strings folded/literal for readability."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # indent list items under their key


def _str(dumper: yaml.SafeDumper, value: str) -> ScalarNode:
    if any(ch in value for ch in "\r\x85\u2028\u2029\ufeff"):
        style = '"'  # line breaks YAML would normalise: escape them
    elif "\n" in value:
        style = "|"
    elif len(value) > 80 and " " in value and value == value.strip() and "  " not in value:
        style = ">"
    else:
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _Flow(list):
    """A short list of words, written on one line: ``[a, b, c]``."""


_Dumper.add_representer(str, _str)
_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def _code_dict(cb: Codebook, code: Code, nested: bool, seen: set[str]) -> dict:
    out: dict[str, Any] = {"id": code.id, "name": code.name, "definition": code.definition}
    for key in ("include", "exclude", "example"):
        if getattr(code, key):
            out[key] = getattr(code, key)
    if code.keywords:
        out["keywords"] = _Flow(code.keywords)
    if code.colour:
        out["colour"] = code.colour
    if not nested and code.parent is not None:
        out["parent"] = code.parent
    out.update((k, v) for k, v in code.extra.items() if k not in out and k not in CODE_KEYS)
    kids = [c for c in cb.children(code.id) if c.id not in seen]
    seen.update(c.id for c in kids)
    if kids:
        out["children"] = [_code_dict(cb, c, True, seen) for c in kids]
    return out


def dump_yaml(codebook: Codebook) -> str:
    """The codebook as nested YAML (``children``); unknown keys are kept."""
    top: dict[str, Any] = {key: getattr(codebook, key) for key in TOP_KEYS}
    top.update((k, v) for k, v in codebook.extra.items() if k not in top and k not in ("attributes", "codes"))
    top["attributes"] = []
    for spec in codebook.attributes:
        item: dict[str, Any] = {"name": spec.name, "type": spec.type}
        if spec.description:
            item["description"] = spec.description
        if spec.values:
            item["values"] = list(spec.values)
        item.update((k, v) for k, v in spec.extra.items() if k not in item)
        top["attributes"].append(item)
    roots = [c for c in codebook.codes if c.parent is None]
    seen = {c.id for c in roots}
    codes = [_code_dict(codebook, c, True, seen) for c in roots]
    # Codes not reachable from a root (invalid trees) are written flat, never dropped.
    codes += [_code_dict(codebook, c, False, seen) for c in codebook.codes if c.id not in seen and not seen.add(c.id)]
    top["codes"] = codes
    return yaml.dump(top, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)
