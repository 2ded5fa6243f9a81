"""The window waits for another kidesk program's write lock with a message, not frozen (issue 12, item 4).

:meth:`kidesk.db.database.Database.wait_visibly` makes every statement that meets a lock
held elsewhere (an import in a second process, ``kidesk hours add``) try again every 100 ms
and call :class:`BusyMessage` in between. On the first call a window-modal dialog with a busy
indicator and *Abbrechen* appears, and the status bar says the same; between the tries the
event loop runs, so the window repaints. The dialog is modal, so the user cannot start a
second save while the first waits. Cancelling ends the wait with
:data:`kidesk.db.database.CANCELLED_WAIT` (a UserError: the editor shows it, its input stays).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QWidget

from kidesk.db.database import Database


def waiting_text() -> str:
    return QCoreApplication.translate(
        "BusyMessage",
        "Die Datenbank wird gerade von einem anderen kidesk-Programm benutzt – bitte warten …",
    )


class BusyMessage:
    """The waiter the window gives its database (see the module docstring)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.dialog: QProgressDialog | None = None
        self.cancelled = False

    def waiting(self, seconds: float) -> bool:
        if self.dialog is None:
            self.cancelled = False
            dialog = QProgressDialog(self.parent)
            dialog.setWindowTitle(QCoreApplication.translate("BusyMessage", "Bitte warten"))
            dialog.setLabelText(waiting_text())
            dialog.setCancelButtonText(QCoreApplication.translate("BusyMessage", "&Abbrechen"))
            dialog.setAccessibleName(QCoreApplication.translate("BusyMessage", "Warten auf die Datenbank"))
            dialog.setRange(0, 0)  # a busy indicator: nobody knows how long the other program takes
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.canceled.connect(self._cancel)
            dialog.show()
            self.dialog = dialog
            window = self.parent.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(waiting_text())
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return not (self.cancelled or self.dialog is None or self.dialog.wasCanceled())

    def _cancel(self) -> None:
        self.cancelled = True

    def done(self) -> None:
        if self.dialog is None:
            return
        self.dialog.close()
        self.dialog.deleteLater()
        self.dialog = None
        window = self.parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().clearMessage()


def install_busy_message(window: QWidget, db: Database) -> BusyMessage:
    """Let ``window`` show the waiting message for ``db`` (the GUI's short 100 ms tries)."""
    message = BusyMessage(window)
    db.wait_visibly(message)
    return message
