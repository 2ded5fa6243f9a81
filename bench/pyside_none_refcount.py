"""Does the installed PySide6 lose references to ``None``? Prints the change per 1 000 calls.

    .venv/bin/python bench/pyside_none_refcount.py

Found with kidesk's events tab: PySide6 6.12.0 on Python 3.11 drops one reference to
``None`` per call of many void methods (``QComboBox.addItem``, ``QLineEdit.setText``,
``QStandardItem.setData`` …) and per ``None`` returned from a Python model's ``data()``.
When the count reaches zero the interpreter aborts ("Fatal Python error: none_dealloc").
PySide6 6.11.3 shows 0 for every line; on Python ≥ 3.12 ``None`` is immortal and the
count does not move at all. A healthy binding prints (about) 0 everywhere.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6  # noqa: E402
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit  # noqa: E402


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def _delta(fn, n: int = 1000) -> int:
    before = sys.getrefcount(None)
    for i in range(n):
        fn(i)
    return sys.getrefcount(None) - before


def main() -> None:
    app = QApplication.instance() or QApplication([])
    print(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}, refs to None now: {sys.getrefcount(None)}")
    combo, line, item, model = QComboBox(), QLineEdit(), QStandardItem("x"), _Model()
    for label, fn in (
        ("QComboBox.addItem(text, id)", lambda i: combo.addItem("x", i)),
        ("QLineEdit.setText(text)", lambda i: line.setText("x")),
        ("QStandardItem.setData(5)", lambda i: item.setData(5, Qt.ItemDataRole.UserRole)),
        ("Python model data() -> None", lambda i: model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)),
    ):
        print(f"{label:32} {_delta(fn):+6d} per 1000 calls")
    del app


if __name__ == "__main__":
    main()
