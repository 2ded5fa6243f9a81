"""Several workstations on one PostgreSQL database (issue 20, item 3): two real processes.

Both load the same contact; the first saves; the second's save is refused with
RecordChangedElsewhere (the version column), never a silent lost update — and the second
sees the first's change after reloading. An idle Database holds no open transaction.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from kidesk.db.database import open_database
from kidesk.services import contacts
from kidesk.services.contacts import ContactData

_WORKER = textwrap.dedent(
    """
    import dataclasses, sys
    from kidesk.db.database import open_database
    from kidesk.services import contacts
    from kidesk.services.edit_conflicts import RecordChangedElsewhere

    url, contact_id, city = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    db = open_database(url, create=False, role="Arbeitsplatz")
    data = contacts.load_contact(db, contact_id)
    print("loaded", data.version, flush=True)
    sys.stdin.readline()  # the test says when to save
    try:
        contacts.update_contact(db, dataclasses.replace(data, city=city))
        print("saved", flush=True)
    except RecordChangedElsewhere as exc:
        print("conflict", str(exc).splitlines()[0], flush=True)
    sys.stdin.readline()
    print("reloaded", contacts.load_contact(db, contact_id).city, flush=True)
    db.dispose()
    """
)


def _workstation(url: str, contact_id: int, city: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WORKER, url, str(contact_id), city],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _say(process: subprocess.Popen[str]) -> str:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("\n")
    process.stdin.flush()
    return process.stdout.readline().strip()


def test_two_workstations_editing_one_contact_the_second_save_is_a_conflict(pg_url):
    db = open_database(pg_url)
    try:
        stored = contacts.create_contact(db, ContactData(first_name="Ayşe", last_name="Yılmaz", city="Herford"))
    finally:
        db.dispose()
    assert stored.id is not None
    first = _workstation(pg_url, stored.id, "Bünde")
    second = _workstation(pg_url, stored.id, "Löhne")
    try:
        assert first.stdout is not None and second.stdout is not None
        assert first.stdout.readline().split() == ["loaded", str(stored.version)]
        assert second.stdout.readline().split() == ["loaded", str(stored.version)]
        assert _say(first) == "saved"
        answer = _say(second)
        assert answer.startswith("conflict "), answer
        assert "anderen Arbeitsplatz" in answer
        assert _say(second) == "reloaded Bünde"  # the second workstation sees the first one's change
        assert _say(first) == "reloaded Bünde"  # and nothing of its own refused save
    finally:
        for process in (first, second):
            try:
                _, err = process.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                raise
            assert process.returncode == 0, err
    db = open_database(pg_url, create=False)
    try:
        final = contacts.load_contact(db, stored.id)
        assert final.city == "Bünde"
        assert final.version == (stored.version or 0) + 1
    finally:
        db.dispose()


def test_an_idle_database_holds_no_open_transaction(pg_url):
    import psycopg
    from sqlalchemy.engine import make_url

    db = open_database(pg_url)
    try:
        stored = contacts.create_contact(db, ContactData(first_name="Олена", last_name="Шевченко"))
        assert stored.id is not None
        contacts.load_contact(db, stored.id)
        from kidesk.services import search

        assert [h.title for h in search.search_everything(db, "Шевч")] == ["Олена Шевченко"]
        with db.engine.connect() as connection:  # a pooled connection exists: the check sees kidesk
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        libpq = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(libpq, autocommit=True) as admin:
            states = admin.execute(
                "SELECT pid, state FROM pg_stat_activity WHERE datname = current_database() "
                "AND application_name = 'kidesk'"
            ).fetchall()
        assert pid in {p for p, _ in states}
        assert [s for _, s in states if s != "idle"] == [], states
    finally:
        db.dispose()


def test_a_write_lock_serialises_check_then_insert_on_the_server(pg_url):
    """begin_write takes the server's advisory lock: a second session waits until the first commits."""
    from sqlalchemy import text

    from kidesk.db.database import begin_write

    db = open_database(pg_url)
    request_dispose = db.dispose
    with db.session() as first:
        begin_write(first)
        with db.engine.connect() as other:
            other.exec_driver_sql("SET lock_timeout = '200ms'")
            with pytest.raises(Exception, match="lock timeout"):
                other.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x6B69_6477})
            other.rollback()
    with db.engine.connect() as other:
        other.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x6B69_6477})  # free after commit
        other.rollback()
    request_dispose()
