"""`kidesk backup`, `backups`, `restore` and `check` on damaged files, run in-process."""

from __future__ import annotations

import os
import shutil

from kidesk.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_restore_round_trip_of_the_demo_database(db_path, capsys):
    db = str(db_path)
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, before, _ = run(capsys, "--db", db, "check")
    assert code == 0 and before.endswith("OK\n")
    code, out, _ = run(capsys, "--db", db, "backup")
    assert code == 0 and "Sicherung geschrieben:" in out
    backup = out.split("Sicherung geschrieben: ")[1].split("\n")[0]

    assert (
        run(
            capsys,
            "--db",
            db,
            "import",
            "contacts",
            os.path.join(os.path.dirname(__file__), "..", "fixtures", "import", "excel_de.csv"),
        )[0]
        == 0
    )
    code, changed, _ = run(capsys, "--db", db, "check")
    assert changed != before

    code, out, err = run(capsys, "--db", db, "restore", backup)
    assert code == 0, err
    assert "bisherige Datenbank ist gesichert" in out and "200 Kontakte" in out
    code, after, _ = run(capsys, "--db", db, "check")
    assert code == 0
    assert after == before  # same schema revision, same row count in every table, integrity ok

    code, listing, _ = run(capsys, "--db", db, "backups")
    assert code == 0
    lines = listing.strip().splitlines()
    assert len(lines) >= 3  # manual, before the import, before the restore
    assert any("200 Kontakte" in line and backup in line for line in lines)
    assert any("vor-wiederherstellung" in line for line in lines)
    assert any("vor-import" in line for line in lines)


def test_backup_settings_from_the_command_line(db_path, tmp_path, capsys):
    db = str(db_path)
    run(capsys, "--db", db, "demo")
    code, out, _ = run(capsys, "--db", db, "backup", "--keep", "3,2,1", "--second-folder", str(tmp_path / "usb"))
    assert code == 0 and "Zweite Sicherung geschrieben" in out
    assert list((tmp_path / "usb").glob("kidesk-*.sqlite"))
    code, _, err = run(capsys, "--db", db, "backup", "--keep", "sieben")
    assert code != 0 and "drei Zahlen" in err
    code, out, _ = run(capsys, "--db", db, "backup", "--no-second-folder")
    assert "Zweite" not in out


def test_backups_of_a_database_without_any(db_path, capsys):
    run(capsys, "--db", str(db_path), "list", "networks")  # nothing; the file does not exist
    code, out, err = run(capsys, "--db", str(db_path), "backups")
    assert code != 0


def test_restore_of_a_missing_file_is_one_clear_line(db_path, tmp_path, capsys):
    run(capsys, "--db", str(db_path), "demo")
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(tmp_path / "gibtsnicht.sqlite"))
    assert code != 0 and "gibt es nicht" in err and "Traceback" not in err


def test_check_reports_a_corrupt_file_and_exits_non_zero_without_traceback(db_path, tmp_path, capsys):
    run(capsys, "--db", str(db_path), "demo")
    for seed, page in enumerate((5, 40, 120)):
        damaged = tmp_path / f"kaputt{seed}.sqlite"
        shutil.copy(db_path, damaged)  # the demo database is closed: copying the file is fine here
        with open(damaged, "r+b") as fh:
            fh.seek(page * 4096)
            fh.write(os.urandom(4096))
        code, out, err = run(capsys, "--db", str(damaged), "check")
        assert code != 0, out
        assert "NICHT OK" in out and "FEHLER" in out
        assert "Traceback" not in out + err
