"""Backups (issue 12, item 1): consistent copies, rotation, listing, restore that checks first."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat

import pytest
from sqlalchemy import func, select

from kidesk.db import backup_files
from kidesk.db.backup_files import BackupFile, Rotation
from kidesk.db.database import open_database
from kidesk.db.models import Contact, Organisation
from kidesk.errors import DatabaseCorrupt, SchemaTooNew, UserError
from kidesk.services import backups, organisations
from kidesk.services.organisations import OrganisationData


def names(db) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(select(Organisation.name)))


def add(db, name: str) -> None:
    organisations.create_organisation(db, OrganisationData(name=name))


def test_a_backup_taken_while_writing_holds_every_committed_row_and_is_private(db, db_path):
    add(db, "Erste")
    add(db, "Zweite")  # still in the WAL: a file copy of kidesk.sqlite alone would miss it
    result = backups.create_backup(db)
    assert result.path.parent == db_path.parent / "backups"
    con = sqlite3.connect(result.path)
    assert sorted(r[0] for r in con.execute("SELECT name FROM organisations")) == ["Erste", "Zweite"]
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    if os.name == "posix":
        assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(result.path.parent.stat().st_mode) == 0o700
    assert not list(result.path.parent.glob("*.part"))


def test_backup_into_a_chosen_folder_and_a_second_folder(db, tmp_path):
    add(db, "Eins")
    chosen = backups.create_backup(db, tmp_path / "usb").path
    assert chosen.parent == tmp_path / "usb"
    backups.set_second_folder(db, tmp_path / "netz")
    result = backups.create_backup(db)
    assert result.second_path is not None and result.second_path.parent == tmp_path / "netz"
    assert {b.path for b in backups.list_backups(db, extra=tmp_path / "netz")} >= {result.path, result.second_path}
    with pytest.raises(UserError, match="anderer Ordner"):
        backups.set_second_folder(db, backups.backup_folder(db))


def test_a_failing_second_folder_is_reported_not_fatal(db, tmp_path):
    blocker = tmp_path / "kein-ordner"
    blocker.write_text("eine Datei")
    backups.set_second_folder(db, blocker / "sub")
    result = backups.create_backup(db)
    assert result.path.exists()
    assert result.second_path is None and "Zweiter Sicherungsordner" in result.second_problem


def test_listing_shows_date_size_and_counts(db):
    add(db, "Gezählt")
    backups.create_backup(db)
    [info] = backups.list_backups(db)
    assert info.ok and info.size > 0
    assert info.counts["organisations"] == 1 and info.counts["contacts"] == 0
    assert abs((dt.datetime.now() - info.taken).total_seconds()) < 60


def test_restore_round_trip_keeps_the_replaced_database(db, db_path):
    add(db, "Stand A")
    saved = backups.create_backup(db).path
    add(db, "Stand B")
    result = backups.restore_backup(db, saved)
    assert names(db) == ["Stand A"]  # the running program's own handle reconnects to the restored data
    assert result.replaced_kept_as is not None
    kept = open_database(result.replaced_kept_as, create=False)
    try:
        assert names(kept) == ["Stand A", "Stand B"]
    finally:
        kept.dispose()
    add(db, "Danach")  # writing goes on
    assert names(db) == ["Danach", "Stand A"]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(db, db_path, tmp_path):
    add(db, "Bleibt")
    broken = tmp_path / "kaputt.sqlite"
    saved = backups.create_backup(db).path
    data = bytearray(saved.read_bytes())  # a backup file, not the live database
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 100 : page * 4096 + 400] = os.urandom(300)
    broken.write_bytes(bytes(data))
    before = len(backups.list_backups(db))
    with pytest.raises(DatabaseCorrupt, match="wird nicht zurückgespielt"):
        backups.restore_backup(db, broken)
    assert names(db) == ["Bleibt"]
    assert len(backups.list_backups(db)) == before  # no "before restore" copy either: nothing was started


def test_restore_refuses_a_foreign_or_newer_file(db, tmp_path):
    foreign = tmp_path / "fremd.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseCorrupt):
        backups.restore_backup(db, foreign)
    newer = backups.create_backup(db).path
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_zukunft'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNew):
        backups.restore_backup(db, newer)


def test_restore_into_a_corrupt_database_moves_it_aside(db_path, tmp_path):
    db = open_database(db_path)
    add(db, "Gut")
    saved = backups.create_backup(db).path
    db.dispose()
    db_path.write_bytes(b"kaputt" * 2000)
    result = backups.restore_backup(db_path, saved)
    assert result.replaced_kept_as is not None and result.replaced_kept_as.read_bytes().startswith(b"kaputt")
    again = open_database(db_path, create=False)
    try:
        assert names(again) == ["Gut"]
    finally:
        again.dispose()


def test_daily_backup_once_a_day_and_not_for_an_empty_database(db):
    assert backups.daily_backup(db) is None  # nothing to keep yet
    with db.session() as s:
        s.add(Contact(last_name="Yılmaz"))
    first = backups.daily_backup(db)
    assert first is not None and "taeglich" in first.path.name
    assert backups.daily_backup(db) is None
    assert backups.last_backup(db).date() == dt.date.today()


def _fake(when: dt.datetime) -> BackupFile:
    from pathlib import Path

    return BackupFile(path=Path(f"k-{when:%Y%m%d-%H%M%S}-000000-x.sqlite"), taken=when, reason="x")


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    now = dt.datetime(2026, 12, 3, 12, 0)
    history = [_fake(now - dt.timedelta(days=d, hours=h)) for d in range(1, 800) for h in (1, 5)]
    kept = backup_files.to_keep(history, Rotation(), now=now)
    taken = sorted((b.taken for b in history if b.path in kept), reverse=True)
    days = {t.date() for t in taken}
    assert len(kept) == len(days)  # one per day at most (the newest of that day)
    assert {now.date() - dt.timedelta(days=d) for d in range(1, 8)} <= days
    assert len({(t.year, t.month) for t in taken}) == 12
    assert 12 <= len(kept) <= 7 + 4 + 12
    assert max(taken) == max(b.taken for b in history)


def test_rotation_is_settable_and_applied(db):
    with db.session() as s:
        s.add(Contact(last_name="Meier"))
    backups.set_rotation(db, Rotation(daily=1, weekly=0, monthly=0))
    assert backups.rotation(db) == Rotation(daily=1, weekly=0, monthly=0, all_of_last_hours=24)
    folder = backups.backup_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / backup_files.backup_name(db.path.stem, dt.datetime.now() - dt.timedelta(days=3), "alt")
    backup_files.copy_database(db.path, old)
    backups.create_backup(db)
    assert not old.exists()
    with pytest.raises(UserError):
        backups.set_rotation(db, Rotation(daily=0))


def test_a_migration_backup_is_private_too(db_path):
    from alembic import command

    from kidesk.db import migrate

    db = open_database(db_path)
    with db.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
        connection.exec_driver_sql("CREATE TABLE legacy (a)")
    db.dispose()
    db = open_database(db_path)
    try:
        assert db.backup_file is not None
        if os.name == "posix":
            assert stat.S_IMODE(db.backup_file.stat().st_mode) == 0o600
    finally:
        db.dispose()


def test_counts_in_a_backup_match_the_database(db):
    for i in range(3):
        add(db, f"Org {i}")
    info = backups.inspect_backup(backups.create_backup(db).path)
    with db.session() as s:
        assert info.counts["organisations"] == s.scalar(select(func.count()).select_from(Organisation)) == 3
