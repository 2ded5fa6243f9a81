"""Opening databases: missing, corrupt, unwritable, newer schema, backup before migration."""

from __future__ import annotations

import os
import sqlite3

import pytest
from alembic import command
from sqlalchemy import text

from kidesk.db import migrate
from kidesk.db.database import open_database, resolve_target
from kidesk.errors import DatabaseCorrupt, DatabaseNotFound, DatabaseNotWritable, SchemaTooNew


def test_missing_file_is_refused_when_not_creating(tmp_path):
    with pytest.raises(DatabaseNotFound, match="gibt es nicht"):
        open_database(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def test_new_database_is_created_in_missing_folders(tmp_path):
    target = tmp_path / "a" / "b" / "kidesk.sqlite"
    db = open_database(target)
    db.dispose()
    assert target.exists()


def test_a_file_that_is_not_sqlite_is_reported_as_corrupt_and_left_alone(tmp_path):
    bogus = tmp_path / "kidesk.sqlite"
    bogus.write_bytes(b"PK\x03\x04 this is a zip file renamed")
    before = bogus.read_bytes()
    with pytest.raises(DatabaseCorrupt, match="keine kidesk-Datenbank"):
        open_database(bogus)
    assert bogus.read_bytes() == before


def test_a_truncated_sqlite_file_is_reported_as_corrupt(db_path):
    open_database(db_path).dispose()
    data = db_path.read_bytes()
    db_path.write_bytes(data[:100] + b"\x00" * 50)  # valid header, nothing else
    with pytest.raises(DatabaseCorrupt):
        open_database(db_path)


def test_newer_schema_is_refused_and_the_file_is_untouched(db_path):
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")  # fold the WAL back so the file alone is the database
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNew, match="neueren kidesk-Version"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / (db_path.name + "-wal")).exists()


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root may write anywhere")
def test_unwritable_folder_gives_a_clear_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(DatabaseNotWritable):
            open_database(locked / "kidesk.sqlite")
    finally:
        locked.chmod(0o700)


def test_a_folder_that_cannot_be_created_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(DatabaseNotWritable, match="kann nicht angelegt werden"):
        open_database(blocker / "sub" / "kidesk.sqlite")


def test_a_folder_given_as_database_is_refused(tmp_path):
    with pytest.raises(DatabaseNotFound, match="Ordner"):
        open_database(tmp_path)


def test_migration_is_preceded_by_a_backup_that_holds_the_old_data(db_path):
    db = open_database(db_path)
    with db.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
        connection.execute(text("CREATE TABLE legacy_notes (note TEXT)"))
        connection.execute(text("INSERT INTO legacy_notes VALUES ('Einladung Modul 12 verschickt')"))
    db.dispose()

    db = open_database(db_path)
    try:
        assert db.backup_file is not None and db.backup_file.exists()
        assert db.backup_file.parent == db_path.parent / "backups"
        con = sqlite3.connect(db.backup_file)
        assert con.execute("SELECT note FROM legacy_notes").fetchall() == [("Einladung Modul 12 verschickt",)]
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'contacts'").fetchone() == (0,)
        con.close()
        with db.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        db.dispose()


def test_target_resolution(tmp_path, monkeypatch):
    assert resolve_target("postgresql://u:p@host/kidesk") == "postgresql://u:p@host/kidesk"
    assert resolve_target(tmp_path / "x.sqlite") == f"sqlite:///{tmp_path / 'x.sqlite'}"
    monkeypatch.setenv("KIDESK_DB", str(tmp_path / "env.sqlite"))
    assert resolve_target(None).endswith("env.sqlite")
    monkeypatch.delenv("KIDESK_DB")
    monkeypatch.setenv("KIDESK_DATA_DIR", str(tmp_path / "data"))
    assert resolve_target(None) == f"sqlite:///{tmp_path / 'data' / 'kidesk.sqlite'}"
