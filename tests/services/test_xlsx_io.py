"""Reading Excel sheets: title lines above the header, chosen sheet, typed cells, broken files."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from kidesk.db.models import Contact, Volunteer
from kidesk.services.contact_import import apply_import, load_table, plan_import
from kidesk.services.csv_sniffing import ImportFileError
from kidesk.services.xlsx_io import sheet_names


def workbook(path, sheets: dict[str, list[list[object]]]):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_header_below_title_lines_and_typed_cells(db, tmp_path):
    path = workbook(
        tmp_path / "ehrenamt.xlsx",
        {
            "Ehrenamtliche": [
                ["Liste der Ehrenamtlichen 2025"],
                [],
                ["Vorname", "Nachname", "PLZ", "Ehrenamtlich seit", "Weitergabe an Partner", "Telefon"],
                ["Olena", "Kovalenko", 32052, dt.datetime(2023, 4, 1), True, 5221123456],
                ["Rami", "Haddad", 1067.0, "15.08.2022", "nein", None],
            ]
        },
    )
    table = load_table(path)
    assert table.headers[:2] == ["Vorname", "Nachname"]
    assert [r.number for r in table.rows] == [4, 5]
    assert any("Zeile 3" in p.message for p in table.problems)
    plan = plan_import(db, table)
    apply_import(db, plan)
    with db.session() as s:
        olena, rami = s.scalars(select(Contact).order_by(Contact.id)).all()
        assert olena.postcode == "32052" and olena.phone == "5221123456"
        assert rami.postcode == "1067"
        assert olena.volunteer.active_since == dt.date(2023, 4, 1) and olena.volunteer.consent_share_with_partners
        assert rami.volunteer.active_since == dt.date(2022, 8, 15) and not rami.volunteer.consent_share_with_partners
        assert s.scalars(select(Volunteer)).all()
    assert any(p.row == 5 and p.column == "PLZ" and "führende Null" in p.message for p in plan.problems)


def test_chosen_sheet(db, tmp_path):
    path = workbook(tmp_path / "zwei.xlsx", {"Info": [["Nur Text"]], "Adressen": [["Name"], ["Anna Berg"]]})
    assert sheet_names(path.read_bytes()) == ["Info", "Adressen"]
    table = load_table(path, sheet="Adressen")
    assert table.rows[0].values == ["Anna Berg"]
    with pytest.raises(ImportFileError, match="kein Tabellenblatt „Fehlt“.*Info, Adressen"):
        load_table(path, sheet="Fehlt")


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"Name;Ort\nM;H\n", "CSV-Datei mit falscher Endung"),
        (b"PK\x03\x04kaputt" + bytes(300), "beschädigt"),
        (b"", "leer"),
    ],
)
def test_broken_xlsx_files(tmp_path, data, phrase):
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=phrase):
        load_table(path)


def test_old_xls_is_refused_by_extension(tmp_path):
    path = tmp_path / "alt.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError, match=r"\.xlsx speichern"):
        load_table(path)
