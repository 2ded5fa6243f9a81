"""The mouse wheel never edits a field the user has not clicked into (issue 14, observation 2).

Scrolling a long form with the wheel used to change every drop-down and spin box the
pointer passed over (a volunteer's language went from "Englisch" to "Polnisch" to "Dari").
One application-wide event filter, installed once in :func:`kidesk.ui.app.create_application`:

* combo boxes, spin boxes (date, time, number) and sliders take focus by click or Tab only,
  never by the wheel (``WheelFocus`` becomes ``StrongFocus`` when they are polished);
* a wheel event over such a field without focus does not reach it: Qt passes it on to the
  parent widgets as if the field were not there, so the scroll area around the form scrolls.

A field with focus keeps the wheel as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QSlider,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QSlider)


def _guarded(obj: QObject) -> QWidget | None:
    return obj if isinstance(obj, GUARDED) else None


class WheelGuard(QObject):
    """Event filter for the whole application: see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish:
            widget = _guarded(watched)
            wheel_bit = Qt.FocusPolicy.WheelFocus.value & ~Qt.FocusPolicy.StrongFocus.value
            if widget is not None and widget.focusPolicy().value & wheel_bit:
                widget.setFocusPolicy(Qt.FocusPolicy(widget.focusPolicy().value & ~wheel_bit))
            return False
        if kind != QEvent.Type.Wheel:
            return False
        widget = _guarded(watched)
        if widget is None or widget.hasFocus():
            return False
        # Handled here but not accepted: Qt hands the event on to the parent, as if the field
        # were not there — the scroll area around the form scrolls.
        event.ignore()
        return True


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the one guard on ``app`` (once; a second call returns the first guard)."""
    existing = getattr(app, "_kidesk_wheel_guard", None)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app._kidesk_wheel_guard = guard  # type: ignore[attr-defined]
    return guard
