"""``kidesk copy-to`` between SQLite and PostgreSQL (issue 20, item 4): up to the server and back.

An office moves its SQLite file up to the server IT set up — an empty database, no kidesk
tables yet — and a copy can come back down into a file. All three are equal by the per-table
row counts and checksums. The server is the one the ``db`` fixture uses (skipped with the reason
when none can be started).
"""

from __future__ import annotations

import os

import pytest

from kidesk.cli import main
from kidesk.db.database import open_database
from kidesk.db.models import Contact
from kidesk.services import search
from tests.cli.test_copy_to import _checksums, _fill
from tests.conftest import _admin, _with_database


@pytest.fixture
def empty_server_database(pg_server):
    """A database as IT creates it: empty, not migrated (kidesk's migrations make the schema)."""
    name = f"pg_copy_{os.getpid()}"
    with _admin(pg_server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield _with_database(pg_server, name)
    with _admin(pg_server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_sqlite_to_an_empty_server_database_and_back_is_equal_by_checksum(
    db, db_path, tmp_path, capsys, empty_server_database
):
    _fill(db)
    db.dispose()
    server, back = empty_server_database, tmp_path / "zurueck.sqlite"
    assert main(["--db", str(db_path), "copy-to", server]) == 0
    out = capsys.readouterr().out
    assert "contacts\t" in out and "stimmen überein" in out
    assert main(["--db", server, "copy-to", str(back)]) == 0
    capsys.readouterr()
    original = _checksums(db_path)
    assert original["contacts"][0] == 11 and original["volunteer_hours"][0] == 1
    assert original["contact_name_keys"][0] > 0  # migration 0005's derived keys travel too
    assert _checksums(server) == original
    assert _checksums(back) == original
    office = open_database(server, create=False)
    try:  # the server's search index was filled by its triggers as the rows arrived
        assert any(h.kind == "contact" for h in search.search_everything(office, "رضایی"))
        assert any(h.kind == "organisation" for h in search.search_everything(office, "Landesverband"))
        with office.session() as s:  # the sequences were moved past the copied ids: a new row fits
            s.add(Contact(first_name="Neu", last_name="Nach dem Umzug"))
    finally:
        office.dispose()


def test_copy_to_a_filled_server_database_is_refused_unless_forced(db, db_path, capsys, pg_url):
    _fill(db)
    db.dispose()
    other = open_database(pg_url)
    with other.session() as s:
        s.add(Contact(first_name="Schon", last_name="Da"))
    other.dispose()
    assert main(["--db", str(db_path), "copy-to", pg_url]) == 1
    err = capsys.readouterr().err
    assert "nicht leer" in err and "contacts: 1" in err and "--force" in err and err.count("\n") == 1
    assert _checksums(pg_url)["contacts"][0] == 1  # untouched
    assert main(["--db", str(db_path), "copy-to", pg_url, "--force"]) == 0
    assert _checksums(pg_url) == _checksums(db_path)
