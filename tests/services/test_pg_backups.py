"""Backups of a server database through pg_dump/pg_restore (issue 20, item 1)."""

from __future__ import annotations

import os
import shutil
import stat

import pytest
from sqlalchemy import create_engine

from kidesk.db import migrate
from kidesk.db.database import open_database
from kidesk.services import backups, contacts, privacy
from kidesk.services.contacts import ContactData

pytestmark = pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed here")


def _names(db) -> list[str]:
    from kidesk.db.models import Contact

    with db.session() as session:
        return sorted(c.last_name for c in session.query(Contact))


def test_backup_list_and_restore_round_trip_on_the_server(pg_url):
    db = open_database(pg_url)
    try:
        contacts.create_contact(db, ContactData(first_name="Ayşe", last_name="Yılmaz"))
        result = backups.create_backup(db)
        assert result.path.suffix == ".dump"
        assert result.path.parent == backups.backup_folder(db)
        assert stat.S_IMODE(os.stat(result.path).st_mode) == 0o600
        assert [b.path for b in backups.list_backups(db)] == [result.path]
        assert backups.last_backup(db) is not None
        contacts.create_contact(db, ContactData(first_name="Олена", last_name="Шевченко"))
        assert _names(db) == ["Yılmaz", "Шевченко"]
        restored = backups.restore_backup(db, result.path)
        assert restored.counts["contacts"] == 1
        assert restored.replaced_kept_as is not None and restored.replaced_kept_as.exists()
        assert _names(db) == ["Yılmaz"]
        from kidesk.services.search import search_everything

        assert [h.title for h in search_everything(db, "yilm")] == ["Ayşe Yılmaz"]  # index and triggers restored
    finally:
        db.dispose()


def test_a_restore_erases_again_whom_the_register_holds(pg_url):
    db = open_database(pg_url)
    try:
        person = contacts.create_contact(db, ContactData(first_name="Gülşen", last_name="Ahmadi"))
        saved = backups.create_backup(db).path
        assert person.id is not None
        privacy.erase_contact(db, person.id)
        result = backups.restore_backup(db, saved)
        assert result.erased_again == 1
        assert _names(db) == []
    finally:
        db.dispose()


def test_without_pg_dump_one_clear_line(pg_url, tmp_path, monkeypatch):
    db = open_database(pg_url)
    try:
        monkeypatch.setenv("PATH", str(tmp_path))
        with pytest.raises(backups.BackupProblem) as caught:
            backups.create_backup(db)
        message = str(caught.value)
        assert "\n" not in message and "pg_dump" in message and "nicht installiert" in message
    finally:
        db.dispose()


def test_a_foreign_file_is_refused_and_nothing_changes(pg_url, tmp_path):
    db = open_database(pg_url)
    try:
        contacts.create_contact(db, ContactData(first_name="Ayşe", last_name="Yılmaz"))
        foreign = tmp_path / "fremd.dump"
        foreign.write_bytes(b"=SUM(A1) <b>&</b>" * 100)
        with pytest.raises(backups.BackupProblem):
            backups.restore_backup(db, foreign)
        assert _names(db) == ["Yılmaz"]
    finally:
        db.dispose()


def _one_revision_behind(pg_url: str) -> None:
    """The test's database rebuilt one revision behind, holding a contact: the next start migrates it."""
    from sqlalchemy.engine import make_url

    from tests.conftest import _admin, _with_database

    name = make_url(pg_url).database
    with _admin(_with_database(pg_url, "postgres")) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    engine = create_engine(pg_url)
    try:
        migrate.upgrade(engine, "0003")
        with engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO contacts (first_name, last_name) VALUES ('Ayşe', 'Yılmaz')")
    finally:
        engine.dispose()


def _revision(pg_url: str) -> str | None:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            return migrate.current_revision(connection)
    finally:
        engine.dispose()


def test_without_pg_dump_a_start_up_migration_is_refused_and_changes_nothing(pg_url, tmp_path, monkeypatch):
    from kidesk.errors import DatabaseNotWritable

    _one_revision_behind(pg_url)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DatabaseNotWritable) as caught:
        open_database(pg_url)
    assert "\n" not in str(caught.value) and "pg_dump" in str(caught.value)
    assert _revision(pg_url) == "0003"
    monkeypatch.setenv("KIDESK_MIGRATE_WITHOUT_BACKUP", "1")  # IT's server backups stand in for the copy
    db = open_database(pg_url)
    try:
        assert db.backup_file is None
        assert _names(db) == ["Yılmaz"]
    finally:
        db.dispose()
    assert _revision(pg_url) == migrate.head_revision()


def test_a_migration_at_start_up_dumps_the_database_first(pg_url):
    _one_revision_behind(pg_url)
    db = open_database(pg_url)
    try:
        assert db.backup_file is not None and db.backup_file.suffix == ".dump"
        assert "before-" in db.backup_file.name
        assert _names(db) == ["Yılmaz"]
    finally:
        db.dispose()


def test_a_cancelled_server_backup_or_restore_stops_pg_dump_and_leaves_nothing(pg_url, tmp_path):
    """pg_dump reports no steps: the window shows a busy bar (0 of 0) and its Abbrechen stops pg_dump."""
    from kidesk.services.progress import Cancelled

    db = open_database(pg_url)
    try:
        contacts.create_contact(db, ContactData(first_name="Zahra", last_name="Rezaei\u200cnejad"))
        second = tmp_path / "usb"
        backups.set_second_folder(db, second)
        seen: list[tuple[int, int]] = []

        def stop_at_once(done: int, total: int) -> bool:
            seen.append((done, total))
            return False

        with pytest.raises(Cancelled):
            backups.create_backup(db, progress=stop_at_once)
        assert seen and seen[0] == (0, 0)
        assert backups.list_backups(db, extra=second) == []
        assert not list(backups.backup_folder(db).glob("*")) and not (second.exists() and list(second.iterdir()))
        taken = backups.create_backup(db).path
        contacts.create_contact(db, ContactData(first_name="Олена", last_name="Шевченко"))
        listed = backups.list_backups(db, extra=second)
        assert taken in [b.path for b in listed]
        with pytest.raises(Cancelled):
            backups.restore_backup(db, taken, progress=stop_at_once)
        assert _names(db) == ["Rezaei\u200cnejad", "Шевченко"]  # nothing restored
        assert backups.list_backups(db, extra=second) == listed  # no stray dump
    finally:
        db.dispose()
