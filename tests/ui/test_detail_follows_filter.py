"""The detail pane clears when its record leaves the filtered list (issue 14, obs. 14)."""

from __future__ import annotations

from kidesk.ui.contacts_tab import ContactsTab


def test_filtering_the_open_contact_away_clears_the_form(qtbot, office):
    db, ids = office
    tab = ContactsTab(db)
    qtbot.addWidget(tab)
    tab.show()
    tab.jump_to(ids["staff"])
    assert tab.editor.loaded_id() == ids["staff"]
    tab.search.setText("zzzz-nobody")
    tab.apply_filters()
    assert tab.model.rowCount() == 0
    assert tab.editor.loaded_id() is None
    tab.search.clear()
    tab.apply_filters()
    tab.jump_to(ids["staff"])
    name = tab.editor.data().last_name
    tab.search.setText(name[:3])
    tab.apply_filters()
    assert tab.editor.loaded_id() == ids["staff"]  # still in the list: stays open
