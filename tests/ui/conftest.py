"""Fixtures for the desktop tests: an office database and message boxes that never block.

Every QMessageBox static call is recorded in ``dialogs.messages``; a question is answered
from ``dialogs.answers`` (a test that did not expect a question fails loudly).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.office_sample_data import fill_office


class DialogRecorder:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.answers: list[QMessageBox.StandardButton] = []

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.messages if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()

    def recording(kind: str):
        def show(parent, title, text, *args, **kwargs):
            recorder.messages.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, recording(kind))

    def question(parent, title, text, *args, **kwargs):
        recorder.messages.append(("question", title, text))
        if not recorder.answers:
            raise AssertionError(f"unexpected question: {text}")
        return recorder.answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return recorder


@pytest.fixture
def office(db):
    """``(db, ids)`` with a small office's data."""
    return db, fill_office(db)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: key events one by one (QTest cannot send non-ASCII keys itself)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
