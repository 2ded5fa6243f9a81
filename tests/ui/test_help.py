"""F1 opens a short German manual on the page of the current tab (issue 14, obs. 15)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kidesk.ui.help import MANUAL_DIR, PAGE_BY_TAB, HelpDialog, manual_pages
from kidesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, office):
    db, _ids = office
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def test_every_tab_has_a_page_and_the_manual_names_licence_and_support():
    names = [name for name, _title in manual_pages()]
    assert names[0] == "index.md" and set(PAGE_BY_TAB.values()) <= set(names)
    text = (MANUAL_DIR / "lizenz-und-support.md").read_text(encoding="utf-8")
    assert "EUPL" in text and "Unterstützung" in text


def test_f1_opens_the_page_of_the_current_tab(qtbot, window):
    window.show_tab("volunteers")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()]
    assert len(dialogs) == 1
    help_dialog = dialogs[0]
    qtbot.addWidget(help_dialog)
    assert help_dialog.current_page() == "ehrenamt.md"
    assert "Fällig" in help_dialog.browser.toPlainText()
    assert help_dialog.pages.currentItem().text() == "Ehrenamtliche"
    help_dialog.pages.setCurrentRow(0)  # another page from the list
    assert help_dialog.current_page() == "index.md"
    assert "Strg+K" in help_dialog.browser.toPlainText()


def test_a_missing_manual_says_so(qtbot, tmp_path):
    dialog = HelpDialog("index.md", folder=tmp_path)
    qtbot.addWidget(dialog)
    assert "nicht gefunden" in dialog.browser.toPlainText()
