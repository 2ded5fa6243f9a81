"""Issue 12, item 7: an exception in a slot becomes a dialog and a log line (no personal data)."""

from __future__ import annotations

import os
import stat
import threading

import pytest
from PySide6.QtWidgets import QPushButton

from kidesk.ui.crash_handler import CrashHandler

PERSONAL = "Ayşe Yılmaz, geb. 03.04.1981"


@pytest.fixture
def handler(qapp, tmp_path):
    shown: list[tuple[str, str]] = []
    crash = CrashHandler(
        tmp_path / "daten" / "kidesk.log", show=lambda parent, title, text: shown.append((title, text))
    )
    crash.install()
    crash.shown = shown  # type: ignore[attr-defined]
    yield crash
    crash.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_dialog_and_writes_a_log_line(qtbot, handler):
    button = QPushButton("Speichern")
    qtbot.addWidget(button)

    def broken_slot():
        local_value = PERSONAL  # noqa: F841 -- a local that must not reach the log
        raise ValueError(f"kaputt bei {PERSONAL}")

    button.clicked.connect(broken_slot)
    button.click()
    assert len(handler.shown) == 1
    title, text = handler.shown[0]
    assert title == "Unerwarteter Fehler"
    assert "ValueError" in text and str(handler.log_path) in text
    log_text = handler.log_path.read_text(encoding="utf-8")
    assert "ValueError" in log_text and "broken_slot" in log_text
    assert "Ayşe" not in log_text and "1981" not in log_text  # neither the message nor local values
    assert stat.S_IMODE(os.stat(handler.log_path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(handler.log_path.parent).st_mode) == 0o700


def test_an_exception_in_a_thread_is_logged_and_shown_by_the_gui_thread(qtbot, handler):
    def work():
        raise RuntimeError(PERSONAL)

    thread = threading.Thread(target=work, name="hintergrund")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(handler.shown) == 1, timeout=5000)
    log_text = handler.log_path.read_text(encoding="utf-8")
    assert "RuntimeError" in log_text and "hintergrund" in log_text and "Ayşe" not in log_text


def test_qt_warnings_go_to_the_log(qtbot, handler):
    from PySide6.QtCore import qWarning

    qWarning("eine Qt-Warnung")
    assert "Qt: eine Qt-Warnung" in handler.log_path.read_text(encoding="utf-8")


def test_uninstall_restores_the_previous_hooks(qapp, tmp_path):
    import sys

    before = (sys.excepthook, threading.excepthook)
    crash = CrashHandler(tmp_path / "kidesk.log", show=lambda *a: None).install()
    assert sys.excepthook == crash.handle_exception
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
