"""Issue 12, item 4 on a real full disk and a real read-only folder (not simulated errors).

As root a small tmpfs is mounted, the database put on it, the rest of the space filled; then
``hours add``, ``import``, ``print`` and ``backup`` each must end with one German line, a
non-zero exit, no traceback, and the database must pass ``integrity_check`` with the same
rows. The same tmpfs remounted read-only gives the "schreibgeschützt" line, never
"beschädigt". Without root (or without mount) the tests are skipped, saying why.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kidesk.db.database import open_database
from kidesk.services.demo_data import fill_demo_data

pytestmark = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None,
    reason="needs root and mount(8) for a real tmpfs (full disk / read-only); simulated in test_faults.py",
)


@pytest.fixture
def small_disk(tmp_path):
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(mount_point)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"tmpfs mount refused here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _demo_on(disk: Path) -> Path:
    path = disk / "kidesk.sqlite"
    db = open_database(path)
    fill_demo_data(db)
    db.dispose()
    return path


def _fill(disk: Path) -> None:
    with open(disk / "filler.bin", "wb", buffering=0) as filler:
        block = b"\0" * 65536
        try:
            while True:
                filler.write(block)

        except OSError:
            pass
        try:  # the last crumbs
            while True:
                filler.write(b"\0")

        except OSError:
            pass


def _counts(path: Path) -> tuple[str, dict[str, int]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return check, {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def _kidesk(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIDESK_BUSY_TIMEOUT": "2"}
    return subprocess.run(
        [sys.executable, "-m", "kidesk", "--db", str(path), *args], capture_output=True, text=True, env=env, timeout=120
    )


def _one_german_line(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode != 0, done.stdout
    err = done.stderr
    assert "Traceback" not in err and err.count("\n") == 1, err
    assert any(word in err for word in words), err
    assert "beschädigt" not in err, err


def _volunteer_contact(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT contact_id FROM volunteers LIMIT 1").fetchone()[0]
    finally:
        con.close()


def test_a_full_disk_gives_one_line_per_verb_and_keeps_the_database(small_disk, tmp_path):
    path = _demo_on(small_disk)
    contact = _volunteer_contact(path)
    csv_file = tmp_path / "neu.csv"
    rows = "".join(f"Frau;Ayşe{i};Yılmaz{i};Köln;ayse{i}@example.org\n" for i in range(400))
    csv_file.write_text("Anrede;Vorname;Nachname;Ort;E-Mail\n" + rows, encoding="utf-8")
    _fill(small_disk)
    before = _counts(path)
    assert before[0] == "ok"

    full = ("voll", "Platz")
    _one_german_line(
        _kidesk(
            path,
            "hours",
            "add",
            "--contact",
            str(contact),
            "--date",
            "2026-03-01",
            "--hours",
            "2",
            "--activity",
            "Sprachcafé " * 25,
        ),
        *full,
    )
    _one_german_line(_kidesk(path, "import", "contacts", str(csv_file)), *full)
    _one_german_line(
        _kidesk(path, "print", "calibration", "--template", "C32011", "-o", str(small_disk / "kalibrierung.pdf")), *full
    )
    _one_german_line(_kidesk(path, "backup"), *full)

    assert _counts(path) == before  # integrity ok, not one row more or less
    assert not (small_disk / "kalibrierung.pdf").exists()
    assert [p.name for p in small_disk.iterdir() if p.name.startswith(".") or p.suffix == ".part"] == []


def test_a_read_only_folder_is_named_as_such_not_as_damage(small_disk):
    path = _demo_on(small_disk)
    contact = _volunteer_contact(path)
    before = _counts(path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    ro = ("schreibgeschützt", "nicht schreiben", "darf")
    _one_german_line(
        _kidesk(path, "hours", "add", "--contact", str(contact), "--date", "2026-03-01", "--hours", "2"), *ro
    )
    _one_german_line(
        _kidesk(path, "print", "calibration", "--template", "C32011", "-o", str(small_disk / "kalibrierung.pdf")), *ro
    )
    _one_german_line(_kidesk(path, "backup"), *ro)
    # reading too is refused with the same line: SQLite needs to write the -shm beside a WAL database
    _one_german_line(_kidesk(path, "list", "organisations"), *ro)
    assert _counts(path) == before
