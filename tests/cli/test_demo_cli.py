"""``kidesk --db PATH demo`` then ``check``: the issue's "done when" line, run in-process."""

from __future__ import annotations

from kidesk.cli import main


def test_demo_then_check(tmp_path, capsys):
    path = tmp_path / "x.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    out = capsys.readouterr().out
    assert "200 Kontakte" in out and "100 Ehrenamtliche" in out

    assert main(["--db", str(path), "check"]) == 0
    out = capsys.readouterr().out
    counts = dict(line.split("\t") for line in out.splitlines() if "\t" in line)
    for table in ("contacts", "organisations", "events", "participations", "volunteers"):
        assert int(counts[table]) > 0, table
    assert out.rstrip().endswith("OK")

    assert main(["--db", str(path), "search", "Caritas"]) == 0
    assert "Caritasverband" in capsys.readouterr().out


def test_demo_twice_is_one_clear_line(tmp_path, capsys):
    path = tmp_path / "x.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "demo"]) != 0
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "enthält schon Kontakte" in captured.err
    assert "Traceback" not in captured.err


def test_demo_option_uses_its_own_database(capsys):
    # KIDESK_DATA_DIR points into tmp (conftest); --demo creates and fills kidesk-demo.sqlite there.
    assert main(["--demo", "check"]) == 0
    out = capsys.readouterr().out
    assert "kidesk-demo.sqlite" in out
    assert "contacts\t200" in out
