"""A cheap "has anything changed?" check for lists that refresh by themselves (issue 20, item 3).

Another workstation (or a ``kidesk`` command in a second process) may change what a list
shows. The desktop asks a :class:`ChangeWatch` every few seconds whether the tables a list is
built from changed, and reloads the list only then. No schema change; SQLite and PostgreSQL.

Two steps, so that the usual answer ("nothing changed") costs next to nothing:

1. **A gate** that changes with every commit anywhere in the database: SQLite's
   ``PRAGMA data_version`` on one private read-only connection (it changes when any *other*
   connection — another program or this program's own pool — commits), PostgreSQL's
   ``txid_current_snapshot()`` as text (``xmin:xmax:open ids``: it changes when any writing
   transaction commits or aborts). Not its ``xmax`` alone: that is one past the *latest
   completed* id, so a transaction that was still open when a list loaded and commits after a
   younger one would leave it unmoved (tests/services/test_pg_change_stamps.py). Both are
   O(1) in the data (the snapshot lists only the transactions open right now): 0.01 ms at
   100 000 contacts.
2. Only when the gate moved, **the stamp** of the watched tables (:func:`change_stamp`): per
   table the number of rows (a delete), the highest id (an insert) and — for the edited
   entities, which carry ``version`` (see :mod:`kidesk.db.models`) — the sum of the versions
   (an edit: every save raises its record's version by one). Not ``max(updated_at)``: it costs
   the same scan and misses an edit from a workstation whose clock runs behind. Link tables
   without a version (affiliations …) are watched through count and highest id. The sum needs
   a table scan (about 20 ms per 100 000 rows on SQLite), so it runs only after a commit
   somewhere, not every poll; a list then reloads only if *its* tables changed.

Measured with bench/synthetic.py at full scale: see docs/DESK.md, *Lists that refresh
by themselves*.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import func, select, text

from kidesk.db import sqlite_files
from kidesk.db.database import Database
from kidesk.db.models import Base

Stamp = tuple[object, ...]


def _parts(table_name: str) -> list:
    table = Base.metadata.tables[table_name]
    parts = [select(func.count()).select_from(table).scalar_subquery()]
    if "id" in table.c:
        parts.append(select(func.max(table.c.id)).scalar_subquery())
    if "version" in table.c:
        parts.append(select(func.sum(table.c.version)).scalar_subquery())
    return parts


def known_tables() -> set[str]:
    return set(Base.metadata.tables)


def change_stamp(db: Database, tables: Iterable[str]) -> Stamp:
    """A value that differs whenever a row of ``tables`` was added, removed or edited (by anyone)."""
    names = sorted(set(tables))
    unknown = [n for n in names if n not in Base.metadata.tables]
    if unknown:
        raise ValueError(f"unknown tables: {', '.join(unknown)}")
    columns = [part.label(f"p{i}") for i, part in enumerate(p for n in names for p in _parts(n))]
    if not columns:
        return ()
    with db.session() as session:
        row = session.execute(select(*columns)).one()
    return tuple(str(v) if v is not None and not isinstance(v, int) else v for v in row)


_gates: dict[Path, sqlite3.Connection] = {}


def _gate(db: Database) -> object | None:
    """The database-wide commit counter (see the module docstring); ``None`` if unavailable."""
    try:
        if db.path is not None:
            con = _gates.get(db.path)
            if con is None:
                # opened through the same SQLite library as the pool: closing it never drops
                # the process's POSIX locks early (SQLite defers that close; DATA-SAFETY.md)
                con = sqlite_files.connect_raw(db.path, readonly=True)
                _gates[db.path] = con
                weakref.finalize(db, forget_gate, db.path)
            return con.execute("PRAGMA data_version").fetchone()[0]
        if db.engine.dialect.name == "postgresql":
            with db.session() as session:
                return session.execute(text("SELECT txid_current_snapshot()::text")).scalar()
    except (sqlite3.Error, OSError):
        _gates.pop(db.path, None)  # type: ignore[arg-type]
    except Exception:
        return None
    return None


def forget_gate(path: Path) -> None:
    """Close the private connection to ``path`` (before the file is moved or deleted)."""
    con = _gates.pop(path, None)
    if con is not None:
        con.close()


class ChangeWatch:
    """Answers "did ``tables`` change since I last asked?" cheaply (see the module docstring)."""

    def __init__(self, db: Database, tables: Iterable[str]) -> None:
        self.db = db
        self.tables = tuple(sorted(set(tables)))
        self._gate: object | None = None
        self._stamp: Stamp | None = None

    def mark_current(self) -> None:
        """The list was just loaded: what is stored now counts as seen (only the cheap gate is
        read; the first change after it refreshes once even if it touched other tables)."""
        self._gate = _gate(self.db)
        self._stamp = None

    def changed(self) -> bool:
        gate = _gate(self.db)
        if gate is not None and gate == self._gate:
            return False
        stamp = change_stamp(self.db, self.tables)
        self._gate = gate
        previous, self._stamp = self._stamp, stamp
        return previous is None or stamp != previous


__all__ = ["ChangeWatch", "Stamp", "change_stamp", "forget_gate", "known_tables"]
