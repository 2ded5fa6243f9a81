"""What every CLI handler gets: the chosen database, opened on first use."""

from __future__ import annotations

from dataclasses import dataclass, field

from kidesk import paths
from kidesk.db.database import Database, open_database


@dataclass
class CliContext:
    db_target: str | None
    demo: bool = False
    _db: Database | None = field(default=None, repr=False)

    def open_db(self, *, create: bool = False) -> Database:
        """The database named by ``--db``/``KIDESK_DB``/the default; ``--demo`` gives the demo one.

        ``create=False`` (the default for verbs that read) refuses a missing file with a
        clear message instead of silently creating an empty database.
        """
        if self._db is None:
            if self.demo:
                from kidesk.services.demo_data import ensure_demo_database

                self._db = ensure_demo_database(paths.demo_db_path())
            else:
                self._db = open_database(self.db_target, create=create)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None
