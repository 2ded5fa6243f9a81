"""The import service: fixtures from real programs, dry run, all-or-nothing, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kidesk.db import settings
from kidesk.db.models import Affiliation, Contact, Organisation, Volunteer
from kidesk.errors import UserError
from kidesk.services import column_mapping as cm
from kidesk.services.contact_import import (
    CREATE,
    SKIP,
    UPDATE,
    ImportCancelled,
    apply_import,
    load_table,
    mapping_for_table,
    parse_salutation,
    plan_import,
    sheet_names,
)
from kidesk.services.csv_sniffing import ImportFileError

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


def contacts(db) -> list[Contact]:
    with db.session() as s:
        return list(s.scalars(select(Contact).order_by(Contact.id)))


def count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def write(tmp_path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def import_path(db, path, **kw):
    plan = plan_import(db, load_table(path, **kw))
    return plan, apply_import(db, plan)


# --------------------------------------------------------------------- fixtures


def test_outlook_german_csv_maps_automatically(db):
    plan, result = import_path(db, FIXTURES / "outlook_de.csv")
    assert result.created == 2
    assert not [p for p in plan.problems if p.severity != "info"]
    kirchhoff, mueller = contacts(db)
    assert (kirchhoff.salutation, kirchhoff.title, kirchhoff.first_name, kirchhoff.last_name) == (
        "mrs",
        "Dr.",
        "Gudrun",
        "Kirchhoff",
    )
    assert kirchhoff.function == "Verwaltungsassistenz"
    assert kirchhoff.department == "Kommunales Integrationszentrum"
    assert (kirchhoff.street, kirchhoff.postcode, kirchhoff.city) == ("Amtshausstraße 3", "32051", "Herford")
    assert (kirchhoff.phone, kirchhoff.fax, kirchhoff.room) == ("05221/13-1180", "05221/13-171180", "1.30")
    assert kirchhoff.email == "g.kirchhoff@kreis-herford.de"
    assert "Dienstags nicht im Büro." in kirchhoff.notes
    assert "Kategorien: widunetz" in kirchhoff.notes  # unmapped column kept in the notes
    assert "0.0.00" not in kirchhoff.notes and "SMTP" not in kirchhoff.notes  # Outlook's noise is not
    # Only a private address: it is taken; the second e-mail goes into the notes.
    assert (mueller.street, mueller.postcode, mueller.city) == ("Lindenstraße 5", "32257", "Bünde")
    assert mueller.mobile == "0171 2345678"
    assert "juergen@example.org" in mueller.notes
    with db.session() as s:
        names = set(s.scalars(select(Organisation.name)))
    assert names == {"Kreis Herford", "Caritasverband für die Stadt und den Kreis Herford e.V."}


def test_outlook_english_csv_maps_automatically(db):
    _, result = import_path(db, FIXTURES / "outlook_en.csv")
    (c,) = contacts(db)
    assert result.created == 1
    assert (c.salutation, c.first_name, c.last_name, c.function) == ("mrs", "Petra", "Schwenk", "Referentin")
    assert c.street == "Mindener Straße 12, 2. OG"
    assert c.country == "DE"
    assert 'Speaker, module 12 "Fit für den Konsumalltag"' in c.notes


def test_google_csv_phone_labels_decide_the_field(db):
    _, result = import_path(db, FIXTURES / "google.csv")
    samimi, weber = contacts(db)
    assert samimi.mobile == "0151 2223334"
    assert samimi.phone == "05221 123457"
    assert "05221 123458" in samimi.notes  # second value of " ::: "
    assert weber.fax == "05221 54953" and weber.phone is None
    assert "myContacts" not in (samimi.notes or "")


def test_thunderbird_csv_with_trailing_comma(db):
    plan, result = import_path(db, FIXTURES / "thunderbird.csv")
    assert result.created == 2
    assert not [p for p in plan.problems if p.severity == "error"]
    ayse = contacts(db)[0]
    assert (ayse.first_name, ayse.last_name) == ("Ayşe", "Yılmaz")
    assert ayse.department == "Fachdienst Migration"


def test_german_excel_csv_in_windows_1252(db):
    plan, _ = import_path(db, FIXTURES / "excel_de.csv")
    assert "Windows-1252" in plan.table.description and "Semikolon" in plan.table.description
    schaefer, weiss = contacts(db)
    assert schaefer.last_name == "Schäfer"  # "Name" next to "Vorname" is the last name
    assert schaefer.notes == "„Runder Tisch“ Asyl"
    assert (weiss.salutation, weiss.title, weiss.last_name) == ("mr", "Prof. Dr.", "Weiß")
    assert weiss.notes == "Spendenquittung 50 €\nbitte an die Geschäftsstelle"


# --------------------------------------------------------------------- dry run, transaction, cancel


def test_dry_run_writes_nothing(db):
    plan = plan_import(db, load_table(FIXTURES / "outlook_de.csv"))
    assert plan.count(CREATE) == 2
    assert count(db, Contact) == 0 and count(db, Organisation) == 0


def test_cancel_during_apply_leaves_the_database_unchanged(db, tmp_path):
    lines = ["Vorname;Nachname;Firma"] + [f"Vor{i};Nach{i};Firma {i % 7}" for i in range(120)]
    path = write(tmp_path, "gross.csv", "\n".join(lines))
    plan = plan_import(db, load_table(path))
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 50

    with pytest.raises(ImportCancelled, match="unverändert"):
        apply_import(db, plan, progress=progress)
    assert calls and calls[-1][1] == 120
    assert count(db, Contact) == 0 and count(db, Organisation) == 0
    with db.session() as s:
        assert settings.get(s, cm.layout_key(plan.table.headers)) is None


def test_a_failing_row_keeps_the_whole_rows_before_it_and_says_so(db, tmp_path):
    path = write(tmp_path, "a.csv", "Vorname;Nachname\nA;Eins\nB;Zwei\nC;Drei\n")
    plan = plan_import(db, load_table(path))
    plan.items[1].record.fields["salutation"] = "kaiserin"  # violates the CHECK constraint
    with pytest.raises(
        UserError, match="Zeile 3.*Gespeichert sind 1 neue Kontakte.*ab Zeile 3 wurde nichts gespeichert"
    ):
        apply_import(db, plan)
    assert count(db, Contact) == 1  # row 2, whole; nothing of row 3 or 4
    plan = plan_import(db, load_table(path))  # the same file again completes it
    assert [i.action for i in plan.items] == ["skip", "create", "create"]


def test_mapping_is_remembered_per_layout(db, tmp_path):
    path = write(tmp_path, "a.csv", "Nachname;Spalte X\nMüller;Herford\n")
    table = load_table(path)
    mapping = cm.suggest_mapping(table.headers)
    assert mapping == ["last_name", cm.NOTES_COLUMN]
    plan = plan_import(db, table, ["last_name", "city"])
    apply_import(db, plan)
    with db.session() as s:
        assert cm.mapping_for(s, table.headers) == (["last_name", "city"], True)
    assert contacts(db)[0].city == "Herford"


# --------------------------------------------------------------------- bad input


def test_empty_file(db, tmp_path):
    with pytest.raises(ImportFileError, match="leer"):
        load_table(write(tmp_path, "leer.csv", b""))


def test_binary_file_renamed_to_csv(db, tmp_path):
    with pytest.raises(ImportFileError, match="keine CSV-Datei"):
        load_table(write(tmp_path, "liste.csv", b"PK\x03\x04" + bytes(range(256)) * 4))


def test_header_without_any_known_column(db, tmp_path):
    table = load_table(write(tmp_path, "x.csv", "Foo;Bar\n1;2\n"))
    with pytest.raises(ImportFileError, match="keine bekannte Namensspalte.*„Foo“"):
        plan_import(db, table)
    assert count(db, Contact) == 0


def test_header_only(db, tmp_path):
    with pytest.raises(ImportFileError, match="nur eine Kopfzeile"):
        plan_import(db, load_table(write(tmp_path, "x.csv", "Vorname;Nachname\n")))


def test_ten_thousand_character_field_is_truncated_and_kept_in_notes(db, tmp_path):
    long = "Lang" * 2500
    plan, result = import_path(db, write(tmp_path, "x.csv", f"Nachname;Funktion\nMüller;{long}\n"))
    (problem,) = [p for p in plan.problems if p.severity == "warning"]
    assert (problem.row, problem.column) == (2, "Funktion")
    assert "10000 Zeichen, gekürzt auf 200" in problem.message
    (c,) = contacts(db)
    assert len(c.function) == 200 and long in c.notes


def test_rows_with_fewer_and_more_fields(db, tmp_path):
    text = "Vorname;Nachname;Ort\nAnna;Schäfer\nBen;Weber;Enger;zu viel\nCem;Kaya;Spenge;\n"
    plan, result = import_path(db, write(tmp_path, "x.csv", text))
    by_row = {p.row: p for p in plan.problems}
    assert by_row[2].severity == "warning" and "nur 2 von 3 Feldern" in by_row[2].message
    assert by_row[3].severity == "error" and "4 Felder statt 3" in by_row[3].message
    assert 4 not in by_row  # a trailing empty field is harmless
    assert [c.last_name for c in contacts(db)] == ["Schäfer", "Kaya"]
    assert result.skipped == 1


def test_invalid_dates_invalid_email_unknown_salutation_and_postcode(db, tmp_path):
    text = (
        "Anrede;Vorname;Nachname;E-Mail;PLZ;Ehrenamtlich seit;Einwilligung am\n"
        "Familie;Eva;Berg;eva(at)example.org;3205;31.02.2020;01.03.2021\n"
    )
    plan, _ = import_path(db, write(tmp_path, "x.csv", text))
    lines = plan.problem_lines()
    assert any("Zeile 2, Spalte „Anrede“" in line and "nicht erkannt" in line for line in lines)
    assert any("Spalte „E-Mail“" in line and "„eva(at)example.org“ ist ungültig" in line for line in lines)
    assert any("Spalte „PLZ“" in line and "fünf Ziffern" in line and "führende Null" in line for line in lines)
    assert any("Spalte „Ehrenamtlich seit“" in line and "ungültiges Datum „31.02.2020“" in line for line in lines)
    (c,) = contacts(db)
    assert c.email is None and c.salutation == "none" and c.postcode == "3205"
    assert "eva(at)example.org" in c.notes and "31.02.2020" in c.notes and "Familie" in c.notes
    with db.session() as s:
        volunteer = s.scalars(select(Volunteer)).one()
        assert volunteer.active_since is None
        assert str(volunteer.consent_given_on) == "2021-03-01"


def test_duplicate_rows_within_the_file(db, tmp_path):
    text = (
        "Vorname;Nachname;E-Mail;Telefon\n"
        "Anna;Schäfer;anna@example.org;\n"
        "Anna;Schäfer;anna@example.org;\n"
        "Anna;Schaefer;anna@example.org;05221 1234\n"
    )
    plan, result = import_path(db, write(tmp_path, "x.csv", text))
    assert [i.action for i in plan.items] == [CREATE, SKIP, SKIP]
    lines = plan.problem_lines()
    assert any("Zeile 3" in line and "identisch mit Zeile 2" in line for line in lines)
    assert any("Zeile 4" in line and "dieselbe Person wie Zeile 2" in line for line in lines)
    (c,) = contacts(db)
    assert c.phone == "05221 1234"  # merged, nothing lost


def test_row_without_name_is_skipped_and_nothing_importable_is_reported(db, tmp_path):
    plan = plan_import(db, load_table(write(tmp_path, "x.csv", "Vorname;Nachname;Ort\n;;Herford\n")))
    assert plan.importable == 0
    assert "kein Name" in plan.problem_lines()[-1]


def test_a_given_name_alone_is_a_one_part_name(db, tmp_path):
    plan = plan_import(db, load_table(write(tmp_path, "x.csv", "Vorname;Nachname\nAnna;\n")))
    assert plan.importable == 1 and plan.items[0].record.fields["last_name"] == "Anna"
    assert any("nur ein Name („Anna“) – als Nachname gespeichert" in line for line in plan.problem_lines())


# --------------------------------------------------------------------- matching existing contacts


def test_reimport_updates_empty_fields_and_never_overwrites(db, tmp_path):
    import_path(db, write(tmp_path, "a.csv", "Vorname;Nachname;E-Mail;Ort\nAnna;Schäfer;anna@example.org;Herford\n"))
    plan, result = import_path(
        db,
        write(tmp_path, "b.csv", "Vorname;Nachname;E-Mail;Ort;Telefon\nAnna;Schaefer;ANNA@example.org;Bünde;05221 1\n"),
    )
    assert plan.items[0].action == UPDATE
    assert any("nicht überschrieben" in line and "Bünde" in line for line in plan.problem_lines())
    (c,) = contacts(db)
    assert (c.city, c.phone) == ("Herford", "05221 1")
    assert result.updated == 1


def test_same_file_twice_is_skipped(db):
    import_path(db, FIXTURES / "outlook_de.csv")
    plan, result = import_path(db, FIXTURES / "outlook_de.csv")
    assert [i.action for i in plan.items] == [SKIP, SKIP]
    assert count(db, Contact) == 2 and count(db, Affiliation) == 2


def test_same_name_alone_is_only_a_possible_duplicate(db, tmp_path):
    import_path(db, write(tmp_path, "a.csv", "Vorname;Nachname;Ort\nAyşe;Yılmaz;Herford\n"))
    plan = plan_import(db, load_table(write(tmp_path, "b.csv", "Vorname;Nachname;Ort\nAyse;Yilmaz;Bünde\n")))
    (item,) = plan.items
    assert item.action == CREATE and item.duplicate_of == contacts(db)[0].id
    assert any("mögliche Dublette" in line for line in plan.problem_lines())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herr Dr.", ("mr", ["Dr."], [])),
        ("Frau Prof. Dr.", ("mrs", ["Prof.", "Dr."], [])),
        ("Mrs.", ("mrs", [], [])),
        ("Dr.", (None, ["Dr."], [])),
        ("keine Angabe", ("none", [], [])),
        ("Familie", (None, [], ["Familie"])),
    ],
)
def test_parse_salutation(text, expected):
    assert parse_salutation(text) == expected


def test_similar_name_is_offered_as_possible_duplicate(db, tmp_path):
    import_path(db, write(tmp_path, "a.csv", "Vorname;Nachname\nAnna;Schmidt\nStefan;Sieker\n"))
    plan = plan_import(db, load_table(write(tmp_path, "b.csv", "Vorname;Nachname\nAnna;Schmitt\nStefan;Rieke\n")))
    schmitt, rieke = plan.items
    assert schmitt.action == CREATE and schmitt.duplicate_label == "Schmidt, Anna"
    assert rieke.duplicate_of is None
    assert any("ähnlicher Name" in line for line in plan.problem_lines())


def test_reimport_adds_new_volunteer_details_to_an_existing_profile(db, tmp_path):
    import_path(db, write(tmp_path, "a.csv", "Vorname;Nachname;E-Mail;Ehrenamtlich\nKim;Berg;kim@example.org;ja\n"))
    plan, result = import_path(
        db,
        write(
            tmp_path,
            "b.csv",
            "Vorname;Nachname;E-Mail;Engagementbereiche\nKim;Berg;kim@example.org;Sprachpatenschaft\n",
        ),
    )
    assert plan.items[0].action == UPDATE and result.updated == 1
    with db.session() as s:
        assert [e.area for e in s.scalars(select(Volunteer)).one().engagements] == ["Sprachpatenschaft"]
    plan, _ = import_path(
        db,
        write(
            tmp_path,
            "c.csv",
            "Vorname;Nachname;E-Mail;Engagementbereiche\nKim;Berg;kim@example.org;Sprachpatenschaft\n",
        ),
    )
    assert plan.items[0].action == SKIP


def test_sparse_contact_imported_again_is_recognised(db, tmp_path):
    text = "Vorname;Nachname;Bemerkung\nCarla;Hartmann;Interessiert an der Basisqualifikation.\n"
    import_path(db, write(tmp_path, "a.csv", text))
    plan, _ = import_path(db, write(tmp_path, "b.csv", text))
    assert plan.items[0].action == SKIP and "schon vorhanden" in plan.items[0].reason
    assert not any("Dublette" in line for line in plan.problem_lines())
    assert count(db, Contact) == 1


# --------------------------------------------------------------------- the plan as the dialog and CLI use it


def test_per_row_choice_follows_the_plans_rule(db, tmp_path):
    first = write(tmp_path, "a.csv", "Vorname;Nachname;Ort\nAyşe;Yılmaz;Herford\n")
    import_path(db, first)
    second = write(
        tmp_path,
        "b.csv",
        "Vorname;Nachname;Ort;Telefon\nAyse;Yilmaz;Bünde;05221 59890\nNeu;Person;Enger;\nNeu;Person;Enger;\n",
    )
    plan = plan_import(db, load_table(second))
    duplicate, new, repeated = plan.items
    assert duplicate.allowed_actions() == [CREATE, UPDATE, SKIP]
    assert new.allowed_actions() == [CREATE, SKIP]
    assert repeated.action == SKIP and repeated.allowed_actions() == [SKIP]  # the file's own repetition
    plan.set_action(0, UPDATE)
    assert duplicate.existing_id == duplicate.duplicate_of is not None  # completing fills the possible duplicate
    with pytest.raises(ValueError):
        plan.set_action(1, UPDATE)  # nothing to complete
    assert new.action == CREATE
    result = apply_import(db, plan)
    assert (result.created, result.updated, result.skipped) == (1, 1, 1)
    assert [(c.last_name, c.city, c.phone) for c in contacts(db)] == [
        ("Yılmaz", "Herford", "05221 59890"),
        ("Person", "Enger", None),
    ]


def test_nothing_new_only_when_every_row_is_already_there(db, tmp_path):
    path = write(tmp_path, "a.csv", "Vorname;Nachname\nOlena;Kovalenko\n")
    assert not plan_import(db, load_table(path)).nothing_new
    import_path(db, path)
    assert plan_import(db, load_table(path)).nothing_new
    with_error = write(tmp_path, "b.csv", "Vorname;Nachname;Ort\nOlena;Kovalenko;\n;;Herford\n")
    plan = plan_import(db, load_table(with_error))
    assert plan.importable == 0 and not plan.nothing_new  # a refused row is something to report


def test_mapping_for_table_remembers_csv_layouts_but_not_vcards(db, tmp_path):
    path = write(tmp_path, "a.csv", "Familie;Wohnort\nBerg;Enger\n")
    table = load_table(path)
    assert mapping_for_table(db, table) == ([cm.NOTES_COLUMN, "city"], False)
    apply_import(db, plan_import(db, table, ["last_name", "city"]))
    assert mapping_for_table(db, load_table(path)) == (["last_name", "city"], True)
    vcard = load_table(FIXTURES / "vcard_40.vcf")
    mapping, remembered = mapping_for_table(db, vcard)
    assert mapping == cm.suggest_mapping(vcard.headers) and not remembered


def test_sheet_names_of_an_excel_file_and_a_clear_error_for_a_missing_one(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Deckblatt"
    wb.create_sheet("Adressen")
    wb.save(tmp_path / "liste.xlsx")
    assert sheet_names(tmp_path / "liste.xlsx") == ["Deckblatt", "Adressen"]
    with pytest.raises(ImportFileError, match="gibt es nicht"):
        sheet_names(tmp_path / "fehlt.xlsx")


def test_names_in_other_scripts_are_not_matched_to_each_other(db, tmp_path):
    import_path(db, write(tmp_path, "a.csv", "Vorname;Nachname;PLZ\nمحمد;العلي;32052\n"))
    plan = plan_import(
        db, load_table(write(tmp_path, "b.csv", "Vorname;Nachname;PLZ;Telefon\nОлена;Коваленко;32052;05221 59890\n"))
    )
    assert [(item.action, item.existing_id) for item in plan.items] == [(CREATE, None)]
