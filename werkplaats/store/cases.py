"""Cases, their typed attributes, regions and municipalities.

Tables: ``cases``, ``case_attributes``, ``attribute_definitions``,
``regions``, ``municipalities``. Values are validated and normalised by
:mod:`.attributes` before they are stored.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, NamedTuple, TypedDict

from ..regions import REGIONS, canonical_region
from . import attributes as attrs
from .base import Family, now
from .sql import chunks, in_list


class CaseRow(TypedDict):
    id: int
    name: str
    region: str | None
    municipality: str | None
    created_at: str


class AttributeValue(NamedTuple):
    """One attribute value of a case; ``number`` is set for number and ordinal attributes (for sorting)."""

    case_id: int
    name: str
    value: str
    number: float | None


class DefinitionRow(TypedDict):
    """An attribute definition as stored, with the codebook's own definition (``spec``, JSON) if any."""

    name: str
    type: str
    description: str | None
    levels: list[str] | None
    spec: str | None


class Cases(Family):
    """``project.cases``: cases, typed case attributes and the regions they belong to."""

    def seed(self) -> None:
        """The three regions with their municipalities and the default attribute definitions (new project)."""
        for name, info in REGIONS.items():
            self.db["regions"].insert({"name": name, "short_name": info["short"]}, replace=True)
            for m in info["municipalities"]:
                self.db["municipalities"].insert({"name": m, "region": name}, replace=True)
        for definition in attrs.DEFAULT_DEFINITIONS:
            self.db["attribute_definitions"].insert(attrs.definition_row(definition), replace=True)

    # -- regions ------------------------------------------------------------------------

    def ensure_region(self, name: str | None) -> str | None:
        """Return the canonical region, adding an unknown one to the project."""
        region = canonical_region(name)
        if region and not self.db.execute("SELECT 1 FROM regions WHERE name = ?", [region]).fetchone():
            self.db["regions"].insert({"name": region, "short_name": region})
        return region

    def regions(self) -> list[str]:
        """Every region of the project, in the order they were added."""
        return [r[0] for r in self.db.execute("SELECT name FROM regions ORDER BY rowid")]

    # -- cases ---------------------------------------------------------------------------

    def ensure(self, name: str, region: str | None = None, municipality: str | None = None) -> int:
        """Return the id of case ``name``, creating it (and filling gaps) as needed."""
        row = self.db.execute("SELECT id, region, municipality FROM cases WHERE name = ?", [name]).fetchone()
        if row:
            case_id, old_region, old_municipality = row
            updates = {}
            if region and not old_region:
                updates["region"] = region
            if municipality and not old_municipality:
                updates["municipality"] = municipality
            if updates:
                self.db["cases"].update(case_id, updates)
            return case_id
        return self.db["cases"].insert(
            {"name": name, "region": region, "municipality": municipality, "created_at": now()}
        ).last_pk

    def list(self) -> list[CaseRow]:
        """Every case, ordered by region and name."""
        return list(self.db.query("SELECT id, name, region, municipality, created_at FROM cases ORDER BY region, name"))

    def set_fields(self, case_id: int, fields: dict) -> None:
        """Overwrite some of a case's own fields (``region``, ``municipality``, ``created_at``)."""
        if fields:
            self.db["cases"].update(case_id, fields)

    # -- attributes ------------------------------------------------------------------------

    def set_attributes(self, case_id: int, values: dict[str, Any]) -> None:
        """Set typed attributes on a case, defining unknown attributes on the fly.

        :raises attrs.AttributeValueError: (Dutch message) for a value that
            does not fit the attribute's type
        """
        for name, raw in values.items():
            if raw is None or str(raw).strip() == "":
                continue
            definition = self.definition(name)
            if definition is None:
                definition = attrs.infer_definition(name, [raw])
                self.db["attribute_definitions"].insert(attrs.definition_row(definition))
            value, number = attrs.coerce(definition, raw)
            self.db["case_attributes"].insert(
                {"case_id": case_id, "name": name, "value": value, "number": number}, replace=True
            )

    def attributes(self, case_id: int) -> dict[str, str]:
        """One case's attribute values by name."""
        return dict(self.db.execute(
            "SELECT name, value FROM case_attributes WHERE case_id = ? ORDER BY name", [case_id]).fetchall())

    def attribute_values(self, names: Iterable[str] | None = None) -> list[AttributeValue]:
        """Every attribute value of every case (optionally of some attributes), by case and name."""
        sql = "SELECT case_id, name, value, number FROM case_attributes"
        if names is None:
            return [AttributeValue(*r) for r in self.db.execute(sql + " ORDER BY case_id, name")]
        rows: list[AttributeValue] = []
        for part in chunks(names):
            clause, params = in_list("name", part)
            rows += [AttributeValue(*r) for r in self.db.execute(f"{sql} WHERE {clause} ORDER BY case_id, name", params)]
        return rows

    def attributes_by_case(self) -> dict[int, dict[str, str]]:
        """``{case_id: {name: value}}`` for every case with attributes."""
        result: dict[int, dict[str, str]] = {}
        for v in self.attribute_values():
            result.setdefault(v.case_id, {})[v.name] = v.value
        return result

    def attribute_in_use(self, name: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM case_attributes WHERE name = ? LIMIT 1", [name]).fetchone())

    # -- attribute definitions -----------------------------------------------------------

    def definition(self, name: str) -> attrs.Definition | None:
        row = self.db.execute(
            "SELECT name, type, description, levels FROM attribute_definitions WHERE name = ?", [name]
        ).fetchone()
        if not row:
            return None
        return attrs.Definition(row[0], row[1], row[2], json.loads(row[3]) if row[3] else None)

    def define(self, definition: attrs.Definition) -> None:
        self.db["attribute_definitions"].insert(attrs.definition_row(definition), replace=True)

    def define_from_spec(self, spec: Any) -> None:
        """Define an attribute from a codebook's ``AttributeSpec`` (select → text, integer → number)."""
        kind = attrs.CODEBOOK_TYPES.get(spec.type, "text")
        values = [v for v in (spec.values or []) if v != "onbekend"] if kind == "ordinal" else None
        row = attrs.definition_row(attrs.Definition(spec.name, kind, spec.description or None, values or None))
        row["spec"] = json.dumps(
            {"name": spec.name, "type": spec.type, "description": spec.description, "values": list(spec.values or []),
             "extra": spec.extra or {}}, ensure_ascii=False, default=str)
        self.db["attribute_definitions"].upsert(row, pk="name")

    def specs(self) -> list[dict]:
        """The codebook attribute specs stored with :meth:`define_from_spec`, in order."""
        return [json.loads(r[0]) for r in self.db.execute(
            "SELECT spec FROM attribute_definitions WHERE spec IS NOT NULL ORDER BY rowid")]

    def definitions(self, in_use: bool = False) -> list[DefinitionRow]:
        """Every attribute definition in order (``in_use``: only those with at least one value)."""
        sql = "SELECT a.name, a.type, a.description, a.levels, a.spec FROM attribute_definitions a"
        if in_use:
            sql += " WHERE EXISTS (SELECT 1 FROM case_attributes v WHERE v.name = a.name)"
        rows = list(self.db.query(sql + " ORDER BY a.rowid"))
        for row in rows:
            row["levels"] = json.loads(row["levels"]) if row["levels"] else None
        return rows

    def restore_definition(self, row: DefinitionRow | dict) -> None:
        """Store an attribute definition exactly as another project had it (round trip, merge)."""
        self.db.execute(
            "INSERT OR REPLACE INTO attribute_definitions (name, type, description, levels, spec) VALUES (?, ?, ?, ?, ?)",
            [row["name"], row["type"], row.get("description"),
             json.dumps(row["levels"], ensure_ascii=False) if row.get("levels") else None, row.get("spec")])
