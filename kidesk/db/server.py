"""A database server (PostgreSQL) instead of an SQLite file: engine, migration lock, write lock, messages.

What differs from a file (issue 20; docs/POSTGRESQL.md): no pragmas, no WAL, no process lock
beside a file, no quick_check — the server does locking, durability and integrity itself. What
takes the place of SQLite-only parts:

* a migration at start-up runs under an advisory lock (two workstations starting a new kidesk
  version at once migrate one after the other) and after a ``pg_dump`` copy when the database
  already held data (:func:`upgrade`);
* :func:`kidesk.db.database.begin_write` takes a transaction-scoped advisory lock, the server's
  counterpart of SQLite's ``BEGIN IMMEDIATE`` (:data:`WRITE_LOCK_KEY`);
* after an erasure, :func:`vacuum` removes the dead rows and their index entries at once instead
  of whenever autovacuum comes by.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from kidesk import paths
from kidesk.db import backup_files
from kidesk.db import revisions as migrate
from kidesk.errors import DatabaseNotFound, DatabaseNotWritable

log = logging.getLogger(__name__)


def make_engine(url: str, *, connect_timeout: int | None = None) -> Engine:
    """An engine for a database server (PostgreSQL): none of the SQLite set-up applies.

    No pragmas, no busy waiter (the server queues writers itself), no WAL watch. ``pool_pre_ping``
    checks a pooled connection before use, so a workstation whose connection the server or the
    network dropped overnight reconnects instead of failing the first click. Sessions stay short
    (each service opens, commits and closes its own), so an idle window holds no transaction;
    ``application_name`` names kidesk in ``pg_stat_activity`` for IT.
    """
    connect_args: dict[str, Any] = {}
    if make_url(url).get_backend_name() == "postgresql":
        connect_args["application_name"] = "kidesk"
        if connect_timeout is not None:  # libpq's seconds to wait for a server that does not answer
            connect_args["connect_timeout"] = connect_timeout
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def check_reachable(url: str, timeout: int = 8) -> None:
    """Connect once and run ``SELECT 1``; raises :class:`DatabaseNotFound` (:func:`explain`) if not.

    Used before a workstation is pointed at a server (the settings dialog), so a mistyped
    address or password is said at once and not only at the next start."""
    engine = make_engine(url, connect_timeout=timeout)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as exc:
        raise explain(exc, url) from None
    finally:
        engine.dispose()


def is_server(url: str) -> bool:
    """True for a database server URL (PostgreSQL), False for an SQLite file or memory."""
    return make_url(url).get_backend_name() != "sqlite"


#: the key of the PostgreSQL advisory lock a migration holds, so two workstations starting a new
#: kidesk version at once migrate one after the other (the second finds the schema current)
MIGRATION_LOCK_KEY = 0x6B69_6465  # "kide"
#: the key of the advisory lock :func:`begin_write` takes on PostgreSQL (SQLite's BEGIN IMMEDIATE)
WRITE_LOCK_KEY = 0x6B69_6477  # "kidw"


def upgrade(engine: Engine, url: str, existed: bool) -> Path | None:
    """Migrate a server database under an advisory lock, after a ``pg_dump`` backup if it held data.

    Returns the backup file, or None (an empty database, or ``KIDESK_MIGRATE_WITHOUT_BACKUP=1``).
    Without ``pg_dump`` on this workstation the migration is refused with one German line, as a
    file is never migrated without a copy either: a workstation that has the tool (or IT, whose
    server backups make the override safe) migrates once, then every workstation starts.
    """
    from kidesk.db.migrate import upgrade

    with engine.connect() as lock_connection:
        lock_connection.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})")
        lock_connection.commit()
        try:
            with engine.connect() as connection:
                current = migrate.current_revision(connection)
            if not migrate.needs_upgrade(current):
                return None  # another workstation migrated while we waited
            backup_file = None
            if existed and current is not None:
                try:
                    backup_file = backup_files.take_server_backup(
                        url, paths.data_dir() / "backups", f"before-{migrate.head_revision()}"
                    )
                except backup_files.ServerBackupUnavailable as exc:
                    if os.environ.get("KIDESK_MIGRATE_WITHOUT_BACKUP") != "1":
                        raise DatabaseNotWritable(
                            "Die Datenbank muss für diese kidesk-Version umgestellt werden; vorher wird sie "
                            f"gesichert, und das geht hier nicht: {exc}"
                        ) from None
                    log.warning("no backup before migrating %s: %s", make_url(url).database, exc)
            upgrade(engine)
            return backup_file
        finally:
            lock_connection.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})")
            lock_connection.commit()


def explain(exc: BaseException, url: str) -> DatabaseNotFound:
    """One line for a server that cannot be reached or refuses us (the driver's first line kept)."""
    where = make_url(url).render_as_string(hide_password=True)
    reason = error_reason(exc)  # the driver's line, without SQLAlchemy's "(psycopg.OperationalError)"
    return DatabaseNotFound(
        f"Die Datenbank {where} ist nicht erreichbar oder verweigert den Zugang ({reason}). "
        "Bitte Adresse, Benutzer und Passwort prüfen oder die IT fragen."
    )


#: the tables that hold personal data, vacuumed after an erasure
PERSONAL_TABLES = (
    "contacts",
    "affiliations",
    "participations",
    "participation_status_changes",
    "volunteers",
    "volunteer_engagements",
    "volunteer_hours",
    "volunteer_languages",
    "consents",
    "audit_log",
    "search_index",
)


def vacuum(engine: Engine) -> bool:
    """``VACUUM`` the personal-data tables: erased rows and their index entries are removed now.

    VACUUM cannot run inside a transaction, so on an autocommit connection; it needs to own the
    tables (the role that ran the migrations). False (logged) if the server refused.
    """
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM " + ", ".join(PERSONAL_TABLES))
    except Exception as exc:  # a missing right or a lock: the erasure itself is committed already
        log.warning("VACUUM after erasure failed: %s", exc)
        return False
    return True


def error_reason(exc: BaseException) -> str:
    """One line of a database error for a message: PostgreSQL's primary message without its DETAIL
    (which quotes the failing row, i.e. personal data); SQLite's text as it is (already one line)."""
    orig = getattr(exc, "orig", None) or exc
    primary = getattr(getattr(orig, "diag", None), "message_primary", None)
    if primary:
        return str(primary)
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__
