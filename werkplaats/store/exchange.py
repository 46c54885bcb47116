"""What exchange with other programs and project copies needs beyond the ordinary tables.

Tables (migration 6):

- ``exchange_guids``: GUIDs of objects that came from another program (users,
  documents, cases, variables, sets), so an export gives them back their own
  GUID; our own objects get deterministic GUIDs instead.
- ``exchange_variables``: the REFI-QDA type of a variable (Boolean, DateTime, …
  have no exact attribute type here) and where it was used (case or source).
- ``exchange_sets`` / ``exchange_set_members``: REFI-QDA sets of documents and codes.
- ``exchange_merges``: which actions of which project copy were merged, so
  merging the same copy twice changes nothing.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, TypedDict

from .base import Family, now


class SetRow(TypedDict):
    id: int
    name: str
    description: str
    members: list[tuple[str, str]]  # (member_type 'document'|'code', member id)


class MergeRecord(TypedDict):
    source_key: str
    source_path: str
    last_action_id: int
    merge_actions: list[int]  # ids of our actions that merged this copy
    merged_at: str


class Exchange(Family):
    """``project.exchange``: GUIDs, REFI-QDA variable types, sets and merge records."""

    # -- GUIDs and variables ------------------------------------------------------------

    def guids(self, kind: str) -> dict[str, str]:
        """local id → GUID of the objects of ``kind`` that brought their own GUID."""
        return dict(self.db.execute("SELECT local_id, guid FROM exchange_guids WHERE kind = ?", [kind]).fetchall())

    def set_guid(self, kind: str, local_id: Any, guid: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO exchange_guids (kind, local_id, guid) VALUES (?, ?, ?)",
                        [kind, str(local_id), guid])

    def variable_types(self) -> dict[str, tuple[str, str]]:
        """variable name → (REFI-QDA type, scope 'case'|'source'|'both')."""
        return {n: (t, s) for n, t, s in self.db.execute("SELECT name, refi_type, scope FROM exchange_variables")}

    def set_variable_type(self, name: str, refi_type: str, scope: str) -> None:
        """Remember a variable's REFI-QDA type; a variable seen with two scopes becomes 'both'."""
        old = self.db.execute("SELECT scope FROM exchange_variables WHERE name = ?", [name]).fetchone()
        if old and old[0] != scope:
            scope = "both"
        self.db.execute("INSERT OR REPLACE INTO exchange_variables (name, refi_type, scope) VALUES (?, ?, ?)",
                        [name, refi_type, scope])

    # -- sets ---------------------------------------------------------------------------

    def sets(self) -> list[SetRow]:
        """Every set with its members, in order."""
        sets = list(self.db.query("SELECT id, name, description FROM exchange_sets ORDER BY id"))
        members: dict[int, list[tuple[str, str]]] = {}
        for set_id, kind, member in self.db.execute(
                "SELECT set_id, member_type, member_id FROM exchange_set_members ORDER BY rowid"):
            members.setdefault(set_id, []).append((kind, member))
        for s in sets:
            s["members"] = members.get(s["id"], [])
        return sets

    def add_set(self, name: str, description: str, members: Iterable[tuple[str, str]]) -> int:
        """Add a set; a set with the same name gets the new members added. Returns its id."""
        row = self.db.execute("SELECT id FROM exchange_sets WHERE name = ?", [name]).fetchone()
        set_id = row[0] if row else self.db.execute(
            "INSERT INTO exchange_sets (name, description) VALUES (?, ?)", [name, description or ""]).lastrowid
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO exchange_set_members (set_id, member_type, member_id) VALUES (?, ?, ?)",
            [(set_id, kind, str(member)) for kind, member in members])
        return set_id

    # -- merge records ------------------------------------------------------------------

    def merge_record(self, source_key: str) -> MergeRecord | None:
        rows = list(self.db.query("SELECT * FROM exchange_merges WHERE source_key = ?", [source_key]))
        if not rows:
            return None
        rows[0]["merge_actions"] = json.loads(rows[0]["merge_actions"])
        return rows[0]

    def record_merge(self, source_key: str, source_path: str, last_action_id: int, merge_action: int | None) -> None:
        """Remember up to which action a copy was merged (and by which of our actions)."""
        record = self.merge_record(source_key)
        actions = (record["merge_actions"] if record else []) + ([merge_action] if merge_action else [])
        self.db.execute(
            "INSERT OR REPLACE INTO exchange_merges (source_key, source_path, last_action_id, merge_actions, merged_at)"
            " VALUES (?, ?, ?, ?, ?)", [source_key, source_path, last_action_id, json.dumps(actions), now()])
