"""A no-op save changes nothing (issue 14, class of fault "data changed behind the user's back").

For every editor — contact, organisation, event, series, volunteer, settings — every demo
record is opened in the real tab/dialog on a real demo database, saved through the same
service call the editor's save uses, without touching anything, and the whole database
(every table, every column, ``updated_at`` and ``version`` included) is compared before
and after. Then one field is changed through its widget and saved with the tab's own
save: exactly that one column of that one row changed (plus the row's ``version`` and
``updated_at`` stamps, which a real save must set).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kidesk.db import collation, name_keys
from kidesk.db.database import open_database
from kidesk.db.models import Base
from kidesk.services import events as ev
from kidesk.services.demo_data import fill_demo_data

STAMPS = {"version", "updated_at"}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path, create=True)
    fill_demo_data(database)
    database.dispose()
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    database = open_database(path)
    database.path_for_dump = path
    yield database
    database.dispose()


def dump(path: Path) -> dict[str, dict[object, dict[str, object]]]:
    """Every row of every table, keyed by table and rowid (or primary key)."""
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        ]
        result = {}
        for table in tables:
            pk = [r[1] for r in sorted(con.execute(f'PRAGMA table_info("{table}")'), key=lambda r: r[5]) if r[5]]
            cur = con.execute(f'SELECT * FROM "{table}"')
            cols = [d[0] for d in cur.description]
            rows = {}
            for i, values in enumerate(cur.fetchall()):
                row = dict(zip(cols, values, strict=True))
                key = (row[pk[0]] if len(pk) == 1 else tuple(row[c] for c in pk)) if pk else i
                rows[key] = row
            result[table] = rows
        return result
    finally:
        con.close()


def differences(before, after) -> list[tuple[str, object, str, object, object]]:
    """``(table, key, column, old, new)`` for every changed cell; added/removed rows as column ``*``."""
    diffs = []
    for table in sorted(set(before) | set(after)):
        if table.startswith("search_index"):
            continue  # the full-text index's shadow tables; the searchable text is in the record tables
        b, a = before.get(table, {}), after.get(table, {})
        for key in set(b) | set(a):
            if key not in a or key not in b:
                diffs.append((table, key, "*", b.get(key), a.get(key)))
                continue
            for col in b[key]:
                if b[key][col] != a[key][col]:
                    diffs.append((table, key, col, b[key][col], a[key][col]))
    return diffs


def only_change(before, after, table: str, key, column: str) -> None:
    diffs = differences(before, after)
    # the audit trail (issue 13) adds one entry naming exactly this change, nothing else
    audit = [d for d in diffs if d[0] == "audit_log"]
    assert [(d[2], d[4]["table_name"], d[4]["record_id"], list(json.loads(d[4]["changes"]))) for d in audit] == [
        ("*", table, key, [column])
    ], audit
    diffs = [d for d in diffs if d[0] != "audit_log"]
    # derived data kept on write moves with its source and nothing else: the column's stored sort
    # key, and a contact's name keys when a name or e-mail changed
    keys = [d for d in diffs if d[0] == name_keys.TABLE]
    assert all((d[4] or d[3])["contact_id"] == key for d in keys) and (not keys or column in name_keys.SOURCES), keys
    real = [d for d in diffs if d[2] not in STAMPS and d[0] != name_keys.TABLE]
    derived = sorted(c.name for c in Base.metadata.tables[table].columns if c.info.get(collation.SORT_KEY_OF) == column)
    expected = [(table, key, column)] + [(table, key, d) for d in derived]
    assert sorted((t, k, c) for t, k, c, _o, _n in real) == sorted(expected), real
    assert all(t == table and k == key for t, k, _c, _o, _n in diffs), diffs


# ---------------------------------------------------------------------------------------------
# events
# ---------------------------------------------------------------------------------------------


def test_every_demo_event_saved_unchanged_changes_nothing(qtbot, demo):
    from kidesk.ui.events_tab import EventsTab

    tab = EventsTab(demo)
    qtbot.addWidget(tab)
    ids = [r.id for r in ev.list_events(demo, include_past=True)]
    assert len(ids) >= 10
    before = dump(demo.path_for_dump)
    for event_id in ids:
        tab.jump_to(event_id)
        assert tab.current_event_id == event_id
        tab.refresh()  # what the main window does when the tab is shown again
        assert not tab.editor.is_modified(), (event_id, tab.editor.data())
        ev.update_event(demo, tab.editor.data())
    assert differences(before, dump(demo.path_for_dump)) == []


def test_first_demo_module_keeps_its_number_when_only_the_seats_change(qtbot, demo):
    """Observation 1: Modul 11 showed "Modul Nr.: –" and lost its number on Ctrl+S."""
    from kidesk.ui.events_tab import EventsTab

    tab = EventsTab(demo)
    qtbot.addWidget(tab)
    row = tab.model.row_at(0)
    assert row.module_number is not None  # the demo's next event is a module of the series
    tab.refresh()
    assert tab.editor.module.value() == row.module_number
    before = dump(demo.path_for_dump)
    tab.editor.capacity.setValue((row.capacity or 0) + 5)
    assert tab.save()
    only_change(before, dump(demo.path_for_dump), "events", row.id, "capacity")
    assert ev.load_event(demo, row.id).module_number == row.module_number


# ---------------------------------------------------------------------------------------------
# contacts, organisations, volunteers: the list tabs on RecordListTab
# ---------------------------------------------------------------------------------------------


def _list_tab(kind: str, db):
    if kind == "contacts":
        from kidesk.ui.contacts_tab import ContactsTab

        return ContactsTab(db)
    if kind == "organisations":
        from kidesk.ui.organisations_tab import OrganisationsTab

        return OrganisationsTab(db)
    from kidesk.ui.volunteers.tab import VolunteersTab

    return VolunteersTab(db)


def _all_ids(tab) -> list[int]:
    tab.clear_filters()
    model = tab.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.record_id(r) for r in range(model.rowCount())]


@pytest.mark.parametrize("kind", ["contacts", "organisations", "volunteers"])
def test_every_demo_record_saved_unchanged_changes_nothing(qtbot, demo, kind):
    tab = _list_tab(kind, demo)
    qtbot.addWidget(tab)
    ids = _all_ids(tab)
    assert len(ids) >= 30
    if kind == "volunteers":
        ids = ids[::2]  # 50 of the 100 profiles: the volunteer form loads slowly (hours, progress)
    before = dump(demo.path_for_dump)
    for record_id in ids:
        tab.jump_to(record_id)
        assert tab.current_record_id() == record_id
        tab.refresh()
        assert not tab.editor.is_modified(), (kind, record_id)
        tab.update_record(tab.editor.data())
    assert differences(before, dump(demo.path_for_dump)) == []


@pytest.mark.parametrize(
    ("kind", "table"), [("contacts", "contacts"), ("organisations", "organisations"), ("volunteers", "volunteers")]
)
def test_changing_the_notes_changes_only_the_notes(qtbot, demo, kind, table):
    tab = _list_tab(kind, demo)
    qtbot.addWidget(tab)
    record_id = _all_ids(tab)[3]
    tab.jump_to(record_id)
    before = dump(demo.path_for_dump)
    tab.editor.notes.setPlainText(tab.editor.notes.toPlainText() + " Rückruf erbeten.")
    assert tab.editor.is_modified()
    assert tab.save()
    row_key = record_id if kind != "volunteers" else tab.editor.data().id
    only_change(before, dump(demo.path_for_dump), table, row_key, "notes")


def test_changing_a_contacts_function_changes_only_that(qtbot, demo):
    tab = _list_tab("contacts", demo)
    qtbot.addWidget(tab)
    record_id = _all_ids(tab)[5]
    tab.jump_to(record_id)
    before = dump(demo.path_for_dump)
    widget = tab.editor.fields["function"].widget
    widget.setText("Sachbearbeitung Integration und Teilhabe")
    assert tab.save()
    only_change(before, dump(demo.path_for_dump), "contacts", record_id, "function")


# ---------------------------------------------------------------------------------------------
# series and settings
# ---------------------------------------------------------------------------------------------


def test_every_series_saved_unchanged_changes_nothing_and_one_field_only_that(qtbot, demo):
    from kidesk.ui.series_editor import SeriesEditor

    editor = SeriesEditor(demo)
    qtbot.addWidget(editor)
    assert editor.series_list.count() >= 1
    before = dump(demo.path_for_dump)
    for row in range(editor.series_list.count()):
        editor.series_list.setCurrentRow(row)
        assert editor.save() is not None
    assert differences(before, dump(demo.path_for_dump)) == []
    editor.series_list.setCurrentRow(0)
    series_id = editor.series_list.item(0).data(0x0100).id
    editor.min_modules.setValue(editor.min_modules.value() + 1)
    assert editor.save() == series_id
    only_change(before, dump(demo.path_for_dump), "event_series", series_id, "certificate_min_modules")


def test_settings_saved_unchanged_change_nothing(qtbot, demo):
    from kidesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(demo)
    qtbot.addWidget(dialog)
    before = dump(demo.path_for_dump)
    dialog.save()
    assert differences(before, dump(demo.path_for_dump)) == []
    dialog.load()
    dialog.offset_x.setValue(dialog.offset_x.value() + 0.5)
    dialog.save()
    diffs = [d for d in differences(before, dump(demo.path_for_dump)) if d[2] not in STAMPS]
    assert len(diffs) == 1 and diffs[0][0] == "settings", diffs
