"""The keyboard walk (issues 14 and 19): the main window, each of its tabs and the pages inside them, and
every dialog it reaches — every focusable widget has an accessible name, Tab reaches each once and leaves
every field and table, no Alt+letter is taken twice in one window, and Tab follows reading order. Plus a
visible focus frame.

Reading order (issue 19, item 7; issue 14 "tab order in reading order"), the rule a sighted user agrees
with: one Tab step must never go *back* on the screen. A step from A to B goes back when B lies
wholly above A in the same column (B's bottom above A's top, and the two overlap horizontally) or
wholly left of A in the same row (B's right edge left of A's left edge, and they overlap vertically),
or wholly above and left of A;
a tolerance of a few pixels absorbs frames and spacing. So a form read row by row (left to right, then
the next row starting at the left) passes, and so does a layout of columns or group boxes read block
by block (down the left column, then up to the top of the right one: the right column is neither above
nor left of where the left one ended). One more backward step: going *up* to a widget whose row Tab
already started and left (a grid walked column by column: the earlier widget has the same top and
bottom, so a tall text field beside a column of buttons is no row) — counted only inside one block
(the same parent widget), so group boxes side by side stay blocks. Inside a scroll area positions count as on the
page scrolled to the top; seen from outside, the scroll area is one block. Around the whole window Tab goes back exactly once, from the
last widget to the first; every further backward step is a problem and named with both widgets.

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
from tests.ui.keyboard_walk import _describe, _owner, check_window, focusables

TOLERANCE = 4  # pixels: frames, spacing, a combo box a little taller than the line edit beside it


def tab_sequence(root: QWidget) -> list[QWidget]:
    """The focusable widgets in the order Tab reaches them, starting at the first one found."""
    from PySide6.QtTest import QTest

    candidates = focusables(root)
    if not candidates:
        return []
    candidates[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited: list[QWidget] = []
    for _ in range(len(candidates) + 3):
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not root:
            break
        owner = _owner(focus, candidates)
        if owner is not None:
            if owner in visited:
                break
            visited.append(owner)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return visited


def _scroll_area(widget: QWidget):
    from PySide6.QtWidgets import QScrollArea

    area = widget.parentWidget()
    while area is not None and not (isinstance(area, QScrollArea) and area.widget() is not None):
        area = area.parentWidget()
    return area if area is not None and area.widget().isAncestorOf(widget) else None


def _rect(widget: QWidget, root: QWidget, other: QWidget):
    """The widget's place in the window. Inside a scroll area: its place on the page scrolled to the top
    when ``other`` is on the same page (the part above is only scrolled out of sight), else the scroll
    area itself — seen from outside, a scrolled page is one block."""
    from PySide6.QtCore import QPoint

    area = _scroll_area(widget)
    if area is not None and _scroll_area(other) is area:
        top_left = widget.mapTo(area.widget(), QPoint(0, 0)) + area.viewport().mapTo(root, QPoint(0, 0))
    elif area is not None:
        widget, top_left = area, area.mapTo(root, QPoint(0, 0))
    else:
        top_left = widget.mapTo(root, QPoint(0, 0))
    return top_left.x(), top_left.y(), top_left.x() + widget.width(), top_left.y() + widget.height()


def goes_back(a: QWidget, b: QWidget, root: QWidget) -> bool:
    """Is a Tab step from ``a`` to ``b`` a step back in reading order (see the module's docstring)?"""
    al, at, ar, ab = _rect(a, root, b)
    bl, bt, br, bb = _rect(b, root, a)
    if (al, at, ar, ab) == (bl, bt, br, bb):
        return False  # two widgets of one scrolled block, seen from outside
    overlap_x = min(ar, br) - max(al, bl) > TOLERANCE
    overlap_y = min(ab, bb) - max(at, bt) > TOLERANCE
    above = bb <= at + TOLERANCE and overlap_x
    left = br <= al + TOLERANCE and overlap_y
    up_left = bb <= at + TOLERANCE and br <= al + TOLERANCE
    return above or left or up_left


def returns_to_a_row(earlier: list[QWidget], a: QWidget, b: QWidget, root: QWidget) -> bool:
    """Does the step from ``a`` up to ``b`` go back to finish a row that Tab already left? (A grid of
    fields walked column by column.) Only within one block: ``b`` and the earlier widget of its row
    share their parent widget, so two group boxes side by side may still be read one after the other."""
    al, at, ar, ab = _rect(a, root, b)
    bl, bt, br, bb = _rect(b, root, a)
    if bb > at + TOLERANCE:
        return False
    for c in earlier:
        if c.parentWidget() is not b.parentWidget():
            continue
        cl, ct, cr, cb = _rect(c, root, b)
        same_row = abs(ct - bt) <= 2 * TOLERANCE and abs(cb - bb) <= 2 * TOLERANCE  # a grid row, not a column
        if same_row and cr <= bl + TOLERANCE:
            return True
    return False


def reading_order(root: QWidget) -> list[str]:
    sequence = tab_sequence(root)
    if len(sequence) < 3:
        return []
    steps = list(zip(sequence, sequence[1:] + sequence[:1], strict=True))
    back = [
        (a, b)
        for i, (a, b) in enumerate(steps)
        if goes_back(a, b, root) or (i + 1 < len(sequence) and returns_to_a_row(sequence[:i], a, b, root))
    ]
    if len(back) <= 1:
        return []
    return [f"Tab goes back on the screen: {_describe(a)} → {_describe(b)}" for a, b in back]


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
    found = check_window(window) + reading_order(window)
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
            found = check_window(window) + reading_order(window)
            problems += [f"{where} › {tabs.tabText(i)}: {p}" for p in found]
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


def test_reading_order_rule_on_known_layouts(qtbot):
    """The rule itself: row by row passes, column by column inside one grid does not, and two group
    boxes side by side read block by block pass."""
    from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout

    def grid_window(order):
        host = QWidget()
        grid = QGridLayout(host)
        fields = {}
        for row in range(2):
            for col in range(2):
                field = QLineEdit(f"Ayşe {row}{col}")
                field.setAccessibleName(f"Feld {row}{col}")
                grid.addWidget(field, row, col)
                fields[(row, col)] = field
        chain = [fields[k] for k in order]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        _show(qtbot, host)
        return host

    assert reading_order(grid_window([(0, 0), (0, 1), (1, 0), (1, 1)])) == []
    window = grid_window([(0, 0), (1, 0), (0, 1), (1, 1)])
    wrong = reading_order(window)
    assert wrong and all("goes back" in p for p in wrong)

    host = QWidget()
    columns = QHBoxLayout(host)
    for title in ("links", "rechts"):
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        for i in range(3):
            field = QLineEdit(f"{title} {i} شبکه")
            field.setAccessibleName(f"{title} {i}")
            inner.addWidget(field)
        columns.addWidget(box)
    _show(qtbot, host)
    assert reading_order(host) == []
