"""Issue 12, item 6: what the command line prints or exports never carries a raw control character.

The data is written around the services (raw SQL, as an old version or another program could
have left it) so that only the output side is tested: every ``list`` target and every
``export`` target in every format; stdout, stderr and the written file must hold no ESC/BEL.
"""

from __future__ import annotations

import sqlite3

import pytest

from kidesk.cli import main
from kidesk.db.database import open_database
from kidesk.services.demo_data import fill_demo_data

EVIL = "\x1b]0;pwned\x07\x1b[2J\x9b31m"
COLUMNS = {
    "contacts": ["first_name", "last_name", "function", "city", "notes", "languages"],
    "organisations": ["name", "short_name", "city", "notes"],
    "events": ["title", "subtitle", "venue_name", "description"],
    "event_series": ["title", "description"],
    "networks": ["name", "description"],
    "volunteers": ["municipality", "availability", "notes"],
    "volunteer_hours": ["activity"],
}
LIST_TARGETS = ["events", "series", "contacts", "organisations", "volunteers", "networks"]
EXPORTS = [
    ("contacts", "csv"),
    ("contacts", "xlsx"),
    ("contacts", "vcf"),
    ("organisations", "csv"),
    ("organisations", "xlsx"),
    ("organisations", "vcf"),
    ("volunteers", "csv"),
    ("volunteers", "xlsx"),
    ("participants", "csv"),
    ("participants", "xlsx"),
    ("events", "ics"),
]


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory):
    path = tmp_path_factory.mktemp("escapes") / "kidesk.sqlite"
    db = open_database(path)
    fill_demo_data(db)
    db.dispose()
    con = sqlite3.connect(path)
    with con:
        for table, columns in COLUMNS.items():
            for column in columns:
                con.execute(f'UPDATE "{table}" SET "{column}" = "{column}" || ?', (EVIL,))
        event_id = con.execute("SELECT event_id FROM participations LIMIT 1").fetchone()[0]
    con.close()
    return path, event_id


def _clean(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text, repr(text[:300])


@pytest.mark.parametrize("target", LIST_TARGETS)
def test_every_list_target_prints_escapes_visibly(poisoned, target, capsys):
    path, _ = poisoned
    assert main(["--db", str(path), "list", target]) == 0
    out, err = capsys.readouterr()
    _clean(out + err)
    assert "\\x1b" in out  # the characters are shown, escaped, not silently lost


def test_search_and_due_print_escapes_visibly(poisoned, capsys):
    path, _ = poisoned
    main(["--db", str(path), "search", "a"])
    main(["--db", str(path), "due"])
    out, err = capsys.readouterr()
    _clean(out + err)


@pytest.mark.parametrize(("target", "fmt"), EXPORTS, ids=[f"{t}-{f}" for t, f in EXPORTS])
def test_every_export_prints_no_raw_control_character(poisoned, target, fmt, tmp_path, capsys):
    path, event_id = poisoned
    out_file = tmp_path / f"export.{fmt}"
    argv = ["--db", str(path), "export", target]
    if target == "participants":
        argv += ["--event", str(event_id)]
    argv += [str(out_file)]
    if target == "volunteers":
        argv += ["--intern"]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    _clean(out + err)


@pytest.mark.parametrize(("target", "fmt"), EXPORTS, ids=[f"{t}-{f}" for t, f in EXPORTS])
def test_export_files_of_old_data_carry_no_control_character(poisoned, target, fmt, tmp_path):
    """Data an older version or another program stored with control characters: the export files are clean."""
    path, event_id = poisoned
    out_file = tmp_path / f"export.{fmt}"
    argv = ["--db", str(path), "export", target]
    if target == "participants":
        argv += ["--event", str(event_id)]
    argv += [str(out_file)]
    if target == "volunteers":
        argv += ["--intern"]
    assert main(argv) == 0
    data = out_file.read_bytes()
    if fmt == "xlsx":
        import zipfile

        with zipfile.ZipFile(out_file) as archive:
            data = b"".join(archive.read(name) for name in archive.namelist() if name.endswith(".xml"))
    assert b"\x1b" not in data and b"\x07" not in data and "\x9b".encode() not in data, (target, fmt)
