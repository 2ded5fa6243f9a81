"""Issue 12, items 4 and 7 on the command line: every fault is one German line, never a
traceback and never SQL parameters (personal data) on stderr; ``-v`` adds the traceback."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from kidesk.cli import faults, main
from kidesk.db.database import open_database
from tests.services.volunteer_sample_data import build_sample

SECRET = "Geheimtreffen bei Familie Özdemir"  # would be an SQL parameter of the insert

HOLD_LOCK = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
"""


@pytest.fixture
def volunteer_db(tmp_path):
    path = tmp_path / "kidesk.sqlite"
    db = open_database(path)
    sample = build_sample(db)
    db.dispose()
    return path, sample


def _one_line(err: str) -> None:
    assert err.startswith("kidesk: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "INSERT" not in err and "[parameters" not in err


def _hours_add(path, contact_id, *extra, hours="2"):
    day = dt.date.today().isoformat()
    return main(
        ["--db", str(path), *extra, "hours", "add", "--contact", str(contact_id), "--date", day]
        + ["--hours", hours, "--activity", SECRET]
    )


def test_a_write_lock_held_by_another_process_is_one_line_without_parameters(volunteer_db, capsys):
    path, sample = volunteer_db
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        code = _hours_add(path, sample.contacts["Haddad"], "--wait", "1")
        waited = time.monotonic() - started
    finally:
        holder.communicate("\n", timeout=30)
    err = capsys.readouterr().err
    assert code != 0
    _one_line(err)
    assert "gesperrt" in err
    assert SECRET not in err and "Haddad" not in err
    assert 0.9 <= waited < 30
    # once the other program is done, the same command goes through
    assert _hours_add(path, sample.contacts["Haddad"], "--wait", "1") == 0


def test_the_wait_comes_from_kidesk_busy_timeout_too(volunteer_db, capsys, monkeypatch):
    path, sample = volunteer_db
    monkeypatch.setenv("KIDESK_BUSY_TIMEOUT", "0")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        code = _hours_add(path, sample.contacts["Haddad"])
    finally:
        holder.communicate("\n", timeout=30)
    assert code != 0
    _one_line(capsys.readouterr().err)
    monkeypatch.setenv("KIDESK_BUSY_TIMEOUT", "99999999999999999999999")
    with pytest.raises(SystemExit) as exit_info:
        _hours_add(path, sample.contacts["Haddad"])
    assert exit_info.value.code == 2


def test_verbose_prints_the_traceback(volunteer_db, capsys):
    path, sample = volunteer_db
    assert _hours_add(path, 999_999, "-v") != 0
    err = capsys.readouterr().err
    assert "Traceback" in err and err.rstrip().splitlines()[-1].startswith("kidesk: ")


def test_writes_are_refused_on_a_file_that_fails_quick_check(volunteer_db, tmp_path, capsys):
    path, sample = volunteer_db
    con = sqlite3.connect(path)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='events'").fetchone()[0]
    con.close()
    damaged = tmp_path / "kaputt.sqlite"
    shutil.copy(path, damaged)  # closed database: copying is fine
    with open(damaged, "r+b") as fh:  # a table 'hours add' never reads: only quick_check notices
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)
    assert pages > root
    code = _hours_add(damaged, sample.contacts["Haddad"])
    err = capsys.readouterr().err
    assert code != 0
    _one_line(err)
    assert "beschädigt" in err and "quick_check" in err and SECRET not in err
    assert main(["--db", str(damaged), "list", "volunteers"]) == 0  # reading still works
    assert main(["--db", str(damaged), "check"]) != 0


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/x/liste.csv"), "voll"),
        (OSError(errno.EROFS, "Read-only file system", "/x/liste.csv"), "schreibgeschützt"),
        (PermissionError(errno.EACCES, "Permission denied", "/x/liste.csv"), "Schreibrechte"),
        (OSError(errno.ENAMETOOLONG, "File name too long", "/x/" + "y" * 300), "zu lang"),
    ],
)
def test_file_system_errors_are_named_by_cause(error, expected, capsys):
    assert faults.report(error, verbose=False, db_path=None) != 0
    err = capsys.readouterr().err
    _one_line(err)
    assert expected in err


def test_sqlalchemy_errors_never_show_their_parameters(capsys):
    orig = sqlite3.IntegrityError("UNIQUE constraint failed: contacts.email")
    integrity = IntegrityError("INSERT INTO contacts (email) VALUES (?)", (SECRET,), orig)
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = sqlite3.SQLITE_BUSY
    operational = OperationalError("UPDATE volunteers SET notes=?", (SECRET,), locked)
    for exc in (integrity, operational):
        assert faults.report(exc, verbose=False, db_path=None) != 0
        err = capsys.readouterr().err
        _one_line(err)
        assert SECRET not in err


def test_an_unexpected_error_is_one_line_with_its_type(capsys):
    assert faults.report(ZeroDivisionError("x"), verbose=False, db_path=None) == faults.INTERNAL_ERROR
    err = capsys.readouterr().err
    _one_line(err)
    assert "ZeroDivisionError" in err


def test_a_read_only_database_folder_is_not_called_corrupt(volunteer_db, capsys):
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    path, sample = volunteer_db
    os.chmod(path, 0o400)
    try:
        code = _hours_add(path, sample.contacts["Haddad"])
    finally:
        os.chmod(path, 0o600)
    err = capsys.readouterr().err
    assert code != 0 and "beschädigt" not in err
    _one_line(err)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("foo://x", "Unbekannte Datenbank-Adresse"),
        ("http://example.com/kidesk", "Unbekannte Datenbank-Adresse"),
        ("mysql://buero:geheim@server/kidesk", "Datenbanktreiber"),
    ],
)
def test_an_unknown_url_scheme_or_missing_driver_is_one_line(url, expected, capsys):
    assert main(["--db", url, "list", "contacts"]) != 0
    err = capsys.readouterr().err
    _one_line(err)
    assert expected in err and "geheim" not in err


def test_a_sqlite_url_is_passed_through_unchanged(tmp_path, capsys):
    path = tmp_path / "url.sqlite"
    assert main(["--db", f"sqlite:///{path}", "list", "contacts"]) != 0  # read verbs do not create
    assert "url.sqlite" in capsys.readouterr().err
    open_database(path).dispose()
    assert main(["--db", f"sqlite:///{path}", "list", "contacts"]) == 0
