"""Which kidesk processes use a database file: lock files beside it, independent of SQLite's own locks.

Why (see docs/DATA-SAFETY.md): SQLite's locks on Linux and macOS are POSIX advisory locks,
which belong to the *process* and vanish when the process closes *any* descriptor of the
database file (a file dialog that sniffs the file's type does exactly that). A second process
then believes it is alone. These locks are ``flock`` locks on separate files; they belong to
the open file description, so closing some other descriptor never releases them.

Two lock files sit beside ``kidesk.sqlite``:

``kidesk.sqlite.lock``
    Every kidesk process holds a *shared* lock while it has the database open.
    Restore and migration need it *exclusively* (:func:`exclusive_use`), so they refuse to
    run while anyone else has the file open. Each holder writes a line about itself into
    ``kidesk.sqlite.lock.d/<pid>`` so the refusal can say who it is.
``kidesk.sqlite.window.lock``
    The desktop window holds it exclusively for its lifetime, with its pid, user and start
    time written inside; a second window on the same file is refused with those details.

On Windows ``msvcrt.locking`` provides exclusive byte locks only: the window lock works the
same; the shared "users" lock is not available there, and SQLite's own (mandatory) Windows
locks — which a closed descriptor does not release — protect a restore instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kidesk.domain.os_errors import os_reason
from kidesk.errors import DatabaseNotWritable, UserError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    fcntl = None
else:
    import fcntl

    msvcrt = None


class DatabaseInUse(UserError):
    """Another kidesk process holds the database; the message names it."""

    exit_code = 5


def users_lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".lock")


def window_lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".window.lock")


def holders_dir(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".lock.d")


@dataclass(frozen=True)
class Holder:
    """A kidesk process that has a database open (what it wrote about itself)."""

    pid: int
    user: str
    started: str
    role: str  # "Fenster" or the command, e.g. "Befehl 'import'"

    def describe(self) -> str:
        return f"{self.role} (PID {self.pid}, Benutzer {self.user}, gestartet {self.started})"


def _me(role: str) -> Holder:
    try:
        user = getpass.getuser()
    except Exception:
        user = "?"
    return Holder(pid=os.getpid(), user=user, started=dt.datetime.now().strftime("%d.%m.%Y %H:%M:%S"), role=role)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) would terminate it there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, belongs to someone else
    return True


def _read_holder(file: Path) -> Holder | None:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        return Holder(int(data["pid"]), str(data["user"]), str(data["started"]), str(data["role"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_private(file: Path, text: str) -> None:
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


def other_holders(db_file: Path) -> list[Holder]:
    """The other live kidesk processes that announced they use ``db_file`` (window first)."""
    found: dict[int, Holder] = {}
    window = _read_holder(window_lock_path(db_file))
    if window is not None and window.pid != os.getpid() and _alive(window.pid) and _window_lock_taken(db_file):
        found[window.pid] = window
    directory = holders_dir(db_file)
    with contextlib.suppress(OSError):
        for entry in directory.iterdir():
            holder = _read_holder(entry)
            if holder is None or holder.pid == os.getpid() or holder.pid in found:
                continue
            if _alive(holder.pid):
                found[holder.pid] = holder
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()  # a crashed process's note
    return list(found.values())


def describe_others(db_file: Path) -> str:
    holders = other_holders(db_file)
    if not holders:
        return "ein anderes kidesk-Programm"
    return "; ".join(h.describe() for h in holders)


# -- the low-level lock primitives --------------------------------------------------------------------
def _open_lock_file(file: Path) -> int:
    return os.open(file, os.O_RDWR | os.O_CREAT, 0o600)


def _try_lock(fd: int, *, exclusive: bool) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    if not exclusive:  # pragma: no cover - Windows: no shared locks with msvcrt
        return True
    try:  # pragma: no cover - Windows
        os.lseek(fd, 1 << 20, os.SEEK_SET)  # lock a byte past the text, so the text stays readable
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:  # pragma: no cover - Windows
        return False
    return True  # pragma: no cover - Windows


def _unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    with contextlib.suppress(OSError):  # pragma: no cover - Windows
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _window_lock_taken(db_file: Path) -> bool:
    """Whether some process holds the window lock (probing takes and drops it at once)."""
    try:
        fd = os.open(window_lock_path(db_file), os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd, exclusive=True):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


# -- the users lock: shared while open, exclusive for restore/migration -------------------------------
class _UsersLock:
    """One per database file per process: a reference-counted shared flock on ``*.lock``."""

    def __init__(self, db_file: Path) -> None:
        self.db_file = db_file
        self.fd: int | None = None
        self.count = 0
        self.role = "Befehl"

    def acquire(self, role: str) -> None:
        if self.count == 0:
            fd = _open_lock_file(users_lock_path(self.db_file))
            if not _try_lock(fd, exclusive=False):
                os.close(fd)
                raise DatabaseInUse(
                    f"Die Datenbank {self.db_file} wird gerade wiederhergestellt oder umgestellt von "
                    f"{describe_others(self.db_file)}. Bitte einen Moment warten und es erneut versuchen."
                )
            self.fd = fd
            self.role = role
            self._announce()
        self.count += 1

    def release(self) -> None:
        self.count -= 1
        if self.count == 0 and self.fd is not None:
            with contextlib.suppress(OSError):
                (holders_dir(self.db_file) / str(os.getpid())).unlink()
            _unlock(self.fd)
            os.close(self.fd)
            self.fd = None

    def _announce(self) -> None:
        directory = holders_dir(self.db_file)
        try:
            directory.mkdir(mode=0o700, exist_ok=True)
            _write_private(directory / str(os.getpid()), json.dumps(_me(self.role).__dict__))
        except OSError:
            pass  # the note only improves a message; the lock itself is what protects


_registry: dict[str, _UsersLock] = {}
_registry_guard = threading.Lock()


def _users_lock(db_file: Path) -> _UsersLock:
    key = os.path.realpath(db_file)
    with _registry_guard:
        lock = _registry.get(key)
        if lock is None:
            lock = _registry[key] = _UsersLock(Path(key))
        return lock


def files_in_use() -> list[Path]:
    """The database files this process has open now (so file dialogs can stay out of their folders)."""
    with _registry_guard:
        return [lock.db_file for lock in _registry.values() if lock.count > 0]


class UseHandle:
    """This process's announced use of a database file; :meth:`release` once when done."""

    def __init__(self, db_file: Path, role: str) -> None:
        self._lock = _users_lock(db_file)
        self._lock.acquire(role)
        self._released = False

    def release(self) -> None:
        if not self._released:
            self._released = True
            self._lock.release()


def hold_shared(db_file: Path, role: str = "Befehl") -> UseHandle:
    """Announce that this process uses ``db_file`` (shared; many processes may)."""
    return UseHandle(db_file, role)


@contextlib.contextmanager
def exclusive_use(db_file: Path, what: str) -> Iterator[None]:
    """Hold ``db_file`` alone for ``what`` (a restore, a migration) or raise :class:`DatabaseInUse`.

    If this process itself has the file open, its shared lock is turned exclusive and back
    (the caller must have closed its own connections). Any *other* kidesk process with the
    file open makes this refuse, naming it.
    """
    lock = _users_lock(db_file)
    own_fd = lock.fd
    fd = own_fd if own_fd is not None else _open_lock_file(users_lock_path(lock.db_file))
    if not _try_lock(fd, exclusive=True):
        if own_fd is not None:
            # flock converts by dropping the old lock first: take the shared one back
            _try_lock(fd, exclusive=False)
        else:
            os.close(fd)
        raise DatabaseInUse(
            f"{what} ist nicht möglich, solange ein anderes kidesk-Programm die Datenbank {lock.db_file} "
            f"geöffnet hat: {describe_others(lock.db_file)}. Bitte dieses Programm zuerst beenden."
        )
    try:
        yield
    finally:
        if own_fd is not None:
            _try_lock(fd, exclusive=False)  # convert back; no one can hold it in between but shared users
        else:
            _unlock(fd)
            os.close(fd)


# -- the window lock ---------------------------------------------------------------------------------
class WindowLock:
    """Held by the desktop window for its lifetime; a second window on the file is refused."""

    def __init__(self, db_file: Path) -> None:
        self.db_file = db_file
        self.fd: int | None = None

    def acquire(self) -> WindowLock:
        file = window_lock_path(self.db_file)
        try:
            file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = _open_lock_file(file)
        except OSError as exc:
            raise DatabaseNotWritable(
                f"Neben der Datenbank {self.db_file} kann kidesk keine Sperrdatei anlegen ({os_reason(exc)}). "
                "Bitte die Rechte des Ordners prüfen oder einen anderen Ort wählen."
            ) from exc
        if not _try_lock(fd, exclusive=True):
            os.close(fd)
            running = _read_holder(file)
            who = running.describe() if running else "ein anderes kidesk-Fenster"
            raise DatabaseInUse(
                f"Die Datenbank {self.db_file} ist schon in einem kidesk-Fenster geöffnet: {who}. "
                "Bitte dort weiterarbeiten; zwei Fenster auf derselben Datei sind nicht möglich."
            )
        info = json.dumps(_me("kidesk-Fenster").__dict__).encode()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, info)
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, 0)
            _unlock(self.fd)
            os.close(self.fd)
            self.fd = None


def acquire_window_lock(db_file: Path) -> WindowLock:
    return WindowLock(db_file).acquire()
