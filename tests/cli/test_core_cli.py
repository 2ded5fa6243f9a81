"""The foundation verbs, run in-process as a script would run them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from kidesk import __version__
from kidesk.cli import main
from kidesk.db.database import open_database
from kidesk.db.models import Contact, Organisation, Volunteer


@pytest.fixture
def small_db(db_path):
    db = open_database(db_path)
    with db.session() as s:
        s.add(Organisation(name="Stadt Herford", kind="municipality", city="Herford"))
        s.add(Contact(first_name="Gül", last_name="Aydın", city="Herford"))
    db.dispose()
    return db_path


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"kidesk {__version__}"


def test_search_prints_one_match_a_line(small_db, capsys):
    assert main(["--db", str(small_db), "search", "Herford"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Organisation\t1\tStadt Herford" in lines
    assert "Kontakt\t1\tGül Aydın" in lines


def test_search_finds_a_volunteer_like_the_search_box(db_path, capsys):
    """The CLI asks the same search service as the toolbar: a volunteer is a hit of its own."""
    db = open_database(db_path)
    with db.session() as s:
        s.add(Contact(first_name="Gül", last_name="Aydın", city="Herford"))
        helper = Contact(first_name="Hêvî", last_name="Yılmaz", city="Bünde")
        s.add(helper)
        s.flush()
        s.add(Volunteer(contact_id=helper.id))
        s.flush()
        helper_id, volunteer_id = helper.id, s.query(Volunteer.id).scalar()
    db.dispose()
    assert main(["--db", str(db_path), "search", "yilmaz"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"Kontakt\t{helper_id}\tHêvî Yılmaz", f"Ehrenamtliche/r\t{volunteer_id}\tHêvî Yılmaz"]


def test_search_without_match_exits_1(small_db, capsys):
    assert main(["--db", str(small_db), "search", "Bielefeld"]) == 1
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("verb", [["search", "Herford"], ["check"], ["list", "contacts"]])
def test_missing_database_is_one_clear_line(tmp_path, capsys, verb):
    missing = tmp_path / "fehlt.sqlite"
    code = main(["--db", str(missing), *verb])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "gibt es nicht" in err and "Traceback" not in err
    assert not missing.exists()


def test_corrupt_database_is_one_clear_line(tmp_path, capsys):
    bad = tmp_path / "kaputt.sqlite"
    bad.write_bytes(b"\x00\x01garbage" * 100)
    assert main(["--db", str(bad), "search", "x"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "keine kidesk-Datenbank" in err


def test_newer_schema_is_one_clear_line(small_db, capsys):
    con = sqlite3.connect(small_db)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    assert main(["--db", str(small_db), "check"]) == 4
    assert "neueren kidesk-Version" in capsys.readouterr().err


def test_check_reports_revision_and_counts(small_db, capsys):
    assert main(["--db", str(small_db), "check"]) == 0
    out = capsys.readouterr().out
    assert "Schema-Revision: 0004" in out  # the newest migration (0004: re-joining a network)
    assert "contacts\t1" in out and "organisations\t1" in out
    assert out.strip().endswith("OK")


def test_check_fails_on_a_broken_foreign_key(small_db, capsys):
    con = sqlite3.connect(small_db)  # foreign_keys is OFF on a plain connection
    con.execute("INSERT INTO affiliations (contact_id, organisation_id, is_primary) VALUES (1, 999, 0)")
    con.commit()
    con.close()
    assert main(["--db", str(small_db), "check"]) == 1
    assert "Fremdschlüssel verletzt" in capsys.readouterr().out


def test_list_prints_id_tab_name(small_db, capsys):
    assert main(["--db", str(small_db), "list", "contacts"]) == 0
    assert capsys.readouterr().out == "1\tAydın, Gül\n"


def test_db_from_environment(small_db, capsys, monkeypatch):
    monkeypatch.setenv("KIDESK_DB", str(small_db))
    assert main(["list", "organisations"]) == 0
    assert capsys.readouterr().out == "1\tStadt Herford\n"


def test_demo_and_db_exclude_each_other(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--demo", "--db", str(tmp_path / "x.sqlite"), "check"])
    assert exc.value.code == 2


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run([sys.executable, "-m", "kidesk", "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"kidesk {__version__}"


def test_gui_without_a_screen_says_so(small_db, capsys, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--db", str(small_db)]) == 1
    assert "Kein Bildschirm" in capsys.readouterr().err
