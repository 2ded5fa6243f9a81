"""``kidesk copy-to`` (issue 20, item 4) SQLite → SQLite: every row, verified, and back again."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kidesk.cli import main
from kidesk.db.database import open_database
from kidesk.db.models import Contact, Organisation, Volunteer, VolunteerHours
from kidesk.services import search
from kidesk.services.copy_database import table_checksums
from tests.event_fixtures import build_event_world
from tests.name_fixtures import ZWNJ


def _fill(db):
    build_event_world(db)
    with db.session() as s:
        child = Organisation(name="Ortsverein <b>&</b> =SUM(A1)", kind="welfare")
        s.add(child)
        s.flush()
        parent = Organisation(name="Landesverband", kind="welfare")  # the parent gets the higher id
        s.add(parent)
        s.flush()
        child.parent_id = parent.id
        c = Contact(first_name="زهرا", last_name="رضایی" + ZWNJ + "نژاد", notes="x" * 5000)
        c.volunteer = Volunteer(status="active")
        c.volunteer.hours.append(VolunteerHours(worked_on=dt.date(2026, 3, 1), hours=Decimal("2.50")))
        s.add(c)
        s.add(Contact(first_name="Şükrü", last_name="Yıldırımoğlu"))
        s.add(Contact(first_name="Тарас", last_name="Бондаренко"))


def _checksums(path):
    db = open_database(path, create=False)
    try:
        with db.engine.connect() as connection:
            return table_checksums(connection)
    finally:
        db.dispose()


def test_copy_to_an_empty_file_and_back_is_equal_by_checksum(db, db_path, tmp_path, capsys):
    _fill(db)
    db.dispose()
    middle, back = tmp_path / "mitte.sqlite", tmp_path / "zurueck.sqlite"
    assert main(["--db", str(db_path), "copy-to", str(middle)]) == 0
    out = capsys.readouterr().out
    assert "contacts\t" in out and "stimmen überein" in out
    assert main(["--db", str(middle), "copy-to", f"sqlite:///{back}"]) == 0
    capsys.readouterr()
    original = _checksums(db_path)
    assert original["contacts"][0] == 11 and original["volunteer_hours"][0] == 1
    assert _checksums(middle) == original
    assert _checksums(back) == original
    copy = open_database(back, create=False)
    try:  # the search index of the target was filled as the rows arrived
        assert any(h.kind == "contact" for h in search.search_everything(copy, "رضایی"))
        assert any(h.kind == "organisation" for h in search.search_everything(copy, "Landesverband"))
    finally:
        copy.dispose()


def test_copy_to_refuses_a_non_empty_target_unless_forced(db, db_path, tmp_path, capsys):
    _fill(db)
    db.dispose()
    target = tmp_path / "ziel.sqlite"
    other = open_database(target)
    with other.session() as s:
        s.add(Contact(first_name="Schon", last_name="Da"))
    other.dispose()
    assert main(["--db", str(db_path), "copy-to", str(target)]) == 1
    err = capsys.readouterr().err
    assert "nicht leer" in err and "contacts: 1" in err and "--force" in err and err.count("\n") == 1
    assert _checksums(target)["contacts"][0] == 1  # untouched
    assert main(["--db", str(db_path), "copy-to", str(target), "--force"]) == 0
    assert _checksums(target) == _checksums(db_path)


def test_copy_to_itself_is_refused(db, db_path, capsys):
    db.dispose()
    assert main(["--db", str(db_path), "copy-to", str(db_path)]) == 1
    assert "dieselbe Datenbank" in capsys.readouterr().err


def test_copy_to_reports_progress_per_table(db, tmp_path):
    from kidesk.services.copy_database import copy_to

    _fill(db)
    seen = {}
    result = copy_to(
        db, str(tmp_path / "ziel.sqlite"), progress=lambda t, done, total: seen.__setitem__(t, (done, total))
    )
    assert seen["contacts"] == (11, 11) and seen["erasures"] == (0, 0)
    assert {t.name: t.rows for t in result.tables}["contacts"] == 11 and result.total_rows == sum(
        rows for rows, _total in seen.values()
    )
