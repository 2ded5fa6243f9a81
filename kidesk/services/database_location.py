"""Which database this workstation uses, chosen or moved from the settings (issues 19 and 20).

The choice is one line in ``datenbank-ort.txt`` in the user's data folder
(:func:`kidesk.paths.default_db_path` reads it), so the command line without ``--db`` and the
window find the same file; ``--db`` and ``KIDESK_DB`` still win. A change takes effect at the
next start — the open database is never swapped under a running window.

*Choose* points at an existing kidesk database (checked read-only first). *Move* writes a
consistent copy with SQLite's backup API to the new place, checks it, and then points there;
the old file stays where it was (as a fallback, and so that nothing is lost if the new place
is a network drive that goes away), which the message says.

*Server* (issue 20) points at a PostgreSQL database IT set up: the URL is checked by
connecting once (a mistyped address or password is said now, in one German line, not at the
next start) and then stored as that same one line. The file then holds the password, so it is
written readable by its owner only (0600), and every text shown or logged names the server
with the password hidden (:func:`location_text`).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from kidesk import paths
from kidesk.db import server, sqlite_files
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


def current_location() -> str:
    """What the next start opens without ``--db``, for showing: a file path, or a server URL
    without its password."""
    try:
        chosen = _pointer().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        chosen = ""
    if "://" in chosen:
        return location_text(chosen)
    return str(paths.default_db_path())


def location_text(url: str) -> str:
    """A server URL as it may be shown or logged: the password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "?"


def _remember(path: Path | str) -> None:
    pointer = _pointer()
    try:
        pointer.parent.mkdir(parents=True, exist_ok=True)
        tmp = pointer.with_name(pointer.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # a server URL holds a password
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(str(path) + "\n")
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


def choose_server(address: str, password: str = "") -> str:
    """Use the PostgreSQL database at ``address`` (a URL, ``postgresql+psycopg://USER@HOST[:PORT]/DB``)
    from the next start on; ``password``, if given, replaces one in the URL. Connects once first.

    Returns the address as it may be shown (password hidden)."""
    text = address.strip()
    if text.startswith("postgresql://"):  # what IT usually writes: use the driver kidesk ships
        text = "postgresql+psycopg://" + text.removeprefix("postgresql://")
    try:
        url = make_url(text)
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "postgresql" or not url.host and not url.query.get("host"):
        raise LocationRefused("Das ist keine Server-Adresse. Bitte so angeben: postgresql://BENUTZER@SERVER/DATENBANK")
    if not url.database:
        raise LocationRefused("In der Server-Adresse fehlt der Name der Datenbank (…/DATENBANK am Ende).")
    if password:
        url = url.set(password=password)
    full = url.render_as_string(hide_password=False)
    try:
        server.check_reachable(full)
    except UserError as exc:
        raise LocationRefused(str(exc)) from None  # message passed on: server.check_reachable's one German line
    _remember(full)
    return url.render_as_string(hide_password=True)


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
