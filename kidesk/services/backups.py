"""Backups a user can rely on: take, list, restore; daily, before migrations, imports and restores.

Every copy goes through SQLite's backup API (:mod:`kidesk.db.backup_files`): consistent with
a WAL beside the database and other programs writing, created 0600 in a 0700 folder. The
live database is never read with Python's ``open()``.

* :func:`create_backup` — now, into ``backups/`` beside the database (or a folder given), and
  also into the second folder if one is set (a network share, a USB stick).
* :func:`daily_backup` — the first start of each day; :func:`backup_before` — before an
  import or a restore (migrations back up in :func:`kidesk.db.database.open_database`).
* :func:`list_backups` — date, size, record counts, readable or not.
* :func:`restore_backup` — checks integrity and schema of the copy *before* touching
  anything, refuses while another kidesk process has the database open (naming it), keeps
  the replaced database as a backup, then copies the backup in through the backup API.

Rotation (7 daily, 4 weekly, 12 monthly by default) and the second folder are settings
stored in the database (:data:`ROTATION_KEY`, :data:`SECOND_FOLDER_KEY`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from kidesk import paths
from kidesk.db import backup_files, process_lock, revisions, sqlite_files
from kidesk.db import settings as db_settings
from kidesk.db.backup_files import Rotation
from kidesk.db.database import Database, resolve_target, sqlite_path
from kidesk.db.server import is_server
from kidesk.domain.os_errors import os_reason
from kidesk.errors import DatabaseCorrupt, SchemaTooNew, UserError
from kidesk.services import change_stamps
from kidesk.services.privacy import erasure as privacy_erasure
from kidesk.services.progress import Cancelled, Progress
from kidesk.services.progress import check as check_progress

log = logging.getLogger(__name__)

ROTATION_KEY = "backup.rotation"  # {"daily": 7, "weekly": 4, "monthly": 12}
SECOND_FOLDER_KEY = "backup.second_folder"  # str: a second folder every backup is also copied to
COUNTED_TABLES = {
    "contacts": "Kontakte",
    "organisations": "Organisationen",
    "events": "Veranstaltungen",
    "volunteers": "Ehrenamtliche",
}


class BackupProblem(UserError):
    exit_code = 3


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: dt.datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    revision: str | None = None
    problem: str | None = None  # why it cannot be restored, if it cannot

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    second_path: Path | None = None
    second_problem: str | None = None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_kept_as: Path | None
    counts: dict[str, int]
    erased_again: int = 0  # people of the erasure register found in the backup and erased again


def _path_of(db: Database | str | os.PathLike[str] | None) -> Path:
    path = db.path if isinstance(db, Database) else sqlite_path(resolve_target(db))
    if path is None:
        raise UserError("Sicherungen gibt es nur für Datenbankdateien (SQLite), nicht für eine Server-Datenbank.")
    return path


def backup_folder(db: Database | str | os.PathLike[str] | None) -> Path:
    if _server_url(db) is not None:
        return server_backup_folder()
    return paths.backup_dir(_path_of(db))


# -- settings ------------------------------------------------------------------------------------------
def rotation(db: Database) -> Rotation:
    with db.session() as session:
        value = db_settings.get(session, ROTATION_KEY) or {}
    default = Rotation()
    return Rotation(
        daily=int(value.get("daily", default.daily)),
        weekly=int(value.get("weekly", default.weekly)),
        monthly=int(value.get("monthly", default.monthly)),
    )


def set_rotation(db: Database, keep: Rotation) -> None:
    if min(keep.daily, keep.weekly, keep.monthly) < 0 or max(keep.daily, keep.weekly, keep.monthly) > 1000:
        raise UserError("Anzahl der aufzubewahrenden Sicherungen: bitte Zahlen von 0 bis 1000 angeben.")
    if keep.daily < 1:
        raise UserError("Mindestens eine tägliche Sicherung muss aufbewahrt werden.")
    with db.session() as session:
        db_settings.put(session, ROTATION_KEY, {"daily": keep.daily, "weekly": keep.weekly, "monthly": keep.monthly})


def second_folder(db: Database) -> Path | None:
    with db.session() as session:
        value = db_settings.get(session, SECOND_FOLDER_KEY)
    return Path(value) if value else None


def set_second_folder(db: Database, folder: str | os.PathLike[str] | None) -> None:
    value = None
    if folder:
        resolved = Path(folder).expanduser().resolve()
        if resolved == backup_folder(db).resolve():
            raise UserError("Der zweite Sicherungsordner muss ein anderer Ordner sein als der übliche.")
        value = str(resolved)
    with db.session() as session:
        db_settings.put(session, SECOND_FOLDER_KEY, value)


# -- taking backups ----------------------------------------------------------------------------------
def _steps(progress: Progress | None, part: int, parts: int) -> Callable[[int, int], None] | None:
    """The copy's page reports as ``progress`` of the whole (``part`` of ``parts`` copies, 0-based)."""
    if progress is None:
        return None

    def step(done: int, total: int) -> None:
        check_progress(progress, part * 1000 + (1000 * done) // max(total, 1), parts * 1000)

    return step


def create_backup(
    db: Database,
    directory: str | os.PathLike[str] | None = None,
    reason: str = "manuell",
    *,
    progress: Progress | None = None,
) -> BackupResult:
    """A backup now: into ``directory`` if given, else ``backups/`` plus the second folder if set.

    ``progress(done, total)`` follows the copy; answering ``False`` raises
    :class:`~kidesk.services.progress.Cancelled` and leaves no new backup file (also none in the
    second folder). The database is only read.
    """
    if db.path is None and is_server(db.url):
        return _create_server_backup(db, directory, reason, progress)
    path = _path_of(db)
    keep = rotation(db)
    second = second_folder(db) if directory is None else None
    parts = 2 if second is not None else 1
    check_progress(progress, 0, parts * 1000)
    try:
        if directory is not None:
            return BackupResult(
                backup_files.take_backup(path, Path(directory).expanduser(), reason, keep, _steps(progress, 0, 1))
            )
        primary = backup_files.take_backup(path, backup_folder(db), reason, keep, _steps(progress, 0, parts))
    except sqlite3.Error as exc:
        raise sqlite_files.explain(exc, path) from exc
    except OSError as exc:
        raise BackupProblem(f"Die Sicherung konnte nicht geschrieben werden: {os_reason(exc)}.") from exc
    if second is None:
        return BackupResult(primary)
    try:
        return BackupResult(primary, backup_files.take_backup(path, second, reason, keep, _steps(progress, 1, 2)))
    except Cancelled:
        with contextlib.suppress(OSError):
            primary.unlink()  # cancelled means no new backup at all
        raise
    except (OSError, sqlite3.Error) as exc:
        log.warning("second backup to %s failed: %s", second, exc)
        return BackupResult(primary, second_problem=f"Zweiter Sicherungsordner {second}: {exc}")


def backup_before(db: Database, what: str) -> BackupResult:
    """The copy taken before an import (``what="import"``) or a restore."""
    return create_backup(db, reason=f"vor-{what}")


def last_backup(db: Database | str | os.PathLike[str] | None) -> dt.datetime | None:
    server = _server_url(db)
    if server is not None:
        newest = backup_files.server_backups_in(server_backup_folder(), backup_files.server_stem(server))
        return newest[0].taken if newest else None
    path = _path_of(db)
    found = backup_files.backups_in(paths.backup_dir(path), path.stem)
    return found[0].taken if found else None


def daily_backup(db: Database, today: dt.date | None = None) -> BackupResult | None:
    """At the first start of a day: a backup if none was taken today. Never stops the start."""
    if db.path is None:
        return None
    today = today or dt.date.today()
    newest = last_backup(db)
    if newest is not None and newest.date() == today:
        return None
    try:
        with db.session() as session:  # an empty, brand-new database needs no copy
            if not session.execute(text("SELECT 1 FROM contacts LIMIT 1")).first():
                return None
        return create_backup(db, reason="taeglich")
    except UserError as exc:
        log.warning("daily backup of %s failed: %s", db.path, exc)
        return None


# -- looking at backups ------------------------------------------------------------------------------
def inspect_backup(file: str | os.PathLike[str]) -> BackupInfo:
    """What a backup holds and whether it can be restored (integrity, kidesk schema)."""
    path = Path(file).expanduser()
    parsed = backup_files.parse_name(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise BackupProblem(
            f"Die Sicherung {path} gibt es nicht oder sie ist nicht lesbar ({os_reason(exc)})."
        ) from exc
    taken = parsed.taken if parsed else dt.datetime.fromtimestamp(info.st_mtime)
    reason = parsed.reason if parsed else "-"
    counts: dict[str, int] = {}
    revision = None
    problem = None
    try:
        sqlite_files.inspect_existing(path)
        con = sqlite_files.connect_raw(path, readonly=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problem = "beschädigt: " + "; ".join(rows[:3])
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            for table in COUNTED_TABLES:
                if table in tables:
                    counts[table] = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        finally:
            con.close()
        if problem is None:
            if revision is None or "contacts" not in counts:
                problem = "keine vollständige kidesk-Datenbank"
            elif not revisions.is_known_revision(revision):
                problem = f"stammt von einer neueren kidesk-Version (Schema {revision})"
    except UserError as exc:
        problem = str(exc)
    except sqlite3.Error as exc:
        problem = f"nicht lesbar ({exc})"
    return BackupInfo(
        path=path, taken=taken, reason=reason, size=info.st_size, counts=counts, revision=revision, problem=problem
    )


def list_backups(db: Database | str | os.PathLike[str] | None, extra: Path | None = None) -> list[BackupInfo]:
    """The backups of the database, newest first (the usual folder and ``extra``)."""
    if _server_url(db) is not None:
        return _list_server_backups(str(_server_url(db)), extra)
    path = _path_of(db)
    folders = [paths.backup_dir(path)]
    if extra is not None and extra not in folders:
        folders.append(extra)
    found = [inspect_backup(b.path) for folder in folders for b in backup_files.backups_in(folder, path.stem)]
    return sorted(found, key=lambda b: b.taken, reverse=True)


# -- restoring ------------------------------------------------------------------------------------------
def restore_backup(
    db: Database | str | os.PathLike[str] | None,
    file: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
) -> RestoreResult:
    """Put the backup ``file`` in place of the database; the replaced one is kept as a backup.

    Nothing is changed unless the backup passes ``integrity_check`` and holds a kidesk schema
    this version knows, and no other kidesk process has the database open. ``db`` may be the
    running program's own :class:`Database`; its connections are closed and reopen afterwards.

    ``progress`` follows both copies. A cancel is honoured until the replaced database is kept
    (:class:`~kidesk.services.progress.Cancelled`, nothing changed, no stray copy); once the
    backup is being copied in, the copy runs to its end — stopping half-way would leave a
    half-restored database.
    """
    if _server_url(db) is not None:
        return _restore_server_backup(db, file, progress)
    target = _path_of(db)
    info = inspect_backup(file)
    if info.problem is not None:
        kind = SchemaTooNew if "neueren" in info.problem else DatabaseCorrupt
        raise kind(
            f"Die Sicherung {info.path} wird nicht zurückgespielt: {info.problem}. Die Datenbank bleibt, wie sie ist."
        )
    if info.path.resolve() == target.resolve():
        raise BackupProblem("Die Sicherung ist die Datenbank selbst; bitte eine Datei aus dem Sicherungsordner wählen.")
    if isinstance(db, Database):
        db.checkpoint()
        db.engine.dispose()  # our own connections; the engine reconnects on next use
    change_stamps.forget_gate(target)  # its change check may not keep the file it replaces
    erasures = privacy_erasure.register_of(target)  # read before the restore replaces it (issue 13)
    check_progress(progress, 0, 2000)
    with process_lock.exclusive_use(target, "Das Zurückspielen einer Sicherung"):
        kept = _keep_replaced(target, _steps(progress, 0, 2))  # a cancel here leaves no copy
        try:
            src = sqlite_files.connect_raw(info.path, readonly=True)
            try:
                if not target.exists():
                    sqlite_files.make_private_dir(target.parent)
                    sqlite_files.create_private_file(target)
                dst = sqlite_files.connect_raw(target, readonly=False)
                try:
                    if progress is None:
                        src.backup(dst)
                    else:  # reported, but no longer stoppable (see above)
                        report = progress
                        src.backup(
                            dst,
                            pages=backup_files.COPY_STEP_PAGES,
                            progress=lambda _s, left, total: report(
                                1000 + 1000 * (total - left) // max(total, 1), 2000
                            ),
                        )
                    dst.execute("PRAGMA journal_mode=WAL")
                    dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    dst.close()
            finally:
                src.close()
        except sqlite3.Error as exc:
            raise sqlite_files.explain(exc, target) from exc
        sqlite_files.tighten_database_files(target)
        if isinstance(db, Database) and revisions.needs_upgrade(info.revision):
            from kidesk.db import migrate

            migrate.upgrade(db.engine)
    erased_again = privacy_erasure.reapply_at(db if isinstance(db, Database) else target, erasures)
    return RestoreResult(restored_from=info.path, replaced_kept_as=kept, counts=info.counts, erased_again=erased_again)


def _keep_replaced(target: Path, step: Callable[[int, int], None] | None = None) -> Path | None:
    """Keep the database about to be replaced: a backup-API copy, or — if unreadable — the file moved aside."""
    if not target.exists() or os.stat(target).st_size == 0:
        return None
    folder = paths.backup_dir(target)
    try:
        return backup_files.take_backup(target, folder, "vor-wiederherstellung", step=step)
    except Cancelled:
        raise
    except (sqlite3.Error, UserError) as exc:
        log.warning("replaced database %s unreadable (%s); moving it aside", target, exc)
    sqlite_files.make_private_dir(folder)
    aside = folder / backup_files.backup_name(target.stem, dt.datetime.now(), "ersetzt-unlesbar")
    # no kidesk process has the file open (we hold it exclusively): moving the file with its
    # WAL keeps the pair together; nothing is read with open()
    os.replace(target, aside)
    for suffix in ("-wal", "-shm"):
        side = sqlite_files.side_file(target, suffix)
        if side.exists():
            with contextlib.suppress(OSError):
                os.replace(side, sqlite_files.side_file(aside, suffix))
    return aside


# -- a database server (PostgreSQL, issue 20) -----------------------------------------------------------
# Copies are made with the server's tools (pg_dump -Fc / pg_restore, :mod:`kidesk.db.backup_files`) into
# this workstation's data folder. Without them on PATH every backup action stops with one German line.
# No daily copy at start-up on a server: with several workstations each would dump the whole office
# database every morning; the server's own backups (IT) are the daily ones (docs/POSTGRESQL.md).


def _server_url(db: Database | str | os.PathLike[str] | None) -> str | None:
    url = db.url if isinstance(db, Database) else resolve_target(db)
    return url if is_server(url) else None


def server_backup_folder() -> Path:
    """Where this workstation keeps copies of the server database (``backups/`` in its data folder)."""
    return paths.data_dir() / "backups"


def _create_server_backup(
    db: Database, directory: str | os.PathLike[str] | None, reason: str, progress: Progress | None = None
) -> BackupResult:
    """pg_dump into the folder; pg_dump reports no steps, so ``progress`` sees (0, 0) — a busy bar —
    and a cancel stops pg_dump and leaves no file."""
    keep = rotation(db)
    folder = Path(directory).expanduser() if directory is not None else server_backup_folder()

    def poll() -> None:
        check_progress(progress, 0, 0)

    try:
        primary = backup_files.take_server_backup(db.url, folder, reason, keep, poll)
    except backup_files.ServerBackupUnavailable as exc:
        raise BackupProblem(str(exc)) from None  # message passed on: pg_dump/pg_restore problem, one German line
    except OSError as exc:
        raise BackupProblem(f"Die Sicherung konnte nicht geschrieben werden: {os_reason(exc)}.") from exc
    second = second_folder(db) if directory is None else None
    if second is None:
        return BackupResult(primary)
    try:
        return BackupResult(primary, backup_files.take_server_backup(db.url, second, reason, keep, poll))
    except Cancelled:
        with contextlib.suppress(OSError):
            primary.unlink()  # a cancel leaves no backup, also none in the first folder
        raise
    except (OSError, backup_files.ServerBackupUnavailable) as exc:
        log.warning("second backup to %s failed: %s", second, exc)
        return BackupResult(primary, second_problem=f"Zweiter Sicherungsordner {second}: {exc}")


def _list_server_backups(url: str, extra: Path | None) -> list[BackupInfo]:
    folders = [server_backup_folder()]
    if extra is not None and extra not in folders:
        folders.append(extra)
    stem = backup_files.server_stem(url)
    found = []
    for folder in folders:
        for backup in backup_files.server_backups_in(folder, stem):
            try:
                size = os.stat(backup.path).st_size
            except OSError:
                continue
            found.append(BackupInfo(path=backup.path, taken=backup.taken, reason=backup.reason, size=size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _restore_server_backup(
    db: Database | str | os.PathLike[str] | None, file: str | os.PathLike[str], progress: Progress | None = None
) -> RestoreResult:
    """pg_restore ``file`` into the server database; the current state is dumped first, erasures re-applied.
    A cancel is honoured while the current state is dumped (nothing changed, no stray dump), not during pg_restore."""
    from kidesk.db.database import open_database

    path = Path(file).expanduser()
    try:
        backup_files.list_server_backup(path)  # refuses anything that is not a pg_dump file, changes nothing
    except backup_files.ServerBackupUnavailable as exc:
        raise BackupProblem(f"Die Sicherung {path} wird nicht zurückgespielt: {exc}.") from None
    opened = db if isinstance(db, Database) else open_database(db, create=False, role="Wiederherstellung")
    try:
        erasures = privacy_erasure.register(opened)  # read before the restore replaces the table
        kept = _create_server_backup(opened, None, "vor-wiederherstellung", progress).path
        opened.engine.dispose()  # our own connections; the engine reconnects on next use
        try:
            backup_files.restore_server_backup(opened.url, path)
        except backup_files.ServerBackupUnavailable as exc:
            raise BackupProblem(f"{exc}. Die Datenbank ist unverändert (alles oder nichts).") from None
        with opened.engine.connect() as connection:
            restored = revisions.current_revision(connection)
        if restored is not None and not revisions.is_known_revision(restored):
            raise SchemaTooNew(f"Die Sicherung {path} stammt von einer neueren kidesk-Version (Schema {restored}).")
        if revisions.needs_upgrade(restored):
            from kidesk.db import migrate

            migrate.upgrade(opened.engine)
        counts = {}
        with opened.session() as session:
            for table in COUNTED_TABLES:
                counts[table] = int(session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
        erased_again = privacy_erasure.reapply_at(opened, erasures)
    finally:
        if opened is not db:
            opened.dispose()
    return RestoreResult(restored_from=path, replaced_kept_as=kept, counts=counts, erased_again=erased_again)
