"""The keyboard walk (issues 14 and 19): the main window, each of its tabs and the pages inside them, and
every dialog it reaches — every focusable widget has an accessible name, Tab reaches each once and leaves
every field and table, and no Alt+letter is taken twice in one window. Plus a visible focus frame.

A new dialog joins by adding a factory to ``DIALOGS``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from kidesk.services import events as ev
from kidesk.services import organisations as org_service
from kidesk.services import volunteers as vs
from kidesk.services.demo_data import fill_demo_data
from kidesk.ui.main_window import MainWindow
from tests.ui.keyboard_walk import check_window


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from kidesk.db.database import open_database

    path = tmp_path_factory.mktemp("walk") / "demo.sqlite"
    db = open_database(path, create=True)
    fill_demo_data(db, today=dt.date.today())
    db.dispose()
    return path


@pytest.fixture
def demo(tmp_path, demo_file):
    import shutil

    from kidesk.db.database import open_database

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    db = open_database(path)
    yield db
    db.dispose()


def _show(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _inner_tab_widgets(page: QWidget) -> list[QTabWidget]:
    return [t for t in page.findChildren(QTabWidget) if t.isVisible()]


def _walk_pages(window: QWidget, where: str, problems: list[str], depth: int = 0) -> None:
    """Check the window as shown, then once per page of every visible inner tab widget."""
    found = check_window(window)
    problems += [f"{where}: {p}" for p in found]
    if depth > 1:
        return
    for tabs in _inner_tab_widgets(window):
        if tabs.parentWidget() is None or tabs is getattr(window, "tabs", None):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if i == current or not tabs.isTabEnabled(i):
                continue
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            problems += [f"{where} › {tabs.tabText(i)}: {p}" for p in check_window(window)]
        tabs.setCurrentIndex(current)


def test_main_window_every_tab(qtbot, demo):
    window = MainWindow(demo)
    _show(qtbot, window)
    problems: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        model = getattr(tab, "model", None)  # the overview has no record list
        if model is not None and model.rowCount():
            tab.table.selectRow(0)  # an open record: the editor's fields are enabled
        QApplication.processEvents()
        _walk_pages(window, window.tabs.tabText(index), problems)
    assert problems == [], "\n".join(problems)


def _first_event(db) -> int:
    return ev.list_events(db, include_past=True)[0].id


def _first_contact(db) -> int:
    from kidesk.services import contacts

    return contacts.staff_choices(db)[0][0]


def _first_network(db) -> int:
    return org_service.network_choices(db)[0][0]


def _dialogs():
    from kidesk.ui.backup_dialog import BackupDialog
    from kidesk.ui.checkin_view import CheckinDialog
    from kidesk.ui.duplicates_view import DuplicatesView
    from kidesk.ui.event_paperwork import FlyerOptionsDialog
    from kidesk.ui.export_dialog import ExportDialog
    from kidesk.ui.help.help_dialog import HelpDialog
    from kidesk.ui.invitation_text_editor import InvitationTextDialog
    from kidesk.ui.network_editor import NetworkDialog
    from kidesk.ui.print_products import CardLayoutDialog
    from kidesk.ui.privacy.actions import ErasureDialog, LeftOutDialog, RegisterDialog
    from kidesk.ui.privacy.consent_dialog import ConsentDialog
    from kidesk.ui.privacy.history_dialog import HistoryDialog
    from kidesk.ui.privacy.review_dialog import ReviewDialog
    from kidesk.ui.report_view import ReportView
    from kidesk.ui.series_editor import SeriesDialog
    from kidesk.ui.settings_dialog import SettingsDialog
    from kidesk.ui.volunteers.hours_panel import EhrenamtskarteRuleDialog
    from kidesk.ui.volunteers.recognition_dialog import RecognitionDialog

    return {
        "Einstellungen": lambda db: SettingsDialog(db),
        "Reihen": lambda db: SeriesDialog(db),
        "Netzwerke": lambda db: NetworkDialog(db, _first_network(db)),
        "Sicherung": lambda db: BackupDialog(db),
        "Export": lambda db: ExportDialog(db),
        "Check-in": lambda db: CheckinDialog(db, _first_event(db)),
        "Dubletten": lambda db: DuplicatesView(db),
        "Ehrenamtskarte": lambda db: EhrenamtskarteRuleDialog(vs.EhrenamtskarteRule()),
        "Hilfe": lambda db: HelpDialog(),
        "Einladungstext": lambda db: InvitationTextDialog(db, _first_event(db)),
        "Visitenkarten": lambda db: CardLayoutDialog(10),
        "Flyer": lambda db: FlyerOptionsDialog(),
        "Löschen Art. 17": lambda db: ErasureDialog("Ayşe Yılmaz"),
        "Fehlende Einwilligungen": lambda db: LeftOutDialog(db),
        "Löschregister": lambda db: RegisterDialog(db),
        "Einwilligungen": lambda db: ConsentDialog(db, _first_contact(db)),
        "Verlauf": lambda db: HistoryDialog(db, "contact", _first_contact(db), "Ayşe Yılmaz"),
        "Aufbewahrung": lambda db: ReviewDialog(db),
        "Jahresbericht": lambda db: ReportView(db),
        "Anerkennung": lambda db: (
            RecognitionDialog(vs.recognition_event_choices(db))
            if hasattr(vs, "recognition_event_choices")
            else RecognitionDialog([])
        ),
    }


DIALOG_NAMES = list(_dialogs())


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_dialog(qtbot, demo, name):
    dialog = _dialogs()[name](demo)
    _show(qtbot, dialog)
    problems: list[str] = []
    _walk_pages(dialog, name, problems)
    assert problems == [], "\n".join(problems)


def test_focus_frame_is_visible(qtbot):
    """The focused field looks different from the same field unfocused (one application style rule)."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from kidesk.ui.common.focus_frame import FOCUS_FRAME_STYLE, install_focus_frame

    app = QApplication.instance()
    before = app.styleSheet()
    install_focus_frame(app)
    install_focus_frame(app)  # once only
    assert app.styleSheet().count(FOCUS_FRAME_STYLE) == 1 and before in app.styleSheet()
    host = QWidget()
    layout = QVBoxLayout(host)
    first, second = QLineEdit("Ayşe"), QLineEdit("Ayşe")
    layout.addWidget(first)
    layout.addWidget(second)
    _show(qtbot, host)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    focused = first.grab().toImage()
    unfocused = second.grab().toImage()
    assert focused != unfocused
