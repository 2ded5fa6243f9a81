"""The wheel never edits an unfocused field; "save?" defaults to the safe answer (issue 14, obs. 2)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from kidesk.ui.app import create_application
from kidesk.ui.common.wheel_guard import WheelGuard, install_wheel_guard
from kidesk.ui.event_editor import EventEditor


def _wheel(widget, steps: int = -1) -> None:
    """One notch of the wheel over the middle of ``widget`` (down for negative steps)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_application_installs_one_guard(qapp):
    app = create_application()
    guard = getattr(app, "_kidesk_wheel_guard", None)
    assert isinstance(guard, WheelGuard)
    assert install_wheel_guard(app) is guard


def test_wheel_over_an_unfocused_combo_in_the_event_form_leaves_it(qtbot, qapp):
    install_wheel_guard(qapp)
    area = QScrollArea()
    editor = EventEditor()
    editor.load(editor.empty_data())
    area.setWidget(editor)
    area.setWidgetResizable(True)
    qtbot.addWidget(area)
    area.resize(700, 400)
    area.show()
    qtbot.waitExposed(area)
    editor.title.setFocus()
    for combo in (editor.kind, editor.status):
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel gives no focus either
        before = combo.currentIndex()
        _wheel(combo)
        assert combo.currentIndex() == before
    for spin in (editor.capacity, editor.starts_at):
        before = spin.text()
        _wheel(spin, 1)
        assert spin.text() == before
    assert not editor.is_modified()
    # with focus the wheel works as usual — so the checks above could fail
    editor.kind.setFocus()
    qtbot.waitUntil(editor.kind.hasFocus)
    before = editor.kind.currentIndex()
    _wheel(editor.kind)
    assert editor.kind.currentIndex() != before


def test_leaving_an_edited_event_asks_with_stay_as_default_and_names_the_changed_fields(qtbot, db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kidesk.ui.events_tab import EventsTab
    from tests.event_fixtures import build_event_world

    build_event_world(db)
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((text, buttons, default))
        return default  # the user presses Enter

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    tab = EventsTab(db)
    qtbot.addWidget(tab)
    tab.show_past.setChecked(True)
    first = tab.current_event_id
    assert first is not None
    tab.editor.capacity.setValue(tab.editor.capacity.value() + 3)
    tab.editor.room.setText("Raum 3.14")
    tab.editor._changed("room")
    assert not tab.maybe_leave()  # Enter = stay: nothing saved, nothing thrown away
    text, buttons, default = asked[-1]
    assert default == QMessageBox.StandardButton.Cancel
    assert buttons & QMessageBox.StandardButton.Save and buttons & QMessageBox.StandardButton.Discard
    assert "Geändert: Ort / Raum, Plätze" in text
    assert tab.editor.is_modified() and tab.current_event_id == first


def test_duplicate_asks_first_naming_what_it_creates_and_renumbers_the_subtitle(qtbot, db, monkeypatch):
    """Observation 3: "Duplizieren" saved at once with the old subtitle "Modul 12 der …"."""
    from PySide6.QtWidgets import QMessageBox

    from kidesk.services import events as ev
    from kidesk.services.demo_data import fill_demo_data
    from kidesk.ui.events_tab import EventsTab

    fill_demo_data(db)
    import dataclasses

    (series,) = ev.list_series(db)  # all 12 modules are planned: a 13th needs room first (issue 19)
    ev.save_series(db, dataclasses.replace(series, module_count=(series.module_count or 12) + 1))
    asked = []
    answers = [None, QMessageBox.StandardButton.Yes]  # first Enter (the default), then Yes

    def question(parent, title, text, buttons, default):
        asked.append((title, text, default))
        answer = answers.pop(0)
        return default if answer is None else answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    tab = EventsTab(db)
    qtbot.addWidget(tab)
    source = ev.load_event(db, tab.current_event_id)
    assert source.module_number and f"Modul {source.module_number} " in (source.subtitle or "")
    count = len(ev.list_events(db, include_past=True))

    assert tab.duplicate_current() is None  # Enter: nothing created
    title, text, default = asked[-1]
    assert title == "Duplizieren" and default == QMessageBox.StandardButton.Cancel
    assert len(ev.list_events(db, include_past=True)) == count
    plan = ev.plan_duplicate(db, source.id)
    assert plan.module_number and plan.module_number != source.module_number
    assert f"Modul {plan.module_number} der" in text and "Beschreibung" in text
    assert f"Modul {source.module_number} der" not in text

    new_id = tab.duplicate_current()
    assert new_id is not None and len(ev.list_events(db, include_past=True)) == count + 1
    copy = ev.load_event(db, new_id)
    assert copy.module_number == plan.module_number
    assert copy.subtitle == (source.subtitle or "").replace(
        f"Modul {source.module_number} ", f"Modul {plan.module_number} "
    )
