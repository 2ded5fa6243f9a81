"""Two workstations on one PostgreSQL database see each other's changes (issue 20, "Done when").

Process A is this test: a real ContactsTab on a ``Database`` for the server URL. Process B is a
second Python process (a second workstation) that edits a contact, adds one and deletes one
through the services. A's change stamp moves — first the cheap gate (the server's
transaction snapshot), then the per-table stamp — and A's list shows B's changes without F5.
The server is the one the ``db`` fixture of tests/db uses (``pg_url``: a copy of the migrated
template on the throwaway cluster or ``KIDESK_TEST_PG_URL``); without one the test is skipped
with the reason.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from kidesk.db.database import open_database
from kidesk.services import change_stamps, contacts
from kidesk.services.contacts import ContactData
from kidesk.ui.common import change_polling
from kidesk.ui.contacts_tab import ContactsTab

NAMES = ["Yılmaz", "محمدی", "رضایی\u200cنژاد", "Шевченко", "ئەحمەد", "Öztürk", "Al-" + "Abdulrahman-" * 5 + "X"]

_WORKSTATION_B = textwrap.dedent(
    """
    import dataclasses, sys
    from kidesk.db.database import open_database
    from kidesk.services import contacts
    from kidesk.services.contacts import ContactData

    url, edited, removed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    db = open_database(url, create=False, role="Arbeitsplatz B")
    for line in sys.stdin:
        step = line.strip()
        if step == "edit":
            data = contacts.load_contact(db, edited)
            contacts.update_contact(db, dataclasses.replace(data, city="Bünde =SUM(A1)"))
        elif step == "add":
            contacts.create_contact(db, ContactData(first_name="Eva", last_name="Aaberg <b>&</b>", city="Löhne"))
        elif step == "delete":
            contacts.delete_contact(db, removed)
        else:
            break
        print("done", step, flush=True)
    db.dispose()
    """
)


def _tell(process: subprocess.Popen[str], step: str) -> None:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(step + "\n")
    process.stdin.flush()
    answer = process.stdout.readline().strip()
    if answer != f"done {step}":
        process.kill()
        _, err = process.communicate(timeout=30)
        pytest.fail(f"workstation B failed at {step!r}: {answer!r} {err[-2000:]}")


def test_a_second_workstation_process_changes_a_contact_and_the_first_list_shows_it_without_f5(
    qtbot, pg_url, monkeypatch
):
    monkeypatch.setattr(change_polling, "POLL_INTERVAL_MS", 100)
    db = open_database(pg_url, role="Arbeitsplatz A")
    stored = [
        contacts.create_contact(
            db, ContactData(first_name="Eva", last_name=f"{NAMES[i % len(NAMES)]} {i:02d}", city="Herford")
        )
        for i in range(30)
    ]
    edited, removed = stored[3], stored[5]
    assert edited.id is not None and removed.id is not None
    b = subprocess.Popen(
        [sys.executable, "-c", _WORKSTATION_B, pg_url, str(edited.id), str(removed.id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        tab = ContactsTab(db)
        qtbot.addWidget(tab)
        tab.resize(1300, 700)
        tab.show()
        tab.activateWindow()
        qtbot.waitUntil(tab.isActiveWindow, timeout=3000)
        assert tab.model.total == 30

        # A's change stamp, read the way the poller reads it: it stands still while nobody writes …
        gate = change_stamps._gate(db)  # the server's snapshot (xmin:xmax:open ids), not the "unavailable" None
        assert isinstance(gate, str) and gate.count(":") == 2, gate
        watch = change_stamps.ChangeWatch(db, ["contacts"])
        watch.mark_current()
        assert not watch.changed()
        before = change_stamps.change_stamp(db, ["contacts"])

        # … and moves when workstation B (another process, another connection) edits a contact
        tab._select_row([tab.model.record_id(r) for r in range(tab.model.rowCount())].index(edited.id))
        assert tab.current_record_id() == edited.id
        _tell(b, "edit")
        assert change_stamps._gate(db) != gate
        assert watch.changed()
        assert change_stamps.change_stamp(db, ["contacts"]) != before
        qtbot.waitUntil(lambda: tab.change_poller.refreshes >= 1, timeout=8000)
        qtbot.waitUntil(lambda: tab.editor.fields["city"].widget.text() == "Bünde =SUM(A1)", timeout=3000)
        assert tab.current_record_id() == edited.id  # the selection stays
        assert not tab.has_unsaved_input()

        _tell(b, "add")
        qtbot.waitUntil(lambda: tab.model.total == 31, timeout=8000)
        _tell(b, "delete")
        qtbot.waitUntil(lambda: tab.model.total == 30, timeout=8000)
        shown = {tab.model.record_id(r) for r in range(tab.model.rowCount())}
        assert removed.id not in shown
        refreshes = tab.change_poller.refreshes
        assert refreshes >= 3

        qtbot.wait(600)  # several polls with nothing committed anywhere: no reload
        assert tab.change_poller.refreshes == refreshes
    finally:
        try:
            _, err = b.communicate("stop\n", timeout=60)
        except subprocess.TimeoutExpired:
            b.kill()
            raise
        db.dispose()
    assert b.returncode == 0, err
