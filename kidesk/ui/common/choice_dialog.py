"""A small dialog to pick one or several records from a filterable list (organisations, a network, contacts)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from kidesk.ui.models.id_name_list_model import IdNameListModel


class ChoiceDialog(QDialog):
    """``ChoiceDialog.choose(parent, title, hint, items, multiple=True)`` → chosen ids or None (cancelled)."""

    def __init__(
        self,
        title: str,
        hint: str,
        items: list[tuple[int, str]],
        *,
        multiple: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.multiple = multiple
        self.model = IdNameListModel(items, checkable=multiple, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filtern …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.doubleClicked.connect(lambda _i: None if multiple else self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(hint, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(480, 520)

    def chosen_ids(self) -> list[int]:
        if self.multiple:
            return self.model.checked_ids()
        index = self.view.currentIndex()
        return [index.data(Qt.ItemDataRole.UserRole)] if index.isValid() else []

    @classmethod
    def choose(
        cls, parent: QWidget | None, title: str, hint: str, items: list[tuple[int, str]], *, multiple: bool = True
    ) -> list[int] | None:
        dialog = cls(title, hint, items, multiple=multiple, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_ids()
