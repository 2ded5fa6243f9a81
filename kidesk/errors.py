"""Errors a user can cause, each with a message that says what happened and what to do.

Services raise these; the CLI prints ``str(error)`` on one line and exits non-zero, the UI
shows it in a message box. Anything else reaching the top is a bug and gets a traceback.
Messages are German, the office's language.
"""

from __future__ import annotations


class UserError(Exception):
    """Base class: the message is meant for the person at the desk."""

    exit_code = 1


class DatabaseNotFound(UserError):
    exit_code = 2


class DatabaseNotWritable(UserError):
    exit_code = 2


class DatabaseCorrupt(UserError):
    exit_code = 3


class SchemaTooNew(UserError):
    exit_code = 4


class NotFound(UserError):
    """A record named by ID or name does not exist."""


class ValidationError(UserError):
    """Input that cannot be saved as it is; ``field`` names the field when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
