"""Building blocks shared by the record editors: labelled fields with a problem line.

Every field gets a label with a mnemonic (``&Nachname`` → Alt+N) whose buddy is the field,
an accessible name (screen readers read it), and — for validated fields — a red line under
it saying what is wrong, updated as the user types.

:class:`DateField` is the one date input of the UI: the office types ``27.02.2008`` (or
``27.2.08``, ``2008-02-27``) whatever the system locale, read and shown by
:mod:`kidesk.domain.dates`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kidesk.domain.dates import DateFormatError, format_date, parse_date
from kidesk.ui.common.service_text import service_text

INVALID_STYLE = "border: 1px solid #c62828;"


class ProblemLabel(QLabel):
    """A red explanatory line under a field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b71c1c;")
        self.hide()

    def show_problem(self, message: str | None) -> None:
        self.setText(service_text(message) if message else "")  # a service's rule in the window's language
        self.setVisible(bool(message))


class LabelledField:
    """A field with its label and (optionally) its problem line, added to a QFormLayout."""

    def __init__(
        self, form: QFormLayout, label: str, widget: QWidget, accessible_name: str, *, validated: bool = False
    ):
        self.widget = widget
        self.label = QLabel(label)
        self.label.setBuddy(widget)
        widget.setAccessibleName(accessible_name)
        self.problem: ProblemLabel | None = None
        if validated:
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            self.problem = ProblemLabel(holder)
            box.addWidget(self.problem)
            form.addRow(self.label, holder)
        else:
            form.addRow(self.label, widget)

    def set_problem(self, message: str | None) -> None:
        if self.problem is not None:
            self.problem.show_problem(message)
        self.widget.setStyleSheet(INVALID_STYLE if message else "")
        self.widget.setAccessibleDescription(message or "")


def line_edit(max_length: int | None = None, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    if max_length:
        edit.setMaxLength(max_length)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    return edit


class DateField(QLineEdit):
    """A date typed as ``TT.MM.JJJJ`` (also ``27.2.08`` or ``2008-02-27``); empty means "no date".

    Unlike a ``QDateEdit`` with the system's short format (``M/d/yy`` on an English or C
    locale), typing ``27.02.2008`` gives 27.02.2008 on every machine. When the user leaves
    the field a readable date is shown in the one spelling (``27.2.08`` → ``27.02.2008``);
    unreadable text is left as typed for the editor to point out.
    """

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.setMaxLength(10)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 16)
        self.editingFinished.connect(self._tidy)
        self.set_date(value)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def date(self) -> dt.date | None:
        """The date typed, ``None`` when empty; :class:`~kidesk.domain.dates.DateFormatError` if unreadable."""
        return parse_date(self.text())

    def is_valid(self) -> bool:
        try:
            self.date()
        except DateFormatError:
            return False
        return True

    def _tidy(self) -> None:
        try:
            value = self.date()
        except DateFormatError:
            return
        if value is not None and self.text() != format_date(value):
            self.set_date(value)


def new_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(form.labelAlignment())
    return form


class DeleteKeyRemovesRow(QObject):
    """In a small link table (affiliations, memberships) Del removes the selected row.

    It claims the key before the main window's *Delete record* shortcut sees it, so
    pressing Del in the list of a person's organisations never offers to delete the person.
    """

    def __init__(self, view: QWidget, remove: Callable[[], object]) -> None:
        super().__init__(view)
        self._remove = remove
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self._remove()
                return True
        return super().eventFilter(watched, event)
