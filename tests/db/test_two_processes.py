"""Issue 18: two programs on one database file never lose a save.

The scenario of the issue, through the real code paths: a window (this test process, with
the window lock, a real file dialog from ``kidesk.ui.common.file_dialogs`` on the data folder)
saves, a ``kidesk`` command in another process imports and exits, the window saves again,
another command imports — every save of both is there afterwards and ``integrity_check`` is ok.

The worst case is tested too: something in the window's process *does* read the database
file (a sniffing platform dialog), dropping its SQLite locks (sqlite.org "How To Corrupt an
SQLite Database File" § 2.2). The command then believes it is alone — and still must not
delete the WAL. And when a foreign program does delete it, the window's next save stops
with a clear message instead of writing into a deleted file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from kidesk.cli.context import CliContext
from kidesk.db import process_lock
from kidesk.db.database import DatabaseFileLost, open_database
from kidesk.db.models import Contact, Organisation
from kidesk.services import organisations
from kidesk.services.organisations import OrganisationData

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX lock semantics are the subject")

REPO = Path(__file__).resolve().parents[2]


def kidesk(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the real ``kidesk`` command in another process."""
    return subprocess.run(
        [sys.executable, "-m", "kidesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
    )


def posix_locks_held(path: Path, pid: int | None = None) -> list[str]:
    """This process's POSIX (fcntl) locks on ``path``, as the kernel lists them in /proc/locks."""
    ino = os.stat(path).st_ino
    pid = pid or os.getpid()
    held = []
    for line in Path("/proc/locks").read_text().splitlines():
        parts = line.split()
        if "->" in parts or len(parts) < 6:
            continue
        if parts[1] == "POSIX" and parts[4] == str(pid) and parts[5].endswith(f":{ino}"):
            held.append(line)
    return held


def sniff(path: Path) -> None:
    """What a sniffing file dialog does: read the first bytes to find the type, close."""
    with open(path, "rb") as fh:
        fh.read(16)


def import_file(folder: Path, name: str, organisation: str) -> Path:
    file = folder / f"{name}.csv"
    file.write_text(f"Vorname;Nachname;Firma\nCarla;{name};{organisation}\n", encoding="utf-8")
    return file


def save_organisation(db, name: str) -> int:
    return organisations.create_organisation(db, OrganisationData(name=name)).id


def organisation_names(path: Path) -> list[str]:
    db = open_database(path, create=False)
    try:
        with db.session() as s:
            return sorted(s.scalars(select(Organisation.name)))
    finally:
        db.dispose()


def integrity(path: Path) -> list[tuple[str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


@pytest.fixture
def window(tmp_path):
    """The desktop window's way in: CliContext of the ``gui`` verb (window lock, role, daily backup)."""
    path = tmp_path / "daten" / "kidesk.sqlite"
    ctx = CliContext(db_target=str(path), window=True, verb="gui")
    db = ctx.open_db(create=True)
    yield db
    ctx.close()


@pytest.mark.parametrize("sniffed", [False, True], ids=["file-dialog", "file-dialog-and-sniffer"])
def test_window_and_command_line_on_one_file_lose_nothing(window, tmp_path, qtbot, sniffed):
    from PySide6.QtWidgets import QFileDialog

    from kidesk.ui.common import file_dialogs

    path = window.path
    save_organisation(window, "GUI Neue Organisation")
    wal_at_start = os.stat(str(path) + "-wal").st_ino
    assert posix_locks_held(path), "precondition: the window holds SQLite's lock on the file"

    # 1. a file dialog in the window on the folder that holds the database
    dialog = file_dialogs.make_dialog(None, "Logo wählen", str(path.parent), "Bilder (*.png *.jpg)")
    dialog.setDirectory(str(path.parent))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    (path.parent / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    dialog.show()
    qtbot.waitUntil(lambda: "logo.png" in dialog.listed_names(), timeout=5000)
    qtbot.wait(300)  # icons and types are fetched in a thread: give it time to do harm
    assert not [n for n in dialog.listed_names() if "sqlite" in n]
    dialog.close()
    if sniffed:
        sniff(path)  # worst case: something else in the process read the file after all
        assert not posix_locks_held(path), "the sniff dropped the window's SQLite locks (§ 2.2)"
    else:
        assert posix_locks_held(path), "the dialog must not have touched the database file"

    # 2. a command on the same file while the window stays open: it imports and exits
    first = kidesk(
        "--db", str(path), "import", "contacts", str(import_file(tmp_path, "Eins", "CLI Neue Organisation e.V."))
    )
    assert first.returncode == 0, first.stderr
    assert os.stat(str(path) + "-wal").st_ino == wal_at_start, "the command deleted the window's WAL"

    # 3. the window saves again, another command imports, the window saves once more
    save_organisation(window, "GUI Zweite Organisation")
    second = kidesk(
        "--db", str(path), "import", "contacts", str(import_file(tmp_path, "Zwei", "CLI Zweite Organisation"))
    )
    assert second.returncode == 0, second.stderr
    save_organisation(window, "GUI Dritte Organisation")
    assert window.lost is None
    window.dispose()

    assert organisation_names(path) == sorted(
        [
            "GUI Neue Organisation",
            "GUI Zweite Organisation",
            "GUI Dritte Organisation",
            "CLI Neue Organisation e.V.",
            "CLI Zweite Organisation",
        ]
    )
    assert integrity(path) == [("ok",)]
    db = open_database(path, create=False)
    with db.session() as s:
        people = {c.last_name: [a.organisation.name for a in c.affiliations] for c in s.scalars(select(Contact))}
    db.dispose()
    assert people == {"Eins": ["CLI Neue Organisation e.V."], "Zwei": ["CLI Zweite Organisation"]}


def test_a_command_line_process_never_deletes_the_wal_even_when_it_thinks_it_is_alone(db, db_path):
    save_organisation(db, "Vorher")
    sniff(db_path)  # the window's locks are gone: the next process to close is "the last user"
    wal = Path(str(db_path) + "-wal")
    before = wal.stat().st_ino
    result = kidesk("--db", str(db_path), "list", "organisations")
    assert result.returncode == 0, result.stderr
    assert wal.exists() and wal.stat().st_ino == before
    save_organisation(db, "Nachher")
    assert db.lost is None


def test_a_wal_deleted_by_a_foreign_program_stops_the_window_with_a_clear_message(db, db_path):
    save_organisation(db, "Vorher")
    sniff(db_path)
    # a program that does not set NO_CKPT_ON_CLOSE (the sqlite3 shell, an old kidesk) and is
    # "the last user" checkpoints and deletes the WAL when it closes
    foreign = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        import sqlite3
        con = sqlite3.connect({str(db_path)!r})
        con.execute("SELECT count(*) FROM organisations").fetchone()
        con.close()
    """),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert foreign.returncode == 0, foreign.stderr
    assert not Path(str(db_path) + "-wal").exists(), "precondition: the foreign program deleted the WAL"
    with pytest.raises(DatabaseFileLost, match="gelöscht oder ersetzt"):
        save_organisation(db, "In eine gelöschte Datei")
    with pytest.raises(DatabaseFileLost):  # and it stays stopped
        save_organisation(db, "Noch einmal")
    assert db.lost is not None


def test_a_second_window_is_refused_naming_the_first(window):
    result = kidesk("--db", str(window.path), "gui")
    assert result.returncode == process_lock.DatabaseInUse.exit_code
    assert "schon in einem kidesk-Fenster geöffnet" in result.stderr
    assert f"PID {os.getpid()}" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_command_works_alongside_the_window(window):
    save_organisation(window, "Im Fenster")
    result = kidesk("--db", str(window.path), "list", "organisations")
    assert result.returncode == 0, result.stderr
    assert "Im Fenster" in result.stdout


def test_the_window_lock_is_released_when_the_window_closes(tmp_path):
    path = tmp_path / "kidesk.sqlite"
    ctx = CliContext(db_target=str(path), window=True, verb="gui")
    ctx.open_db(create=True)
    ctx.close()
    again = CliContext(db_target=str(path), window=True, verb="gui")
    again.open_db(create=True)
    again.close()


def test_restore_is_refused_while_the_window_runs_and_says_which(window, tmp_path):
    from kidesk.services import backups

    save_organisation(window, "Gesichert")
    backup = backups.create_backup(window).path
    result = kidesk("--db", str(window.path), "restore", str(backup))
    assert result.returncode == process_lock.DatabaseInUse.exit_code, result.stderr
    assert "Zurückspielen einer Sicherung ist nicht möglich" in result.stderr
    assert "kidesk-Fenster" in result.stderr and f"PID {os.getpid()}" in result.stderr


def _hold_in_other_process(path: Path, role: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from kidesk.db import process_lock
        process_lock.hold_shared(Path({str(path)!r}), {role!r})
        print("ready", flush=True)
        sys.stdin.read()
    """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert holder.stdout.readline().strip() == "ready"
    return holder


def test_migration_is_refused_while_another_process_has_the_file_open(db_path):
    from alembic import command

    from kidesk.db import migrate

    db = open_database(db_path)
    with db.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
    db.dispose()
    holder = _hold_in_other_process(db_path, "Befehl 'import'")
    try:
        with pytest.raises(process_lock.DatabaseInUse, match=r"Umstellung.*Befehl 'import' \(PID \d+"):
            open_database(db_path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    db = open_database(db_path)  # alone now: migrates
    db.dispose()


def test_restore_is_refused_while_a_command_holds_the_file(db, db_path):
    from kidesk.services import backups

    backup = backups.create_backup(db).path
    holder = _hold_in_other_process(db_path, "Befehl 'hours'")
    try:
        with pytest.raises(process_lock.DatabaseInUse, match=r"Befehl 'hours'"):
            backups.restore_backup(db, backup)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    save_organisation(db, "Danach")  # the refused restore left the running program working


def test_the_sigkill_harness_with_two_processes(tmp_path):
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "two_process_sigkill.py"), "--rounds", "3", "--dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 Runden: 0 Integritätsfehler, 0 verlorene Commits, 0 halbe Transaktionen" in result.stdout
    assert time.monotonic() - started < 240
