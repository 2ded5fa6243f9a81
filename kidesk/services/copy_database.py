"""``copy-to``: a whole kidesk database into another, empty one — SQLite to PostgreSQL and back.

The target gets its schema from kidesk's own migrations (:func:`kidesk.db.database.open_database`
creates and migrates it), then every table of the model, in foreign-key order, in batches of
:data:`BATCH` rows, in **one transaction** on the target: a failure leaves the target as it was.
The ids stay the same; a column that points into its own table (an organisation's parent) is
filled in a second pass, so the order of the rows never breaks a foreign key. On PostgreSQL the
id sequences are set past the copied ids afterwards. The search index is filled by the target's
own triggers as the rows arrive (SQLite's FTS5 triggers; on PostgreSQL whatever its migration set up).

Before the commit every table is compared: the number of rows and a SHA-256 over all copied
values in id order, written the same way on both sides (dates ISO, numbers as decimals, bytes as
hex) — so a value a backend stores differently shows up as a checksum mismatch and nothing is kept.

A target with any row in a kidesk table is refused unless ``force=True`` (then its rows are deleted
first, in the same transaction). Copying a database onto itself is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Connection, Table, func, inspect, select, text

from kidesk.db.database import Database, open_database, resolve_target, sqlite_path
from kidesk.db.models import Base
from kidesk.errors import UserError

BATCH = 1000

#: progress(table, rows copied so far, rows of the table)
Progress = Callable[[str, int, int], None]


class CopyRefused(UserError):
    """The target is not empty, is the source itself, or the copy did not verify."""


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    checksum: str  # SHA-256 hex of the table's copied values, same on both sides


@dataclass(frozen=True)
class CopyResult:
    source: str
    target: str
    tables: tuple[TableCopy, ...]

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _norm(value: Any) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float):
        return format(Decimal(repr(value)).normalize(), "f")
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return str(value)


def _columns(table: Table, present: set[str]) -> list[Column[Any]]:
    return [c for c in table.columns if c.computed is None and c.name in present]


def _order(table: Table) -> list[Column[Any]]:
    return list(table.primary_key.columns)


class _Digest:
    def __init__(self) -> None:
        self.hash = hashlib.sha256()
        self.rows = 0

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.hash.update(("\x1f".join(_norm(v) for v in row) + "\x1e").encode("utf-8", "surrogatepass"))
            self.rows += 1


def table_checksums(connection: Connection, tables: Sequence[Table] | None = None) -> dict[str, tuple[int, str]]:
    """``{table: (rows, sha256)}`` of kidesk's tables as read through ``connection``."""
    found: dict[str, tuple[int, str]] = {}
    names = set(inspect(connection).get_table_names())
    for table in tables or _tables():
        if table.name not in names:
            continue
        present = {c["name"] for c in inspect(connection).get_columns(table.name)}
        digest = _Digest()
        result = connection.execute(select(*_columns(table, present)).order_by(*_order(table)))
        for chunk in result.partitions(BATCH):
            digest.add(chunk)
        found[table.name] = (digest.rows, digest.hash.hexdigest())
    return found


def _row_counts(connection: Connection) -> dict[str, int]:
    names = set(inspect(connection).get_table_names())
    return {
        t.name: int(connection.execute(select(func.count()).select_from(t)).scalar_one())
        for t in _tables()
        if t.name in names
    }


def _self_references(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if any(fk.column.table is table for fk in c.foreign_keys)]


def _copy_table(source: Connection, target: Connection, table: Table, progress: Progress | None) -> None:
    present = {c["name"] for c in inspect(source).get_columns(table.name)}
    present &= {c["name"] for c in inspect(target).get_columns(table.name)}
    columns = _columns(table, present)
    names = [c.name for c in columns]
    later = [c.name for c in _self_references(table) if c.name in present]
    # the second pass writes these back as they were (an UPDATE would stamp updated_at anew)
    kept = [c.name for c in columns if c.onupdate is not None and c.name not in later]
    total = int(source.execute(select(func.count()).select_from(table)).scalar_one())
    done = 0
    pending: list[dict[str, Any]] = []
    result = source.execute(select(*columns).order_by(*_order(table)))
    for chunk in result.partitions(BATCH):
        rows = [dict(zip(names, row, strict=True)) for row in chunk]
        if later:
            for row in rows:
                if any(row[name] is not None for name in later):
                    pending.append({"_id": row["id"], **{name: row[name] for name in (*later, *kept)}})
                    for name in later:
                        row[name] = None
        target.execute(table.insert(), rows)
        done += len(rows)
        if progress is not None:
            progress(table.name, done, total)
    if pending:
        from sqlalchemy import bindparam

        stmt = table.update().where(table.c.id == bindparam("_id")).values({n: bindparam(n) for n in (*later, *kept)})
        for start in range(0, len(pending), BATCH):
            target.execute(stmt, pending[start : start + BATCH])
    if progress is not None and total == 0:
        progress(table.name, 0, 0)


def _reset_sequences(target: Connection) -> None:
    if target.dialect.name != "postgresql":
        return
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].name != "id":
            continue
        target.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
            )
        )


def copy_to(db: Database, target: str, *, force: bool = False, progress: Progress | None = None) -> CopyResult:
    """Copy every row of ``db`` into the database ``target`` (a file path or SQLAlchemy URL)."""
    url = resolve_target(target)
    path = sqlite_path(url)
    if path is not None and db.path is not None and path.exists() and path.resolve() == db.path.resolve():
        raise CopyRefused("Quelle und Ziel sind dieselbe Datenbank. Bitte ein anderes Ziel angeben.")
    destination = open_database(target, create=True, role="Befehl 'copy-to'")
    try:
        if destination.url == db.url:
            raise CopyRefused("Quelle und Ziel sind dieselbe Datenbank. Bitte ein anderes Ziel angeben.")
        tables = _tables()
        with db.engine.connect() as source, destination.engine.connect() as sink:
            source_tx = source.begin()  # one snapshot of the source for the whole copy
            try:
                with sink.begin():
                    counts = _row_counts(sink)
                    filled = {name: n for name, n in counts.items() if n}
                    if filled and not force:
                        listed = ", ".join(f"{name}: {n}" for name, n in sorted(filled.items()))
                        raise CopyRefused(
                            f"Die Ziel-Datenbank {destination.location} ist nicht leer ({listed}). "
                            "Kopiert wird nur in eine leere Datenbank; mit --force werden ihre Zeilen vorher gelöscht."
                        )
                    for table in reversed(tables):
                        if filled.get(table.name):
                            sink.execute(table.delete())
                    for table in tables:
                        _copy_table(source, sink, table, progress)
                    _reset_sequences(sink)
                    wanted = table_checksums(source, tables)
                    got = table_checksums(sink, tables)
                    wrong = [name for name in wanted if wanted[name] != got.get(name)]
                    if wrong:
                        raise CopyRefused(
                            f"Die Kopie stimmt nicht mit der Quelle überein (Tabelle {', '.join(wrong)}); "
                            "es wurde nichts gespeichert."
                        )
            finally:
                source_tx.rollback()
        return CopyResult(
            source=db.location,
            target=destination.location,
            tables=tuple(TableCopy(name, rows, digest) for name, (rows, digest) in wanted.items()),
        )
    finally:
        destination.dispose()
