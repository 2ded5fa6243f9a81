"""The event laptop in the window (issue 20): "Für Laptop mitnehmen …", "Vom Laptop übernehmen …" with
the walk-in question, and the banner of a window on a pack file. Real files, real widgets."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from kidesk.db.database import open_database
from kidesk.db.models import Contact
from kidesk.services import event_pack
from kidesk.services import events as ev
from kidesk.ui import event_pack_dialog
from kidesk.ui.common import file_dialogs
from kidesk.ui.event_pack_dialog import EventMergeDialog
from kidesk.ui.events_tab import EventsTab
from kidesk.ui.main_window import MainWindow
from tests.event_fixtures import build_event_world, hold_today
from tests.ui.keyboard_walk import check_window


def _when_modal(action):
    """Run ``action(dialog)`` as soon as a modal dialog is up (the tab's exec() runs the loop)."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            action(dialog)

    QTimer.singleShot(0, poll)


def _office_with_pack(db, tmp_path):
    world = build_event_world(db)
    hold_today(db, world.module2)
    ev.invite_contacts(db, world.module2, [world.ayse, world.hans])
    pack_file = tmp_path / "einlass.kidesk-paket"
    event_pack.create_pack(db, world.module2, pack_file)
    return world, pack_file


def _door(pack_file, world):
    laptop = open_database(pack_file)
    try:
        ev.check_in(laptop, ev.find_by_name(laptop, world.module2, "Hans Meyer").participation_id)
        ev.check_in_walk_in(laptop, world.module2, ev.WalkInData("Olga", "Petrova"))  # an office contact
        ev.check_in_walk_in(laptop, world.module2, ev.WalkInData("Şükrü", "Yıldırımoğlu"))  # nobody known
    finally:
        laptop.dispose()


def test_pack_action_saves_a_pack_of_the_open_event(qtbot, db, tmp_path, monkeypatch):
    world = build_event_world(db)
    tab = EventsTab(db)
    qtbot.addWidget(tab)
    tab.jump_to(world.module2)
    target = tmp_path / "mit"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    messages = []
    tab.status_message.connect(messages.append)
    assert tab.pack_action.isEnabled()
    text = tab.pack_for_laptop()
    written = tmp_path / "mit.kidesk-paket"
    assert written.exists() and text and str(written) in text and messages == [text]
    assert event_pack.pack_info(written).event_id == world.module2


def test_merge_dialog_asks_about_a_walk_in_and_links_only_when_chosen(qtbot, db, tmp_path):
    world, pack_file = _office_with_pack(db, tmp_path)
    _door(pack_file, world)
    tab = EventsTab(db)
    qtbot.addWidget(tab)
    seen = {}

    def answer(dialog):
        assert isinstance(dialog, EventMergeDialog)
        seen["problems"] = check_window(dialog)
        (combo,) = dialog.choices.values()  # only Olga has a suggestion; Şükrü is simply new
        seen["default"] = combo.currentData()
        combo.setCurrentIndex(combo.findData(world.olga))
        seen["details"] = dialog.details.toPlainText()
        dialog.merge_button.click()

    _when_modal(answer)
    result = tab.merge_from_laptop(str(pack_file))
    assert seen["problems"] == []
    assert seen["default"] is None  # "neue Person anlegen" is preselected
    assert "Hans Meyer" in seen["details"]
    assert result is not None and result.changed and not result.dry_run
    statuses = {r.contact_id: r.status for r in ev.invitees(db, world.module2)}
    assert statuses[world.olga] == "attended" and statuses[world.hans] == "attended"
    with db.session() as s:
        assert s.query(Contact).filter_by(last_name="Petrova").count() == 1
        assert s.query(Contact).filter_by(last_name="Yıldırımoğlu").count() == 1

    _when_modal(lambda box: box.accept())  # the "nothing new" message
    again = tab.merge_from_laptop(str(pack_file))
    assert again is not None and not again.changed


def test_cancel_in_the_merge_dialog_changes_nothing(qtbot, db, tmp_path):
    world, pack_file = _office_with_pack(db, tmp_path)
    _door(pack_file, world)
    tab = EventsTab(db)
    qtbot.addWidget(tab)
    _when_modal(lambda dialog: dialog.reject())
    assert tab.merge_from_laptop(str(pack_file)) is None
    assert {r.contact_id: r.status for r in ev.invitees(db, world.module2)}[world.hans] == "invited"


def test_a_window_on_a_pack_shows_the_banner(qtbot, db, tmp_path):
    world, pack_file = _office_with_pack(db, tmp_path)
    office = MainWindow(db)
    qtbot.addWidget(office)
    assert office.findChild(QLabel, "eventPackBanner") is None
    laptop = open_database(pack_file)
    try:
        window = MainWindow(laptop)
        qtbot.addWidget(window)
        window.show()
        banner = window.findChild(QLabel, "eventPackBanner")
        assert banner is not None and banner.isVisible()
        assert "Asylrecht kompakt" in banner.text() and "nur für den Einlass" in banner.text()
        window.close()
    finally:
        laptop.dispose()


def test_merge_summary_counts(db, tmp_path):
    world, pack_file = _office_with_pack(db, tmp_path)
    _door(pack_file, world)
    result = event_pack.merge_pack(db, pack_file)
    assert (
        event_pack_dialog.merge_summary(result) == "Vom Laptop übernommen: 3 Statusänderungen, 2 Gäste ohne Anmeldung."
    )
