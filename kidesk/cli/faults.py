"""What the ``kidesk`` command prints when something goes wrong: one German line, nothing more.

Issue 12, items 4 and 7: a locked database, a full disk, a read-only file or folder, a
corrupt file or a rule of the database must never end in a traceback, and never put the
SQL parameters (names, dates of birth — personal data) on stderr. SQLAlchemy's exception
text contains the statement and its parameters, so it is never printed; the line is built
from the SQLite error code (:func:`kidesk.db.sqlite_files.explain`) or the ``errno``.
``-v`` prints the full traceback for whoever needs it.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from pathlib import Path

from kidesk.errors import UserError

INTERNAL_ERROR = 70  # EX_SOFTWARE


def explain(exc: BaseException, db_path: Path | None) -> UserError | None:
    """A :class:`UserError` for ``exc`` if it is a known fault, else ``None`` (a bug)."""
    from sqlalchemy.exc import DBAPIError, IntegrityError

    from kidesk.db import sqlite_files
    from kidesk.services.output_files import describe_os_error

    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, IntegrityError) or isinstance(exc, sqlite3.IntegrityError):
        error = UserError(
            "Die Änderung verstößt gegen eine Regel der Datenbank (doppelter Eintrag oder ein Verweis auf "
            "einen Datensatz, den es nicht mehr gibt). Es wurde nichts gespeichert."
        )
        return error
    if isinstance(exc, DBAPIError):
        orig = exc.orig if isinstance(exc.orig, BaseException) else exc
        return sqlite_files.explain(orig, db_path) if isinstance(orig, sqlite3.Error) else _generic_db(db_path)
    if isinstance(exc, sqlite3.Error):
        return sqlite_files.explain(exc, db_path)
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    if isinstance(exc, MemoryError):
        return UserError("Nicht genug Arbeitsspeicher für diese Aufgabe. Bitte kleinere Mengen wählen.")
    return None


def _generic_db(db_path: Path | None) -> UserError:
    return UserError(f"Die Datenbank {db_path or ''} hat den Auftrag abgelehnt. Es wurde nichts gespeichert.")


def report(exc: BaseException, *, verbose: bool, db_path: Path | None) -> int:
    """Print one line for ``exc`` (and the traceback with ``-v``); return the exit code."""
    if verbose:
        traceback.print_exception(exc, file=sys.stderr)
    error = explain(exc, db_path)
    if error is None:
        print(
            f"kidesk: interner Fehler ({type(exc).__name__}); es wurde nichts halb gespeichert. "
            "Mit 'kidesk -v …' erscheint die technische Meldung für einen Fehlerbericht.",
            file=sys.stderr,
        )
        return INTERNAL_ERROR
    print(f"kidesk: {clean_line(str(error))}", file=sys.stderr)
    return error.exit_code


def clean_line(text: str) -> str:
    """The message on one line, with control characters and lone surrogates made visible."""
    from kidesk.cli.arg_types import printable

    return printable(" ".join(text.split()))
