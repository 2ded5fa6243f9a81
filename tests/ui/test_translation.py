"""German by default; the compiled English translation switches every visible text."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from kidesk import paths
from kidesk.ui import translatable_labels, workstation_settings
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
    assert window.tabs.tabText(0) == "Übersicht"
    assert window.tabs.tabText(1) == "Kontakte"
    assert window.contacts_tab.new_button.text() == "Neu"


def test_english_translation_switches_texts(qtbot, office, english):
    db, _ids = office
    assert english, "kidesk_en.qm did not load"
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(5)] == [
        "Overview",
        "Contacts",
        "Partner organisations",
        "Events",
        "Volunteers",
    ]
    assert window.menuBar().actions()[0].text() == "&File"
    contacts = window.contacts_tab
    assert contacts.new_button.text() == "New"  # defined in the shared RecordListTab
    assert contacts.editor.fields["last_name"].label.text() == "&Last name:"
    assert contacts.count_label.text().endswith("contacts")
    assert contacts.model.headerData(0, Qt.Orientation.Horizontal) == "Last name"
    assert contacts.editor.salutation.itemText(0) == "Ms"
    assert window.organisations_tab.editor.fields["name"].label.text() == "&Name:"


TS_FILE = paths.resource_path("translations", "kidesk_en.ts")
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{[^{}]*\}|%[sd]")


def _messages():
    root = ET.parse(TS_FILE).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source"), translation, forms


def test_every_message_is_translated():
    unfinished = [(c, s) for c, s, t, _ in _messages() if t.get("type") == "unfinished"]
    empty = [(c, s) for c, s, _t, forms in _messages() if not all(f.strip() for f in forms)]
    assert unfinished == []
    assert empty == []
    assert len(list(_messages())) > 800


def test_no_translation_is_dropped_by_lrelease():
    """Labels lupdate cannot see (vocab, dynamic) must not be left marked vanished/obsolete."""
    dropped = [(c, s) for c, s, t, _ in _messages() if t.get("type") in ("vanished", "obsolete")]
    assert dropped == []


def test_every_source_string_has_a_finished_translation(tmp_path):
    """Run lupdate over the UI as README says, on a copy of the .ts: a tr() text added to the code
    but not to kidesk_en.ts comes back unfinished, one removed from the code comes back vanished."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists(), "PySide6 ships pyside6-lupdate next to the interpreter"
    ui = Path(translatable_labels.__file__).parent
    copy = tmp_path / "kidesk_en.ts"
    shutil.copy(TS_FILE, copy)
    sources = sorted(str(f) for f in ui.rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(copy)], check=True, capture_output=True)
    root = ET.parse(copy).getroot()
    open_entries = [
        (context.findtext("name"), message.findtext("source"), message.find("translation").get("type"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert open_entries == [], "run pyside6-lupdate, translate, then pyside6-lrelease (README)"


def test_placeholders_survive_translation():
    wrong = []
    for context, source, _t, forms in _messages():
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(wanted)):
                wrong.append((context, source, form))
        if source.count("&") - 2 * source.count("&&") > 0:  # a mnemonic in German wants one in English
            if any(f.count("&") - 2 * f.count("&&") != 1 for f in forms):
                wrong.append((context, source, forms))
        for tag in re.findall(r"</?\w+>", source):
            if any(tag not in f for f in forms):
                wrong.append((context, source, forms))
    assert wrong == []


def _labels_passed_as_variables() -> list[tuple[str, str]]:
    """(context, German text) of every text the UI hands to translate() in a variable or via ``_tr()``."""
    import ast

    from kidesk.db import vocab
    from kidesk.services import column_mapping, contact_export, contact_import, duplicates
    from kidesk.services import volunteers as vs
    from kidesk.ui.export_dialog import FORMAT_LABELS

    labels = [
        ("vocab", label) for name in dir(vocab) if name.endswith("_LABELS") for label in getattr(vocab, name).values()
    ]
    labels += [("vocab", label) for label in (*vs.DUE_KIND_LABELS.values(), *vs.LANGUAGE_LEVEL_LABELS.values())]
    labels += [("vocab", t.label) for t in column_mapping.TARGETS]
    labels += [("ExportDialog", label) for label in (*contact_export.WHAT_LABELS.values(), *FORMAT_LABELS.values())]
    labels += [("ImportPlanDialog", label) for label in contact_import.ACTION_LABELS.values()]
    labels += [
        ("MergePanel", label)
        for fields in (duplicates.FIELD_LABELS, duplicates.VOLUNTEER_FIELDS, duplicates.AFFILIATION_FIELDS)
        for label in fields.values()
    ]
    assert len(duplicates.REASONS) >= 5
    labels += [("DuplicatesView", reason) for reason in duplicates.REASONS]
    for context, module in (
        ("ExportDialog", "export_dialog.py"),
        ("ImportDialog", "import_dialog.py"),
        ("VolunteerTableModel", "models/volunteer_table_model.py"),
    ):
        tree = ast.parse((Path(translatable_labels.__file__).parent / module).read_text(encoding="utf-8"))
        labels += [
            (context, node.args[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_tr"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ]
    return labels


def test_labels_passed_as_variables_are_visible_to_lupdate():
    missing = sorted(set(_labels_passed_as_variables()) - set(translatable_labels.LABELS))
    assert missing == [], "add them to kidesk/ui/translatable_labels.py, then run lupdate"


def test_labels_passed_as_variables_are_translated(english):
    untranslated = sorted(
        {
            (c, s)
            for c, s in _labels_passed_as_variables()
            if QCoreApplication.translate(c, s) == s and s not in SAME_IN_ENGLISH
        }
    )
    assert untranslated == []


SAME_IN_ENGLISH = {
    "Fax",
    "Organisation",
    "Name",
    "Status",
    "Person",
    "Export",
    "Import",
    "A1",
    "A2",
    "B1",
    "B2",
    "C1",
    "C2",
}


def test_events_tab_in_english(qtbot, db, english):
    from kidesk.ui.events_tab import EventsTab
    from tests.event_fixtures import build_event_world

    build_event_world(db)
    tab = EventsTab(db)
    qtbot.addWidget(tab)
    assert tab.new_button.text() == "New"
    assert tab.duplicate_button.text() == "Duplicate"
    assert tab.series_button.text() == "Series …"
    assert tab.show_past.text() == "include past"
    assert tab.kind_filter.itemText(0) == "all kinds"
    assert "Qualification module" in [tab.kind_filter.itemText(i) for i in range(tab.kind_filter.count())]
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == ["Event", "Invite list", "Paperwork && mailing"]
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "Title"
    tab.show_past.setChecked(True)
    assert tab.model.rowCount() > 0
    statuses = {
        tab.model.index(r, c).data() for r in range(tab.model.rowCount()) for c in range(tab.model.columnCount())
    }
    assert statuses & {"planned", "confirmed", "held", "cancelled"}
    assert not statuses & {"in Planung", "bestätigt", "durchgeführt", "abgesagt"}
    assert _mnemonic_clashes(tab) == {}


def _mnemonic_clashes(widget):
    from collections import defaultdict

    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys = defaultdict(list)
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        text = child.text().replace("&&", "")
        if "&" in text:
            keys[text[text.index("&") + 1].lower()].append(text)
    return {k: v for k, v in keys.items() if len(v) > 1}


def test_volunteers_tab_in_english(qtbot, db, english):
    from kidesk.ui.volunteers import VolunteersTab
    from tests.services.volunteer_sample_data import build_sample

    build_sample(db)
    tab = VolunteersTab(db)
    qtbot.addWidget(tab)
    headers = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]
    assert {"Name", "Municipality", "Engagement areas", "Police certificate due"} <= set(headers)
    assert tab.count_label.text().endswith("volunteers")
    assert tab.pages.tabText(0) == "Overview"
    assert tab.pages.tabText(1).startswith("Due")
    assert tab.save_button.text() == "&Save"
    rows = {tab.model.index(r, 1).data() for r in range(tab.model.rowCount())}
    assert rows and rows <= {"active", "paused", "inactive"}


def test_counts_of_one_take_the_singular_in_english(qtbot, db, english):
    """ "+1 contributors" and "1 seats free" were German plural habits carried into English."""
    from kidesk.services import events as ev
    from kidesk.ui.invite_list_panel import InviteListPanel
    from tests.event_fixtures import build_event_world

    w = build_event_world(db)  # module 2: one speaker, no guests
    with db.session() as s:
        from kidesk.db.models import Event

        s.get(Event, w.module2).capacity = 1
    assert ev.event_counts(db, w.module2).contributors == 1
    panel = InviteListPanel(db)
    qtbot.addWidget(panel)
    panel.set_event(w.module2)
    text = panel.counts.text()
    assert "+1 contributor (" in text and "contributors" not in text, text
    assert "<b>1</b> seat free" in text, text
