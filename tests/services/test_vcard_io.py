"""vCard reading: Outlook 2.1 with quoted-printable, Thunderbird 3.0, 4.0, broken files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kidesk.db.models import Contact
from kidesk.services.contact_import import apply_import, load_table, plan_import
from kidesk.services.csv_sniffing import ImportFileError
from kidesk.services.vcard_io import HEADERS, read_vcard_table

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


def row(table, index=0) -> dict[str, str]:
    return {h: v for h, v in zip(table.headers, table.rows[index].values, strict=True) if v}


def test_outlook_21_quoted_printable_windows_1252():
    table = read_vcard_table((FIXTURES / "outlook_21.vcf").read_bytes())
    assert "2.1" in table.description
    first = row(table)
    assert first["Nachname"] == "Kirchhoff" and first["Anrede"] == "Frau"
    assert first["Straße"] == "Amtshausstraße 3"  # QP "=DF" in Windows-1252, soft line break in "Deutschla=\r\nnd"
    assert first["Land"] == "Deutschland"
    assert first["Notizen"] == "Zuständig für die Basisqualifikation für Ehrenamtliche.\nRaum 1.30, Ebene 3"
    assert first["Telefon"] == "05221/13-1180" and first["Fax"] == "05221/13-171180"
    assert first["Organisation"] == "Kreis Herford" and first["Abteilung"] == "Kommunales Integrationszentrum"
    second = row(table, 1)
    assert (second["Vorname"], second["Nachname"], second["Mobil"]) == ("Hüseyin", "Öztürk", "0176 55512345")
    assert [p.message for p in table.problems] == ["nicht übernommen: Fotos (1×)."]  # named, not silently dropped


def test_thunderbird_30_and_vcard_40():
    tb = row(read_vcard_table((FIXTURES / "thunderbird_30.vcf").read_bytes()))
    assert (
        tb["Vorname"] == "Ayşe"
        and tb["Notizen"] == "Spricht Türkisch, Kurdisch und Deutsch\nTermine nur nach Absprache"
    )
    assert tb["Mobil"] == "0160 1234567" and tb["Telefon"] == "05221 59890"
    v4 = row(read_vcard_table((FIXTURES / "vcard_40.vcf").read_bytes()))
    assert v4["Mobil"] == "+49-171-5550123"  # "tel:" URI and quoted TYPE list
    assert v4["Notizen"].startswith("رامي حداد")


def test_many_cards_import_into_the_database(db):
    plan = plan_import(db, load_table(FIXTURES / "outlook_21.vcf"))
    apply_import(db, plan)
    with db.session() as s:
        names = [c.last_name for c in s.scalars(select(Contact).order_by(Contact.id))]
    assert names == ["Kirchhoff", "Öztürk"]


def test_missing_end_line_is_named_and_the_card_still_read():
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Eins;Anna;;;\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Zwei;Ben;;;\r\n"
    table = read_vcard_table(data)
    assert [row(table, i)["Nachname"] for i in range(2)] == ["Eins", "Zwei"]
    messages = [(p.row, p.message) for p in table.problems]
    assert messages[0][0] == 1 and "END:VCARD fehlt (Karte ab Zeile 1," in messages[0][1]
    assert messages[1][0] == 2 and "abgeschnitten" in messages[1][1]


def test_unreadable_line_is_named_and_skipped():
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gut;Anna;;;\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kaputt;Ben;;;\r\nDIESE ZEILE HAT KEINEN DOPPELPUNKT\r\nEND:VCARD\r\n"
    )
    table = read_vcard_table(data)
    assert [row(table, i)["Nachname"] for i in range(2)] == ["Gut", "Kaputt"]
    (problem,) = table.problems
    assert problem.row == 2 and "Zeile 8" in problem.message


def test_card_without_name_is_skipped_with_its_number(db, tmp_path):
    path = tmp_path / "x.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gut;Anna;;;\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nTEL:1\r\nEND:VCARD\r\n"
    )
    plan = plan_import(db, load_table(path))
    assert plan.importable == 1
    assert plan.problem_lines() == ["Fehler: Karte 2: kein Name – wird nicht importiert."]


def test_not_a_vcard():
    with pytest.raises(ImportFileError, match="keine vCard-Datei"):
        read_vcard_table(b"Name;Ort\nM;H\n")


def test_headers_are_known_to_the_mapping():
    from kidesk.services.column_mapping import NOTES_COLUMN, suggest_mapping

    mapping = dict(zip(HEADERS, suggest_mapping(list(HEADERS)), strict=True))
    assert mapping["Anrede"] == "salutation" and mapping["Telefon privat"] == "phone"
    assert mapping["Weitere Telefonnummern"] == NOTES_COLUMN


@pytest.mark.parametrize(
    ("tel", "column"),
    [
        ("TEL;TYPE=WORK,VOICE", "Telefon"),
        ("TEL;TYPE=VOICE", "Telefon"),
        ("TEL", "Telefon"),
        ("TEL;TYPE=HOME", "Telefon privat"),
        ("TEL;HOME;VOICE", "Telefon privat"),
        ("TEL;TYPE=WORK,FAX", "Fax"),
        ("TEL;TYPE=FAX", "Fax"),
        ("TEL;TYPE=HOME,FAX", "Fax privat"),
        ("TEL;TYPE=CELL", "Mobil"),
        ("TEL;TYPE=WORK,CELL", "Mobil"),
        ("TEL;CELL;PREF", "Mobil"),
        ('TEL;TYPE="cell,voice";VALUE=uri', "Mobil"),
        ("TEL;TYPE=iPhone", "Mobil"),
        ("TEL;TYPE=PAGER", "Weitere Telefonnummern"),
        ("TEL;TYPE=OTHER", "Weitere Telefonnummern"),
        ("item1.TEL", "Fax privat"),  # with item1.X-ABLabel:_$!<HomeFAX>!$_
    ],
)
def test_every_type_combination_goes_to_its_column(tel, column):
    label = b"item1.X-ABLabel:_$!<HomeFAX>!$_\r\n" if tel.startswith("item1.") else b""
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Typ;Test;;;\r\n"
        + tel.encode()
        + b":05221 1234\r\n"
        + label
        + b"END:VCARD\r\n"
    )
    values = row(read_vcard_table(data))
    assert values[column].startswith("05221 1234")
