"""Opening a database: resolve the location, check it, back it up, migrate it, hand out sessions.

``open_database()`` is the one entry point for the CLI, the UI and tests::

    db = open_database("/path/to/kidesk.sqlite")
    with db.session() as session:      # commits on success, rolls back on error
        session.add(Contact(last_name="Yılmaz"))

SQLite is the default (one file in the user's data directory). Every connection gets
``journal_mode=WAL`` (readers do not block the writer), ``foreign_keys=ON`` (SQLite's
default is OFF!), ``busy_timeout`` (a second kidesk window waits instead of failing) and
``secure_delete=ON`` (erased personal data is overwritten, not left in free pages).

Before a migration the file is copied with SQLite's online backup API (consistent even
with a WAL file beside it) into ``backups/`` next to the database. A database whose schema
revision this program does not know is refused and left untouched: we read its revision
through a read-only connection before any pragma could write to it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from kidesk import paths
from kidesk.db import collation, migrate
from kidesk.errors import DatabaseCorrupt, DatabaseNotFound, DatabaseNotWritable, SchemaTooNew

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_BACKUPS = 10


def resolve_target(value: str | os.PathLike[str] | None) -> str:
    """An SQLAlchemy URL for ``--db``/``KIDESK_DB``/the default location.

    A value containing ``://`` is taken as a URL, anything else as a file path.
    """
    if value is None:
        value = os.environ.get("KIDESK_DB") or paths.default_db_path()
    text = os.fspath(value)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None (in-memory or another database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.create_function(collation.SQL_FUNCTION, 1, collation.sort_key, deterministic=True)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, much faster than FULL
    finally:
        cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


@dataclass
class Database:
    """An open, migrated database: the engine, a session factory, and where it lives."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None
    backup_file: Path | None = None  # the copy taken before this start's migration, if any

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

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def location(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)


def _check_sqlite_file(path: Path, *, create: bool) -> bool:
    """Raise a clear error for a file we cannot use; return whether it already exists."""
    if path.exists():
        if path.is_dir():
            raise DatabaseNotFound(f"{path} ist ein Ordner, keine Datenbankdatei. Bitte eine Datei angeben.")
        if not os.access(path, os.R_OK):
            raise DatabaseNotWritable(f"Keine Leserechte für die Datenbank {path}. Bitte die Dateirechte prüfen.")
        size = path.stat().st_size
        if size == 0:
            return False  # an empty file is a new database (sqlite3 treats it so)
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
        if header != SQLITE_HEADER:
            raise DatabaseCorrupt(
                f"{path} ist keine kidesk-Datenbank (keine SQLite-Datei oder beschädigt). "
                "Bitte eine Sicherung aus dem Ordner 'backups' zurückspielen."
            )
        return True
    if not create:
        raise DatabaseNotFound(
            f"Die Datenbank {path} gibt es nicht. Bitte den Pfad prüfen oder mit 'kidesk --db {path} demo' anlegen."
        )
    parent = path.parent
    if not parent.exists():
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseNotWritable(
                f"Der Ordner {parent} kann nicht angelegt werden ({exc.strerror}). Bitte einen anderen Ort wählen."
            ) from exc
    if not os.access(parent, os.W_OK):
        raise DatabaseNotWritable(
            f"Im Ordner {parent} darf kidesk nicht schreiben. Bitte einen anderen Ort wählen oder die Rechte prüfen."
        )
    return False


def _read_revision_readonly(path: Path) -> str | None:
    """The Alembic revision stored in ``path``, read without changing a byte of the file."""
    uri = f"file:{path}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(f"{path} lässt sich nicht öffnen ({exc}).") from exc
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(
            f"{path} ist beschädigt ({exc}). Bitte eine Sicherung aus dem Ordner 'backups' zurückspielen."
        ) from exc
    finally:
        con.close()


def _has_user_tables(path: Path) -> bool:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0
    finally:
        con.close()


def backup_sqlite(path: Path, reason: str = "backup") -> Path:
    """Copy ``path`` with SQLite's online backup API into ``backups/``; keep the newest few."""
    target_dir = paths.backup_dir(path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{path.stem}-{stamp}-{reason}.sqlite"
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    _prune_backups(target_dir, path.stem)
    log.info("backup of %s written to %s", path, target)
    return target


def _prune_backups(directory: Path, stem: str) -> None:
    backups = sorted(directory.glob(f"{stem}-*.sqlite"))
    for old in backups[:-KEEP_BACKUPS]:
        with contextlib.suppress(OSError):
            old.unlink()


def open_database(target: str | os.PathLike[str] | None = None, *, create: bool = True) -> Database:
    """Open (and if needed create and migrate) the database named by ``target``.

    Raises :class:`~kidesk.errors.UserError` subclasses with clear messages for a missing
    file (``create=False``), an unwritable place, a corrupt file or a newer schema.
    """
    url = resolve_target(target)
    path = sqlite_path(url)
    existed = False
    if path is not None:
        existed = _check_sqlite_file(path, create=create)
        if existed:
            current = _read_revision_readonly(path)
            if current is not None and not migrate.is_known_revision(current):
                raise SchemaTooNew(
                    f"Die Datenbank {path} stammt von einer neueren kidesk-Version (Schema {current}). "
                    "Bitte kidesk aktualisieren; die Datei wurde nicht verändert."
                )
            if not os.access(path, os.W_OK):
                raise DatabaseNotWritable(
                    f"Die Datenbank {path} ist schreibgeschützt. Bitte die Dateirechte prüfen."
                )
    engine = make_engine(url)
    backup_file = None
    try:
        with engine.connect() as connection:
            current = migrate.current_revision(connection)
            if path is None and current is not None and not migrate.is_known_revision(current):
                raise SchemaTooNew(
                    f"Die Datenbank stammt von einer neueren kidesk-Version (Schema {current}). "
                    "Bitte kidesk aktualisieren."
                )
        if migrate.needs_upgrade(current):
            if path is not None and existed and _has_user_tables(path):
                backup_file = backup_sqlite(path, reason=f"before-{migrate.head_revision()}")
            migrate.upgrade(engine)
    except SADatabaseError as exc:
        engine.dispose()
        raise DatabaseCorrupt(
            f"Die Datenbank {path or url} ist beschädigt oder nicht lesbar ({exc.orig}). "
            "Bitte eine Sicherung aus dem Ordner 'backups' zurückspielen."
        ) from exc
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    return Database(url=url, engine=engine, session_factory=factory, path=path, backup_file=backup_file)
