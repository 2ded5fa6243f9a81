"""Building blocks shared by the record editors: labelled fields with a problem line.

Every field gets a label with a mnemonic (``&Nachname`` → Alt+N) whose buddy is the field,
an accessible name (screen readers read it), and — for validated fields — a red line under
it saying what is wrong, updated as the user types.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

INVALID_STYLE = "border: 1px solid #c62828;"


class ProblemLabel(QLabel):
    """A red explanatory line under a field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b71c1c;")
        self.hide()

    def show_problem(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class LabelledField:
    """A field with its label and (optionally) its problem line, added to a QFormLayout."""

    def __init__(self, form: QFormLayout, label: str, widget: QWidget, accessible_name: str, *, validated: bool = False):
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self._remove()
                return True
        return super().eventFilter(watched, event)
