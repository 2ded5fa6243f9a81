"""Issue 12, item 3: no ``-o``/export path can destroy an input.

Each refusal is checked against the real database file: exit code non-zero, one line on
stderr, and the database (and its WAL) byte-identical afterwards.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading

import pytest

from kidesk.cli import main
from kidesk.db.database import open_database
from kidesk.services import output_files


def _digest(path):
    # the database is closed here: reading it with open() cannot drop anyone's locks
    parts = [path, path.with_name(path.name + "-wal")]
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None for p in parts]


@pytest.fixture
def closed_db(tmp_path):
    """A migrated database with one backup, closed again (only the command under test opens it)."""
    path = tmp_path / "kidesk.sqlite"
    db = open_database(path)
    db.dispose()
    assert main(["--db", str(path), "backup"]) == 0
    return path


def _refused(capsys, path, *args):
    before = _digest(path)
    code = main(["--db", str(path), *map(str, args)])
    err = capsys.readouterr().err
    assert code != 0
    assert err.startswith("kidesk: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert _digest(path) == before
    return err


def test_print_onto_the_open_database_is_refused(closed_db, capsys):
    err = _refused(capsys, closed_db, "print", "calibration", "--template", "C32011", "-o", closed_db)
    assert "Datenbank" in err


def test_export_onto_the_open_database_is_refused(closed_db, capsys):
    err = _refused(capsys, closed_db, "export", "contacts", closed_db, "--format", "csv")
    assert "Datenbank" in err


def test_a_database_with_an_unusual_name_is_still_recognised(tmp_path, capsys):
    path = tmp_path / "daten.bin"  # not *.sqlite: recognised as the file this process has open
    open_database(path).dispose()
    err = _refused(capsys, path, "export", "contacts", path, "--format", "csv")
    assert "Datenbank" in err


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal", ".lock", ".window.lock"])
def test_side_files_of_the_database_are_refused(closed_db, capsys, suffix):
    target = closed_db.with_name(closed_db.name + suffix)
    _refused(capsys, closed_db, "print", "calibration", "--template", "C32011", "-o", target)


def test_a_file_in_the_backup_folder_is_refused(closed_db, capsys):
    backup = next((closed_db.parent / "backups").iterdir())
    before = backup.read_bytes()
    err = _refused(capsys, closed_db, "print", "calibration", "--template", "C32011", "-o", backup)
    assert "Sicherungsordner" in err
    assert backup.read_bytes() == before
    other = closed_db.parent / "backups" / "liste.csv"
    _refused(capsys, closed_db, "export", "contacts", other)
    assert not other.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_refused_without_hanging(closed_db, capsys):
    fifo = closed_db.parent / "rohr.pdf"
    os.mkfifo(fifo)
    result: list[str] = []
    worker = threading.Thread(
        target=lambda: result.append(
            _refused(capsys, closed_db, "print", "calibration", "--template", "C32011", "-o", fifo)
        )
    )
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "writing to a FIFO hung"
    assert "keine gewöhnliche Datei" in result[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_directory_and_a_device_are_refused(closed_db, capsys):
    folder = closed_db.parent / "ordner.csv"
    folder.mkdir()
    assert "Ordner" in _refused(capsys, closed_db, "export", "contacts", folder)
    assert folder.is_dir()
    _refused(capsys, closed_db, "print", "calibration", "--template", "C32011", "-o", "/dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    _refused(capsys, closed_db, "export", "events", "/proc/self/fd/1")


def test_outputs_are_private_atomic_and_leave_no_temporary_file(closed_db, tmp_path, capsys):
    out = tmp_path / "liste.csv"
    out.write_text("alt")
    os.chmod(out, 0o644)
    assert main(["--db", str(closed_db), "export", "contacts", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("Anrede")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    pdf = tmp_path / "bogen.pdf"
    assert main(["--db", str(closed_db), "print", "calibration", "--template", "C32011", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and stat.S_IMODE(os.stat(pdf).st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kidesk-")]


def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary_one(tmp_path):
    out = tmp_path / "liste.csv"
    out.write_text("alt")
    with pytest.raises(RuntimeError), output_files.atomic_path(out) as tmp:
        tmp.write_text("halb")
        raise RuntimeError("mitten im Schreiben")
    assert out.read_text() == "alt"
    assert [p.name for p in tmp_path.iterdir()] == ["liste.csv"]


def test_an_over_long_output_name_is_one_line(closed_db, capsys):
    long_name = closed_db.parent / ("x" * 300 + ".pdf")
    err = _refused(capsys, closed_db, "print", "calibration", "--template", "C32011", "-o", long_name)
    assert "zu lang" in err


def test_a_symlink_to_the_database_is_refused(closed_db, capsys):
    link = closed_db.parent / "druck.pdf"
    link.symlink_to(closed_db)
    assert "Datenbank" in _refused(capsys, closed_db, "print", "calibration", "--template", "C32011", "-o", link)
    assert link.is_symlink()
