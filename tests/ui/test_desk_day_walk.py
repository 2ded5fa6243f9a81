"""The half-day keyboard walk (issue 14): README's tasks on the demo database with key presses only.

Every step is a key press on whatever has the focus — Ctrl+K, Tab, Space, Return, Alt+letters,
Ctrl+S, F1 — as a person without a mouse works; no method of the window is called for a step.
Modal dialogs are answered with keys too (:func:`when_modal`). The only things not typed are the
answers of the operating system's file dialogs (:mod:`kidesk.ui.common.file_dialogs`). The walk
ends without a crash (pytest-qt fails the test on an exception in a slot) and without an error
dialog (:func:`no_error_boxes`). docs/MANUAL.md, *Der halbe Tag mit der Tastatur*, describes it.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from kidesk.db.database import open_database
from kidesk.services.demo_data import fill_demo_data
from kidesk.ui.checkin_view import CheckinDialog
from kidesk.ui.common import file_dialogs
from kidesk.ui.export_dialog import ExportDialog
from kidesk.ui.help.help_dialog import HelpDialog
from kidesk.ui.main_window import MainWindow
from kidesk.ui.print_preview import PdfPreviewDialog
from tests.ui.conftest import type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("deskday") / "demo.sqlite"
    db = open_database(path, create=True)
    fill_demo_data(db, today=dt.date.today())
    db.dispose()
    return path


@pytest.fixture
def demo(tmp_path, demo_file):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    db = open_database(path)
    yield db
    db.dispose()


MAIN: list[QWidget] = []


def focus() -> QWidget:
    """Where a key goes: the focus widget; a popup menu while one is open. When a dialog closed,
    the window manager gives the window the focus back — the offscreen platform does not, so
    this does it (no step of the walk)."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup
    widget = QApplication.focusWidget()
    if widget is None and MAIN:
        window = QApplication.activeModalWidget() or next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.isVisible()
                and w.isWindow()
                and w is not MAIN[0]
                and w.windowModality() != Qt.WindowModality.NonModal
            ),
            MAIN[0],
        )
        window.activateWindow()
        for _ in range(100):
            QApplication.processEvents()
            if QApplication.focusWidget() is not None:
                break
        widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focus(), key, modifier)


def tab_to(qtbot, target: QWidget, limit: int = 150, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until ``target`` has the focus, as a person looks for a button."""
    for _ in range(limit):
        if target.hasFocus():
            return
        press(qtbot, K.Key_Backtab if backwards else K.Key_Tab, SHIFT if backwards else Qt.KeyboardModifier.NoModifier)
    raise AssertionError(
        f"Tab never reached {target.objectName() or type(target).__name__} {target.accessibleName()!r}"
    )


def when_modal(
    qtbot,
    answer: Callable[[QWidget], None],
    *,
    kind: type = QMessageBox,
    after: QWidget | None = None,
    timeout_ms: int = 15000,
) -> list:
    """Answer the next modal dialog (other than ``after``) with keys, from a timer, while its exec() runs."""
    seen: list[QWidget] = []
    waited = [0]

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal is not after and modal.isVisible():
            seen.append(modal)
            try:
                answer(modal)
            except BaseException as exc:  # never leave a dialog open: the test would hang
                failures.append(exc)
                modal.close()
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    return seen


failures: list[BaseException] = []


def key_of(text: str) -> Qt.Key:
    """The key of a button's mnemonic ("&Ja" → J)."""
    letter = text[text.index("&") + 1].upper()
    return Qt.Key(ord(letter))


def answer(qtbot, button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    """Answer a message box with the letter of ``button`` — a message box takes it without Alt."""

    def press_letter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), box
        qtbot.keyClick(box, key_of(box.button(button).text()))

    return press_letter


def press_return(qtbot) -> Callable[[QWidget], None]:
    return lambda dialog: qtbot.keyClick(dialog.focusWidget() or dialog, K.Key_Return)


@pytest.fixture
def real_boxes(monkeypatch, dialogs):
    """Questions and notices are real modal message boxes again (the UI tests' recorder would
    answer them without keys); warnings and critical boxes stay recorded by ``dialogs`` — the
    walk must end with none."""
    shown: list[str] = []

    def real(icon, standard):
        def show(parent, title, text, buttons=None, default=QMessageBox.StandardButton.NoButton):
            shown.append(text)
            box = QMessageBox(icon, title, text, standard if buttons is None else buttons, parent)
            if default != QMessageBox.StandardButton.NoButton:
                box.setDefaultButton(default)
            return QMessageBox.StandardButton(box.exec())

        return staticmethod(show)

    monkeypatch.setattr(
        QMessageBox,
        "question",
        real(QMessageBox.Icon.Question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No),
    )
    monkeypatch.setattr(QMessageBox, "information", real(QMessageBox.Icon.Information, QMessageBox.StandardButton.Ok))
    return shown


def a_person_with_a_turkish_name(db):
    from sqlalchemy import select

    from kidesk.db.models import Contact

    with db.session() as s:
        people = s.scalars(select(Contact).where(Contact.last_name.in_(["Yılmaz", "Öztürk", "Şahin", "Çelik"]))).all()
        s.expunge_all()
    assert people, "the demo has Turkish names"
    return people[0]


def stored_function(db, contact_id: int) -> str:
    from kidesk.db.models import Contact

    with db.session() as s:
        return s.get(Contact, contact_id).function


def invitees(db, event_id):
    from kidesk.services import events as ev

    return ev.invitees(db, event_id)


def status_of(db, event_id, contact_id):
    return {r.contact_id: r.status for r in invitees(db, event_id)}[contact_id]


def focus_in(kind: type) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and isinstance(widget.window(), kind)


def close_button(dialog: QWidget) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Check-in beenden")


@pytest.mark.qt_log_ignore("^This plugin does not support")
def test_half_a_day_with_the_keyboard(qtbot, demo, tmp_path, monkeypatch, dialogs, real_boxes):
    out = tmp_path / "ausgabe"
    out.mkdir()
    saved_as: list[Path] = []

    def save_name(parent, caption, suggested="", filters="", *a, **k):
        target = out / Path(suggested or "datei").name
        saved_as.append(target)
        return str(target), filters

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_name)

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    MAIN[:] = [window]

    # 1. find a person with Ctrl+K
    press(qtbot, K.Key_K, CTRL)
    assert focus() is window.global_search
    person = a_person_with_a_turkish_name(demo)
    type_text(qtbot, window.global_search, f"{person.first_name} {person.last_name}")
    press(qtbot, K.Key_Return)
    contacts = window.contacts_tab
    assert window.current_tab() is contacts and contacts.current_record_id() == person.id

    # 2. edit and save the contact: Tab to the field, replace its text, Ctrl+S
    function = contacts.editor.fields["function"].widget
    tab_to(qtbot, function)
    press(qtbot, K.Key_A, CTRL)
    type_text(qtbot, function, "Sprachmittlerin <b>Farsi</b> & Dari")
    press(qtbot, K.Key_S, CTRL)
    assert not contacts.has_unsaved_input()
    assert stored_function(demo, person.id) == "Sprachmittlerin <b>Farsi</b> & Dari"

    # 3. create an event: Ctrl+3 (events), Ctrl+N, type the title, Ctrl+S
    press(qtbot, K.Key_3, CTRL)
    events_tab = window.events_tab
    assert window.current_tab() is events_tab
    press(qtbot, K.Key_N, CTRL)
    type_text(qtbot, focus(), "Sprachcafé am Nachmittag – ثبت نام")
    starts = events_tab.editor.starts_at  # today, so that the door can check people in
    tab_to(qtbot, starts)
    today_text = QDateTime(QDate.currentDate(), QTime(9, 0)).toString(starts.displayFormat())
    qtbot.keyClicks(starts, today_text)
    assert starts.date() == QDate.currentDate(), starts.dateTime().toString()
    press(qtbot, K.Key_S, CTRL)
    assert not events_tab.has_unsaved_input()
    event_id = events_tab.current_record_id()
    assert event_id is not None

    # 4. invite people: Ctrl+Tab to the invite list, Tab to "Alle aktiven Ehrenamtlichen", Space, answer Yes
    press(qtbot, K.Key_Tab, CTRL)
    assert events_tab.pages.currentIndex() == events_tab.PAGE_INVITES
    tab_to(qtbot, events_tab.invites.add_volunteers)
    asked = when_modal(qtbot, answer(qtbot, QMessageBox.StandardButton.Yes))
    press(qtbot, K.Key_Space)
    assert not failures and len(asked) == 1 and "81 Personen" in real_boxes[-1]
    invited = invitees(demo, event_id)
    assert len(invited) == 81

    # 5. check someone in at the door and undo it: Tab to "Check-in …", Space, type, Return, Ctrl+Z
    tab_to(qtbot, events_tab.checkin_button)
    press(qtbot, K.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), CheckinDialog) or focus_in(CheckinDialog))
    door = QApplication.activeWindow()
    guest = invited[0]
    assert focus() is door.view.search
    type_text(qtbot, focus(), guest.name)
    press(qtbot, K.Key_Return)
    assert status_of(demo, event_id, guest.contact_id) == "attended"
    press(qtbot, K.Key_Z, CTRL)
    assert status_of(demo, event_id, guest.contact_id) != "attended"
    tab_to(qtbot, close_button(door))
    press(qtbot, K.Key_Space)
    qtbot.waitUntil(lambda: not door.isVisible())

    # 6. print the invitations to PDF: Ctrl+Tab to "Unterlagen & Versand", Tab to "Einladungsbriefe",
    #    Space (a question about people without an address is answered Yes), Ctrl+S in the preview
    tab_to(qtbot, events_tab.invites.add_volunteers)  # back into the pages; Ctrl+Tab turns them
    press(qtbot, K.Key_Tab, CTRL)
    assert events_tab.pages.currentIndex() == events_tab.PAGE_PAPERWORK
    tab_to(qtbot, events_tab.paperwork.letters)
    asked = when_modal(qtbot, answer(qtbot, QMessageBox.StandardButton.Yes))
    press(qtbot, K.Key_Space)
    qtbot.waitUntil(
        lambda: any(isinstance(w, PdfPreviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=60000,
    )
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible())
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    press(qtbot, K.Key_S, CTRL)
    letters = out / "einladungen.pdf"
    qtbot.waitUntil(letters.exists, timeout=10000)
    assert letters.read_bytes().startswith(b"%PDF")
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert not failures

    # 7. export a list: Alt+D opens "Datei", E picks "Exportieren …", Return exports the contacts,
    #    Return closes the summary
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    done = when_modal(qtbot, press_return(qtbot), kind=ExportDialog)
    summary = when_modal(qtbot, press_return(qtbot), after=None, timeout_ms=60000)
    press(qtbot, K.Key_D, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    press(qtbot, K.Key_E)
    qtbot.waitUntil(lambda: bool(summary), timeout=60000)
    assert done and not failures
    exported = [p for p in out.iterdir() if p.suffix in (".csv", ".xlsx", ".vcf")]
    assert len(exported) == 1 and exported[0].stat().st_size > 1000, exported
    assert "Kontakte" in real_boxes[-1]

    # 8. help with F1: the manual opens (on the page of the current tab); Esc closes it
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, K.Key_F1)
    qtbot.waitUntil(lambda: any(isinstance(w, HelpDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    manual = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible())
    manual.activateWindow()
    qtbot.waitUntil(manual.isActiveWindow)
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: not manual.isVisible())

    # the end: nothing went wrong on the way
    assert not failures
    assert dialogs.texts("warning") == [] and dialogs.texts("critical") == []
