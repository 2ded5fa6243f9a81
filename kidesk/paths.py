"""Every file location kidesk uses, in one place (qutebrowser's ``standarddir`` habit).

Nothing here touches the disk at import time. Tests and users can redirect the whole
data directory with ``KIDESK_DATA_DIR``; the database alone with ``--db`` or ``KIDESK_DB``.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "kidesk"
DB_FILENAME = "kidesk.sqlite"
DEMO_DB_FILENAME = "kidesk-demo.sqlite"


def data_dir() -> Path:
    """The user's data directory (``~/.local/share/kidesk`` on Linux)."""
    override = os.environ.get("KIDESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


DB_POINTER_FILENAME = "datenbank-ort.txt"  # a workstation's chosen database (settings dialog), one path


def default_db_path() -> Path:
    """The database chosen in the settings (``datenbank-ort.txt``), else ``kidesk.sqlite`` in the data folder."""
    pointer = data_dir() / DB_POINTER_FILENAME
    try:
        chosen = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        chosen = ""
    return Path(chosen) if chosen else data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    """The demo database lives beside, never instead of, the user's own."""
    return data_dir() / DEMO_DB_FILENAME


def backup_dir(db_file: Path) -> Path:
    """Backups sit next to the database they copy, in ``backups/``."""
    return db_file.parent / "backups"


def resource_path(*parts: str) -> Path:
    """A packaged resource (``resource_path("fonts", "DejaVuSans.ttf")``).

    Rejects absolute paths and ``..`` so user data can never name a file outside.
    """
    for part in parts:
        if not part or Path(part).is_absolute() or ".." in Path(part).parts:
            raise ValueError(f"invalid resource path component: {part!r}")
    base = resources.files("kidesk.resources")
    return Path(str(base.joinpath(*parts)))
