"""(id, name) pairs as a Qt list model, optionally checkable — for combo boxes and pick lists.

Why a model instead of ``QComboBox.addItem`` / ``QStandardItem`` in a loop: filling a
list of 20 000 contacts item by item costs one binding call per row, and PySide6 6.12.0 on
Python 3.11 drops a reference to ``None`` on every such call (measured: ``sys.getrefcount
(None)`` falls by one per ``addItem``/``setData``; at zero the interpreter aborts with
"deallocating None"). One ``set_items`` call here does not go through the binding per row,
and only the visible rows are ever asked for their data.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


class IdNameListModel(QAbstractListModel):
    def __init__(self, items: Sequence[tuple[int, str]] = (), *, checkable: bool = False, parent=None) -> None:
        super().__init__(parent)
        self._items: list[tuple[int, str]] = list(items)
        self._checkable = checkable
        self._checked: set[int] = set()

    def set_items(self, items: Sequence[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._checked &= {i for i, _ in self._items}
        self.endResetModel()

    def checked_ids(self) -> list[int]:
        """Checked ids in list order."""
        return [i for i, _ in self._items if i in self._checked]

    def set_checked(self, id_: int, checked: bool = True) -> None:
        for row, (i, _name) in enumerate(self._items):
            if i == id_:
                (self._checked.add if checked else self._checked.discard)(id_)
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
                return

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        id_, name = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return name
        if role == Qt.ItemDataRole.UserRole:
            return id_
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable:
            return Qt.CheckState.Checked if id_ in self._checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self._checkable and role == Qt.ItemDataRole.CheckStateRole and index.isValid()):
            return False
        id_ = self._items[index.row()][0]
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked
            if not isinstance(value, Qt.CheckState)
            else value == Qt.CheckState.Checked
        )
        (self._checked.add if checked else self._checked.discard)(id_)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
