"""Detecting that someone else changed a record while it was open in an editor (no Qt).

Every edited entity carries a ``version`` (SQLAlchemy's ``version_id_col``). An editor
remembers the version it loaded; a save compares it with the row's current version
before writing, and SQLAlchemy's own check (``StaleDataError``) catches the narrow race
between that comparison and the UPDATE. Either way the user gets one clear message.
"""

from __future__ import annotations

from sqlalchemy.orm.exc import StaleDataError

from kidesk.errors import UserError

__all__ = ["RecordChangedElsewhere", "StaleDataError", "check_version"]


class RecordChangedElsewhere(UserError):
    """The record was changed or deleted by someone else since it was loaded."""


def check_version(record: object, expected_version: int | None, label: str) -> None:
    """Raise :class:`RecordChangedElsewhere` when ``record.version`` moved on."""
    if expected_version is not None and getattr(record, "version", None) != expected_version:
        raise RecordChangedElsewhere(
            f"{label} wurde inzwischen an einem anderen Arbeitsplatz geändert. "
            "Bitte den Datensatz neu laden, die eigenen Änderungen erneut eingeben und dann speichern."
        )


def stale_message(label: str) -> str:
    return (
        f"{label} wurde inzwischen an einem anderen Arbeitsplatz geändert oder gelöscht. "
        "Bitte den Datensatz neu laden und die Änderungen erneut eingeben."
    )
