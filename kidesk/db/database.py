"""Opening a database: resolve the location, check it, back it up, migrate it, hand out sessions.

``open_database()`` is the one entry point for the CLI, the UI and tests::

    db = open_database("/path/to/kidesk.sqlite")
    with db.session() as session:      # commits on success, rolls back on error
        session.add(Contact(last_name="Yılmaz"))

SQLite is the default (one file in the user's data directory). Every connection gets
``journal_mode=WAL`` (readers do not block the writer), ``foreign_keys=ON`` (SQLite's
default is OFF!), ``busy_timeout`` (a second kidesk process waits instead of failing),
``secure_delete=ON`` (erased personal data is overwritten, not left in free pages) and
``NO_CKPT_ON_CLOSE`` (closing never deletes the WAL; see :mod:`kidesk.db.sqlite_files`).

What is refused, unchanged: a zero-byte file (unless creating), a file that is not SQLite,
an SQLite file of another program, a schema revision this program does not know. What a
file is, is found out without Python's ``open()`` — only SQLite opens the database file
(docs/DATA-SAFETY.md explains why).

Every process announces its use of the file with a shared lock beside it
(:mod:`kidesk.db.process_lock`); a migration needs that lock alone and is preceded by a
backup through SQLite's backup API into ``backups/``. At every commit the connection checks
that its WAL is still the file on disk and stops with :class:`DatabaseFileLost` if not.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, String, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError as SAOperationalError
from sqlalchemy.orm import Session, sessionmaker

from kidesk import paths
from kidesk.db import audit, backup_files, collation, process_lock, server, sqlite_files
from kidesk.db import revisions as migrate  # Alembic itself only when an upgrade runs
from kidesk.db.sqlite_files import DatabaseBusy, DatabaseFileLost, busy_timeout_ms
from kidesk.domain.control_chars import FORBIDDEN as _CONTROL_CHARS
from kidesk.domain.control_chars import strip_control
from kidesk.domain.os_errors import os_reason
from kidesk.errors import DatabaseCorrupt, DatabaseNotFound, DatabaseNotWritable, SchemaTooNew

log = logging.getLogger(__name__)
# Log records of kidesk go to the handlers the program installs (the window's kidesk.log), never
# through logging's last-resort handler to stderr: a command's stderr is its one error line.
logging.getLogger("kidesk").addHandler(logging.NullHandler())


def resolve_target(value: str | os.PathLike[str] | None) -> str:
    """An SQLAlchemy URL for ``--db``/``KIDESK_DB``/the default location.

    A value containing ``://`` is taken as a URL, anything else as a file path.
    """
    if value is None:
        value = os.environ.get("KIDESK_DB") or _chosen_server() or paths.default_db_path()
    text = os.fspath(value)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _chosen_server() -> str | None:
    """A server URL written into the workstation's ``datenbank-ort.txt`` (IT's roll-out), else None.

    :func:`kidesk.paths.default_db_path` reads that file as a path, which would fold ``//``."""
    try:
        chosen = (paths.data_dir() / paths.DB_POINTER_FILENAME).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return chosen if "://" in chosen else None


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None (in-memory or another database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


class BusyWaiter(Protocol):
    """Told while a statement waits for another program's write lock (the window shows a message)."""

    def waiting(self, seconds: float) -> bool:
        """Still waiting after ``seconds``; return False to give up (the user cancelled)."""

    def done(self) -> None:
        """The lock came free (or the wait was given up): take the message away."""


@dataclass
class BusyWait:
    """Per engine: who is told while a statement waits, and how long SQLite itself waits per try."""

    waiter: BusyWaiter | None = None
    poll_ms: int = 100

    def timeout_ms(self) -> int:
        return self.poll_ms if self.waiter is not None else busy_timeout_ms()


CANCELLED_WAIT = (
    "Abgebrochen: die Datenbank wurde von einem anderen kidesk-Programm benutzt. "
    "Es wurde nichts gespeichert; bitte später noch einmal versuchen."
)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return "locked" in str(exc)
    # SQLITE_BUSY_SNAPSHOT (517): this transaction read an old snapshot; waiting cannot help
    return code & 0xFF == sqlite3.SQLITE_BUSY and code != 517


def _retrying(connection: Any, call: Any) -> Any:
    """Run ``call``; while SQLite answers BUSY and a waiter is installed, tell it and try again.

    A statement that got SQLITE_BUSY changed nothing, so trying it again is what SQLite's own
    busy handler does — only here the window gets control between the tries.
    """
    started: float | None = None
    busy: BusyWait | None = getattr(connection, "kidesk_busy", None)
    try:
        while True:
            try:
                return call()
            except sqlite3.OperationalError as exc:
                if busy is None or busy.waiter is None or not _is_busy(exc):
                    raise
                if started is None:
                    started = time.monotonic()
                if not busy.waiter.waiting(time.monotonic() - started):
                    raise DatabaseBusy(CANCELLED_WAIT) from None
    finally:
        if started is not None and busy is not None and busy.waiter is not None:
            busy.waiter.done()


class WaitingCursor(sqlite3.Cursor):
    """A cursor whose statements wait visibly for a lock (see :func:`_retrying`)."""

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        return _retrying(self.connection, lambda: sqlite3.Cursor.execute(self, sql, parameters))

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> Any:
        rows = seq_of_parameters if isinstance(seq_of_parameters, list | tuple) else list(seq_of_parameters)
        return _retrying(self.connection, lambda: sqlite3.Cursor.executemany(self, sql, rows))


class WaitingConnection(sqlite3.Connection):
    """The DB-API connection kidesk's engines use: its cursors wait visibly for a lock."""

    kidesk_busy: BusyWait | None = None

    def cursor(self, factory: Any = WaitingCursor) -> Any:
        return super().cursor(factory)

    def commit(self) -> None:
        _retrying(self, super().commit)


#: ``kidesk_sortkey`` as SQLite calls it: once per row and page query, mostly for the same names,
#: so the keys are remembered (a list of 100 000 contacts sorts 5-10× faster the second time).
cached_sort_key = functools.lru_cache(maxsize=1 << 16)(collation.sort_key)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    sqlite_files.keep_wal_on_close(dbapi_connection)
    dbapi_connection.create_function(collation.SQL_FUNCTION, 1, cached_sort_key, deterministic=True)
    busy = getattr(dbapi_connection, "kidesk_busy", None)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy.timeout_ms() if busy else busy_timeout_ms()}")
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, much faster than FULL
        cursor.execute(f"PRAGMA journal_size_limit={sqlite_files.JOURNAL_SIZE_LIMIT}")
    finally:
        cursor.close()


_TEXT_COLUMNS: dict[Any, tuple[str, ...]] = {}


def _text_columns(mapper: Any) -> tuple[str, ...]:
    keys = _TEXT_COLUMNS.get(mapper)
    if keys is None:
        keys = tuple(
            attr.key for attr in mapper.column_attrs if any(isinstance(column.type, String) for column in attr.columns)
        )
        _TEXT_COLUMNS[mapper] = keys
    return keys


def strip_control_characters(session: Session, _context: object, _instances: object) -> None:
    """Every text a service writes loses its control characters (issue 12, item 6) — one place for all.

    Runs before each flush over the new and changed records' text columns (tab and newline
    stay; see :mod:`kidesk.domain.control_chars`), so an escape sequence typed, pasted or
    imported never reaches the file and later a terminal.
    """
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        keys = _text_columns(state.mapper)
        if not keys:
            continue
        changed = None if obj in session.new else state.committed_state
        for key in keys:
            if changed is not None and key not in changed:
                continue
            value = state.dict.get(key)
            if isinstance(value, str) and (_CONTROL_CHARS.search(value) or "\r" in value):
                setattr(obj, key, strip_control(value))


def _query_only(dbapi_connection: Any, _record: object) -> None:
    """A damaged file is read, never written (issue 12, item 4): SQLite itself refuses writes."""
    dbapi_connection.execute("PRAGMA query_only=ON")


def _refuse_writes(message: str) -> Any:
    def before_flush(session: Session, _context: object, _instances: object) -> None:
        if session.new or session.dirty or session.deleted:
            raise DatabaseCorrupt(message)

    return before_flush


def _checked_sqlite_path(url: str) -> Path | None:
    """:func:`sqlite_path`, with one clear line for an unknown scheme or a driver that is not installed."""
    scheme = url.split("://", 1)[0]
    try:
        parsed = make_url(url)
        parsed.get_dialect().import_dbapi()  # the driver module: missing drivers fail here
    except (ArgumentError, NoSuchModuleError) as exc:
        raise DatabaseNotFound(
            f"Unbekannte Datenbank-Adresse „{scheme}://…“. Bitte einen Dateipfad oder eine Adresse wie "
            "sqlite:///PFAD angeben."
        ) from exc
    except ModuleNotFoundError as exc:
        raise DatabaseNotFound(
            f"Für „{scheme}://…“ fehlt der Datenbanktreiber ({exc.name}). Bitte ihn installieren oder eine "
            "SQLite-Datei verwenden."
        ) from exc
    return sqlite_path(url)


def make_engine(url: str, busy: BusyWait | None = None) -> Engine:
    """An engine for ``url``; SQLite connections are :class:`WaitingConnection` s told about ``busy``."""
    if make_url(url).get_backend_name() != "sqlite":
        return server.make_engine(url)
    engine = create_engine(url, connect_args={"factory": WaitingConnection})
    holder = busy or BusyWait()

    def attach(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.kidesk_busy = holder
        record.info["kidesk_busy_ms"] = holder.timeout_ms()

    def checkout(dbapi_connection: Any, record: Any, _proxy: object) -> None:
        wanted = holder.timeout_ms()
        if record.info.get("kidesk_busy_ms") != wanted:  # the waiter was installed or removed
            dbapi_connection.execute(f"PRAGMA busy_timeout={wanted}")
            record.info["kidesk_busy_ms"] = wanted

    event.listen(engine, "connect", attach)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "checkout", checkout)
    return engine


@dataclass
class WalWatch:
    """Per engine: has any connection found its WAL replaced? Once lost, every commit is refused."""

    path: Path
    lost: str | None = None

    def on_connect(self, _dbapi_connection: object, record: Any) -> None:
        record.info["kidesk_wal_ino"] = sqlite_files.wal_inode(self.path)

    def on_commit(self, connection: Any) -> None:
        if self.lost is None:
            info = connection.connection.info
            current = sqlite_files.wal_inode(self.path)
            recorded = info.get("kidesk_wal_ino")
            if recorded is None:
                info["kidesk_wal_ino"] = current
            elif current != recorded:
                self.lost = (
                    f"Die Protokolldatei (WAL) der Datenbank {self.path} wurde von einem anderen Programm "
                    "gelöscht oder ersetzt. Damit nichts verloren geht, speichert kidesk ab jetzt nicht mehr: "
                    "bitte kidesk schließen und neu starten, dann die letzten Änderungen prüfen."
                )
                log.error(
                    "WAL of %s replaced under a running connection (inode %s -> %s)", self.path, recorded, current
                )
        if self.lost is not None:
            raise DatabaseFileLost(self.lost)


@dataclass
class Database:
    """An open, migrated database: the engine, a session factory, and where it lives."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None
    backup_file: Path | None = None  # the copy taken before this start's migration, if any
    wal_watch: WalWatch | None = None
    busy: BusyWait = field(default_factory=BusyWait)
    damaged: str | None = None  # why writes are refused (the file failed quick_check at open)
    _holds: list[Any] = field(default_factory=list, repr=False)  # process locks, released by dispose()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commit on success, roll back on any error (Home Assistant's session_scope)."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def wait_visibly(self, waiter: BusyWaiter | None, poll_ms: int = 100) -> None:
        """From now on a statement that meets another program's write lock tells ``waiter`` every
        ``poll_ms`` and keeps trying until the lock is free or the waiter gives up (the window's
        "bitte warten" message); ``None`` restores the plain busy timeout."""
        self.busy.waiter = waiter
        self.busy.poll_ms = poll_ms

    def hold(self, lock: Any) -> None:
        """Keep ``lock`` (anything with ``release()``) until :meth:`dispose`."""
        self._holds.append(lock)

    def dispose(self) -> None:
        """Close every connection and release the locks; the file is left complete on its own.

        Closing never deletes the WAL (``NO_CKPT_ON_CLOSE``), so a checkpoint first folds the
        WAL into the database file and truncates it — a normal, locked SQLite operation that
        gives up after a short wait if another program is still reading.
        """
        self.busy.waiter = None  # closing never waits for a message
        if self.path is not None and self.lost is None and self.path.exists():
            self.checkpoint()
        self.engine.dispose()
        while self._holds:
            self._holds.pop().release()

    def checkpoint(self, wait_ms: int = 250) -> bool:
        """Fold the WAL into the database file (TRUNCATE); False if others kept it busy."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA busy_timeout={wait_ms}")
                busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
                connection.exec_driver_sql(f"PRAGMA busy_timeout={self.busy.timeout_ms()}")
        except (SADatabaseError, SAOperationalError) as exc:
            log.info("checkpoint of %s failed: %s", self.path, exc)
            return False
        return bool(busy is not None and busy[0] == 0)

    @property
    def lost(self) -> str | None:
        """Why this database stopped writing (its WAL was replaced), or None."""
        return self.wal_watch.lost if self.wal_watch else None

    @property
    def location(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)


def begin_write(session: Session) -> None:
    """Take SQLite's write lock now (``BEGIN IMMEDIATE``), so a check and the insert it allows are one step.

    pysqlite (in its legacy transaction mode, which SQLAlchemy uses) begins a transaction
    only before the first INSERT/UPDATE/DELETE, so a rule read before the write would run
    outside the lock; SQLAlchemy's docs ("Serializable isolation / Savepoints / Transactional
    DDL" for pysqlite) describe the same gap. Issuing ``BEGIN IMMEDIATE`` ourselves on a
    connection that has no open transaction closes it: a second writer waits (busy timeout)
    until this session commits or rolls back, and then reads what this one stored. On a
    connection already in a transaction nothing is done (it wrote already, so it holds the lock).
    """
    damaged = session.info.get("kidesk_damaged")
    if damaged:
        raise DatabaseCorrupt(damaged)
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        # the server's equivalent of SQLite's one write lock: a transaction-scoped advisory lock,
        # so check-then-insert steps of two workstations run one after the other (READ COMMITTED
        # then shows the second what the first committed); released at commit or rollback
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({server.WRITE_LOCK_KEY})")
        return
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.driver_connection
    if raw is not None and not raw.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def backup_sqlite(path: Path, reason: str = "backup") -> Path:
    """Copy ``path`` with SQLite's online backup API into ``backups/`` (0600), rotated."""
    return backup_files.take_backup(path, paths.backup_dir(path), reason)


def _prepare_file(path: Path, *, create: bool) -> bool:
    """Check an existing file or make room for a new one; return whether a database already exists."""
    if path.exists() or path.is_symlink():
        if create and path.is_file() and path.stat().st_size == 0:
            return False  # an empty file someone asked us to create a database in
        sqlite_files.inspect_existing(path)
        return True
    if not create:
        raise DatabaseNotFound(
            f"Die Datenbank {path} gibt es nicht. Bitte den Pfad prüfen; eine neue, leere Datenbank legt "
            f"'kidesk --db {path}' (das Fenster) oder ein Import an. Zum Ausprobieren mit Beispieldaten: "
            "'kidesk --demo …' (eine eigene Demo-Datenbank, nie diese Datei)."
        )
    parent = path.parent
    try:
        if not parent.exists():
            sqlite_files.make_private_dir(parent)
    except OSError as exc:
        raise DatabaseNotWritable(
            f"Der Ordner {parent} kann nicht angelegt werden ({os_reason(exc)}). Bitte einen anderen Ort wählen."
        ) from exc
    if not os.access(parent, os.W_OK):
        raise DatabaseNotWritable(
            f"Im Ordner {parent} darf kidesk nicht schreiben. Bitte einen anderen Ort wählen oder die Rechte prüfen."
        )
    try:
        sqlite_files.create_private_file(path)
    except FileExistsError:
        pass  # created in the meantime by another kidesk process: SQLite sorts it out
    except OSError as exc:
        raise DatabaseNotWritable(f"{path} kann nicht angelegt werden ({os_reason(exc)}).") from exc
    return False


def open_database(
    target: str | os.PathLike[str] | None = None, *, create: bool = True, role: str = "Befehl"
) -> Database:
    """Open (and if needed create and migrate) the database named by ``target``.

    Raises :class:`~kidesk.errors.UserError` subclasses with clear messages for a missing
    file (``create=False``), an unwritable place, an empty, foreign or corrupt file, a newer
    schema, or a migration while another kidesk process has the file open. ``role`` names
    this process in the note other processes read ("Befehl 'import'", "kidesk-Fenster").
    """
    url = resolve_target(target)
    path = _checked_sqlite_path(url)
    existed = False
    use = None
    damaged = None
    if path is not None:
        existed = _prepare_file(path, create=create)
        if existed:
            problem = sqlite_files.quick_check(path)
            damaged = sqlite_files.corrupt_message(path, problem) if problem else None
            current = sqlite_files.read_revision(path)
            if current is not None and not migrate.is_known_revision(current):
                raise SchemaTooNew(
                    f"Die Datenbank {path} stammt von einer neueren kidesk-Version (Schema {current}). "
                    "Bitte kidesk aktualisieren; die Datei wurde nicht verändert."
                )
            if not os.access(path, os.W_OK):
                raise DatabaseNotWritable(f"Die Datenbank {path} ist schreibgeschützt. Bitte die Dateirechte prüfen.")
        use = process_lock.hold_shared(path, role)
    busy = BusyWait()
    try:
        engine = make_engine(url, busy)
    except BaseException:
        if use is not None:
            use.release()
        raise
    if damaged is not None:
        log.info("%s failed quick_check; opened for reading only", path)
        event.listen(engine, "connect", _query_only)
    watch = WalWatch(path) if path is not None else None
    if watch is not None:
        event.listen(engine, "connect", watch.on_connect)
        event.listen(engine, "commit", watch.on_commit)
    backup_file = None
    try:
        with engine.connect() as connection:
            current = migrate.current_revision(connection)
            if path is None and current is not None and not migrate.is_known_revision(current):
                raise SchemaTooNew(
                    f"Die Datenbank stammt von einer neueren kidesk-Version (Schema {current}). "
                    "Bitte kidesk aktualisieren."
                )
        if migrate.needs_upgrade(current) and damaged is not None:
            raise DatabaseCorrupt(damaged)
        if migrate.needs_upgrade(current):
            from kidesk.db.migrate import upgrade

            if path is None and server.is_server(url):
                backup_file = server.upgrade(engine, url, existed=current is not None)
            elif path is None:
                upgrade(engine)
            else:
                with process_lock.exclusive_use(path, "Die Umstellung der Datenbank auf die neue kidesk-Version"):
                    if existed and sqlite_files.has_user_tables(path):
                        backup_file = backup_sqlite(path, reason=f"before-{migrate.head_revision()}")
                    upgrade(engine)
        if path is not None:
            sqlite_files.tighten_database_files(path)
            if path.parent.resolve() == paths.data_dir().resolve():
                sqlite_files.tighten(path.parent, sqlite_files.PRIVATE_DIR)  # the data folder: 0700
    except (SADatabaseError, SAOperationalError) as exc:
        engine.dispose()
        if use is not None:
            use.release()
        if path is None and server.is_server(url):
            raise server.explain(exc.orig or exc, url) from exc
        raise sqlite_files.explain(exc.orig or exc, path) from exc
    except BaseException:
        engine.dispose()
        if use is not None:
            use.release()
        raise
    factory = sessionmaker(bind=engine, expire_on_commit=False, info={"kidesk_damaged": damaged})
    event.listen(factory, "before_flush", strip_control_characters)  # first: the audit sees clean values
    audit.install(factory)  # the audit trail and consent mirroring of issue 13, for every session
    if damaged is not None:
        event.listen(factory, "before_flush", _refuse_writes(damaged))
    db = Database(
        url=url,
        engine=engine,
        session_factory=factory,
        path=path,
        backup_file=backup_file,
        wal_watch=watch,
        busy=busy,
        damaged=damaged,
    )
    if use is not None:
        db.hold(use)
    return db
