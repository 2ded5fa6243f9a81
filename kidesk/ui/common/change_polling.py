"""Lists refresh by themselves when another workstation changed what they show (issue 20, item 3).

A :class:`ChangePoller` asks :class:`kidesk.services.change_stamps.ChangeWatch` every
:data:`POLL_INTERVAL_MS` whether the tables behind a view changed, and calls the view's
refresh only then. It asks only while the view is visible in the active window and no modal
dialog is open, and never while ``busy()`` says the user has unsaved input — that input is
never replaced; a record changed elsewhere meets the edit-conflict question on save instead.
The check costs 0.01 ms when nothing was committed anywhere (see the service's docstring).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kidesk.db.database import Database
from kidesk.errors import UserError
from kidesk.services.change_stamps import ChangeWatch

log = logging.getLogger(__name__)

#: how often a visible list asks whether its data changed elsewhere
POLL_INTERVAL_MS = 2500
#: what the overview tab and the check-in window are built from
OVERVIEW_TABLES = ("events", "participations", "volunteers", "volunteer_hours", "consents", "contacts")
CHECKIN_TABLES = ("participations", "contacts")


class ChangePoller(QObject):
    def __init__(
        self,
        view: QWidget,
        db: Database,
        tables: Iterable[str],
        refresh: Callable[[], None],
        *,
        busy: Callable[[], bool] = lambda: False,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.watch = ChangeWatch(db, tables)
        self.watch.mark_current()  # the view was loaded just now
        self._refresh = refresh
        self._busy = busy
        self.refreshes = 0  # how often a change elsewhere reloaded the view
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms or POLL_INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        if self.watch.tables:
            self.timer.start()

    def may_poll(self) -> bool:
        return (
            self.view.isVisible()
            and self.view.window().isActiveWindow()
            and QApplication.applicationState() == Qt.ApplicationState.ApplicationActive
            and QApplication.activeModalWidget() in (None, self.view.window())
            and not self._busy()
        )

    def poll(self) -> bool:
        """Refresh the view if its tables changed; True if it did."""
        if not self.may_poll():
            return False
        try:
            changed = self.watch.changed()
        except (UserError, OSError) as exc:  # the database is away for a moment: try again next time
            log.info("change check failed: %s", exc)
            return False
        if changed:
            self.refreshes += 1
            self._refresh()
        return changed
