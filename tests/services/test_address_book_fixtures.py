"""Every address book file an office brings (tests/fixtures/address_books, written as each program
writes them): no file refused, the dry run equals the real import, a second import changes nothing,
and every value is in its field or named in the dry run (issue 21)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from kidesk.db.models import Affiliation, Contact, Organisation
from kidesk.services import column_mapping as cm
from kidesk.services.contact_import import CREATE, UPDATE, apply_import, load_table, plan_import
from kidesk.services.contact_import.plan import mapping_for_table
from kidesk.services.contact_import.row_conversion import SYSTEM_GROUPS
from kidesk.services.contact_import.values import EMPTY_MARKERS, country_code, parse_salutation

FIXTURES = Path(__file__).parent.parent / "fixtures" / "address_books"
FILES = sorted(p for p in FIXTURES.iterdir() if p.suffix != ".py")


def _snapshot(db) -> list[tuple]:
    with db.session() as s:
        contacts = [
            tuple(
                getattr(c, k)
                for k in ("id", "salutation", "first_name", "last_name", "email", "phone", "notes", "version")
            )
            for c in s.scalars(select(Contact).order_by(Contact.id))
        ]
        orgs = [
            (o.id, o.name, o.phone, o.notes, o.version)
            for o in s.scalars(select(Organisation).order_by(Organisation.id))
        ]
        affiliations = [(a.contact_id, a.organisation_id) for a in s.scalars(select(Affiliation))]
    return contacts + orgs + sorted(affiliations)


def _stored_text(db) -> str:
    parts: list[str] = []
    with db.session() as s:
        for c in s.scalars(select(Contact)):
            parts += [
                str(getattr(c, k) or "")
                for k in (
                    "title",
                    "first_name",
                    "last_name",
                    "function",
                    "department",
                    "phone",
                    "mobile",
                    "fax",
                    "email",
                    "room",
                    "street",
                    "postcode",
                    "city",
                    "languages",
                    "notes",
                )
            ]
        for o in s.scalars(select(Organisation)):
            parts += [
                str(getattr(o, k) or "")
                for k in ("name", "phone", "fax", "email", "website", "street", "postcode", "city", "notes")
            ]
    return _norm("\n".join(parts))


def _norm(text: str) -> str:
    return " ".join(text.replace("\r", " ").replace("\n", " ").split()).casefold()


def test_the_corpus_covers_every_program_of_the_issue():
    names = " ".join(p.name for p in FILES)
    for program in (
        "outlook",
        "thunderbird",
        "apple",
        "android",
        "google",
        "evolution",
        "kaddressbook",
        "yahoo",
        "palm",
        "windows_address_book",
        "gmail_sections",
        "utf16",
        "shiftjis",
        "noheader",
        "_40.vcf",
        "_30.vcf",
        "_21.vcf",
        "truncated",
        "one_bad_line",
    ):
        assert program in names, program


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_fixture_imports_whole_and_twice_changes_nothing(db, path):
    table = load_table(path)  # no file is refused
    mapping, _ = mapping_for_table(db, table)
    plan = plan_import(db, table, mapping)
    lines = plan.problem_lines()
    assert plan.importable > 0, lines

    # the dry run equals the real import
    result = apply_import(db, plan)
    persons = [i for i in plan.items if not i.record.is_organisation]
    assert result.created == sum(1 for i in persons if i.action == CREATE)
    assert result.organisations_created == len(plan.new_organisations)
    assert result.updated == sum(1 for i in plan.items if i.action == UPDATE)

    # every value in its field or named in the dry run
    stored = _stored_text(db)
    report = _norm("\n".join(lines))
    skipped_rows = {i.row for i in plan.items if i.action not in (CREATE, UPDATE)}
    for raw in table.rows:
        if raw.number in skipped_rows or any(
            f"{table.row_word} {raw.number}: " in line and "Fehler" in line for line in lines
        ):
            continue
        for header, target, value in zip(table.headers, mapping, raw.values, strict=False):
            value = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", value).strip()
            if not value or value in EMPTY_MARKERS or target in (cm.IGNORE, "record_kind", "address_formatted"):
                continue
            if target == "country" and country_code(value):
                continue
            if target == "salutation" and parse_salutation(value)[0]:
                continue
            pieces = [
                p for p in re.split(r"\n| ::: ", value) if p.strip() and p.strip().casefold() not in SYSTEM_GROUPS
            ]
            for piece in pieces:
                piece = _norm(piece)
                words = piece.split()
                found = (
                    piece in stored
                    or piece in report
                    or (target in ("full_name", "nickname") and all(w in stored for w in words))
                    or piece.removesuffix(".0") in stored
                )
                assert found, f"{path.name} {table.row_word} {raw.number}, {header}: „{piece}“ neither stored nor named"

    # a second import of the same file creates and changes nothing
    before = _snapshot(db)
    again = plan_import(db, load_table(path), mapping)
    assert again.importable == 0, [(i.row, i.action, i.reason) for i in again.items if i.action != "skip"]
    apply_import(db, again)
    assert _snapshot(db) == before


def test_organisation_cards_become_organisations(db):
    for name in ("apple_contacts_30.vcf", "evolution_30.vcf", "nextcloud_kind_org_40.vcf"):
        apply_import(db, plan_import(db, load_table(FIXTURES / name)))
    with db.session() as s:
        orgs = {o.name: o for o in s.scalars(select(Organisation))}
        people = {c.last_name for c in s.scalars(select(Contact))}
    assert (
        orgs["Apple Computer AG"].country == "CH" and orgs["Apple Computer AG"].website == "http://www.apple.com/chde/"
    )
    assert orgs["Caritasverband Herford e.V."].phone == "05221 59980"
    assert orgs["Integrationsrat der Stadt Herford"].email == "integrationsrat@herford.example.de"
    assert not people & {"AG", "e.V.", "Inc.", "der Stadt Herford"}  # no fake people


def test_apple_labels_and_types_decide_the_field(db):
    plan = plan_import(db, load_table(FIXTURES / "apple_contacts_30.vcf"))
    rahimi = plan.items[0].record
    assert rahimi.fields["fax"] == "05221 654321"  # item2 labelled HomeFAX
    assert rahimi.fields["phone"] == "+49 5221 123456"
    assert rahimi.fields["mobile"] == "0171 2345678"
    assert rahimi.fields["salutation"] == "mr"  # آقای
    notes = "\n".join(rahimi.notes)
    for kept in (
        "Spitzname: Mo",
        "Kategorien: Beratung, Netzwerk Migration",
        "Jahrestag: 2012-06-01",
        "skype:mohammad.rahimi",
        "Geburtstag: 1985-03-21",
        "http://www.beratung.example.org/team",
    ):
        assert kept in notes
    assert "\\:" not in notes


def test_declared_and_detected_charsets_are_honoured(db):
    cards = plan_import(db, load_table(FIXTURES / "nokia_cp1251_21.vcf")).items
    assert cards[0].record.label == "Кличко, Віталій" and cards[1].record.label == "Οικονόμου, Μαρία"
    assert cards[2].record.notes == ["Grüße aus \ufffd Münster"]  # one broken byte, not the whole note
    japanese = plan_import(db, load_table(FIXTURES / "thunderbird_shiftjis.csv")).items[0].record
    assert japanese.label == "山田, 太郎" and japanese.organisation == "名無し株式会社"
    thunderbird = plan_import(db, load_table(FIXTURES / "thunderbird_115_40.vcf")).items[0].record
    assert "ایران\u200cخودرو" in thunderbird.notes[0]  # folded inside a UTF-8 character


def test_truncated_card_is_imported_only_when_confirmed(db):
    plan = plan_import(db, load_table(FIXTURES / "truncated_30.vcf"))
    assert [i.action for i in plan.items] == ["create", "skip"]
    assert any("END:VCARD fehlt (Karte ab Zeile 7" in line for line in plan.problem_lines())
    plan.set_action(1, CREATE)  # the person confirms the cut-off card
    assert apply_import(db, plan).created == 2


def test_address_blocks_stay_whole_and_names_split_with_particles(db):
    plan = plan_import(db, load_table(FIXTURES / "outlook_2016_de.csv"))
    yildiz, meyer = (i.record for i in plan.items)
    assert (yildiz.fields["street"], yildiz.fields["city"]) == ("Bielefelder Straße 8", "Herford")
    assert "Ort privat: Bünde" in yildiz.notes  # never Herford's street with Bünde's postcode
    assert (meyer.fields["street"], meyer.fields["postcode"], meyer.fields["city"]) == (
        "Rathausplatz 1",
        "32257",
        "Bünde",
    )
    wab = plan_import(db, load_table(FIXTURES / "windows_address_book.csv")).items
    assert [(i.record.fields.get("first_name"), i.record.fields["last_name"]) for i in wab] == [
        ("Bernd", "Meyer zu Bexten"),
        ("Hans-Peter", "von der Heide"),
    ]


def test_unknown_countries_stay_and_known_ones_are_recognised(db):
    items = plan_import(db, load_table(FIXTURES / "outlook_2016_en.csv")).items
    assert [i.record.fields["country"] for i in items] == ["US", "CA", "ID"]
    yahoo = plan_import(db, load_table(FIXTURES / "yahoo.csv")).items
    assert [i.record.fields["country"] for i in yahoo] == ["PE", "KY"]
    assert yahoo[0].record.fields["function"] == "Profesora"  # Yahoo's "Title" is the job


def test_lost_letters_numeric_phones_and_control_characters_are_named(db):
    plan = plan_import(db, load_table(FIXTURES / "excel_lost_letters.csv"))
    lines = "\n".join(plan.problem_lines())
    assert "„?ükrü“ enthält „?“ an Stelle eines Buchstabens" in lines
    assert "„5221123456“ besteht nur aus Ziffern" in lines
    assert "Steuerzeichen entfernt: ESC (U+001B) mit Steuerfolge" in lines
    assert plan.items[1].record.fields["last_name"] == "Kaya"
    assert "\x1b" not in lines
    assert plan.items[2].record.fields["salutation"] == "mr"  # السيد


def test_numeric_phone_cells_of_a_spreadsheet_get_a_named_warning(db, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Telefon", "Mobil"])
    sheet.append(["Bernd Meyer zu Bexten", 5221131180, 1711234567.0])  # numbers: the leading zero is gone
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    plan = plan_import(db, load_table(path))
    record = plan.items[0].record
    assert (record.fields["first_name"], record.fields["last_name"]) == ("Bernd", "Meyer zu Bexten")
    lines = "\n".join(plan.problem_lines())
    assert "„5221131180“ besteht nur aus Ziffern ohne führende 0" in lines
    assert "„1711234567“ besteht nur aus Ziffern ohne führende 0" in lines


def test_an_organisation_card_after_a_person_of_that_organisation_fills_it(db, tmp_path):
    path = tmp_path / "order.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Max;;;\r\nORG:ACME GmbH\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:ACME GmbH\r\nORG:ACME GmbH\r\nTEL:05221 1\r\nEND:VCARD\r\n"
    )
    plan = plan_import(db, load_table(path))
    assert [i.action for i in plan.items] == [CREATE, UPDATE]
    result = apply_import(db, plan)
    assert (result.created, result.updated, result.organisations_created) == (1, 1, 1)  # as the dry run said
    with db.session() as s:
        assert s.scalars(select(Organisation)).one().phone == "05221 1"
    assert plan_import(db, load_table(path)).importable == 0
