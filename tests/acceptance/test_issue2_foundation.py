"""Issue 2 "Done when", run as a newcomer would: the installed ``kidesk`` command in a shell.

Every call is a real subprocess of the console script, so packaging, the entry point and
the exit codes are what a script sees.
"""

from __future__ import annotations

import sqlite3

import pytest

REQUIRED_NON_EMPTY = ("contacts", "organisations", "events", "participations", "volunteers")


def _counts(stdout: str) -> dict[str, int]:
    counts = {}
    for line in stdout.splitlines():
        name, sep, value = line.partition("\t")
        if sep and value.strip().isdigit():
            counts[name.strip()] = int(value)
    return counts


def _assert_one_clear_line(result) -> None:
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("kidesk: ")


def test_demo_then_check_exits_zero_with_counts(run_kidesk, tmp_path):
    db = tmp_path / "x.sqlite"
    demo = run_kidesk("--db", db, "demo")
    assert demo.returncode == 0, demo.stderr
    check = run_kidesk("--db", db, "check")
    assert check.returncode == 0, check.stderr
    counts = _counts(check.stdout)
    for table in REQUIRED_NON_EMPTY:
        assert counts.get(table, 0) > 0, f"{table} missing or zero in:\n{check.stdout}"
    assert "Schema-Revision" in check.stdout


def test_search_herford_prints_matches(run_kidesk, tmp_path):
    db = tmp_path / "x.sqlite"
    assert run_kidesk("--db", db, "demo").returncode == 0
    result = run_kidesk("--db", db, "search", "Herford")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 3
    assert all("Herford" in line for line in lines[:3])


def test_missing_file_gives_one_clear_line(run_kidesk, tmp_path):
    missing = tmp_path / "nowhere.sqlite"
    for verb in (("check",), ("search", "Herford")):
        result = run_kidesk("--db", missing, *verb)
        _assert_one_clear_line(result)
        assert "nowhere.sqlite" in result.stderr
    assert not missing.exists(), "a missing database must not be created by check/search"


@pytest.mark.parametrize("damage", ["garbage", "text", "truncated", "overwritten-pages"])
def test_corrupt_file_gives_one_clear_line(run_kidesk, tmp_path, damage):
    db = tmp_path / "x.sqlite"
    if damage == "garbage":
        db.write_bytes(bytes(range(256)) * 20)
    elif damage == "text":
        db.write_text("Das ist keine Datenbank\n")
    else:
        assert run_kidesk("--db", db, "demo").returncode == 0
        # fold the WAL into the main file, so that damaging the file damages the data
        with sqlite3.connect(db) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        data = bytearray(db.read_bytes())
        if damage == "truncated":
            data = data[: len(data) // 2]
        else:
            data[40960:81920] = b"A" * 40960
        db.write_bytes(bytes(data))
    before = db.read_bytes()
    result = run_kidesk("--db", db, "check")
    _assert_one_clear_line(result)
    assert "x.sqlite" in result.stderr
    assert db.read_bytes() == before, "a corrupt database must be left untouched"


def test_demo_flag_uses_separate_database(run_kidesk, tmp_path):
    data_dir = tmp_path / "userdata"
    result = run_kidesk("--demo", "check", env={"KIDESK_DATA_DIR": str(data_dir)})
    assert result.returncode == 0, result.stderr
    counts = _counts(result.stdout)
    for table in REQUIRED_NON_EMPTY:
        assert counts.get(table, 0) > 0
    files = sorted(p.name for p in data_dir.iterdir() if p.suffix == ".sqlite")
    assert files == ["kidesk-demo.sqlite"], files  # the user's own kidesk.sqlite was not created
    # a second start reuses the demo database instead of filling it twice
    again = run_kidesk("--demo", "check", env={"KIDESK_DATA_DIR": str(data_dir)})
    assert _counts(again.stdout)["contacts"] == counts["contacts"]


def test_version(run_kidesk):
    result = run_kidesk("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("kidesk ")


def test_gui_without_display_is_one_clear_line(run_kidesk, tmp_path):
    result = run_kidesk("--db", tmp_path / "x.sqlite", env={"QT_QPA_PLATFORM": ""})
    _assert_one_clear_line(result)


def test_output_into_closed_pipe_is_not_a_traceback(run_kidesk, tmp_path):
    """``kidesk list events | head -1`` is what scripts do; a closed pipe must not print a traceback."""
    import subprocess

    from tests.acceptance.conftest import kidesk_command

    db = tmp_path / "x.sqlite"
    assert run_kidesk("--db", db, "demo").returncode == 0
    shell = subprocess.run(
        " ".join([*kidesk_command(), "--db", str(db), "check", "|", "head", "-1"]),
        shell=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert "Traceback" not in shell.stderr, shell.stderr
