"""The event laptop with the office on PostgreSQL (issue 20, items 5 and "Done when").

The office database is a server database; the pack taken from it is an SQLite file as always.
Three check-ins and a walk-in on the laptop, merged back into the server twice: exactly those
changes, and nothing the second time. The same CLI and services as tests/services/test_event_pack.py
(on SQLite); the server is the one the ``db`` fixture uses (skipped with the reason when none).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kidesk.cli import main
from kidesk.db.database import open_database
from kidesk.db.models import Base
from kidesk.services import event_pack
from kidesk.services import events as ev
from tests.services.test_event_pack import (
    ARABIC,
    SECRET,
    WALK_IN,
    _diff,
    _snapshot,
    fill_office,
)


def _server_snapshot(url: str) -> dict[str, dict[tuple, tuple]]:
    """Every row of every kidesk table on the server, by primary key."""
    db = open_database(url, create=False)
    try:
        found = {}
        with db.engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                pk = [c.name for c in table.primary_key.columns]
                rows = {}
                for row in connection.execute(select(table)).mappings():
                    rows[tuple(row[k] for k in pk)] = tuple(sorted((k, str(v)) for k, v in row.items()))
                found[table.name] = rows
        return found
    finally:
        db.dispose()


@pytest.fixture
def server_office(pg_url):
    db = open_database(pg_url)
    try:
        return fill_office(db)
    finally:
        db.dispose()


def test_a_pack_from_the_server_used_offline_and_merged_back_twice_leaves_exactly_those_changes(
    server_office, pg_url, tmp_path, capsys
):
    world, ids = server_office
    pack_file = tmp_path / "einlass.kidesk-paket"
    assert main(["--db", pg_url, "event-pack", "--event", str(world.module2), "-o", str(pack_file)]) == 0
    assert "Enthalten:" in capsys.readouterr().out
    assert SECRET.encode() not in pack_file.read_bytes()
    packed = _snapshot(pack_file)  # an SQLite file, whatever the office runs on
    assert {k[0] for k in packed["contacts"]} == {*ids.values(), world.ayse, world.hans, world.petra}
    assert {k[0] for k in packed["contact_name_keys"]} == {*ids.values(), world.ayse, world.hans, world.petra}
    before = _server_snapshot(pg_url)

    laptop = open_database(pack_file)
    try:
        for name in (" ".join(ARABIC), "Бондаренко, Тарас", "Sukru Yildirimoglu"):
            ev.check_in(laptop, ev.find_by_name(laptop, world.module2, name).participation_id)
        ev.check_in_walk_in(laptop, world.module2, ev.WalkInData(WALK_IN[0], WALK_IN[1]))
    finally:
        laptop.dispose()

    assert main(["--db", pg_url, "event-merge", str(pack_file)]) == 0
    report = capsys.readouterr().out
    assert "4 Statusänderungen" in report and "1 Gast ohne Anmeldung" in report
    after = _server_snapshot(pg_url)
    changes = _diff(before, after)
    audit = changes.pop("audit_log")
    assert audit[1] == [] and audit[2] == [] and audit[0]
    settings_added, settings_changed, _ = changes.pop("settings")
    assert len(settings_added) == 1 and settings_added[0][0].startswith(event_pack.MERGED_PREFIX)
    assert settings_changed == []
    contacts_added, contacts_changed, contacts_removed = changes.pop("contacts")
    assert len(contacts_added) == 1 and contacts_changed == [] and contacts_removed == []
    new_contact = dict(after["contacts"][contacts_added[0]])
    assert (new_contact["first_name"], new_contact["last_name"]) == WALK_IN
    parts_added, parts_changed, parts_removed = changes.pop("participations")
    assert parts_removed == [] and len(parts_added) == 1
    assert {int(dict(after["participations"][k])["contact_id"]) for k in parts_changed} == {
        ids["arabic"],
        ids["cyrillic"],
        ids["turkish"],
    }
    for key in parts_changed + parts_added:
        assert dict(after["participations"][key])["status"] == "attended"
    history_added, history_changed, _ = changes.pop("participation_status_changes")
    assert len(history_added) == 4 and history_changed == []
    keys_added, keys_changed, keys_removed = changes.pop("contact_name_keys")
    assert {k[0] for k in keys_added} == {contacts_added[0][0]} and keys_changed == keys_removed == []
    assert changes == {}, changes

    assert main(["--db", pg_url, "event-merge", str(pack_file)]) == 0
    assert "nichts Neues" in capsys.readouterr().out
    assert _server_snapshot(pg_url) == after  # the second merge wrote nothing
