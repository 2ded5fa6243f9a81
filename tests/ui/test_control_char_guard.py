"""Issue 12, item 6: no text field of the window takes a control character, however it arrives.

Every line edit and editable text box of the main window (all four tabs and their editors)
and of the settings and backup dialogs gets an escape sequence pasted into it; none keeps it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

from kidesk.domain.control_chars import has_control
from kidesk.ui.backup_dialog import BackupDialog
from kidesk.ui.common.control_char_guard import install_control_char_guard
from kidesk.ui.main_window import MainWindow
from kidesk.ui.settings_dialog import SettingsDialog

PASTED = "Ay\x1b[31mşe\x07 می\u200cخواهم\x00=SUM(A1)\r\nzweite\tZeile\x9b"


@pytest.fixture(autouse=True)
def guard(qapp):
    return install_control_char_guard(qapp)


def _paste_everywhere(root: QWidget) -> tuple[int, list[str]]:
    QApplication.clipboard().setText(PASTED)
    checked, kept = 0, []
    for edit in root.findChildren(QLineEdit):
        if edit.isReadOnly() or not edit.isEnabled() or edit.validator() is None and edit.inputMask():
            continue
        edit.ensurePolished()  # what Qt does before a field is shown, i.e. before anyone can paste
        edit.setText("")
        edit.paste()
        checked += 1
        if has_control(edit.text(), multiline=False):
            kept.append(f"{edit.accessibleName() or edit.objectName()}: {edit.text()!r}")
    for box in (*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)):
        if box.isReadOnly():
            continue
        box.ensurePolished()
        box.clear()
        box.paste()
        box.insertPlainText("\x1b[0m getippt")  # inserted by code/IME, not only the clipboard
        checked += 1
        text = box.toPlainText()
        if has_control(text) or "می\u200cخواهم" not in text:
            kept.append(f"{box.accessibleName() or box.objectName()}: {text!r}")
    return checked, kept


def test_every_text_field_of_the_main_window_drops_pasted_control_characters(qtbot, office, dialogs):
    dialogs.answers.extend([QMessageBox.StandardButton.Discard] * 8)  # closing: the pasted input is dropped
    db, _ids = office
    window = MainWindow(db)
    window.build_all_tabs()  # tabs are built when first shown (issue 16)
    qtbot.addWidget(window)
    window.show()
    checked, kept = _paste_everywhere(window)
    assert checked >= 30  # contacts, organisations, events, volunteers: every form field
    assert kept == []


def test_a_pasted_name_keeps_its_letters_and_the_zwnj(qtbot, office, dialogs):
    dialogs.answers.extend([QMessageBox.StandardButton.Discard] * 8)
    db, _ids = office
    window = MainWindow(db)
    window.build_all_tabs()  # tabs are built when first shown (issue 16)
    qtbot.addWidget(window)
    window.show()
    field = next(e for e in window.findChildren(QLineEdit) if e.accessibleName().startswith("Vorname"))
    field.ensurePolished()
    QApplication.clipboard().setText("Ay\x1bşe می\u200cخواهم")
    field.setText("")
    field.paste()
    assert field.text() == "Ayşe می\u200cخواهم"


@pytest.mark.parametrize("make", [SettingsDialog, BackupDialog], ids=["settings", "backup"])
def test_dialog_fields_drop_pasted_control_characters(qtbot, office, make):
    db, _ids = office
    dialog = make(db)
    qtbot.addWidget(dialog)
    checked, kept = _paste_everywhere(dialog)
    assert checked >= 1 and kept == []
