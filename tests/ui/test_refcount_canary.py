"""Canary for the binding's lost references to None, True and False.

PySide6 6.12.0 drops a reference to ``None`` (and to ``True``/``False``) on many calls: void
methods such as ``QLineEdit.setText``, ``setEnabled(True)``, a Python model's ``data()``
returning ``None``. On CPython 3.11 the count reaches zero after some thousand clicks and the
interpreter aborts ("none_dealloc", "bool_dealloc: deallocating True or False"). From 3.12 on
these objects are immortal (PEP 683), which is why kidesk requires Python >= 3.12 (see
docs/ARCHITECTURE.md). The loop below makes far more such calls than 3.11 gives ``None``
references at start-up, in a fresh interpreter, and must exit cleanly.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

ROUNDS = 10_000  # x 6 calls per round = 60 000 calls that pass None/True/False through the binding

LOOP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

    class Model(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):
            return 1

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return None

    app = QApplication([])
    line, box, combo, item, model = QLineEdit(), QCheckBox(), QComboBox(), QStandardItem("x"), Model()
    combo.addItem("x", None)
    refs = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    calls = 0
    for i in range({rounds}):
        line.setText("Yılmaz")                                      # void method -> None
        box.setChecked(i % 2 == 0)                                  # True / False in
        line.setEnabled(box.isChecked())                            # True / False out and in
        combo.setItemData(0, None)                                  # None in
        item.setData(None, Qt.ItemDataRole.UserRole)                # None in
        model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)         # None from Python data()
        calls += 6
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    print(calls, refs == after)
    """
)


def test_python_has_immortal_none_true_false():
    """kidesk's answer to the binding's refcount bug is CPython >= 3.12 (PEP 683)."""
    assert sys.version_info >= (3, 12)


def test_many_widget_calls_with_none_true_false_exit_cleanly():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", LOOP.format(rounds=ROUNDS)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    calls, unchanged = result.stdout.split()
    assert int(calls) >= 50_000
    # immortal objects keep a fixed count however often the binding drops a reference
    assert unchanged == "True", result.stdout
