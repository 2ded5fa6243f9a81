"""No control character enters a text field of the window (issue 12, item 6).

Typing cannot produce one (Qt inserts printable text only), but pasting and dropping can:
an ESC sequence copied from a terminal or a web page. One application-wide event filter,
installed in :func:`kidesk.ui.app.create_application`, equips every text field when Qt
polishes it:

* a ``QLineEdit`` (also inside an editable combo box) gets a validator that takes control
  characters, newline and tab out of what is typed or pasted (a validator it already had is
  asked afterwards); spin boxes validate themselves and are left alone;
* a ``QPlainTextEdit``/``QTextEdit`` that can be edited removes control characters (tab and
  newline stay) from every change of its document right after it happens.

The rule itself is :mod:`kidesk.domain.control_chars`, the same the services apply before
every write.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from kidesk.domain.control_chars import has_control, strip_control

_GUARDED = "kidesk_control_char_guard"


class NoControlCharacters(QValidator):
    """Strips control characters from a line edit's text, then asks the validator it had before."""

    def __init__(self, inner: QValidator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inner = inner

    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        if has_control(text, multiline=False):
            before = strip_control(text[:pos], multiline=False)
            text = strip_control(text, multiline=False)
            pos = len(before)
        if self.inner is not None:
            return self.inner.validate(text, pos)
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:  # type: ignore[override]
        return strip_control(text, multiline=False)


def _guard_line_edit(edit: QLineEdit) -> None:
    if isinstance(edit.parent(), QAbstractSpinBox):
        return
    edit.setValidator(NoControlCharacters(edit.validator(), edit))


def _guard_text_edit(edit: QPlainTextEdit | QTextEdit) -> None:
    document = edit.document()
    busy = False

    def cleaned(position: int, _removed: int, added: int) -> None:
        nonlocal busy
        if busy or added <= 0 or edit.isReadOnly():
            return
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(min(position + added, document.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        # QTextDocument shows a newline as U+2029 (paragraph separator): it stays a newline
        text = cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        if not has_control(text):
            return
        busy = True
        try:
            cursor.insertText(strip_control(text))
        finally:
            busy = False

    document.contentsChange.connect(cleaned)


class ControlCharGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Polish or watched.property(_GUARDED):
            return False
        if isinstance(watched, QLineEdit):
            watched.setProperty(_GUARDED, True)
            _guard_line_edit(watched)
        elif isinstance(watched, QPlainTextEdit | QTextEdit):
            watched.setProperty(_GUARDED, True)
            _guard_text_edit(watched)
        return False


def install_control_char_guard(app: QApplication) -> ControlCharGuard:
    """Install the one guard on ``app`` (once; a second call returns the first guard)."""
    existing = getattr(app, "_kidesk_control_char_guard", None)
    if existing is not None:
        return existing
    guard = ControlCharGuard(app)
    app.installEventFilter(guard)
    app._kidesk_control_char_guard = guard  # type: ignore[attr-defined]
    return guard
