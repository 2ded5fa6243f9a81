"""The events tab with real widgets on a real database: list, editor, invite list, status, series, paperwork."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from kidesk.services import events as ev
from kidesk.services import printing
from kidesk.ui import event_paperwork
from kidesk.ui.common import choice_dialog, file_dialogs
from kidesk.ui.events_tab import EventsTab
from kidesk.ui.models.checkin_list_model import CheckinListModel
from kidesk.ui.models.event_list_model import EventListModel, EventListQuery
from kidesk.ui.models.event_table_model import EventTableModel
from kidesk.ui.models.invitee_table_model import InviteeTableModel
from kidesk.ui.models.series_matrix_model import SeriesMatrixModel
from tests.event_fixtures import build_event_world, hold_today


@pytest.fixture
def world(db):
    return build_event_world(db)


@pytest.fixture
def no_dialogs(monkeypatch):
    """Every modal question is answered Yes; warnings/information are recorded, never shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: shown.append((title, text)))
    )
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, title, text, *a, **k: shown.append((title, text)))
    )
    return shown


@pytest.fixture
def tab(qtbot, db, world, no_dialogs):
    widget = EventsTab(db)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    return widget


def _select_people(tab, contact_ids):
    panel = tab.invites
    sm = panel.view.selectionModel()
    sm.clearSelection()
    for row in range(panel.model.rowCount()):
        if panel.model.row_at(row).contact_id in contact_ids:
            sm.select(
                panel.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def _statuses(db, event_id):
    return {r.contact_id: r.status for r in ev.invitees(db, event_id)}


# -- models ----------------------------------------------------------------------------------


def test_item_models_pass_the_model_tester(qtmodeltester, db, world):
    ev.invite_active_volunteers(db, world.module2)
    events_model = EventTableModel()
    events_model.set_rows(ev.list_events(db, include_past=True))
    qtmodeltester.check(events_model)
    listed = EventListModel(db)  # the tab's list: the common lazy model over the service's list
    assert [listed.row_at(r).id for r in range(listed.rowCount())] == [world.module2]  # upcoming only
    listed.set_query(EventListQuery(include_past=True))
    assert [listed.row_at(r).id for r in range(listed.rowCount())] == [
        r.id for r in ev.list_events(db, include_past=True)
    ]
    assert listed.row_of(world.module1) is not None and listed.row_of(10_000) is None
    qtmodeltester.check(listed)
    listed.set_query(EventListQuery(include_past=True, kind="thank_you"))
    assert [listed.row_at(r).id for r in range(listed.rowCount())] == [world.thank_you]
    qtmodeltester.check(listed)
    invitees = InviteeTableModel()
    invitees.set_rows(ev.invitees(db, world.module2))
    qtmodeltester.check(invitees)
    checkin = CheckinListModel()
    checkin.set_rows(ev.checkin_candidates(db, world.module2))
    qtmodeltester.check(checkin)
    matrix = SeriesMatrixModel()
    matrix.set_matrix(ev.series_matrix(db, world.series))
    qtmodeltester.check(matrix)
    empty = SeriesMatrixModel()
    qtmodeltester.check(empty)
    from kidesk.ui.models.id_name_list_model import IdNameListModel

    names = IdNameListModel([(1, "Caritas"), (2, "AWO")], checkable=True)
    names.set_checked(2)
    qtmodeltester.check(names)
    assert names.checked_ids() == [2]
    assert matrix.rowCount() == 3 and matrix.columnCount() == 3


# -- list and editor -------------------------------------------------------------------------


def test_list_shows_upcoming_first_and_past_on_demand_with_filters(tab, world):
    assert [tab.model.row_at(r).id for r in range(tab.model.rowCount())] == [world.module2]
    tab.show_past.setChecked(True)
    assert [tab.model.row_at(r).id for r in range(tab.model.rowCount())] == [
        world.module2,
        world.module1,
        world.thank_you,
    ]
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("thank_you"))
    assert [tab.model.row_at(r).id for r in range(tab.model.rowCount())] == [world.thank_you]
    tab.kind_filter.setCurrentIndex(0)
    tab.series_filter.setCurrentIndex(tab.series_filter.findData(world.series))
    assert tab.model.rowCount() == 2
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("done"))
    assert [tab.model.row_at(r).id for r in range(tab.model.rowCount())] == [world.module1]


def test_selecting_an_event_loads_the_editor(tab, world):
    assert tab.current_event_id == world.module2  # the next event is chosen on opening
    tab.show_past.setChecked(True)
    tab.jump_to(world.module1)
    assert tab.editor.title.text() == "Fit für den Konsumalltag"
    tab.jump_to(world.module2)
    assert tab.current_event_id == world.module2
    assert tab.editor.title.text() == "Asylrecht kompakt"
    assert tab.editor.series.currentData() == world.series and tab.editor.module.value() == 2
    assert tab.editor.hosts.count() == 2 and tab.editor.speakers.count() == 1
    assert tab.editor.capacity.value() == 3 and tab.editor.has_deadline.isChecked()


def test_new_event_typed_and_saved(qtbot, tab, db, world):
    tab.new_record()
    qtbot.keyClicks(tab.editor.title, "Netzwerktreffen widunetz")
    tab.editor.kind.setCurrentIndex(tab.editor.kind.findData("network_meeting"))
    qtbot.keyClicks(tab.editor.venue_name, "Kreishaus Herford")
    tab.editor.host_org.setCurrentIndex(tab.editor.host_org.findData(world.ki))
    tab.editor.host_role.setCurrentIndex(tab.editor.host_role.findData("organiser"))
    qtbot.mouseClick(tab.editor.add_host, Qt.MouseButton.LeftButton)
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    new_id = tab.current_event_id
    assert new_id is not None
    saved = ev.load_event(db, new_id)
    assert saved.title == "Netzwerktreffen widunetz" and saved.kind == "network_meeting"
    assert [(h.organisation_id, h.role) for h in saved.hosts] == [(world.ki, "organiser")]
    assert tab.model.row_of(new_id) is not None and not tab.save_button.isEnabled()


def test_a_saved_event_the_filters_hide_is_shown_with_the_filters_cleared(qtbot, tab, world):
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("thank_you"))
    tab.new_record()
    qtbot.keyClicks(tab.editor.title, "Netzwerktreffen widunetz")
    tab.editor.kind.setCurrentIndex(tab.editor.kind.findData("network_meeting"))
    assert tab.save()
    new_id = tab.current_event_id
    assert tab.kind_filter.currentData() is None and tab.show_past.isChecked()
    row = tab.model.row_of(new_id)
    assert row is not None and tab.table.currentIndex().row() == row


def test_a_list_reload_keeps_the_unsaved_input_of_the_open_event(qtbot, tab, world):
    tab.jump_to(world.module2)
    tab.editor.title.selectAll()
    qtbot.keyClicks(tab.editor.title, "Noch nicht gespeichert")
    tab.show_past.setChecked(True)  # the list reloads under the open event
    tab.invites.list_changed.emit()
    assert tab.editor.title.text() == "Noch nicht gespeichert" and tab.save_button.isEnabled()
    assert tab.model.row_at(tab.table.currentIndex().row()).id == world.module2


def test_saving_an_invalid_event_shows_the_message_and_keeps_the_input(qtbot, tab, no_dialogs):
    tab.new_record()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)  # no title
    assert no_dialogs and "Titel" in no_dialogs[-1][1]
    assert tab.current_event_id is None and tab.save_button.isEnabled()


def test_duplicate_plans_the_next_module(qtbot, tab, db, world):
    tab.jump_to(world.module2)
    qtbot.mouseClick(tab.duplicate_button, Qt.MouseButton.LeftButton)
    new_id = tab.current_event_id
    assert new_id != world.module2
    assert tab.editor.module.value() == 3
    assert tab.editor.title.text() == "Asylrecht kompakt"
    assert ev.load_event(db, new_id).starts_at == ev.load_event(db, world.module2).starts_at + dt.timedelta(days=44)


def test_delete_asks_and_removes(qtbot, tab, db, world):
    tab.jump_to(world.module2)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0 and tab.current_event_id is None
    assert world.module2 not in [r.id for r in ev.list_events(db, include_past=True)]


# -- invite list and status ------------------------------------------------------------------


def test_invite_all_active_volunteers_in_one_click_and_never_twice(qtbot, tab, db, world):
    tab.jump_to(world.module2)
    panel = tab.invites
    qtbot.mouseClick(panel.add_volunteers, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 4  # speaker + 3 active volunteers
    qtbot.mouseClick(panel.add_volunteers, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.add_earlier, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 4
    assert "3 eingeladen" in panel.counts.text().replace("<b>", "").replace("</b>", "")
    assert "Schulz, Maria" in panel.address_warning.text()


def test_invite_list_counts_name_the_guests_the_events_list_counts(qtbot, tab, db, world):
    # module2: a registered speaker plus one registered guest; capacity 3
    tab.jump_to(world.module2)
    panel = tab.invites
    panel.invite_people([world.ayse])
    _select_people(tab, {world.ayse})
    qtbot.mouseClick(panel.status_buttons["registered"], Qt.MouseButton.LeftButton)
    row = tab.model.row_at(tab.model.row_of(world.module2))
    assert tab.model.data(tab.model.index(tab.model.row_of(world.module2), EventTableModel.COL_PEOPLE)) == "1/3 / 1 +1"
    text = panel.counts.text().replace("<b>", "").replace("</b>", "")
    # every number of the events list appears in the panel, said what it counts (one rule: counts.py)
    assert "1 angemeldet" in text
    assert f"{row.registered} von {row.capacity} Plätzen belegt" in text
    assert "1 auf der Liste" in text and "+1 Mitwirkende" in text


def test_invite_organisations_and_network_through_the_choice_dialog(qtbot, tab, db, world, monkeypatch):
    tab.jump_to(world.module2)
    answers = iter([[world.awo], [world.widunetz]])
    monkeypatch.setattr(choice_dialog.ChoiceDialog, "choose", classmethod(lambda cls, *a, **k: next(answers)))
    qtbot.mouseClick(tab.invites.add_organisations, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.invites.add_network, Qt.MouseButton.LeftButton)
    assert set(_statuses(db, world.module2)) == {world.petra, world.olga, world.sogol, world.hans}


def test_status_workflow_with_buttons_and_waiting_list(qtbot, tab, db, world):
    tab.jump_to(world.module2)
    panel = tab.invites
    panel.invite_people([world.ayse, world.jonas, world.maria, world.hans])
    _select_people(tab, {world.ayse, world.jonas, world.maria, world.hans})
    qtbot.mouseClick(panel.status_buttons["registered"], Qt.MouseButton.LeftButton)
    statuses = _statuses(db, world.module2)
    assert sorted(statuses[c] for c in (world.ayse, world.jonas, world.maria, world.hans)) == [
        "registered",
        "registered",
        "registered",
        "waitlisted",
    ]
    assert "Plätze frei" in panel.counts.text() and "<b>0</b> Plätze frei" in panel.counts.text()
    registered = [c for c in (world.ayse, world.jonas, world.maria, world.hans) if statuses[c] == "registered"]
    waiting = next(c for c in (world.ayse, world.jonas, world.maria, world.hans) if statuses[c] == "waitlisted")
    _select_people(tab, {registered[0]})
    messages = []
    tab.status_message.connect(messages.append)
    qtbot.mouseClick(panel.status_buttons["declined"], Qt.MouseButton.LeftButton)
    assert _statuses(db, world.module2)[waiting] == "registered"
    assert "nachgerückt" in messages[-1]
    _select_people(tab, {registered[1]})
    qtbot.mouseClick(panel.status_buttons["attended"], Qt.MouseButton.LeftButton)
    assert _statuses(db, world.module2)[registered[1]] == "attended"
    # the status cell's tooltip tells the history with times
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r).contact_id == registered[1])
    tip = panel.model.data(panel.model.index(row, InviteeTableModel.COL_STATUS), Qt.ItemDataRole.ToolTipRole)
    assert [line.split("  ")[1] for line in tip.splitlines()] == [
        "eingeladen – von Hand hinzugefügt",
        "angemeldet",
        "teilgenommen",
    ]
    # the events list shows the new numbers
    row = tab.model.row_at(tab.model.row_of(world.module2))
    assert (row.registered, row.attended) == (3, 1)


def test_remove_from_list_after_confirmation(qtbot, tab, db, world):
    tab.jump_to(world.module2)
    tab.invites.invite_people([world.hans])
    _select_people(tab, {world.hans})
    assert tab.invites.remove_selected() == 1
    assert world.hans not in _statuses(db, world.module2)


# -- series ------------------------------------------------------------------------------------


def test_series_dialog_edits_the_rule_and_shows_the_matrix(qtbot, tab, db, world, qtmodeltester):
    dialog = tab.open_series()
    qtbot.addWidget(dialog)
    editor = dialog.editor
    assert editor.title.text().startswith("Basisqualifikation")
    assert editor.modules_model.rowCount() == 2
    matrix = editor.matrix_model
    qtmodeltester.check(matrix)
    names = [matrix.headerData(r, Qt.Orientation.Vertical) for r in range(matrix.rowCount())]
    assert names == ["Müller, Jonas", "Schulz, Maria", "Yılmaz, Ayşe"]
    assert matrix.data(matrix.index(0, 0)) == "✓" and matrix.data(matrix.index(1, 0)) == "–"
    assert matrix.data(matrix.index(0, 2)) == "1/2"
    editor.min_modules.setValue(1)
    editor.save()
    assert [s.certificate_min_modules for s in ev.list_series(db)] == [1]
    assert editor.matrix_model.data(editor.matrix_model.index(0, 2)).endswith("✓")
    # a new series
    editor.new_series()
    qtbot.keyClicks(editor.title, "Sprachpatenschaften")
    new_id = editor.save()
    assert new_id is not None and tab.series_filter.findData(new_id) >= 0
    dialog.close()


def test_double_click_on_a_module_opens_it(qtbot, tab, world):
    dialog = tab.open_series()
    qtbot.addWidget(dialog)
    view = dialog.editor.modules_view
    first = dialog.editor.modules_model.index(0, 1)
    assert dialog.editor.modules_model.row_at(0).id == world.module1
    qtbot.waitExposed(dialog)
    pos = view.visualRect(first).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # Qt 6 item views want the press first
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert tab.current_event_id == world.module1 and tab.show_past.isChecked()
    assert not dialog.isVisible()


def test_plan_next_module_from_the_series_dialog(qtbot, tab, db, world):
    dialog = tab.open_series()
    qtbot.addWidget(dialog)
    dialog.editor.next_module_button.click()
    assert tab.editor.module.value() == 3
    assert ev.load_event(db, tab.current_event_id).series_id == world.series


# -- paperwork -----------------------------------------------------------------------------------


def test_send_by_mail_opens_one_mailto_per_chunk_with_bcc(qtbot, tab, db, world, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    tab.jump_to(world.module2)
    tab.invites.invite_active_volunteers()
    qtbot.mouseClick(tab.paperwork.send_mail, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    query = parse_qs(urlsplit(opened[0]).query)
    assert sorted(query["bcc"][0].split(",")) == ["ayse@example.org", "jonas@example.org"]
    assert query["subject"][0].startswith("Einladung: Asylrecht kompakt")


def test_copy_addresses_to_clipboard(qtbot, tab, world):
    tab.jump_to(world.module2)
    tab.invites.invite_active_volunteers()
    qtbot.mouseClick(tab.paperwork.copy_addresses, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "jonas@example.org; ayse@example.org"


def test_certificates_when_nobody_meets_the_rule_say_so(qtbot, tab, world, monkeypatch, no_dialogs):
    previews = []
    monkeypatch.setattr(event_paperwork.print_preview, "show_pdf_preview", lambda *a, **k: previews.append(a))
    tab.jump_to(world.module2)
    qtbot.mouseClick(tab.paperwork.certificates, Qt.MouseButton.LeftButton)
    assert previews == [] and "Teilnahmebescheinigung" in no_dialogs[-1][1]


def test_letters_warn_about_missing_addresses_and_print_only_the_others(qtbot, tab, world, monkeypatch):
    calls = []
    monkeypatch.setattr(printing, "print_invitations", lambda db, **kw: calls.append(kw) or b"%PDF-1.4")
    previews = []
    monkeypatch.setattr(event_paperwork.print_preview, "show_pdf_preview", lambda *a, **k: previews.append(a))
    tab.jump_to(world.module2)
    tab.invites.invite_active_volunteers()
    assert tab.paperwork.print_invitations()
    assert calls[0]["event_id"] == world.module2
    assert sorted(calls[0]["contact_ids"]) == sorted([world.ayse, world.jonas])  # Maria has no address
    assert len(previews) == 1
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert not tab.paperwork.print_invitations()
    assert len(calls) == 1


PRODUCTS = [
    ("letters", "print_invitations"),
    ("labels", "print_labels"),
    ("badges", "print_badges"),
    ("flyer", "print_flyer"),
    ("attendance", "print_attendance"),
    ("certificates", "print_certificates"),
]


@pytest.mark.parametrize(("button", "function"), PRODUCTS)
def test_each_paperwork_button_previews_a_real_pdf(qtbot, tab, db, world, monkeypatch, no_dialogs, button, function):
    import io

    from pypdf import PdfReader

    from kidesk.db import settings

    with db.session() as s:
        settings.put(s, settings.OWN_ORGANISATION_ID, world.ki)
    previews = []
    monkeypatch.setattr(event_paperwork.print_preview, "show_pdf_preview", lambda *a, **k: previews.append(a))
    if button == "certificates":  # a module counts for a certificate once it has taken place
        hold_today(db, world.module2)
    tab.jump_to(world.module2)
    tab.invites.invite_active_volunteers()  # Maria has no address: letters/labels print for the others
    tab.invites.invite_earlier_module_attendees()
    _select_people(tab, {world.ayse, world.jonas})
    # both attended module 1; attending module 2 too meets the series' rule of two modules
    tab.invites.set_selected_status("attended" if button == "certificates" else "registered")
    if button == "flyer":  # the flyer asks size and design first: the defaults (A4, "klar")
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())
    qtbot.mouseClick(getattr(tab.paperwork, button), Qt.MouseButton.LeftButton)
    assert no_dialogs == [] and len(previews) == 1, no_dialogs
    reader = PdfReader(io.BytesIO(previews[0][1]))
    assert len(reader.pages) >= 1


def test_export_calendar_through_the_file_dialog(qtbot, tab, world, tmp_path, monkeypatch):

    target = tmp_path / "modul"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", (lambda *a, **k: (str(target), "")))
    tab.jump_to(world.module2)
    path = tab.export_calendar()
    assert path == str(target) + ".ics"
    assert b"SUMMARY:Asylrecht kompakt" in (tmp_path / "modul.ics").read_bytes()
    assert tab.export_calendar(all_upcoming=True)


def test_switching_events_with_unsaved_changes_saves_and_shows_the_chosen_one(qtbot, tab, db, world, monkeypatch):
    tab.show_past.setChecked(True)
    tab.jump_to(world.module2)
    tab.editor.room.selectAll()
    qtbot.keyClicks(tab.editor.room, "Raum 114")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save))
    tab.jump_to(world.thank_you)
    assert ev.load_event(db, world.module2).room == "Raum 114"
    assert tab.current_event_id == world.thank_you
    assert tab.editor.title.text().startswith("#DANKE")


def test_refresh_picks_up_records_added_elsewhere(tab, db):
    from kidesk.db.models import Organisation

    with db.session() as s:
        s.add(Organisation(name="Frauentreff Bünde e.V."))
    tab.refresh()
    assert tab.editor.host_org.findText("Frauentreff Bünde e.V.") >= 0


def test_maybe_leave_asks_about_unsaved_changes(qtbot, tab, db, world, monkeypatch):
    tab.jump_to(world.module2)
    tab.editor.title.selectAll()
    qtbot.keyClicks(tab.editor.title, "Asylrecht Vertiefung")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    assert tab.maybe_leave() is False
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save))
    assert tab.maybe_leave() is True
    assert ev.load_event(db, world.module2).title == "Asylrecht Vertiefung"


def test_choice_dialog_filters_and_returns_the_checked_ids(qtbot):
    dialog = choice_dialog.ChoiceDialog(
        "Organisationen", "Bitte wählen", [(1, "Caritasverband Herford"), (2, "AWO Herford"), (3, "Stadt Bünde")]
    )
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "herford")
    assert dialog.proxy.rowCount() == 2
    # tick "Stadt Bünde" the way the view does, "AWO" directly
    proxy_row = next(r for r in range(dialog.proxy.rowCount()) if dialog.proxy.index(r, 0).data() == "AWO Herford")
    assert dialog.proxy.setData(dialog.proxy.index(proxy_row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    dialog.model.set_checked(3)
    assert dialog.chosen_ids() == [2, 3]
    dialog.model.set_checked(3, False)
    assert dialog.chosen_ids() == [2]
    single = choice_dialog.ChoiceDialog("Netzwerk", "", [(7, "widunetz")], multiple=False)
    qtbot.addWidget(single)
    assert single.chosen_ids() == []
    single.view.setCurrentIndex(single.proxy.index(0, 0))
    assert single.chosen_ids() == [7]


def test_refresh_with_many_contacts_keeps_the_interpreter_healthy(tab, db):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per addItem/setData call: a
    combo filled item by item with 20 000 contacts aborts the interpreter. The editor's
    long lists go through one model reset instead (on Python ≥ 3.12 None is immortal)."""
    import sys

    from sqlalchemy import insert

    from kidesk.db.models import Contact

    with db.session() as s:
        s.execute(insert(Contact), [{"first_name": "Vor", "last_name": f"Nach{i}"} for i in range(3000)])
    before = sys.getrefcount(None)
    tab.refresh()
    tab.refresh()
    assert tab.editor.speaker_contact.count() >= 3000
    assert before - sys.getrefcount(None) < 1000


# -- edit conflicts --------------------------------------------------------------------------


@pytest.fixture
def conflict(qtbot, tab, db, world, monkeypatch):
    """The open event is edited on screen while another workplace saves it first."""
    from dataclasses import replace

    from kidesk.ui.common import prompts
    from kidesk.ui.common.prompts import ConflictAnswer

    tab.jump_to(world.module2)
    tab.editor.title.selectAll()
    qtbot.keyClicks(tab.editor.title, "Asylrecht hier getippt")
    ev.update_event(
        db, replace(ev.load_event(db, world.module2), title="Asylrecht – anderswo gespeichert", room="Ebene 5")
    )
    asked: list[str] = []

    def answer_with(choice: ConflictAnswer) -> None:
        monkeypatch.setattr(prompts, "ask_edit_conflict", lambda _parent, name: asked.append(name) or choice)

    return answer_with, asked, ConflictAnswer


def test_save_against_a_changed_event_asks_and_reload_shows_the_stored_one(qtbot, tab, db, world, conflict):
    answer_with, asked, answers = conflict
    answer_with(answers.RELOAD)
    assert tab.save() is False
    assert asked == ["Asylrecht hier getippt"]
    stored = ev.load_event(db, world.module2)
    assert stored.title == "Asylrecht – anderswo gespeichert"  # nothing of ours was written
    assert tab.editor.title.text() == stored.title and tab.editor.room.text() == "Ebene 5"
    assert not tab.editor.is_modified() and not tab.save_button.isEnabled()


def test_save_against_a_changed_event_overwrite_writes_our_input(qtbot, tab, db, world, conflict):
    answer_with, asked, answers = conflict
    answer_with(answers.OVERWRITE)
    assert tab.save() is True
    assert len(asked) == 1
    stored = ev.load_event(db, world.module2)
    assert stored.title == "Asylrecht hier getippt"
    assert stored.room == "Ebene 3"  # the whole form is written, the other change is overwritten
    assert tab.editor.title.text() == stored.title and not tab.save_button.isEnabled()


def test_save_against_a_changed_event_cancel_keeps_the_input(qtbot, tab, db, world, conflict):
    answer_with, asked, answers = conflict
    answer_with(answers.CANCEL)
    assert tab.save() is False
    assert len(asked) == 1
    assert ev.load_event(db, world.module2).title == "Asylrecht – anderswo gespeichert"
    assert tab.editor.title.text() == "Asylrecht hier getippt" and tab.save_button.isEnabled()


def test_series_save_against_a_changed_series_asks_too(qtbot, tab, db, world, monkeypatch):
    from dataclasses import replace

    from kidesk.ui import series_editor
    from kidesk.ui.common.prompts import ConflictAnswer

    dialog = tab.open_series()
    editor = dialog.editor
    editor.min_modules.setValue(3)
    (stored,) = [s for s in ev.list_series(db) if s.id == world.series]
    ev.save_series(db, replace(stored, description="anderswo geändert"))
    asked: list[str] = []
    monkeypatch.setattr(
        series_editor, "ask_edit_conflict", lambda _p, name: asked.append(name) or ConflictAnswer.OVERWRITE
    )
    assert editor.save() == world.series
    assert asked and [s.certificate_min_modules for s in ev.list_series(db) if s.id == world.series] == [3]
    dialog.reject()


def test_editing_back_to_the_stored_text_is_clean_again_and_undo_steps_back(qtbot, tab, world):
    tab.jump_to(world.module2)
    tab.editor.room.selectAll()
    qtbot.keyClicks(tab.editor.room, "Ebene 4")
    assert tab.save_button.isEnabled()
    tab.editor.room.selectAll()
    qtbot.keyClicks(tab.editor.room, "Ebene 3")  # the stored value: nothing to save
    assert not tab.save_button.isEnabled()
    tab.editor.capacity.setValue(12)
    assert tab.save_button.isEnabled()
    assert tab.undo() and tab.editor.capacity.value() == 3
    assert not tab.save_button.isEnabled()


def test_the_flyer_asks_size_design_and_bleed_first(qtbot, tab, world, monkeypatch):
    """issue 15: both designs and the print-shop file are reachable from the window, not only the CLI."""
    import io

    from pypdf import PdfReader
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    previews = []
    monkeypatch.setattr(event_paperwork.print_preview, "show_pdf_preview", lambda *a, **k: previews.append(a))
    tab.jump_to(world.module2)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, event_paperwork.FlyerOptionsDialog)
        assert [dialog.design_box.itemData(i) for i in range(dialog.design_box.count())] == ["klar", "spalte"]
        dialog.size_box.setCurrentIndex(dialog.size_box.findData("A5"))
        dialog.design_box.setCurrentIndex(dialog.design_box.findData("spalte"))
        dialog.bleed.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(tab.paperwork.flyer, Qt.MouseButton.LeftButton)
    assert len(previews) == 1
    page = PdfReader(io.BytesIO(previews[0][1])).pages[0]

    def mm(box) -> float:
        return float(box.width) / 72 * 25.4

    assert abs(mm(page.trimbox) - 148) < 0.5 and abs(mm(page.bleedbox) - (148 + 2 * 3)) < 0.5  # A5, 3 mm bleed

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    qtbot.mouseClick(tab.paperwork.flyer, Qt.MouseButton.LeftButton)
    assert len(previews) == 1  # cancelled: nothing printed
