"""Which database file this workstation uses, chosen or moved from the settings (issue 19).

The choice is one line in ``datenbank-ort.txt`` in the user's data folder
(:func:`kidesk.paths.default_db_path` reads it), so the command line without ``--db`` and the
window find the same file; ``--db`` and ``KIDESK_DB`` still win. A change takes effect at the
next start — the open database is never swapped under a running window.

*Choose* points at an existing kidesk database (checked read-only first). *Move* writes a
consistent copy with SQLite's backup API to the new place, checks it, and then points there;
the old file stays where it was (as a fallback, and so that nothing is lost if the new place
is a network drive that goes away), which the message says.
"""

from __future__ import annotations

import os
from pathlib import Path

from kidesk import paths
from kidesk.db import sqlite_files
from kidesk.db.backup_files import copy_database
from kidesk.db.database import Database
from kidesk.domain.os_errors import os_reason
from kidesk.errors import UserError


class LocationRefused(UserError):
    """The chosen place cannot hold (or is not) a kidesk database."""


def _pointer() -> Path:
    return paths.data_dir() / paths.DB_POINTER_FILENAME


def current_default() -> Path:
    """The file the next start opens without ``--db``."""
    return paths.default_db_path()


def _remember(path: Path) -> None:
    pointer = _pointer()
    try:
        pointer.parent.mkdir(parents=True, exist_ok=True)
        tmp = pointer.with_name(pointer.name + ".tmp")
        tmp.write_text(str(path) + "\n", encoding="utf-8")
        os.replace(tmp, pointer)
    except OSError as exc:
        raise LocationRefused(f"Die Wahl lässt sich nicht speichern ({os_reason(exc)}).") from exc


def choose_database(path: str | os.PathLike[str]) -> Path:
    """Use the existing kidesk database ``path`` from the next start on."""
    target = Path(path).expanduser().resolve()
    if not target.is_file():
        raise LocationRefused(f"{target} ist keine Datei. Bitte eine vorhandene kidesk-Datenbank wählen.")
    sqlite_files.inspect_existing(target)  # refuses what is not an SQLite file, read-only
    _remember(target)
    return target


def move_database(db: Database, target: str | os.PathLike[str]) -> Path:
    """Copy the open database to ``target`` (a new file) and use that from the next start on."""
    if db.path is None:
        raise LocationRefused("Diese Datenbank ist keine Datei und lässt sich nicht verschieben.")
    new = Path(target).expanduser().resolve()
    if new.exists():
        raise LocationRefused(f"{new} gibt es schon. Bitte einen neuen Dateinamen wählen; nichts wird überschrieben.")
    if not new.parent.is_dir():
        raise LocationRefused(f"Den Ordner {new.parent} gibt es nicht. Bitte einen vorhandenen Ordner wählen.")
    if not os.access(new.parent, os.W_OK):
        raise LocationRefused(f"Im Ordner {new.parent} darf kidesk nicht schreiben. Bitte einen anderen wählen.")
    try:
        copy_database(db.path, new)
    except OSError as exc:
        raise LocationRefused(f"Die Kopie nach {new} ist fehlgeschlagen ({os_reason(exc)}).") from exc
    sqlite_files.inspect_existing(new)
    _remember(new)
    return new


def forget_choice() -> Path:
    """Back to the usual file in the data folder."""
    try:
        _pointer().unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise LocationRefused(f"Die Wahl lässt sich nicht zurücksetzen ({os_reason(exc)}).") from exc
    return paths.default_db_path()
