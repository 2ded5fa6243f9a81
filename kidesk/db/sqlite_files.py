"""The SQLite file on disk: connecting safely, checking what a file is, protecting it, naming errors.

Two rules from docs/DATA-SAFETY.md are kept here:

* **Only SQLite opens the database file.** Nothing in kidesk reads the database, its ``-wal``
  or ``-shm`` with Python's ``open()``: on Linux and macOS closing *any* descriptor of the
  file drops every SQLite lock the process holds (sqlite.org, "How To Corrupt An SQLite
  Database File", § 2.2). What a file is (empty, not SQLite, a foreign SQLite file) is found
  out with ``os.stat`` and a read-only SQLite connection; SQLite itself defers closing a
  descriptor while its process still holds locks on that file.
* **No kidesk connection ever deletes the WAL.** Every connection sets
  ``SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE``: the last connection to close neither checkpoints nor
  deletes ``-wal``/``-shm``. If some process's locks were dropped after all, another
  process that wrongly thinks it is the last user cannot pull the WAL away from under it.
  ``journal_size_limit`` keeps the WAL that stays behind small.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from kidesk.errors import DatabaseCorrupt, DatabaseNotFound, DatabaseNotWritable, UserError

BUSY_TIMEOUT_MS = 5000  # the window: a short wait, then a message
MAX_BUSY_TIMEOUT_MS = 24 * 3600 * 1000
_busy_timeout_ms: int | None = None
JOURNAL_SIZE_LIMIT = 8 * 1024 * 1024  # bytes the WAL is cut back to after a checkpoint
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


class ForeignDatabase(UserError):
    """An SQLite file that is not a kidesk database (no ``alembic_version`` table)."""

    exit_code = 3


class EmptyDatabaseFile(UserError):
    """A zero-byte file where a database was expected."""

    exit_code = 3


class DatabaseBusy(UserError):
    exit_code = 5


class DatabaseFileLost(UserError):
    """The WAL this process writes to is no longer the file on disk (deleted or replaced)."""

    exit_code = 6


def set_busy_timeout(seconds: float | None) -> None:
    """How long this process waits for another program's write lock (``None``: the default).

    The command line waits longer than the window (``--wait``/``KIDESK_BUSY_TIMEOUT``): a
    second process's ``hours add`` during a long import should wait, not fail.
    """
    global _busy_timeout_ms
    _busy_timeout_ms = None if seconds is None else max(0, min(int(seconds * 1000), MAX_BUSY_TIMEOUT_MS))


def busy_timeout_ms() -> int:
    """The wait for a lock in milliseconds: :func:`set_busy_timeout`, else ``BUSY_TIMEOUT_MS``."""
    return BUSY_TIMEOUT_MS if _busy_timeout_ms is None else _busy_timeout_ms


def keep_wal_on_close(con: sqlite3.Connection) -> None:
    """The connection-level guarantee: closing this connection never checkpoints or deletes the WAL."""
    con.setconfig(sqlite3.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, True)


def connect_raw(path: Path, *, readonly: bool = True) -> sqlite3.Connection:
    """A plain sqlite3 connection to a kidesk file (for backups, checks), with the same WAL rule."""
    uri = f"file:{path}?mode={'ro' if readonly else 'rw'}"
    con = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms() / 1000)
    keep_wal_on_close(con)
    return con


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def wal_inode(path: Path) -> int | None:
    """The inode of ``path``'s WAL as it is on disk now (``None`` if there is none)."""
    try:
        return os.stat(side_file(path, "-wal")).st_ino
    except FileNotFoundError:
        return None


# -- what is this file? -------------------------------------------------------------------------------
def inspect_existing(path: Path) -> None:
    """Raise a clear error for an existing file kidesk must not open as its database.

    Reads nothing with ``open()``: size from ``os.stat``, the rest through a read-only SQLite
    connection, which changes no byte of the file.
    """
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseNotFound(f"{path} ist ein Ordner, keine Datenbankdatei. Bitte eine Datei angeben.")
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseNotFound(f"{path} ist keine gewöhnliche Datei. Bitte eine Datenbankdatei angeben.")
    if not os.access(path, os.R_OK):
        raise DatabaseNotWritable(f"Keine Leserechte für die Datenbank {path}. Bitte die Dateirechte prüfen.")
    if info.st_size == 0:
        raise EmptyDatabaseFile(
            f"{path} ist eine leere Datei (0 Bytes), keine kidesk-Datenbank; sie bleibt unverändert. "
            "Bitte die richtige Datei angeben oder die leere Datei löschen."
        )
    try:
        con = connect_raw(path, readonly=True)
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise DatabaseCorrupt(
                f"{path} ist keine kidesk-Datenbank (keine SQLite-Datei oder beschädigt); sie bleibt unverändert."
                f"{backup_hint(path)}"
            ) from exc
        raise explain(exc, path) from exc
    finally:
        con.close()
    if tables and "alembic_version" not in tables:
        raise ForeignDatabase(
            f"{path} ist eine SQLite-Datenbank eines anderen Programms (Tabellen: "
            f"{', '.join(sorted(tables)[:5])}{' …' if len(tables) > 5 else ''}), keine kidesk-Datenbank. "
            "Sie bleibt unverändert; bitte die richtige Datei angeben."
        )


def read_revision(path: Path) -> str | None:
    """The Alembic revision stored in ``path``, read without changing a byte of the file."""
    try:
        con = connect_raw(path, readonly=True)
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    try:
        has_table = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    finally:
        con.close()


def quick_check(path: Path) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong with ``path`` (first problem), or ``None`` when it is sound.

    Read-only; a busy file counts as sound (the writer holding it is not our concern here).
    """
    try:
        con = connect_raw(path, readonly=True)
    except sqlite3.Error:
        return None  # cannot even open it read-only: the regular open names the cause
    try:
        rows = [str(row[0]) for row in con.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:
        primary = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return None
        return str(exc)
    finally:
        con.close()
    return None if rows == ["ok"] else "; ".join(rows)


def corrupt_message(path: Path, problem: str) -> str:
    return (
        f"Die Datenbank {path} ist beschädigt (quick_check: {problem[:120]}); kidesk speichert darin nichts mehr, "
        f"damit der Schaden nicht wächst. 'kidesk --db {path} check' zeigt Einzelheiten.{backup_hint(path)}"
    )


def has_user_tables(path: Path) -> bool:
    con = connect_raw(path, readonly=True)
    try:
        return con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0
    finally:
        con.close()


# -- errors -------------------------------------------------------------------------------------------
def backup_hint(path: Path | None) -> str:
    if path is None:
        return ""
    return (
        f" Sicherungen liegen im Ordner {path.parent / 'backups'}; "
        f"zurückspielen mit: kidesk --db {path} restore SICHERUNG"
    )


def explain(exc: BaseException, path: Path | None) -> UserError:
    """One clear line for an SQLite error: corrupt only when SQLite says corrupt.

    A read-only folder, a full disk or a lock held elsewhere are not "beschädigt".
    """
    code = getattr(exc, "sqlite_errorcode", None)
    name = path if path is not None else "die Datenbank"
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_FULL:
        return DatabaseNotWritable(
            f"Der Datenträger mit {name} ist voll. Bitte Platz schaffen; es wurde nichts halb gespeichert."
        )
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        return DatabaseNotWritable(
            f"kidesk darf {name} oder den Ordner daneben nicht lesen oder beschreiben "
            "(schreibgeschützt?). Bitte die Rechte prüfen oder einen anderen Ort wählen."
        )
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseBusy(
            f"{name} ist gerade von einem anderen Programm gesperrt. Bitte kurz warten und erneut versuchen."
        )
    if primary == sqlite3.SQLITE_IOERR:
        return DatabaseNotWritable(
            f"Lese-/Schreibfehler bei {name} (Datenträger entfernt oder voll?). Bitte den Datenträger prüfen."
        )
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseCorrupt(f"Die Datenbank {name} ist beschädigt ({exc}).{backup_hint(path)}")
    return DatabaseCorrupt(f"Die Datenbank {name} ist nicht lesbar ({exc}).{backup_hint(path)}")


# -- permissions ----------------------------------------------------------------------------------------
def make_private_dir(directory: Path) -> None:
    """Create ``directory`` (0700 on POSIX) or tighten it if it is ours."""
    directory.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    tighten(directory, PRIVATE_DIR)


def tighten(path: Path, mode: int) -> None:
    """Remove group/other access from a file or folder this user owns (chmod never opens the file)."""
    if os.name != "posix":
        return  # Windows: the user's profile folder already keeps other accounts out
    with contextlib.suppress(OSError):
        info = os.stat(path)
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(path, stat.S_IMODE(info.st_mode) & mode)


def create_private_file(path: Path) -> None:
    """An empty file readable only by this user, for SQLite to fill (SQLite gives -wal/-shm the same mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)


def tighten_database_files(path: Path) -> None:
    tighten(path, PRIVATE_FILE)
    for suffix in SIDE_SUFFIXES:
        side = side_file(path, suffix)
        if side.exists():
            tighten(side, PRIVATE_FILE)
