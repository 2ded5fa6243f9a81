"""Every input in the forms has a name a screen reader can say, and the tab order is the reading order."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kidesk.ui.contacts_tab import ContactsTab
from kidesk.ui.organisations_tab import OrganisationsTab
from kidesk.ui.settings_dialog import SettingsDialog

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox, QCheckBox)


def _inside(widget: QWidget, kinds: tuple) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent()
    return False


def _unnamed_inputs(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS):
            continue
        if isinstance(widget, QHeaderView) or _inside(widget, (QComboBox, QAbstractSpinBox, QCompleter)):
            continue  # parts of a table, an editable combo box, a spin box or a completer popup
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_contacts_tab_inputs_have_accessible_names(qtbot, office):
    db, _ids = office
    tab = ContactsTab(db)
    qtbot.addWidget(tab)
    assert _unnamed_inputs(tab) == []


def test_organisations_tab_inputs_have_accessible_names(qtbot, office):
    db, _ids = office
    tab = OrganisationsTab(db)
    qtbot.addWidget(tab)
    assert _unnamed_inputs(tab) == []


def test_settings_inputs_have_accessible_names(qtbot, office):
    db, _ids = office
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert _unnamed_inputs(dialog) == []


def test_contact_form_tab_order_follows_the_form(qtbot, office):
    db, _ids = office
    tab = ContactsTab(db)
    qtbot.addWidget(tab)
    editor = tab.editor
    expected = (
        [editor.salutation]
        + [editor.fields[n].widget for n in ("title", "first_name", "last_name", "function", "department")]
        + [editor.is_staff]
        + [editor.fields[n].widget for n in ("phone", "mobile", "fax", "email", "room", "languages")]
        + [editor.notes]  # reading order (issue 19): the box under "Person" before the address box beside it
        + [editor.fields[n].widget for n in ("street", "postcode", "city", "country")]
    )
    widget = expected[0]
    seen = [widget]
    for _ in range(len(expected) - 1):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & widget.focusPolicy().TabFocus) or widget not in expected:
            widget = widget.nextInFocusChain()
        seen.append(widget)
    assert seen == expected
