"""`kidesk export events` and `kidesk checkin`, run in-process."""

from __future__ import annotations

import icalendar
import pytest

from kidesk.cli import main
from kidesk.services import events as ev
from tests.event_fixtures import build_event_world, hold_today


@pytest.fixture
def world(db):
    return build_event_world(db)


def _status(db, event_id, contact_id):
    return {r.contact_id: r.status for r in ev.invitees(db, event_id)}.get(contact_id)


def test_export_one_event(db, db_path, world, tmp_path, capsys):
    out = tmp_path / "modul.ics"
    assert main(["--db", str(db_path), "export", "events", str(out), "--event", str(world.module2)]) == 0
    assert "1 Veranstaltung nach" in capsys.readouterr().out  # issue 19: no "(en)"
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Asylrecht kompakt"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_export_all_upcoming_events(db, db_path, world, tmp_path, capsys):
    out = tmp_path / "alle.ics"
    assert main(["--db", str(db_path), "export", "events", str(out)]) == 0
    assert [str(v["SUMMARY"]) for v in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")] == [
        "Asylrecht kompakt"
    ]


def test_export_unknown_event_is_one_line_error(db, db_path, world, tmp_path, capsys):
    out = tmp_path / "x.ics"
    assert main(["--db", str(db_path), "export", "events", str(out), "--event", "999"]) == 1
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "ID 999" in err and "Traceback" not in err
    assert not out.exists()


def test_export_needs_a_target(db_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "export"])
    assert exc.value.code == 2


def test_checkin_marks_named_people_attended(db, db_path, world, capsys):
    hold_today(db, world.module2)  # check-in is for the day of the event
    ev.invite_contacts(db, world.module2, [world.ayse, world.jonas, world.hans])
    code = main(["--db", str(db_path), "checkin", "--event", str(world.module2), "Ayse Yilmaz", "Müller, Jonas"])
    out = capsys.readouterr().out
    assert code == 0
    assert "anwesend: Ayşe Yılmaz" in out and "anwesend: Jonas Müller" in out
    assert _status(db, world.module2, world.ayse) == "attended"
    assert _status(db, world.module2, world.jonas) == "attended"
    assert _status(db, world.module2, world.hans) == "invited"


def test_checkin_reports_unknown_and_ambiguous_names_and_exits_non_zero(db, db_path, world, capsys):
    hold_today(db, world.module2)
    ev.invite_contacts(db, world.module2, [world.ayse, world.sogol])
    code = main(
        ["--db", str(db_path), "checkin", "--event", str(world.module2), "Erika Mustermann", "S", "Ayşe Yılmaz"]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert "Erika Mustermann" in captured.err and "mehrere" in captured.err
    assert "Traceback" not in captured.err
    # the good name is still checked in, nobody else is guessed
    assert _status(db, world.module2, world.ayse) == "attended"
    assert _status(db, world.module2, world.sogol) == "invited"
    assert _status(db, world.module2, world.petra) == "registered"


def test_checkin_unknown_event(db, db_path, world, capsys):
    assert main(["--db", str(db_path), "checkin", "--event", "999", "Ayşe"]) == 1
    assert "ID 999" in capsys.readouterr().err
