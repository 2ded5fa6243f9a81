"""Every file kidesk writes for the user (PDFs, exports, calendars) goes through here.

Issue 12, item 3: an output can never destroy an input. :func:`check_target` refuses, with
one German line and before anything is written,

* the database this process has open, the default and the demo database, their ``-wal``,
  ``-shm``, ``-journal``, lock files and every file in their ``backups/`` folder;
* any name that looks like a database file (``*.sqlite``, ``*.db`` and companions);
* anything that exists and is not a regular file: a folder, a device (``/dev/full``), a
  FIFO, a socket, files under ``/proc`` or ``/sys``.

:func:`atomic_path` then hands out a temporary file in the same folder (created 0600 by
``mkstemp``: exports and PDFs are as private as the database, item 2) and renames it into
place only when writing succeeded; a failure leaves the old file untouched and no half file.
:func:`describe_os_error` turns an ``OSError`` (full disk, read-only, no rights, name too
long) into the same kind of line; the CLI's top level uses it too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from kidesk import paths
from kidesk.db import process_lock
from kidesk.domain.os_errors import os_reason
from kidesk.errors import UserError

DATABASE_NAME = re.compile(
    r"\.(sqlite3?|db)(-wal|-shm|-journal|\.lock(\.d)?|\.window\.lock|\.part)?$",
    re.IGNORECASE,
)
SIDE_NAMES = ("", "-wal", "-shm", "-journal", ".lock", ".lock.d", ".window.lock")
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")


class OutputRefused(UserError):
    """The chosen output file would overwrite something kidesk must not overwrite."""


def _protected_databases(extra: Iterable[Path] = ()) -> list[Path]:
    found = [*extra, *process_lock.files_in_use(), paths.default_db_path(), paths.demo_db_path()]
    env = os.environ.get("KIDESK_DB")
    if env and "://" not in env:
        found.append(Path(env))
    return found


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_target(path: str | os.PathLike[str], protect: Iterable[Path] = ()) -> Path:
    """The output path as given, or :class:`OutputRefused` with one line saying why not.

    ``protect`` names database files to guard besides those this process has open.
    """
    target = Path(os.fspath(path)).expanduser()
    text = os.fspath(target)
    if not text or text.endswith(os.sep):
        raise OutputRefused(f"„{text}“ ist kein Dateiname. Bitte einen Dateinamen angeben.")
    if "\x00" in text:
        raise OutputRefused("Der Dateiname enthält ein Nullzeichen. Bitte einen anderen Namen wählen.")
    real = Path(os.path.realpath(target))
    if any(real == Path(d) or Path(d) in real.parents for d in SYSTEM_FOLDERS):
        raise OutputRefused(f"{target} liegt in einem Systemordner ({real.parts[1]}). Bitte einen anderen Ort wählen.")
    for db in _protected_databases(protect):
        for suffix in SIDE_NAMES:
            side = db.with_name(db.name + suffix)
            if _same_file(target, side) or (side.exists() and real.parent == Path(os.path.realpath(side))):
                raise OutputRefused(
                    f"{target} ist die Datenbank {db} oder eine ihrer Hilfsdateien; kidesk überschreibt sie nicht. "
                    "Bitte einen anderen Dateinamen wählen."
                )
        backups = paths.backup_dir(db)
        if real.parent == Path(os.path.realpath(backups)):
            raise OutputRefused(
                f"{target} liegt im Sicherungsordner {backups}; dort schreibt nur die Sicherung. "
                "Bitte einen anderen Ort wählen."
            )
    if DATABASE_NAME.search(target.name) or DATABASE_NAME.search(real.name):
        raise OutputRefused(
            f"{target} ist der Name einer Datenbankdatei; kidesk überschreibt keine Datenbank. "
            "Bitte einen anderen Dateinamen wählen (z. B. mit .pdf, .csv, .xlsx)."
        )
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise describe_os_error(exc, target) from exc
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputRefused(f"{target} ist ein Ordner. Bitte einen Dateinamen angeben, z. B. {target / 'liste'}.")
        if not stat.S_ISREG(info.st_mode):
            raise OutputRefused(
                f"{target} ist keine gewöhnliche Datei (Gerät, Pipe oder Socket); kidesk schreibt nur in Dateien."
            )
    folder = target.parent
    if not folder.is_dir():
        raise OutputRefused(f"Den Ordner {folder} gibt es nicht. Bitte einen vorhandenen Ordner angeben.")
    return target


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A private temporary file beside ``path``; renamed onto ``path`` if the block succeeds."""
    target = check_target(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".kidesk-", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise describe_os_error(exc, target) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    done = False
    try:
        yield tmp
        _fsync(tmp)
        os.replace(tmp, target)
        done = True
    except OSError as exc:
        raise describe_os_error(exc, target) from exc
    finally:
        if not done:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _fsync(file: Path) -> None:
    fd = os.open(file, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and privately (0600); returns the path written."""
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
    return Path(os.fspath(path)).expanduser()


_OS_ERRORS = {
    errno.ENOSPC: "Der Datenträger ist voll. Bitte Platz schaffen oder einen anderen Ort wählen.",
    errno.EDQUOT: "Das Speicherkontingent ist erschöpft. Bitte Platz schaffen oder einen anderen Ort wählen.",
    errno.EROFS: "Der Datenträger ist schreibgeschützt. Bitte einen anderen Ort wählen.",
    errno.EACCES: "kidesk hat dort keine Schreibrechte, oder die Datei ist in einem anderen Programm (Excel?) "
    "geöffnet. Bitte die Datei schließen oder einen anderen Ort wählen.",
    errno.EPERM: "kidesk hat dort keine Schreibrechte. Bitte einen anderen Ort wählen oder die Rechte prüfen.",
    errno.ENAMETOOLONG: "Der Dateiname ist zu lang. Bitte einen kürzeren Namen wählen.",
    errno.ENOENT: "Den Ordner oder die Datei gibt es nicht. Bitte den Pfad prüfen.",
    errno.ENOTDIR: "Ein Teil des Pfads ist kein Ordner. Bitte den Pfad prüfen.",
    errno.EISDIR: "Das ist ein Ordner. Bitte einen Dateinamen angeben.",
    errno.EIO: "Lese-/Schreibfehler (Datenträger entfernt?). Bitte den Datenträger prüfen.",
    errno.ELOOP: "Der Pfad enthält zu viele symbolische Verknüpfungen.",
}


def describe_os_error(exc: OSError, path: str | os.PathLike[str] | None = None) -> UserError:
    """One German line for a file-system error; the file name only if it is short enough to show."""
    reason = _OS_ERRORS.get(exc.errno or -1, f"Der Zugriff ist fehlgeschlagen ({os_reason(exc)}).")
    where = path if path is not None else exc.filename
    shown = os.fspath(where) if where is not None else ""
    if len(shown) > 200:
        shown = shown[:100] + "…" + shown[-40:]
    return UserError(f"{shown}: {reason}" if shown else reason)
