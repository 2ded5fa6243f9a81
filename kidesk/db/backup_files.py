"""Backup files: consistent copies through SQLite's backup API, their names, their rotation.

A copy is taken with ``sqlite3.Connection.backup`` from a read-only connection — correct
with a WAL beside the database and with other programs writing — into a ``.part`` file
created 0600, then renamed into place, so a half-written copy never looks like a backup.
The live database is never read with Python's ``open()`` (see docs/DATA-SAFETY.md).

Names are ``<stem>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite``; the time in the name is what
rotation sorts by, so listing and pruning read no file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kidesk.db import sqlite_files

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_.-]+)\.sqlite$")
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
COPY_STEP_PAGES = 256  # pages per step of a copy with progress (1 MB at 4 kB pages)


@dataclass(frozen=True)
class Rotation:
    """How many backups to keep: the newest of each of the last N days, weeks and months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    all_of_last_hours: int = 24  # besides: every copy of the last day (before an import, a restore …)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: dt.datetime
    reason: str


def backup_name(stem: str, when: dt.datetime, reason: str) -> str:
    safe_reason = re.sub(r"[^A-Za-z0-9_.-]", "_", reason) or "backup"
    return f"{stem}-{when.strftime(STAMP_FORMAT)}-{safe_reason}.sqlite"


def parse_name(path: Path, stem: str | None = None) -> BackupFile | None:
    match = _NAME.match(path.name)
    if not match or (stem is not None and match["stem"] != stem):
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return BackupFile(path=path, taken=taken, reason=match["reason"])


def backups_in(directory: Path, stem: str | None = None) -> list[BackupFile]:
    """The backups in ``directory`` (of database ``stem`` if given), newest first; reads no file."""
    found = []
    with contextlib.suppress(OSError):
        for entry in directory.iterdir():
            parsed = parse_name(entry, stem)
            if parsed is not None and entry.is_file():
                found.append(parsed)
    return sorted(found, key=lambda b: b.taken, reverse=True)


def copy_database(source: Path, target: Path, step: Callable[[int, int], object] | None = None) -> Path:
    """Write a consistent copy of the SQLite database ``source`` to ``target`` (0600); return ``target``.

    ``step(pages_done, pages_total)`` is called after each few hundred pages; an exception it
    raises (a cancel) stops the copy and leaves no file behind.
    """
    sqlite_files.make_private_dir(target.parent)
    part = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    sqlite_files.create_private_file(part)
    try:
        src = sqlite_files.connect_raw(source, readonly=True)
        try:
            dst = sqlite3.connect(part)
            try:
                if step is None:
                    src.backup(dst)
                else:
                    src.backup(dst, pages=COPY_STEP_PAGES, progress=lambda _s, left, total: step(total - left, total))
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return target


def take_backup(
    source: Path,
    directory: Path,
    reason: str,
    rotation: Rotation | None = None,
    step: Callable[[int, int], object] | None = None,
) -> Path:
    """Copy ``source`` into ``directory`` under a dated name and prune old copies by ``rotation``."""
    now = dt.datetime.now()
    target = directory / backup_name(source.stem, now, reason)
    copy_database(source, target, step)
    prune(directory, source.stem, rotation or Rotation(), keep=target)
    log.info("backup of %s written to %s", source, target)
    return target


def to_keep(backups: list[BackupFile], rotation: Rotation, now: dt.datetime | None = None) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the newest N days, weeks and months."""
    ordered = sorted(backups, key=lambda b: b.taken, reverse=True)
    now = now or dt.datetime.now()
    recent = now - dt.timedelta(hours=rotation.all_of_last_hours)
    keep: set[Path] = {b.path for b in ordered if b.taken >= recent}
    buckets = (
        (rotation.daily, lambda t: t.date()),
        (rotation.weekly, lambda t: tuple(t.isocalendar())[:2]),
        (rotation.monthly, lambda t: (t.year, t.month)),
    )
    for count, bucket_of in buckets:
        seen: list[object] = []
        for backup in ordered:
            bucket = bucket_of(backup.taken)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(backup.path)
    if ordered:
        keep.add(ordered[0].path)  # the newest always stays
    return keep


def prune(directory: Path, stem: str, rotation: Rotation, keep: Path | None = None) -> list[Path]:
    backups = backups_in(directory, stem)
    kept = to_keep(backups, rotation)
    if keep is not None:
        kept.add(keep)
    removed = []
    for backup in backups:
        if backup.path not in kept:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


# -- PostgreSQL (issue 20): pg_dump / pg_restore ---------------------------------------------------------
# A server database is copied with the server's own tools, in their custom format (compressed, restorable
# table by table): ``<database>-<stamp>-<reason>.dump``, 0600 in a 0700 folder, rotated like the files
# above. The password never appears on a command line (``ps`` would show it): it goes in PGPASSWORD.

_SERVER_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_.-]+)\.dump$")


class ServerBackupUnavailable(RuntimeError):
    """pg_dump/pg_restore is not installed here (or failed); the message is one German line."""


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URI for ``url`` without its password, and the environment that carries the password."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password is not None:
        env["PGPASSWORD"] = str(parsed.password)
    uri = parsed.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    return uri, env


def server_tool(name: str) -> str:
    """The path of ``pg_dump``/``pg_restore``, or :class:`ServerBackupUnavailable` with one clear line."""
    import shutil

    found = shutil.which(name)
    if found is None:
        raise ServerBackupUnavailable(
            f"Für Sicherungen der Server-Datenbank wird das Programm {name} gebraucht; es ist auf diesem "
            "Rechner nicht installiert (Paket postgresql-client). Bitte die IT fragen."
        )
    return found


def server_stem(url: str) -> str:
    from sqlalchemy.engine import make_url

    return re.sub(r"[^A-Za-z0-9_.-]", "_", make_url(url).database or "kidesk") or "kidesk"


def server_backups_in(directory: Path, stem: str | None = None) -> list[BackupFile]:
    """The ``.dump`` backups in ``directory`` (of database ``stem`` if given), newest first."""
    found = []
    with contextlib.suppress(OSError):
        for entry in directory.iterdir():
            match = _SERVER_NAME.match(entry.name)
            if not match or (stem is not None and match["stem"] != stem) or not entry.is_file():
                continue
            with contextlib.suppress(ValueError):
                found.append(BackupFile(entry, dt.datetime.strptime(match["stamp"], STAMP_FORMAT), match["reason"]))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def take_server_backup(
    url: str,
    directory: Path,
    reason: str,
    rotation: Rotation | None = None,
    poll: Callable[[], object] | None = None,
) -> Path:
    """``pg_dump -Fc`` of the database ``url`` into ``directory`` under a dated name; prune by ``rotation``.

    ``poll`` is called about five times a second while pg_dump runs; an exception it raises (a
    cancel) stops pg_dump and leaves no file."""
    import subprocess

    tool = server_tool("pg_dump")
    if poll is not None:
        poll()  # a cancel before pg_dump starts
    stem = server_stem(url)
    safe_reason = re.sub(r"[^A-Za-z0-9_.-]", "_", reason) or "backup"
    target = directory / f"{stem}-{dt.datetime.now().strftime(STAMP_FORMAT)}-{safe_reason}.dump"
    sqlite_files.make_private_dir(directory)
    part = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    sqlite_files.create_private_file(part)
    uri, env = _libpq(url)
    try:
        with subprocess.Popen(
            [tool, "--format=custom", "--no-owner", "--no-privileges", "--file", str(part), "--dbname", uri],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        ) as proc:
            try:
                deadline = time.monotonic() + 3600
                while True:
                    try:
                        _out, errors = proc.communicate(timeout=0.2)
                        break
                    except subprocess.TimeoutExpired:
                        if time.monotonic() > deadline:
                            raise
                        if poll is not None:
                            poll()
            except BaseException:
                proc.kill()
                proc.wait()
                raise
        if proc.returncode != 0:
            raise ServerBackupUnavailable(f"pg_dump ist gescheitert: {_first_line(errors or '')}")
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    removed = [b.path for b in server_backups_in(directory, stem) if b.path not in _kept(directory, stem, rotation)]
    for path in removed:
        if path != target:
            with contextlib.suppress(OSError):
                path.unlink()
    log.info("backup of %s written to %s", stem, target)
    return target


def _kept(directory: Path, stem: str, rotation: Rotation | None) -> set[Path]:
    return to_keep(server_backups_in(directory, stem), rotation or Rotation())


def restore_server_backup(url: str, file: Path) -> None:
    """``pg_restore --clean`` of ``file`` into the database ``url``, in one transaction (all or nothing)."""
    import subprocess

    tool = server_tool("pg_restore")
    uri, env = _libpq(url)
    done = subprocess.run(
        [tool, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--dbname", uri,
         str(file)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )  # fmt: skip
    if done.returncode != 0:
        raise ServerBackupUnavailable(f"pg_restore ist gescheitert: {_first_line(done.stderr)}")


def list_server_backup(file: Path) -> str:
    """``pg_restore --list`` of ``file`` (raises :class:`ServerBackupUnavailable` if it is no pg_dump file)."""
    import subprocess

    tool = server_tool("pg_restore")
    done = subprocess.run([tool, "--list", str(file)], capture_output=True, text=True, check=False, timeout=600)
    if done.returncode != 0:
        raise ServerBackupUnavailable(f"keine lesbare Server-Sicherung: {_first_line(done.stderr)}")
    return done.stdout


def _first_line(text: str) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[0] if lines else "ohne Meldung"
