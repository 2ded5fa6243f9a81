"""``kidesk due`` and ``kidesk hours add``, run in-process on a real database file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from kidesk.cli import main
from kidesk.db.models import VolunteerHours
from kidesk.services import volunteers as vs
from tests.services.volunteer_sample_data import build_sample


@pytest.fixture
def sample(db):
    return build_sample(db)  # relative to the real today: the CLI has no --today


def _hours(db, volunteer_id):
    with db.session() as s:
        return [
            (h.worked_on, h.hours, h.activity)
            for h in s.scalars(
                select(VolunteerHours).where(VolunteerHours.volunteer_id == volunteer_id).order_by(VolunteerHours.id)
            )
        ]


def test_due_prints_one_tab_separated_line_per_item(db, db_path, sample, capsys):
    assert main(["--db", str(db_path), "due", "--weeks", "8"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [line.split("\t") for line in lines]
    assert all(len(r) == 3 for r in rows)
    due = (sample.today + dt.timedelta(days=20)).strftime("%d.%m.%Y")
    assert ["Führungszeugnis", "Amira Haddad", due] in rows
    assert ["Ohne Aktivität", "Tom Berger", vs.add_years(sample.today, -3).strftime("%d.%m.%Y")] in rows
    assert any(r[0] == "Einwilligung" and r[1] == "Yusuf Demir" for r in rows)
    assert not any(r[1] == "Lena Schmidt" for r in rows)
    assert [r[0] for r in rows] == ["Führungszeugnis", "Einwilligung", "Ohne Aktivität"]  # most urgent first


def test_due_weeks_widens_the_horizon(db, db_path, sample, capsys):
    assert main(["--db", str(db_path), "due", "--weeks", "13"]) == 0
    assert "Lena Schmidt" in capsys.readouterr().out


def test_due_default_and_bad_weeks(db, db_path, sample, capsys):
    assert main(["--db", str(db_path), "due"]) == 0
    assert "Amira Haddad" in capsys.readouterr().out
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db_path), "due", "--weeks", "acht"])
    assert info.value.code == 2
    assert "keine ganze Zahl" in capsys.readouterr().err


def test_hours_add_with_german_decimal_comma(db, db_path, sample, capsys):
    cid = sample.contacts["Haddad"]
    day = sample.today.isoformat()
    assert (
        main(
            [
                "--db",
                str(db_path),
                "hours",
                "add",
                "--contact",
                str(cid),
                "--date",
                day,
                "--hours",
                "2,5",
                "--activity",
                "Sprachcafé",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "2,5 Stunden für Amira Haddad" in out
    assert (sample.today, Decimal("2.50"), "Sprachcafé") in _hours(db, sample.volunteers["Haddad"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--contact", "9999", "--date", "2025-01-01", "--hours", "2"], "Kontakt mit der ID 9999 gibt es nicht"),
        (["--contact", "{partner}", "--date", "2025-01-01", "--hours", "2"], "nicht als Ehrenamtliche"),
        (["--contact", "{haddad}", "--date", "2025-02-30", "--hours", "2"], "kein gültiges Datum"),
        (["--contact", "{haddad}", "--date", "gestern", "--hours", "2"], "kein gültiges Datum"),
        (["--contact", "{haddad}", "--date", "2025-01-01", "--hours", "25"], "höchstens 24 Stunden"),
        (["--contact", "{haddad}", "--date", "2025-01-01", "--hours", "0"], "mehr als 0"),
        (["--contact", "{haddad}", "--date", "2025-01-01", "--hours", "zwei"], "keine Stundenzahl"),
        (["--contact", "{haddad}", "--date", "2099-01-01", "--hours", "2"], "Zukunft"),
    ],
)
def test_hours_add_errors_are_one_line_and_save_nothing(db, db_path, sample, capsys, args, message):
    args = [a.format(partner=sample.partner_contact_id, haddad=sample.contacts["Haddad"]) for a in args]
    before = _hours(db, sample.volunteers["Haddad"])
    code = main(["--db", str(db_path), "hours", "add", *args])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert message in captured.err
    assert captured.err.startswith("kidesk: ") and captured.err.count("\n") == 1
    assert _hours(db, sample.volunteers["Haddad"]) == before


def test_hours_add_requires_its_options(db, db_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db_path), "hours", "add", "--contact", "1"])
    assert info.value.code == 2
