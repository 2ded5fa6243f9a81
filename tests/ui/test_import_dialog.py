"""The import conversation: mapping dialog with preview, dry-run report, confirm, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QMessageBox, QProgressDialog
from sqlalchemy import select

from kidesk.db.models import Contact
from kidesk.services import column_mapping as cm
from kidesk.services.contact_import import CREATE, SKIP, UPDATE, load_table, plan_import
from kidesk.ui import import_dialog
from kidesk.ui.common import file_dialogs
from kidesk.ui.import_dialog import ColumnMappingDialog, ImportPlanDialog, run_import

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


def contact_names(db):
    with db.session() as s:
        return [c.last_name for c in s.scalars(select(Contact).order_by(Contact.id))]


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(("info", a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(("warning", a[2])))
    return shown


def test_mapping_dialog_shows_preview_and_requires_a_name(qtbot, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Familienname;Wohnort;Irgendwas\nMüller;Herford;x\nSchäfer;Löhne;y\n", encoding="utf-8")
    table = load_table(path)
    dialog = ColumnMappingDialog(table, cm.suggest_mapping(table.headers))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.mapping() == ["last_name", "city", cm.NOTES_COLUMN]
    assert dialog.preview.item(1, 0).text() == "Schäfer"
    assert dialog.mapping_table.item(0, ColumnMappingDialog.COL_SAMPLES).text() == "Müller | Schäfer"
    assert ok.isEnabled()
    dialog.set_target(0, cm.IGNORE)
    assert not ok.isEnabled() and "Nachname" in dialog.status.text()
    dialog.set_target(0, "last_name")
    dialog.set_target(2, "function")
    assert ok.isEnabled()
    assert dialog.mapping() == ["last_name", "city", "function"]


def test_plan_dialog_lets_the_user_choose_per_row(qtbot, db, tmp_path):
    first = tmp_path / "a.csv"
    first.write_text("Vorname;Nachname;Ort\nAyşe;Yılmaz;Herford\n", encoding="utf-8")
    from kidesk.services.contact_import import apply_import

    apply_import(db, plan_import(db, load_table(first)))
    second = tmp_path / "b.csv"
    second.write_text("Vorname;Nachname;Ort;Telefon\nAyse;Yilmaz;Bünde;05221 1\nNeu;Person;Enger;\n", encoding="utf-8")
    plan = plan_import(db, load_table(second))
    dialog = ImportPlanDialog(plan)
    qtbot.addWidget(dialog)
    assert [i.action for i in plan.items] == [CREATE, CREATE]
    assert "mögliche Dublette" in dialog.items_table.item(0, ImportPlanDialog.COL_NOTE).text()
    assert "mögliche Dublette von Kontakt" in dialog.problems.toPlainText()
    dialog.set_action(0, UPDATE)
    assert plan.items[0].existing_id == plan.items[0].duplicate_of
    assert dialog.summary.text().startswith("1 neu, 1 ergänzt")
    assert dialog.items_table.item(0, ImportPlanDialog.COL_ACTION).text() == "ergänzen"
    dialog.set_action(1, SKIP)
    dialog.set_action(0, SKIP)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.allowed_actions(1) == [CREATE, SKIP]  # no existing contact: nothing to complete


def test_same_name_twice_in_the_file_shows_in_the_rows_hint_column(qtbot, db, tmp_path):
    # Müller and Mueller with other e-mails: the hint was only in the problems box below
    path = tmp_path / "liste.csv"
    path.write_text(
        "Vorname;Nachname;E-Mail\nJürgen;Müller;jm@example.org\nJuergen;Mueller;juergen@example.org\n", encoding="utf-8"
    )
    plan = plan_import(db, load_table(path))
    assert plan.items[1].reason == "gleicher Name wie Zeile 2 – mögliche Dublette"
    dialog = ImportPlanDialog(plan)
    qtbot.addWidget(dialog)
    assert (
        dialog.items_table.item(1, ImportPlanDialog.COL_NOTE).text() == "gleicher Name wie Zeile 2 – mögliche Dublette"
    )
    assert dialog.items_table.item(0, ImportPlanDialog.COL_NOTE).text() == ""
    assert "gleicher Name wie Zeile 2" in dialog.problems.toPlainText()
    assert plan.items[1].action == CREATE and dialog.allowed_actions(1) == [CREATE, SKIP]


def test_action_is_changed_through_the_combo_box_editor(qtbot, db, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Vorname;Nachname\nAnna;Berg\nBen;Kaya\n", encoding="utf-8")
    plan = plan_import(db, load_table(path))
    dialog = ImportPlanDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    index = dialog.items_table.model().index(1, ImportPlanDialog.COL_ACTION)
    dialog.items_table.setCurrentIndex(index)
    dialog.items_table.edit(index)
    editor = dialog.items_table.indexWidget(index) or dialog.items_table.findChild(QComboBox)
    assert [editor.itemData(i) for i in range(editor.count())] == [CREATE, SKIP]
    editor.setCurrentIndex(editor.findData(SKIP))
    dialog.items_table.commitData(editor)
    assert plan.items[1].action == SKIP
    assert dialog.summary.text().startswith("1 neu, 0 ergänzt, 1 übersprungen")


def test_run_import_whole_flow(qtbot, db, monkeypatch, messages):
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(FIXTURES / "outlook_de.csv"), ""))
    seen = {}

    def accept_mapping(dialog):
        seen["mapping"] = dialog.mapping()
        return QDialog.DialogCode.Accepted

    def accept_plan(dialog):
        seen["summary"] = dialog.summary.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", accept_mapping)
    monkeypatch.setattr(ImportPlanDialog, "exec", accept_plan)
    result = run_import(None, db)
    assert result.created == 2
    assert seen["summary"].startswith("2 neu")
    assert contact_names(db) == ["Kirchhoff", "Müller"]
    assert messages == [("info", result.summary())]


def test_cancelled_report_or_progress_leaves_database_unchanged(qtbot, db, monkeypatch, messages):
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ImportPlanDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert run_import(None, db, str(FIXTURES / "google.csv")) is None
    assert contact_names(db) == []

    monkeypatch.setattr(ImportPlanDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    real = import_dialog.plan_import

    def plan_then_cancel(*args, **kwargs):
        plan = real(*args, **kwargs)
        monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
        return plan

    monkeypatch.setattr(import_dialog, "plan_import", plan_then_cancel)
    assert run_import(None, db, str(FIXTURES / "google.csv")) is None
    assert contact_names(db) == []
    assert messages[-1][0] == "warning" and "unverändert" in messages[-1][1]


def test_bad_file_gives_a_message_not_a_crash(qtbot, db, tmp_path, messages):
    path = tmp_path / "leer.csv"
    path.write_bytes(b"")
    assert run_import(None, db, str(path)) is None
    assert messages[0][0] == "warning" and "leer" in messages[0][1]


def test_xlsx_with_several_sheets_asks_which_one(qtbot, db, tmp_path, monkeypatch, messages):
    import openpyxl
    from PySide6.QtWidgets import QInputDialog

    wb = openpyxl.Workbook()
    wb.active.title = "Deckblatt"
    wb.active.append(["Adressliste"])
    ws = wb.create_sheet("Adressen")
    ws.append(["Vorname", "Nachname"])
    ws.append(["Olena", "Kovalenko"])
    wb.save(tmp_path / "liste.xlsx")
    asked = []

    def get_item(parent, title, label, items, current, editable):
        asked.append(list(items))
        return "Adressen", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ImportPlanDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    result = run_import(None, db, str(tmp_path / "liste.xlsx"))
    assert asked == [["Deckblatt", "Adressen"]]
    assert result.created == 1 and contact_names(db) == ["Kovalenko"]


def test_open_duplicates_view_from_the_menu(qtbot, db, monkeypatch):
    from kidesk.ui.duplicates_view import DuplicatesView, open_duplicates_view

    monkeypatch.setattr(DuplicatesView, "exec", lambda self: QDialog.DialogCode.Accepted)
    view = open_duplicates_view(None, db)
    qtbot.addWidget(view)
    assert view.status.text() == "0 mögliche Dubletten gefunden."
    assert not view.merge_button.isEnabled()


def test_mapping_chosen_once_is_offered_again_for_the_same_layout(qtbot, db, tmp_path, monkeypatch, messages):
    first = tmp_path / "jan.csv"
    first.write_text("Familie;Wohnort;Kürzel\nBerg;Enger;KB\n", encoding="utf-8")
    second = tmp_path / "feb.csv"
    second.write_text("Familie;Wohnort;Kürzel\nKaya;Spenge;AK\n", encoding="utf-8")
    offered = []

    def choose(dialog):
        offered.append((dialog.mapping(), "letzten Import" in dialog.findChild(type(dialog.status)).text()))
        dialog.set_target(0, "last_name")
        dialog.set_target(1, "city")
        dialog.set_target(2, cm.IGNORE)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    monkeypatch.setattr(ImportPlanDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    run_import(None, db, str(first))
    run_import(None, db, str(second))
    assert offered[0] == ([cm.NOTES_COLUMN, "city", cm.NOTES_COLUMN], False)
    assert offered[1] == (["last_name", "city", cm.IGNORE], True)
    with db.session() as s:
        assert [(c.last_name, c.city, c.notes) for c in s.scalars(select(Contact).order_by(Contact.id))] == [
            ("Berg", "Enger", None),
            ("Kaya", "Spenge", None),
        ]


def _long_list(tmp_path, rows: int = 120) -> Path:
    path = tmp_path / "lang.csv"
    lines = ["Vorname;Nachname;Ort"] + [f"Person{i};Familie{i:04d};Herford" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_checking_and_writing_run_in_a_worker_thread_with_progress(qtbot, db, tmp_path, monkeypatch, messages):
    from PySide6.QtCore import QThread

    gui_thread = QThread.currentThread()
    threads, shown = [], []
    real_plan, real_apply = import_dialog.plan_import, import_dialog.apply_import

    def plan_in(*args, **kwargs):
        threads.append(QThread.currentThread() is not gui_thread)
        return real_plan(*args, **kwargs)

    def apply_in(*args, **kwargs):
        threads.append(QThread.currentThread() is not gui_thread)
        return real_apply(*args, **kwargs)

    real_set_value = QProgressDialog.setValue

    def set_value(self, value):
        shown.append((self.labelText(), value, self.maximum(), QThread.currentThread() is gui_thread))
        real_set_value(self, value)

    monkeypatch.setattr(import_dialog, "plan_import", plan_in)
    monkeypatch.setattr(import_dialog, "apply_import", apply_in)
    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ImportPlanDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    result = run_import(None, db, str(_long_list(tmp_path)))
    assert result.created == 120
    assert threads == [True, True]  # neither step ran in the GUI thread
    checked = [(value, maximum) for text, value, maximum, _ in shown if text == "Datei wird geprüft …"]
    written = [(value, maximum) for text, value, maximum, _ in shown if text == "Kontakte werden importiert …"]
    assert checked == [(50, 120), (100, 120), (120, 120)]
    assert written == [(25, 120), (50, 120), (75, 120), (100, 120), (120, 120)]
    assert all(in_gui for *_, in_gui in shown)  # widgets are only touched by the GUI thread


def test_cancel_button_during_writing_leaves_the_database_unchanged(qtbot, db, tmp_path, monkeypatch, messages):
    from PySide6.QtWidgets import QPushButton

    real_set_value = QProgressDialog.setValue

    def click_cancel_while_writing(self, value):
        real_set_value(self, value)
        if self.labelText() == "Kontakte werden importiert …" and value >= 50:
            self.findChild(QPushButton).click()  # as a person would, half-way through

    monkeypatch.setattr(QProgressDialog, "setValue", click_cancel_while_writing)
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ImportPlanDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    assert run_import(None, db, str(_long_list(tmp_path))) is None
    assert contact_names(db) == []
    assert messages == [("warning", "Import abgebrochen – die Datenbank ist unverändert.")]


def test_an_error_in_the_worker_reaches_the_user_as_a_message(qtbot, db, tmp_path, monkeypatch, messages):
    from kidesk.errors import UserError

    def failing(*args, **kwargs):
        raise UserError("Die Datenbank ist gesperrt.")

    monkeypatch.setattr(import_dialog, "plan_import", failing)
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    assert run_import(None, db, str(_long_list(tmp_path, 3))) is None
    assert messages == [("warning", "Die Datenbank ist gesperrt.")]


def test_garbage_with_running_timers_is_not_collected_in_the_worker(qtbot):
    # Collected in the worker thread, such an object stops its timers outside the GUI thread:
    # Qt warns "Timers cannot be stopped from another thread" (a Qt warning fails the test) and
    # crashed the test run before run_with_progress collected first and paused the collector.
    import gc

    from PySide6.QtCore import QObject

    class Ticking(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.me = self  # a reference cycle: only the garbage collector frees it
            self.startTimer(60_000)

    Ticking()
    assert import_dialog.run_with_progress(None, "…", lambda report: gc.collect() + 1) >= 1
    assert gc.isenabled()
