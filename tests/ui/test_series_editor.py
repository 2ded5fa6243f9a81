"""Issue 19, point 7: the series editor by keyboard — Tab leaves the description and the tables, mnemonics,
Enter opens a module, unsaved changes are asked about, every input has a name; and deleting a series."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kidesk.services import events
from kidesk.ui import series_editor
from kidesk.ui.common.prompts import UnsavedAnswer
from kidesk.ui.series_editor import SeriesDialog
from tests.event_fixtures import build_event_world


def _dialog(qtbot, db):
    dialog = SeriesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_tab_leaves_description_and_tables(qtbot, db):
    build_event_world(db)
    dialog = _dialog(qtbot, db)
    editor = dialog.editor
    editor.description.setFocus()
    qtbot.waitUntil(editor.description.hasFocus)
    qtbot.keyClick(editor.description, Qt.Key.Key_Tab)
    assert "\t" not in editor.description.toPlainText()
    assert QApplication.focusWidget() is editor.module_count or editor.module_count.isAncestorOf(
        QApplication.focusWidget()
    )
    for view, after in ((editor.modules_view, editor.matrix_view), (editor.matrix_view, None)):
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not view
        if after is not None:
            assert QApplication.focusWidget() is after


def test_enter_on_a_module_row_opens_it(qtbot, db):
    world = build_event_world(db)
    dialog = _dialog(qtbot, db)
    editor = dialog.editor
    opened = []
    editor.open_event.connect(opened.append)
    editor.modules_view.setFocus()
    editor.modules_view.setCurrentIndex(editor.modules_model.index(0, 0))
    qtbot.keyClick(editor.modules_view, Qt.Key.Key_Return)
    assert opened == [world.module1]


def test_unsaved_changes_are_asked_about_and_cancel_keeps_them(qtbot, db, monkeypatch):
    build_event_world(db)
    events.save_series(db, events.SeriesData("Sprachmittlung – عربي / فارسی", module_count=3))
    dialog = _dialog(qtbot, db)
    editor = dialog.editor
    asked = []
    answers = [UnsavedAnswer.CANCEL, UnsavedAnswer.DISCARD]
    monkeypatch.setattr(series_editor, "ask_unsaved_changes", lambda _p, name: asked.append(name) or answers.pop(0))
    editor.title.setText("=SUM(A1) <b>")
    editor.series_list.setCurrentRow(1 - editor.series_list.currentRow())
    assert asked == ["=SUM(A1) <b>"] and editor.title.text() == "=SUM(A1) <b>"
    dialog.reject()
    assert len(asked) == 2 and not dialog.isVisible()


def test_buttons_have_unique_mnemonics_and_inputs_have_names(qtbot, db):
    build_event_world(db)
    dialog = _dialog(qtbot, db)
    editor = dialog.editor
    for widget in (editor.title, editor.description, editor.module_count, editor.min_modules, editor.series_list):
        assert widget.accessibleName()
    assert editor.module_count.accessibleName() != editor.min_modules.accessibleName()
    texts = [b.text() for b in (editor.new_button, editor.save_button, editor.next_module_button, editor.delete_button)]
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(keys)) == len(keys)


def test_delete_series_names_what_changes_and_keeps_the_events(qtbot, db, monkeypatch):
    world = build_event_world(db)
    dialog = _dialog(qtbot, db)
    editor = dialog.editor
    asked = []
    monkeypatch.setattr(
        series_editor, "confirm_delete", lambda _p, _t, question, consequence: asked.append(consequence) or True
    )
    assert editor.delete_series()
    assert "Veranstaltungen verlieren Reihe und Modulnummer" in asked[0]
    assert events.load_event(db, world.module1).series_id is None
    assert events.list_series(db) == []


def test_next_module_is_disabled_when_every_module_is_planned(qtbot, db):
    world = build_event_world(db)
    (series,) = events.list_series(db)
    events.save_series(db, events.SeriesData(series.title, module_count=2, id=series.id, version=series.version))
    dialog = _dialog(qtbot, db)
    editor = dialog.editor
    assert not editor.next_module_button.isEnabled()
    assert world.series == series.id
