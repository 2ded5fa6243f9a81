"""The contract every main-window tab follows (Vorta's BaseTab habit).

A tab gets the :class:`~kidesk.db.database.Database` injected, never reaches for a global,
and answers the main window's standard actions. Defaults do nothing, so a tab implements
what fits it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kidesk.db.database import Database


class WorkspaceTab(QWidget):
    #: a short sentence for the main window's status bar ("Kontakt gespeichert.")
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db

    # -- standard actions (menu/toolbar/shortcuts of the main window) -------------------
    def new_record(self) -> None:  # Ctrl+N
        pass

    def save(self) -> bool:  # Ctrl+S; True when saved (or nothing to save)
        return True

    def delete_selected(self) -> None:  # Del
        pass

    def focus_search(self) -> None:  # Ctrl+F
        pass

    def print_current(self) -> None:  # Ctrl+P: print preview of what the selection allows
        pass

    def jump_to(self, record_id: int) -> None:
        """Show and select the record (used by the global search)."""

    def refresh(self) -> None:
        """Reload lists after data changed elsewhere (an import, another tab)."""

    def maybe_leave(self) -> bool:
        """Called before switching tab or closing: ask about unsaved changes.

        Return False to stay (the user chose *Cancel*).
        """
        return True
