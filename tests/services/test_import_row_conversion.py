"""The named steps of converting one import row, each on its own, with hard data.

Names in Arabic, Persian (with the zero-width non-joiner inside a word), Cyrillic and Turkish;
70-character names; formula text and markup in fields — all must arrive exactly as written.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kidesk.services import column_mapping as cm
from kidesk.services.contact_import import convert_row
from kidesk.services.contact_import.row_conversion import (
    RowConversion,
    collect_cells,
    convert_address,
    convert_email,
    convert_names,
    convert_notes,
    convert_phones,
    convert_salutation,
    convert_volunteer,
    convert_work,
    refuse_without_name,
)
from kidesk.services.tabular_source import ERROR, RawRow

ZWNJ = "\u200c"
PERSIAN_LAST = f"محمدی{ZWNJ}نژاد"
FORMULA = '=HYPERLINK("http://example.org/x";"Klick")'
MARKUP = "<b>Müller & Söhne</b> &amp; <i>"


def conversion(columns: dict[str, str], mapping: dict[str, str] | None = None, number: int = 2) -> RowConversion:
    """A conversion of one row whose headers are ``columns``' keys, mapped as the import would suggest."""
    headers = list(columns)
    targets = [(mapping or {}).get(h) or cm.suggest_mapping([h])[0] for h in headers]
    return RowConversion.start(headers, targets, RawRow(number, list(columns.values())), [])


def messages(conv: RowConversion) -> list[str]:
    return [p.message for p in conv.problems]


# --------------------------------------------------------------------- collecting the cells


def test_collect_cells_orders_by_header_priority_and_routes_notes_and_ignored_columns():
    headers = ["Telefon privat", "Business Phone 2", "Telefon geschäftlich", "Kürzel", "Egal", "Geburtstag"]
    mapping = ["phone", "phone", "phone", cm.NOTES_COLUMN, cm.IGNORE, cm.NOTES_COLUMN]
    notes: list[str] = []
    cells = collect_cells(headers, mapping, RawRow(5, ["05221 3", "05221 2", "05221 1", "AK", "weg", "0.0.00"]), notes)
    assert [c.value for c in cells["phone"]] == ["05221 1", "05221 2", "05221 3"]  # business first, private last
    assert notes == ["Kürzel: AK"]  # Outlook's "0.0.00" is no date at all; ignored columns vanish
    assert set(cells) == {"phone"}


def test_collect_cells_takes_the_phone_kind_from_the_label_column():
    headers = ["Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value"]
    mapping = cm.suggest_mapping(headers)
    cells = collect_cells(headers, mapping, RawRow(2, ["Mobile", "0171 1234567", "Work Fax", "05221 9"]), [])
    assert [c.value for c in cells["mobile"]] == ["0171 1234567"]
    assert [c.value for c in cells["fax"]] == ["05221 9"]


def test_collect_cells_normalises_line_ends_and_names_headerless_columns():
    notes: list[str] = []
    collect_cells(["", "Nachname"], [cm.NOTES_COLUMN, "last_name"], RawRow(2, ["a\r\nb\rc", "Berg"]), notes)
    assert notes == ["Spalte 1: a\nb\nc"]


# --------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("محمد", "العلي"),  # Arabic
        ("نرگس", PERSIAN_LAST),  # Persian, ZWNJ inside the last name
        ("Олена", "Коваленко"),  # Cyrillic
        ("İsmail", "Çelik"),  # Turkish dotted capital I
        ("Ayşe", "Yılmaz"),  # Turkish dotless i
    ],
)
def test_names_in_every_script_arrive_exactly_as_written(first, last):
    conv = conversion({"Vorname": f"  {first} ", "Nachname": last})
    convert_names(conv)
    assert conv.record.fields == {"first_name": first, "last_name": last}
    assert conv.record.notes == [] and conv.problems == []


def test_persian_zwnj_survives_a_full_name_split():
    conv = conversion({"Name": f"نرگس {PERSIAN_LAST}"}, {"Name": "full_name"})
    convert_names(conv)
    assert conv.record.fields == {"first_name": "نرگس", "last_name": PERSIAN_LAST}
    assert ZWNJ in conv.record.fields["last_name"]


@pytest.mark.parametrize(
    ("full", "first", "last"),
    [
        ("Коваленко, Олена", "Олена", "Коваленко"),
        ("Ayşe Nur Yılmaz", "Ayşe Nur", "Yılmaz"),
        ("العلي", None, "العلي"),
    ],
)
def test_full_name_is_split_into_first_and_last(full, first, last):
    conv = conversion({"Name": full}, {"Name": "full_name"})
    convert_names(conv)
    assert conv.record.fields.get("first_name") == first
    assert conv.record.fields["last_name"] == last


def test_full_name_next_to_a_first_name_column_is_the_last_name():
    conv = conversion({"Vorname": "İsmail", "Name": "Çelik"}, {"Name": "full_name"})
    convert_names(conv)
    assert conv.record.fields == {"first_name": "İsmail", "last_name": "Çelik"}


def test_middle_names_join_the_first_name():
    conv = conversion({"Vorname": "Ayşe", "Weitere Vornamen": "Nur", "Nachname": "Yılmaz"})
    convert_names(conv)
    assert conv.record.fields["first_name"] == "Ayşe Nur"


def test_a_display_name_that_repeats_the_name_adds_nothing_but_a_different_one_is_kept():
    same = conversion(
        {"Vorname": "Ayşe", "Nachname": "Yılmaz", "Anzeigename": "Dr. Yilmaz, Ayse"}, {"Anzeigename": "full_name"}
    )
    same.record.fields["title"] = "Dr."
    convert_names(same)
    assert same.record.notes == []
    other = conversion(
        {"Vorname": "Ayşe", "Nachname": "Yılmaz", "Anzeigename": "Ayşe (Elternbeirat)"}, {"Anzeigename": "full_name"}
    )
    convert_names(other)
    assert other.record.notes == ["Anzeigename: Ayşe (Elternbeirat)"]


def test_a_display_name_in_another_script_is_not_lost():
    # fold() reduces Arabic and Cyrillic to nothing; the display name must still count as new
    conv = conversion(
        {"Vorname": "Olena", "Nachname": "Kovalenko", "Anzeigename": "Олена Коваленко"}, {"Anzeigename": "full_name"}
    )
    convert_names(conv)
    assert conv.record.notes == ["Anzeigename: Олена Коваленко"]
    same = conversion(
        {"Vorname": "Олена", "Nachname": "Коваленко", "Anzeigename": "Коваленко, Олена"}, {"Anzeigename": "full_name"}
    )
    convert_names(same)
    assert same.record.notes == []


def test_a_70_character_name_is_kept_whole_and_a_longer_one_is_cut_with_the_full_text_in_the_notes():
    seventy = "Abdurrahman-Mustafa Çelebioğlu-Yıldırım de la Fuente-Khorasani Ibn Hay"
    assert len(seventy) == 70
    conv = conversion({"Vorname": seventy, "Nachname": seventy})
    convert_names(conv)
    assert conv.record.fields == {"first_name": seventy, "last_name": seventy}
    assert conv.problems == [] and conv.record.notes == []
    too_long = ("محمد " * 30).strip()  # 149 characters, the column holds 120
    conv = conversion({"Nachname": too_long})
    convert_names(conv)
    assert conv.record.fields["last_name"] == too_long[:120].rstrip()
    assert conv.record.notes == [f"Nachname (vollständig): {too_long}"]
    assert messages(conv) == ["149 Zeichen, gekürzt auf 120; der volle Text steht in den Notizen."]


def test_formula_and_markup_in_names_stay_text():
    conv = conversion({"Vorname": MARKUP, "Nachname": FORMULA})
    convert_names(conv)
    assert conv.record.fields == {"first_name": MARKUP, "last_name": FORMULA}


def test_a_second_differing_value_of_the_same_field_goes_into_the_notes():
    conv = conversion({"Nachname": "Yılmaz", "Familienname": "Yilmaz-Kaya"})
    convert_names(conv)
    assert conv.record.fields["last_name"] == "Yılmaz"
    assert conv.record.notes == ["Familienname: Yilmaz-Kaya"]


# --------------------------------------------------------------------- salutation


@pytest.mark.parametrize(
    ("text", "salutation", "title"),
    [
        ("Herr Dr.", "mr", "Dr."),
        ("Frau Prof. Dr.", "mrs", "Prof. Dr."),
        ("keine Angabe", None, None),  # "no salutation" is no data: it never fills or changes a contact
        ("divers", "diverse", None),
    ],
)
def test_salutation_and_title_words(text, salutation, title):
    conv = conversion({"Anrede": text})
    convert_salutation(conv)
    assert conv.record.fields.get("salutation") == salutation
    assert conv.record.fields.get("title") == title
    assert conv.problems == []


def test_unknown_salutation_goes_into_the_notes_with_a_warning():
    conv = conversion({"Anrede": "<b>&"})
    convert_salutation(conv)
    assert "salutation" not in conv.record.fields
    assert conv.record.notes == ["Anrede: <b>&"]
    assert messages(conv)[0].startswith("Anrede „<b>&“ nicht erkannt (erwartet z. B. Frau, Herr, divers, Mr, Mrs")
    assert messages(conv)[0].endswith("steht in den Notizen; bitte die Anrede im Kontakt wählen.")


# --------------------------------------------------------------------- organisation and work


def test_work_fields_and_organisation_keep_markup_and_formulas_as_text():
    conv = conversion({"Firma": MARKUP, "Position": FORMULA, "Abteilung": "قسم الاندماج", "Raum": "1.30"})
    convert_work(conv)
    assert conv.record.organisation == MARKUP
    assert conv.record.fields == {"function": FORMULA, "department": "قسم الاندماج", "room": "1.30"}


def test_a_too_long_organisation_is_cut_at_250_characters():
    name = "Verein " + "ä" * 260
    conv = conversion({"Organisation": name})
    convert_work(conv)
    assert conv.record.organisation == name[:250]
    assert conv.record.notes == [f"Organisation (vollständig): {name}"]


# --------------------------------------------------------------------- address


def test_address_defaults_to_germany_and_joins_extra_street_lines():
    conv = conversion(
        {"Straße": "Bielefelder Straße 8", "Adresszusatz": "Hinterhaus", "PLZ": "32052", "Ort": "Herford"}
    )
    assert convert_address(conv) == "DE"
    assert conv.record.fields == {
        "country": "DE",
        "street": "Bielefelder Straße 8, Hinterhaus",
        "postcode": "32052",
        "city": "Herford",
    }
    assert conv.problems == []


def test_unknown_country_stays_as_written_and_never_becomes_germany():
    conv = conversion({"Land": "Absurdistan", "PLZ": "1010"})
    assert convert_address(conv) is None
    assert conv.record.fields["country"] == ""  # not "DE"
    assert conv.record.notes == ["Land: Absurdistan"]
    assert messages(conv) == [
        "Land „Absurdistan“ nicht erkannt – steht so in den Notizen; das Land bleibt leer (bitte im Kontakt wählen). "
        "PLZ und Telefon werden nicht nach deutschen Regeln geprüft."
    ]  # no German postcode warning for an address abroad
    assert conv.record.fields["postcode"] == "1010"  # kept as written


def test_four_digit_postcode_in_germany_hints_at_a_lost_leading_zero():
    conv = conversion({"PLZ": "1010"})
    assert convert_address(conv) == "DE"
    assert "Fehlt eine führende Null" in messages(conv)[0]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("United States of America", "US"),
        ("Canada", "CA"),
        ("Greece", "GR"),
        ("Indonesia", "ID"),
        ("Perú", "PE"),
        ("Cayman Islands", "KY"),
        ("Griechenland", "GR"),
        ("Vereinigte Staaten", "US"),
        ("Türkiye", "TR"),
        ("USA", "US"),
    ],
)
def test_countries_in_english_german_and_iso_codes_are_recognised(written, code):
    conv = conversion({"Land": written, "PLZ": "90210"})
    assert convert_address(conv) == code
    assert conv.record.fields["country"] == code


def test_a_foreign_postcode_is_checked_for_its_country():
    conv = conversion({"Land": "Türkiye", "PLZ": "34000", "Ort": "İstanbul"})
    assert convert_address(conv) == "TR"
    assert conv.record.fields["city"] == "İstanbul"


# --------------------------------------------------------------------- e-mail and phones


def test_email_loses_mailto_and_an_invalid_one_goes_into_the_notes():
    conv = conversion({"E-Mail": "mailto:ayse@awo-herford.de"})
    convert_email(conv)
    assert conv.record.fields == {"email": "ayse@awo-herford.de"}
    bad = conversion({"E-Mail": FORMULA})
    convert_email(bad)
    assert "email" not in bad.record.fields
    assert bad.record.notes == [f"E-Mail: {FORMULA}"]
    assert messages(bad)[0].endswith("– steht in den Notizen.")


def test_phones_are_kept_as_written_and_a_bad_one_is_reported():
    conv = conversion({"Telefon": "05221 13-1180", "Mobil": "0171 1234567", "Fax": "=1+1"})
    convert_phones(conv, "DE")
    assert conv.record.fields == {"phone": "05221 13-1180", "mobile": "0171 1234567", "fax": "=1+1"}
    assert len(conv.problems) == 1 and conv.problems[0].column == "Fax"


# --------------------------------------------------------------------- volunteer


def test_volunteer_dates_are_read_by_the_shared_date_rule():
    conv = conversion(
        {
            "Ehrenamtlich": "ja",
            "Aktiv seit": "27.2.2008",
            "Einwilligung am": "2024-03-01",
            "Führungszeugnis eingesehen am": "31.02.2024",
        },
    )
    convert_volunteer(conv)
    assert conv.record.volunteer == {"active_since": dt.date(2008, 2, 27), "consent_given_on": dt.date(2024, 3, 1)}
    assert messages(conv) == ["ungültiges Datum „31.02.2024“ (erwartet TT.MM.JJJJ) – steht in den Notizen."]
    assert conv.record.notes == ["Führungszeugnis eingesehen am: 31.02.2024"]


def test_volunteer_languages_status_and_areas():
    conv = conversion(
        {
            "Status (Ehrenamt)": "pausiert",
            "Sprachkenntnisse (Ehrenamt)": "Türkisch (C1); العربية (Muttersprache), Русский, Türkisch (B2)",
            "Engagementbereiche": "Sprachcafé\nBegleitung; Sprachcafé",
        }
    )
    convert_volunteer(conv)
    assert conv.record.volunteer == {
        "status": "paused",
        "languages": [("Türkisch", "C1"), ("العربية", "native"), ("Русский", None)],
        "engagements": ["Sprachcafé", "Begleitung"],
    }


def test_volunteer_no_with_volunteer_details_is_taken_as_volunteer():
    conv = conversion({"Ehrenamtlich": "nein", "Kommune (Ehrenamt)": "Enger"})
    convert_volunteer(conv)
    assert conv.record.volunteer == {"municipality": "Enger"}
    assert "als ehrenamtlich übernommen" in messages(conv)[0]


def test_no_volunteer_columns_no_profile():
    conv = conversion({"Ehrenamtlich": "nein"})
    convert_volunteer(conv)
    assert conv.record.volunteer is None and conv.problems == []


# --------------------------------------------------------------------- notes and refusal


def test_the_notes_column_comes_before_unmapped_columns():
    conv = conversion({"Kürzel": FORMULA, "Notizen": "<b>&"}, {"Kürzel": cm.NOTES_COLUMN})
    convert_notes(conv)
    assert conv.record.notes == ["<b>&", f"Kürzel: {FORMULA}"]


def test_a_row_without_any_name_is_refused_with_one_error_only():
    conv = conversion({"Ort": "Herford", "E-Mail": "kaputt"})
    first_problem = len(conv.problems)
    convert_names(conv)
    convert_email(conv)
    assert conv.problems  # the e-mail warning …
    assert refuse_without_name(conv, first_problem)
    assert [(p.severity, p.message) for p in conv.problems] == [
        (ERROR, "kein Name – wird nicht importiert.")  # … is dropped for the refusal
    ]


def test_convert_row_runs_every_step():
    headers = [
        "Anrede",
        "Vorname",
        "Nachname",
        "Organisation",
        "E-Mail",
        "Telefon",
        "PLZ",
        "Ort",
        "Notizen",
        "Ehrenamtlich",
    ]
    values = [
        "Frau Dr.",
        "نرگس",
        PERSIAN_LAST,
        MARKUP,
        "narges@example.org",
        "05221 59890",
        "32052",
        "Herford",
        FORMULA,
        "ja",
    ]
    problems: list = []
    record = convert_row(headers, cm.suggest_mapping(headers), RawRow(3, values), problems)
    assert record is not None and problems == []
    assert record.fields == {
        "salutation": "mrs",
        "title": "Dr.",
        "first_name": "نرگس",
        "last_name": PERSIAN_LAST,
        "email": "narges@example.org",
        "phone": "05221 59890",
        "postcode": "32052",
        "city": "Herford",
        "country": "DE",
    }
    assert record.organisation == MARKUP
    assert record.notes == [FORMULA]
    assert record.volunteer == {}
    assert record.label == f"{PERSIAN_LAST}, نرگس"
