"""Issue 12, item 4: the window waits for another program's write lock with a visible message.

A real second process holds SQLite's write lock (``BEGIN IMMEDIATE``); the window's save
waits, the dialog and status bar say so, the save goes through once the lock is free — or
ends with one clear line when the user cancels, nothing stored.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from kidesk.db.database import CANCELLED_WAIT, open_database
from kidesk.db.sqlite_files import DatabaseBusy
from kidesk.services import organisations
from kidesk.services.organisations import OrganisationData
from kidesk.ui.busy_wait import install_busy_message, waiting_text
from kidesk.ui.main_window import MainWindow

HOLD_LOCK = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
print("released", flush=True)
"""


@pytest.fixture
def setup(qtbot, tmp_path):
    path = tmp_path / "kidesk.sqlite"
    db = open_database(path, role="kidesk-Fenster")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    message = install_busy_message(window, db)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "locked"
    yield db, window, message, holder
    if holder.poll() is None:
        holder.stdin.write("\n")
        holder.stdin.flush()
    holder.wait(10)
    db.dispose()


def _visible_dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def test_a_save_waits_with_a_message_and_goes_through_when_the_lock_is_free(setup):
    db, window, _message, holder = setup
    seen: dict[str, object] = {}

    def look_then_release():
        dialog = _visible_dialog()
        seen["label"] = dialog.labelText() if dialog else None
        seen["status"] = window.statusBar().currentMessage()
        seen["at"] = time.monotonic()
        holder.stdin.write("\n")
        holder.stdin.flush()

    QTimer.singleShot(700, look_then_release)
    started = time.monotonic()
    stored = organisations.create_organisation(db, OrganisationData(name="Wartend e.V. – وقف"))
    waited = time.monotonic() - started

    assert seen["label"] == waiting_text()
    assert "anderen kidesk-Programm benutzt – bitte warten" in str(seen["label"])
    assert seen["status"] == waiting_text()
    assert waited >= 0.6  # it really waited for the other process, then saved
    assert stored.id is not None
    assert organisations.load_organisation(db, stored.id).name == "Wartend e.V. – وقف"
    assert _visible_dialog() is None and window.statusBar().currentMessage() == ""


def test_cancel_ends_the_wait_with_one_line_and_stores_nothing(setup):
    db, window, _message, holder = setup

    def cancel():
        dialog = _visible_dialog()
        if dialog is not None:  # the user clicks "Abbrechen"
            dialog.findChild(QPushButton).click()

    QTimer.singleShot(500, cancel)
    with pytest.raises(DatabaseBusy) as caught:
        organisations.create_organisation(db, OrganisationData(name="Abgebrochen e.V."))
    assert str(caught.value) == CANCELLED_WAIT and "\n" not in CANCELLED_WAIT
    assert holder.poll() is None  # the other process still holds the lock: we gave up, not it
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "released"
    with db.session() as session:
        count = session.execute(
            __import__("sqlalchemy").text("SELECT count(*) FROM organisations WHERE name = 'Abgebrochen e.V.'")
        ).scalar()
    assert count == 0
    assert _visible_dialog() is None


def test_without_a_waiter_the_plain_busy_timeout_applies(tmp_path):
    """The command line keeps SQLite's own busy timeout (no retries, no Qt)."""
    from kidesk.db import sqlite_files

    path = tmp_path / "kidesk.sqlite"
    db = open_database(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        sqlite_files.set_busy_timeout(0.3)
        db.engine.dispose()
        started = time.monotonic()
        with pytest.raises(Exception) as caught:
            organisations.create_organisation(db, OrganisationData(name="Zu spät e.V."))
        assert "locked" in str(caught.value)
        assert time.monotonic() - started < 3
    finally:
        sqlite_files.set_busy_timeout(None)
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(10)
        db.dispose()
