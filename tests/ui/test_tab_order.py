"""Keyboard: every form's Tab order reaches each visible field once, with no invisible stop
(issue 14, observation 4: after "Anrede" a Tab went to the scroll area around the form, so
"Dr." vanished and every later field was off by one)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kidesk.services.demo_data import fill_demo_data

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractButton, QAbstractItemView)


def _tab_kind(kind: str, db):
    if kind == "contacts":
        from kidesk.ui.contacts_tab import ContactsTab

        return ContactsTab(db)
    if kind == "organisations":
        from kidesk.ui.organisations_tab import OrganisationsTab

        return OrganisationsTab(db)
    if kind == "volunteers":
        from kidesk.ui.volunteers.tab import VolunteersTab

        return VolunteersTab(db)
    from kidesk.ui.events_tab import EventsTab

    return EventsTab(db)


def _inside(widget: QWidget | None, container: QWidget) -> bool:
    while widget is not None:
        if widget is container:
            return True
        widget = widget.parentWidget()
    return False


def _focus_chain(editor: QWidget) -> list[QWidget]:
    chain, widget = [], editor.nextInFocusChain()
    while widget is not editor and widget not in chain:
        if _inside(widget, editor) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _owner(widget: QWidget) -> QWidget:
    """A combo's line edit or a spin box's editor counts as the combo / spin box."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return widget


@pytest.mark.parametrize(
    "kind",
    [
        "contacts",
        "organisations",
        "volunteers",
        "events",
    ],
)
def test_tab_walks_every_visible_field_of_the_form_once(qtbot, db, kind):
    fill_demo_data(db)
    tab = _tab_kind(kind, db)
    qtbot.addWidget(tab)
    tab.resize(1400, 1000)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab, timeout=2000)
    editor = tab.editor
    start = next(w for w in _focus_chain(editor) if w.isVisible() and w.isEnabled())
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    visited: list[QWidget] = []
    for _ in range(300):
        widget = QApplication.focusWidget()
        if _inside(editor, widget) and widget is not editor:
            pytest.fail(f"invisible Tab stop ({type(widget).__name__}) after {visited[-1].accessibleName()!r}")
        if not _inside(widget, editor):
            break
        owner = _owner(widget)
        if visited and owner is visited[0]:
            break
        if not visited or owner is not visited[-1]:  # a date edit steps through its sections with Tab
            assert owner.isVisible(), f"invisible Tab stop after {visited[-1].accessibleName()!r}"
            assert owner not in visited, f"{owner.accessibleName()!r} reached twice"
            visited.append(owner)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        pytest.fail("Tab never left the form")
    assert len(visited) >= 5
    expected = [
        w
        for w in editor.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and _owner(w) is w
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parentWidget(), QAbstractItemView)
    ]
    missing = [w.accessibleName() or w.objectName() or type(w).__name__ for w in expected if w not in visited]
    assert not missing, missing
