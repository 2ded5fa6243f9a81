"""The one helper for read-only tables: no editing, Tab leaves, whole rows (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kidesk.ui.common.tables import read_only_table


def test_a_read_only_table_cannot_be_edited_and_tab_leaves_it(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    table = read_only_table(QTableWidget(2, 2))
    after = QLineEdit()
    layout.addWidget(table)
    layout.addWidget(after)
    for r in range(2):
        for c in range(2):
            table.setItem(r, c, QTableWidgetItem("=SUM(A1) <b>محمدی</b>"))
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(table, "x")
    assert table.item(0, 0).text() == "=SUM(A1) <b>محمدی</b>" and table.state() != QAbstractItemView.State.EditingState
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert not table.verticalHeader().isVisible()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_options_leave_what_they_are_not_asked_about(qtbot):
    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    read_only_table(table, rows=None, single=None, alternating=True, wrap=False, row_numbers=True)
    assert table.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    assert table.alternatingRowColors() and not table.wordWrap() and not table.verticalHeader().isHidden()
    assert read_only_table(table, single=False).selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
