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


# -- issue 12 (item 2, item 4) and issue 18 (item 1) ---------------------------------------------------
def test_a_zero_byte_file_is_refused_unchanged_by_a_read(tmp_path):
    from kidesk.db.sqlite_files import EmptyDatabaseFile

    empty = tmp_path / "kidesk.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(EmptyDatabaseFile, match="leere Datei"):
        open_database(empty, create=False)
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kidesk.sqlite"]


def test_a_foreign_sqlite_file_is_refused_unchanged(tmp_path, capsys):
    from kidesk.cli import main

    foreign = tmp_path / "fotos.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    con.execute("INSERT INTO photos (file) VALUES ('urlaub.jpg')")
    con.commit()
    con.close()
    before = foreign.read_bytes()
    assert main(["--db", str(foreign), "list", "contacts"]) != 0
    assert "anderen Programms" in capsys.readouterr().err
    assert foreign.read_bytes() == before
    con = sqlite3.connect(foreign)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["photos"]
    con.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_new_database_and_its_wal_and_shm_are_private(tmp_path):
    import stat

    target = tmp_path / "neu" / "kidesk.sqlite"
    db = open_database(target)
    try:
        with db.engine.begin() as connection:
            connection.execute(text("INSERT INTO networks (name) VALUES ('Netz')"))
        for file in (target, target.with_name("kidesk.sqlite-wal"), target.with_name("kidesk.sqlite-shm")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    finally:
        db.dispose()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_existing_readable_database_is_made_private_and_the_data_folder_too(tmp_path, monkeypatch):
    import stat

    monkeypatch.setenv("KIDESK_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "data").mkdir(mode=0o755)
    (tmp_path / "data").chmod(0o755)
    path = tmp_path / "data" / "kidesk.sqlite"
    open_database(path).dispose()
    path.chmod(0o644)
    (tmp_path / "data").chmod(0o755)
    open_database(None).dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) & 0o077 == 0


def test_sqlite_errors_are_named_by_cause_not_all_corrupt(tmp_path):
    from kidesk.db.sqlite_files import DatabaseBusy, explain

    path = tmp_path / "x.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (a TEXT)")
    con.commit()
    con.close()
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as readonly:
        ro.execute("INSERT INTO t VALUES ('x')")
    ro.close()
    assert isinstance(explain(readonly.value, path), DatabaseNotWritable)
    with pytest.raises(sqlite3.Error) as cantopen:
        sqlite3.connect(f"file:{tmp_path / 'fehlt' / 'x.sqlite'}?mode=rw", uri=True)
    assert isinstance(explain(cantopen.value, path), DatabaseNotWritable)
    full = sqlite3.connect(path)
    full.execute("PRAGMA max_page_count = 3")
    with pytest.raises(sqlite3.Error) as disk_full:
        full.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    full.close()
    message = explain(disk_full.value, path)
    assert isinstance(message, DatabaseNotWritable) and "voll" in str(message)
    a = sqlite3.connect(path, timeout=0)
    a.execute("BEGIN EXCLUSIVE")
    b = sqlite3.connect(path, timeout=0)
    with pytest.raises(sqlite3.Error) as busy:
        b.execute("INSERT INTO t VALUES ('y')")
    a.rollback()
    a.close()
    b.close()
    assert isinstance(explain(busy.value, path), DatabaseBusy)
    for error in (readonly.value, cantopen.value, disk_full.value, busy.value):
        assert "beschädigt" not in str(explain(error, path))


def test_nothing_but_sqlite_opens_the_database_file(db_path, monkeypatch):
    """Issue 18 item 1: opening, backing up, listing, checking — never Python's open() on the database."""
    import builtins
    import io

    from kidesk.services import backups
    from kidesk.services.maintenance import check_database

    open_database(db_path).dispose()
    guarded = {str(db_path), str(db_path) + "-wal", str(db_path) + "-shm"}
    real_open = builtins.open
    opened: list[str] = []

    def watching_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and os.path.abspath(os.fspath(file)) in guarded:
            opened.append(os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    monkeypatch.setattr(io, "open", watching_open)
    db = open_database(db_path, create=False)
    try:
        with db.engine.begin() as connection:
            connection.execute(text("INSERT INTO networks (name) VALUES ('Netz')"))
        backups.create_backup(db)
        backups.list_backups(db)
        check_database(db)
    finally:
        db.dispose()
    assert opened == []
    real_open(db_path, "rb").close()  # the guard itself sees an open() (a test that can fail)
    watching_open(db_path, "rb").close()
    assert opened == [str(db_path)]
