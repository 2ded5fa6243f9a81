"""What every CLI handler gets: the chosen database, opened on first use."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from kidesk import paths
from kidesk.db import process_lock
from kidesk.db.database import Database, open_database, resolve_target, sqlite_path

log = logging.getLogger(__name__)


@dataclass
class CliContext:
    db_target: str | None
    demo: bool = False
    window: bool = False  # the desktop window: holds the window lock, takes the daily backup
    verb: str | None = None  # names this process in the note other kidesk processes read
    _db: Database | None = field(default=None, repr=False)

    def db_path(self) -> Path | None:
        """The database file named by the options, without opening it (None for a server URL)."""
        if self.demo:
            return paths.demo_db_path()
        return sqlite_path(resolve_target(self.db_target))

    def open_db(self, *, create: bool = False) -> Database:
        """The database named by ``--db``/``KIDESK_DB``/the default; ``--demo`` gives the demo one.

        ``create=False`` (the default for verbs that read) refuses a missing file with a
        clear message instead of silently creating an empty database. The window first takes
        the window lock (a second window on the same file is refused, naming the first) and
        takes the day's first backup.
        """
        if self._db is None:
            window_lock = None
            path = self.db_path()
            if self.window and path is not None:
                window_lock = process_lock.acquire_window_lock(path)
            role = "kidesk-Fenster" if self.window else f"Befehl '{self.verb or 'kidesk'}'"
            try:
                if self.demo:
                    from kidesk.services.demo_data import ensure_demo_database

                    self._db = ensure_demo_database(paths.demo_db_path())
                else:
                    self._db = open_database(self.db_target, create=create, role=role)
            except BaseException:
                if window_lock is not None:
                    window_lock.release()
                raise
            if window_lock is not None:
                self._db.hold(window_lock)
            if self.window and not self.demo:
                from kidesk.services.backups import daily_backup

                daily_backup(self._db)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None
