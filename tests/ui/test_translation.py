"""German by default; the compiled English translation switches every visible text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from kidesk import paths
from kidesk.ui import workstation_settings
from kidesk.ui.app import install_translators
from kidesk.ui.main_window import MainWindow


@pytest.fixture
def english(qapp):
    locale = QLocale()
    translators = install_translators(qapp, "en")
    yield translators
    for translator in translators:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_compiled_english_translation_is_packaged():
    assert paths.resource_path("translations", "kidesk_en.qm").stat().st_size > 1000


def test_german_by_default(qtbot, office):
    db, _ids = office
    assert workstation_settings.language() == "de"
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Kontakte"
    assert window.contacts_tab.new_button.text() == "Neu"


def test_english_translation_switches_texts(qtbot, office, english):
    db, _ids = office
    assert english, "kidesk_en.qm did not load"
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(4)] == ["Contacts", "Partner organisations", "Events", "Volunteers"]
    assert window.menuBar().actions()[0].text() == "&File"
    contacts = window.contacts_tab
    assert contacts.new_button.text() == "New"  # defined in the shared RecordListTab
    assert contacts.editor.fields["last_name"].label.text() == "&Last name:"
    assert contacts.count_label.text().endswith("contacts")
    assert contacts.model.headerData(0, Qt.Orientation.Horizontal) == "Last name"
    assert contacts.editor.salutation.itemText(0) == "Ms"
    assert window.organisations_tab.editor.fields["name"].label.text() == "&Name:"
