"""The action journal: an audit log of every change, and undo/redo from it (tables ``actions``, ``audit``).

Every user action (code a fragment, merge two codes, write a memo) is one
row in ``actions`` and one or more row changes in ``audit`` with the row
before and after. Undo applies the changes backwards; redo applies them
again. Both are themselves committed at once, so undo works across
restarts, and they refuse to touch a row that someone else has changed since
(two coders on one project).

The table families write their journaled tables through a :class:`Recorder`
inside :meth:`Journal.action`; the journal itself only writes rows back
when undoing, redoing or replaying changes (merging project copies).
"""

from __future__ import annotations

import contextlib
import json
from typing import Any, Iterator, NamedTuple, TypedDict

from .base import Family, coder_name, now
from .errors import NotFound, UndoConflict

JOURNALED_TABLES = {"codes", "codings", "memos", "cases", "case_attributes", "nlp_decisions"}


class Change(TypedDict):
    """One row change of an action: the row before and after (``None``: absent)."""

    table: str
    id: Any
    before: dict | None
    after: dict | None


class ActionRow(TypedDict):
    id: int
    coder: str
    at: str
    description: str
    state: str  # 'done', 'undone' or 'discarded'
    changes: list[Change]


class Action(NamedTuple):
    """An action without its changes."""

    id: int
    coder: str
    at: str
    description: str
    state: str


class AuditChange(NamedTuple):
    """A row change with the action it belongs to (for comparing histories)."""

    action_id: int
    table: str
    row_id: Any
    before: dict | None
    after: dict | None


def _row(db, table: str, row_id: Any) -> dict | None:
    rows = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]))
    return rows[0] if rows else None


def _insert(db, table: str, row: dict):
    cols = list(row)
    return db.execute(
        f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [row[c] for c in cols],
    )


class Recorder:
    """Records the row changes of one action; use through :meth:`Journal.action`."""

    def __init__(self, db, action_id: int) -> None:
        self.db = db
        self.action_id = action_id
        self.seq = 0
        self.changes = 0

    def _log(self, table: str, row_id: Any, before: dict | None, after: dict | None) -> None:
        assert table in JOURNALED_TABLES
        self.seq += 1
        self.changes += 1
        self.db.execute(
            "INSERT INTO audit (action_id, seq, table_name, row_id, before, after) VALUES (?, ?, ?, ?, ?, ?)",
            [
                self.action_id,
                self.seq,
                table,
                json.dumps(row_id),
                json.dumps(before, ensure_ascii=False) if before is not None else None,
                json.dumps(after, ensure_ascii=False) if after is not None else None,
            ],
        )

    def insert(self, table: str, row: dict) -> Any:
        """Insert ``row`` and return its id."""
        cursor = _insert(self.db, table, row)
        row_id = row.get("id", cursor.lastrowid)
        self._log(table, row_id, None, _row(self.db, table, row_id))
        return row_id

    def insert_many(self, table: str, rows: list[dict]) -> list[int]:
        """Insert many rows with integer ids in one go (bulk coding); return their ids.

        Runs inside the action's write transaction, so the new ids are the
        consecutive numbers after the current maximum.
        """
        if not rows:
            return []
        cols = list(rows[0])
        db = self.db
        first = db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM [{table}]").fetchone()[0]
        ids = list(range(first, first + len(rows)))
        db.conn.executemany(
            f"INSERT INTO [{table}] (id, {', '.join(f'[{c}]' for c in cols)}) VALUES (?, {', '.join('?' for _ in cols)})",
            [(i, *(row[c] for c in cols)) for i, row in zip(ids, rows)],
        )
        cursor = db.conn.execute(f"SELECT * FROM [{table}] WHERE id >= ? ORDER BY id", [first])
        names = [d[0] for d in cursor.description]
        audit = []
        for values in cursor:
            self.seq += 1
            after = dict(zip(names, values))
            audit.append((self.action_id, self.seq, table, json.dumps(after["id"]), None, json.dumps(after, ensure_ascii=False)))
        db.conn.executemany(
            "INSERT INTO audit (action_id, seq, table_name, row_id, before, after) VALUES (?, ?, ?, ?, ?, ?)", audit
        )
        self.changes += len(audit)
        return ids

    def update(self, table: str, row_id: Any, changes: dict) -> None:
        before = _row(self.db, table, row_id)
        if before is None:
            raise NotFound(f"{table} {row_id} bestaat niet (meer)")
        if all(before.get(k) == v for k, v in changes.items()):
            return
        sets = ", ".join(f"[{c}] = ?" for c in changes)
        self.db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*changes.values(), row_id])
        self._log(table, row_id, before, _row(self.db, table, row_id))

    def delete(self, table: str, row_id: Any) -> None:
        before = _row(self.db, table, row_id)
        if before is None:
            return
        self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        self._log(table, row_id, before, None)


class Journal(Family):
    """``project.journal``: actions of every coder, undo and redo per coder."""

    @contextlib.contextmanager
    def action(self, description: str, *, coder: str) -> Iterator[Recorder]:
        """One undoable action of ``coder`` in one transaction; an action without changes leaves no trace."""
        coder = coder_name(coder)
        with self.project.atomic():
            action_id = self.db.execute(
                "INSERT INTO actions (coder, at, description) VALUES (?, ?, ?)", [coder, now(), description]
            ).lastrowid
            recorder = Recorder(self.db, action_id)
            yield recorder
            if recorder.changes == 0:
                self.db.execute("DELETE FROM actions WHERE id = ?", [action_id])
            else:  # a new action ends what could be redone
                self.db.execute("UPDATE actions SET state = 'discarded' WHERE coder = ? AND state = 'undone'", [coder])

    def _changes(self, action_id: int) -> list[tuple[str, Any, dict | None, dict | None]]:
        rows = self.db.execute(
            "SELECT table_name, row_id, before, after FROM audit WHERE action_id = ? ORDER BY seq", [action_id]
        ).fetchall()
        return [
            (t, json.loads(r), json.loads(b) if b else None, json.loads(a) if a else None) for t, r, b, a in rows
        ]

    def _set_row(self, table: str, row_id: Any, expected: dict | None, target: dict | None) -> None:
        current = _row(self.db, table, row_id)
        if current != expected:
            raise UndoConflict("Dit kan niet ongedaan worden gemaakt: de gegevens zijn intussen gewijzigd (door een andere sessie?).")
        if target is None:
            self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        elif current is None:
            _insert(self.db, table, target)
        else:
            sets = ", ".join(f"[{c}] = ?" for c in target)
            self.db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*target.values(), row_id])

    def undo(self, *, coder: str) -> str | None:
        """Undo ``coder``'s last action; return its description (``None``: nothing to undo)."""
        with self.project.atomic():
            row = self.db.execute(
                "SELECT id, description FROM actions WHERE coder = ? AND state = 'done' ORDER BY id DESC LIMIT 1",
                [coder],
            ).fetchone()
            if not row:
                return None
            for table, row_id, before, after in reversed(self._changes(row[0])):
                self._set_row(table, row_id, after, before)
            order = self.db.execute("SELECT COALESCE(MAX(undo_order), 0) + 1 FROM actions").fetchone()[0]
            self.db.execute("UPDATE actions SET state = 'undone', undo_order = ? WHERE id = ?", [order, row[0]])
            return row[1]

    def redo(self, *, coder: str) -> str | None:
        """Redo ``coder``'s most recently undone action; return its description."""
        with self.project.atomic():
            row = self.db.execute(
                "SELECT id, description FROM actions WHERE coder = ? AND state = 'undone' ORDER BY undo_order DESC LIMIT 1",
                [coder],
            ).fetchone()
            if not row:
                return None
            for table, row_id, before, after in self._changes(row[0]):
                self._set_row(table, row_id, before, after)
            self.db.execute("UPDATE actions SET state = 'done', undo_order = NULL WHERE id = ?", [row[0]])
            return row[1]

    def history(self, limit: int = 50, coder: str | None = None) -> list[ActionRow]:
        """The latest actions (all coders unless ``coder``), newest first, with their changes."""
        sql = "SELECT id, coder, at, description, state FROM actions"
        params: list = []
        if coder:
            sql += " WHERE coder = ?"
            params.append(coder)
        sql += f" ORDER BY id DESC LIMIT {int(limit)}"
        result = []
        for action in self.db.query(sql, params):
            action["changes"] = [Change(table=t, id=r, before=b, after=a) for t, r, b, a in self._changes(action["id"])]
            result.append(action)
        return result

    # -- comparing and replaying histories (merging project copies) --------------------------

    def actions(self) -> list[Action]:
        """Every journaled action, in order."""
        return [Action(*r) for r in self.db.execute("SELECT id, coder, at, description, state FROM actions ORDER BY id")]

    def changes_after(self, action_id: int) -> list[AuditChange]:
        """The row changes of the actions after ``action_id``, in order."""
        return [AuditChange(a, t, json.loads(r), json.loads(b) if b else None, json.loads(x) if x else None)
                for a, t, r, b, x in self.db.execute(
                    "SELECT action_id, table_name, row_id, before, after FROM audit WHERE action_id > ?"
                    " ORDER BY action_id, seq", [action_id])]

    def replay(self, changes: list[tuple], *, coder: str, description: str) -> int | None:
        """Apply ``('insert'|'update'|'delete', table, row or id, fields)`` changes as ONE action; return its id."""
        with self.action(description, coder=coder) as rec:
            for op, table, target, fields in changes:
                if op == "insert":
                    rec.insert(table, target)
                elif op == "update":
                    rec.update(table, target, fields)
                elif op == "delete":
                    rec.delete(table, target)
            return rec.action_id if rec.changes else None
