"""The annual report on a small hand-made year (tests/report_sample_data.py): every figure is
written out here and was counted by hand from the table in that module's docstring."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from kidesk.cli import main
from kidesk.errors import UserError, ValidationError
from kidesk.services.privacy import erase_contact
from kidesk.services.reports import annual_report, build_report, year_period
from kidesk.services.reports.export import write_report
from kidesk.services.reports.facts import load_facts
from tests.pdf.pdf_reading import all_text, assert_fonts_embedded_dejavu
from tests.report_sample_data import LONG_NAME, build_report_sample


@pytest.fixture
def sample(db):
    return build_report_sample(db)


@pytest.fixture
def report(db, sample):
    return annual_report(db, *year_period(2025))


def values(row):
    return [c.value for c in row]


def test_headlines(report):
    assert {h.label: h.cell.value for h in report.headlines} == {
        "Veranstaltungen": 5,  # E1–E5: the cancelled E6 and last year's E7 are left out
        "Teilnahmen": 10,
        "Erreichte Personen": 6,  # Ayşe came three times: one person
        "Aktive Ehrenamtliche": 2,
        "Geleistete Stunden": Decimal("9.50"),
        "Partnerorganisationen": 3,
        "Ehrenamtskarte erfüllt": 0,
    }


def test_events_by_kind_with_rate_and_co_hosts(report):
    table = report.table("Veranstaltungen nach Art")
    assert [values(r) for r in table.rows] == [
        ["Qualifizierungsmodul", 3, 7, 4, 9, 1, "78 %", 1],
        ["Dankeschön-Veranstaltung", 1, 2, 2, 2, 0, "100 %", 1],  # the speaker is no participant
        ["Netzwerktreffen", 1, 1, 1, 1, 0, "100 %", 0],
    ]
    assert values(table.total) == ["Summe", 5, 10, 6, 12, 1, "83 %", 2]
    assert any("Abgesagte Veranstaltungen sind nicht gezählt (1 im Zeitraum)" in n for n in table.notes)
    assert any("nicht Erschienene" in n for n in table.notes)


def test_events_by_series_and_qualified_volunteers(report):
    table = report.table("Veranstaltungen nach Reihe")
    assert [values(r) for r in table.rows] == [
        ["Basisqualifikation", 3, 7, 4, "78 %", 2],  # Ayşe (M1+M2) and Olena (M2+M3); Narges is no volunteer
        ["ohne Reihe", 2, 3, 3, "100 %", 0],
    ]


def test_people_reached_by_town(report):
    table = report.table("Erreichte Personen nach Ort")
    rows = {r[0].value: values(r)[1:] for r in table.rows}
    assert rows["Herford"] == [2, 4]  # Ayşe ×3 and "=SUM(A1)" from "herford "
    assert rows["Bünde"] == [1, 2]
    assert rows["Löhne"] == [1, 2]
    assert rows["anderer Ort"] == [1, 1]  # Wuppertal
    assert rows["ohne Ortsangabe"] == [1, 1]
    assert rows["Enger"] == [0, 0]
    assert values(table.total) == ["Summe", 6, 10]


def test_volunteers_by_area_and_language(report):
    area = report.table("Ehrenamtliche nach Bereich")
    assert [values(r) for r in area.rows] == [
        ["Begegnungscafé", 1, 0, 1, Decimal("5.50")],
        ["Sprachpatenschaft", 1, 0, 1, Decimal("5.50")],  # Tom is in it, but quiet in 2025
        ["Übersetzung/Dolmetschen", 1, 1, 1, Decimal("4.00")],
    ]
    assert values(area.total) == ["Summe", 2, 1, 2, Decimal("9.50")]  # each person once
    language = report.table("Ehrenamtliche nach Sprache")
    assert [values(r) for r in language.rows] == [
        ["Deutsch", 2, 1, 2],
        ["Türkisch", 1, 0, 1],
        ["Ukrainisch", 1, 1, 1],
        ["ohne Angabe", 0, 0, 0],
    ]


def test_hours_by_month_and_ehrenamtskarte_rule(report):
    table = report.table("Stunden nach Monat")
    rows = {r[0].value: values(r)[1:] for r in table.rows}
    assert len(rows) == 12
    assert rows["Januar"] == [Decimal("2.50"), 1, 1]
    assert rows["März"] == [Decimal("3.00"), 1, 1]
    assert rows["Mai"] == [Decimal("4.00"), 1, 1]
    assert rows["Dezember"] == [Decimal("0.00"), 0, 0]  # Tom's hours of 30.12.2024 are last year's
    assert values(table.total) == ["Summe", Decimal("9.50"), 3, 2]
    assert "Ehrenamtskarte: 0 Ehrenamtliche erfüllen am 31.12.2025 die Regel" in table.notes[0]
    assert "200 Std. im Jahr" in table.notes[0]


def test_partner_organisations_and_network(report):
    orgs = report.table("Partnerorganisationen")
    assert [values(r) for r in orgs.rows] == [
        ["Wohlfahrtsverband", 2, 2, 0, 2, 0],  # AWO and Caritas; Diakonie only at the cancelled event
        ["Behörde", 1, 1, 0, 0, 1],
    ]
    assert values(orgs.total) == ["Summe", 3, 2, 0, 2, 1]  # our own organisation is left out
    network = report.table("Netzwerke")
    assert [values(r) for r in network.rows] == [["widunetz", 2, 1, 1, 1]]


def test_every_count_is_the_number_of_rows_behind_it(report):
    checked = 0
    for table in report.tables:
        for row in [*table.rows, *([table.total] if table.total else [])]:
            for cell in row:
                if cell.trace is None:
                    continue
                behind = report.rows_behind(cell)
                if isinstance(cell.value, Decimal):
                    column = behind.columns.index("Stunden")
                    assert sum(r[column] for r in behind.rows) == cell.value
                else:
                    assert len(behind.rows) == cell.value, (table.key, row[0].value)
                checked += 1
    assert checked > 100


def test_rows_behind_a_number_name_the_records(report, sample):
    persons = report.table("Veranstaltungen nach Art").total[3]
    behind = report.rows_behind(persons)
    assert {ref.id for ref in behind.refs} == {sample.contacts[k] for k in ("ayse", "narges", "olena", "formula",
                                                                           "hemin", "paul")}  # fmt: skip
    assert all(ref.kind == "contact" for ref in behind.refs)
    ayse = next(r for r, ref in zip(behind.rows, behind.refs, strict=True) if ref.id == sample.contacts["ayse"])
    assert ayse == ("Yılmaz, Ayşe", "Herford", 3)
    events = report.detail("Veranstaltungen")
    cancelled = [r for r in events.rows if r[1] == "Abgesagt"]
    assert cancelled and cancelled[0][6] == "nein (abgesagt)"


def test_anonymous_counts_of_erased_people_are_numbers_never_names(db, sample):
    """Narges attended M1 and M2 in 2025 (and last year's E7); after her erasure the report counts
    her two attendances anonymously (Event.anonymous_attendance), never her name or a person."""
    with db.session() as session:
        assert load_facts(session, *year_period(2025)).anonymous == {}
    erase_contact(db, sample.contacts["narges"], reference="Az. 17/2026")
    with db.session() as session:
        facts = load_facts(session, *year_period(2025))
    assert facts.anonymous == {sample.events["e1"]: 1, sample.events["e2"]: 1}
    report = build_report(facts)
    by_kind = report.table("Veranstaltungen nach Art")
    assert values(by_kind.total)[:4] == ["Summe", 5, 10, 5]  # attendances kept, one person fewer
    town = report.table("Erreichte Personen nach Ort")
    anonymous = town.row_by_label("gelöschte Personen (anonym)")
    assert values(anonymous) == ["gelöschte Personen (anonym)", None, 2]
    behind = report.rows_behind(anonymous[2])
    assert behind.refs == (None, None)
    assert all(r[4] == "anonym (gelöscht)" for r in behind.rows)
    assert not any("نرگس" in str(v) or "محمدی" in str(v) for t in report.tables for r in t.rows for v in values(r))
    # a cancelled event keeps its anonymous count out of the figures like its named rows
    with_cancelled = build_report(dataclasses.replace(facts, anonymous={**facts.anonymous, sample.events["e6"]: 5}))
    assert values(with_cancelled.table("Veranstaltungen nach Art").total)[:4] == ["Summe", 5, 10, 5]


def test_period_checks(db, sample):
    with pytest.raises(ValidationError, match="vor seinem Beginn"):
        annual_report(db, dt.date(2025, 12, 31), dt.date(2025, 1, 1))
    with pytest.raises(ValidationError, match="höchstens drei Jahre"):
        annual_report(db, dt.date(2000, 1, 1), dt.date(2025, 1, 1))
    half = annual_report(db, dt.date(2025, 3, 1), dt.date(2025, 4, 30))
    assert half.table("Veranstaltungen nach Art").total[1].value == 2  # M2 and M3
    assert [r[0].value for r in half.table("Stunden nach Monat").rows] == ["März", "April"]


def test_pdf_reads_back(db, sample, tmp_path):
    path, _report = write_report(db, *year_period(2025), tmp_path / "jahresbericht.pdf")
    data = path.read_bytes()
    assert_fonts_embedded_dejavu(data)
    text = all_text(data)
    for expected in ("Jahresbericht 2025", "Kommunales Integrationszentrum Kreis Herford", "Veranstaltungen nach Art",
                     "Teilnahmen nach Monat", "Erreichte Personen nach Ort", "Summe", "Abgesagte Veranstaltungen",
                     "widunetz", "Ehrenamtskarte", "Seite 1 von"):  # fmt: skip
        assert expected in text, expected
    assert "Yılmaz" not in text  # the PDF for the funder holds figures, not names
    assert (path.stat().st_mode & 0o777) == 0o600


def test_xlsx_reads_back_with_the_rows_behind(db, sample, tmp_path):
    path, _report = write_report(db, *year_period(2025), tmp_path / "jahresbericht.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:3] == ["Übersicht", "Veranstaltungen nach Art", "Veranstaltungen nach Reihe"]
    assert "Zeilen – Teilnehmerlisten" in book.sheetnames and "Zeilen – Stunden" in book.sheetnames
    kinds = book["Veranstaltungen nach Art"]
    assert [c.value for c in kinds[1]] == ["Art", "Veranstaltungen", "Teilnahmen", "Personen", "Anmeldungen",
                                           "nicht erschienen", "Teilnahmequote", "Mitveranstalter"]  # fmt: skip
    assert [c.value for c in kinds[5]] == ["Summe", 5, 10, 6, 12, 1, "83 %", 2]
    persons = book["Zeilen – Personen"]
    names = [row[0] for row in persons.iter_rows(min_row=2, values_only=True)]
    assert len(names) == 6 and f"=SUM(A1), {LONG_NAME}" in names
    formula = next(c for c in persons["A"] if c.value == f"=SUM(A1), {LONG_NAME}")
    assert formula.data_type == "s"  # text, never a formula
    lists = book["Zeilen – Teilnehmerlisten"]
    statuses = [row[6] for row in lists.iter_rows(min_row=2, values_only=True)]
    assert statuses.count("teilgenommen") == 10 and statuses.count("nicht erschienen") == 1
    hours = book["Zeilen – Stunden"]
    assert sum(row[2] for row in hours.iter_rows(min_row=2, values_only=True)) == 9.5
    assert hours["D2"].value == "=SUM(A1)" and hours["D2"].data_type == "s"


def test_wrong_ending_is_refused(db, sample, tmp_path):
    with pytest.raises(UserError, match=r"\.pdf oder \.xlsx"):
        write_report(db, *year_period(2025), tmp_path / "bericht.csv")
    (tmp_path / "ordner.pdf").mkdir()
    with pytest.raises(UserError, match="ist ein Ordner"):  # output_files' checks, before anything is computed
        write_report(db, *year_period(2025), tmp_path / "ordner.pdf")


def test_cli_writes_pdf_and_xlsx(db, db_path, sample, tmp_path, capsys):
    assert main(["--db", str(db_path), "report", "--year", "2025", "-o", str(tmp_path / "r.pdf")]) == 0
    out = capsys.readouterr().out
    assert "Bericht 01.01.2025 – 31.12.2025 geschrieben" in out and "Teilnahmen: 10" in out
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    args = [
        "--db",
        str(db_path),
        "report",
        "--from",
        "01.03.2025",
        "--to",
        "2025-04-30",
        "-o",
        str(tmp_path / "r.xlsx"),
    ]
    assert main(args) == 0
    assert "Veranstaltungen: 2" in capsys.readouterr().out
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book["Übersicht"]["B1"].value == "01.03.2025 – 30.04.2025"


def test_cli_refuses_bad_periods_in_one_line(db, db_path, sample, tmp_path, capsys):
    out = str(tmp_path / "r.pdf")
    assert main(["--db", str(db_path), "report", "--year", "2025", "--from", "01.01.2025", "-o", out]) != 0
    assert "entweder --year oder --from/--to" in capsys.readouterr().err
    assert main(["--db", str(db_path), "report", "--from", "31.02.2025", "-o", out]) != 0
    err = capsys.readouterr().err
    assert "kein gültiges Datum" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db_path), "report", "--year", "99999999999999999999999", "-o", out])
    assert info.value.code == 2
