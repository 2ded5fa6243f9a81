"""A list shows what another workstation changed without F5 (issue 20, item 3)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kidesk.db.database import open_database
from kidesk.db.models import Contact
from kidesk.ui.common import change_polling
from kidesk.ui.contacts_tab import ContactsTab
from tests.ui.conftest import type_text

NAMES = ["Yılmaz", "محمدی", "رضایی‌نژاد", "Шевченко", "ئەحمەد", "Öztürk", "Al-" + "Abdulrahman-" * 5 + "X"]


@pytest.fixture
def two_desks(qtbot, db, db_path, monkeypatch):
    """The tab on ``db``; ``other`` is a second workstation's handle on the same file."""
    monkeypatch.setattr(change_polling, "POLL_INTERVAL_MS", 100)
    with db.session() as s:
        s.add_all(
            Contact(last_name=f"{NAMES[i % len(NAMES)]} {i:03d}", first_name="Eva", city="Herford") for i in range(400)
        )
    other = open_database(db_path)
    tab = ContactsTab(db)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=3000)
    yield tab, other
    other.dispose()


def _ids(tab):
    return [tab.model.record_id(r) for r in range(tab.model.rowCount())]


def test_a_change_elsewhere_shows_without_f5_keeping_selection_scroll_and_filter(qtbot, two_desks):
    tab, other = two_desks
    type_text(qtbot, tab.search, "Eva")
    tab.apply_filters()
    while tab.model.rowCount() < 300 and tab.model.canFetchMore():
        tab.model.fetchMore()
    tab.table.setFocus()
    row = 250
    tab._select_row(row)
    chosen = tab.model.record_id(row)
    bar = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    scroll = bar.value()
    with other.session() as s:  # the other desk adds a person and edits the open one
        s.add(Contact(last_name="Aaberg =SUM(A1) <b>", first_name="Eva"))
        s.get(Contact, chosen).city = "Bünde"
    qtbot.waitUntil(lambda: tab.change_poller.refreshes >= 1, timeout=5000)
    qtbot.waitUntil(lambda: tab.model.total == 401, timeout=2000)
    assert tab.search.text() == "Eva"  # the filter stays
    assert tab.selected_ids() == [chosen] and tab.current_record_id() == chosen
    assert bar.value() == scroll
    assert tab.editor.fields["city"].widget.text() == "Bünde"  # the open record shows the edit
    assert not tab.has_unsaved_input()


def test_unsaved_input_is_never_replaced_by_a_refresh(qtbot, two_desks):
    tab, other = two_desks
    tab._select_row(0)
    chosen = tab.current_record_id()
    city = tab.editor.fields["city"].widget
    city.selectAll()
    type_text(qtbot, city, "Löhne")
    assert tab.has_unsaved_input()
    with other.session() as s:
        s.get(Contact, chosen).city = "Vlotho"
        s.add(Contact(last_name="Neu", first_name="Eva"))
    qtbot.wait(600)  # several polls
    assert tab.change_poller.refreshes == 0 and tab.model.total == 400
    assert city.text() == "Löhne" and tab.has_unsaved_input()
    tab.revert()  # once the input is gone, the list catches up by itself
    qtbot.waitUntil(lambda: tab.model.total == 401, timeout=5000)


def test_no_polling_while_another_window_is_active(qtbot, two_desks):
    tab, other = two_desks
    from PySide6.QtWidgets import QWidget

    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is elsewhere, timeout=3000)
    with other.session() as s:
        s.add(Contact(last_name="Später", first_name="Eva"))
    qtbot.wait(500)
    assert tab.model.total == 400
    tab.activateWindow()
    qtbot.waitUntil(lambda: tab.model.total == 401, timeout=5000)


def test_the_door_list_follows_a_check_in_at_the_second_entrance(qtbot, db, db_path, monkeypatch):
    from kidesk.services import events as ev
    from kidesk.ui.checkin_view import CheckinView
    from tests.event_fixtures import build_event_world, hold_today

    monkeypatch.setattr(change_polling, "POLL_INTERVAL_MS", 100)
    world = build_event_world(db)
    hold_today(db, world.module2)
    ev.invite_active_volunteers(db, world.module2)
    view = CheckinView(db, world.module2)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    assert view.tally.text().startswith("0 anwesend")
    other = open_database(db_path)
    try:
        second_door = {r.contact_id: r for r in ev.checkin_candidates(other, world.module2)}[world.ayse]
        ev.check_in(other, second_door.participation_id)
        qtbot.waitUntil(lambda: view.tally.text().startswith("1 anwesend"), timeout=5000)
    finally:
        other.dispose()
