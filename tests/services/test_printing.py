"""The printing service: records from a real SQLite database to PDFs, read back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kidesk.db import settings
from kidesk.db.models import Contact, Organisation
from kidesk.errors import NotFound, UserError, ValidationError
from kidesk.pdf.sheets import CARD_TEMPLATES, LABEL_TEMPLATES
from kidesk.services import printing
from kidesk.services.series_progress import series_progress
from tests.pdf.pdf_reading import (
    all_text,
    assert_fonts_embedded_dejavu,
    assert_print_scaling_none,
    char_boxes_mm,
    page_count,
    pages_lines,
    visual,
)
from tests.print_fixtures import NAMES, build_print_data


@pytest.fixture
def data(db):
    return build_print_data(db)


def test_one_staff_member_fills_the_sheet_from_the_start_position(db, data):
    pdf = printing.print_cards(db, template="C32011", contact_ids=[data.staff], start=3)
    assert page_count(pdf) == 1
    assert all_text(pdf).count("Gudrun Kirchhoff") == 8
    assert_fonts_embedded_dejavu(pdf)
    assert_print_scaling_none(pdf)


def test_cards_for_several_people_and_default_staff(db, data):
    pdf = printing.print_cards(db, template="32015", contact_ids=[data.turkish, data.farsi])
    text = all_text(pdf)
    assert "Dr. Ayşe Yılmaz" in text and visual(NAMES["farsi"]) in text and "A & B <GmbH>" in text
    staff_only = all_text(printing.print_cards(db, template="a4-cropmarks", contact_ids=[], copies=1))
    assert staff_only.count("Gudrun Kirchhoff") == 1 and "Yılmaz" not in staff_only


def test_card_calibration_offset_from_settings_is_applied(db, data):
    before = char_boxes_mm(
        printing.print_cards(db, template="C32011", contact_ids=[data.staff], copies=1, with_qr=False)
    )
    with db.session() as s:
        settings.set_calibration(s, "C32011", 1.5, 2.0)
    after = char_boxes_mm(
        printing.print_cards(db, template="C32011", contact_ids=[data.staff], copies=1, with_qr=False)
    )
    assert after[0][1] - before[0][1] == pytest.approx(1.5, abs=0.01)
    assert after[0][2] - before[0][2] == pytest.approx(2.0, abs=0.01)


def test_vcard_is_version_3_and_names_the_person(db, data):
    with db.session() as s:
        staff = s.get(Contact, data.staff)
        card = printing.records.business_card(staff)
    assert card.vcard.startswith("BEGIN:VCARD") and "VERSION:3.0" in card.vcard
    assert "FN:Gudrun Kirchhoff" in card.vcard and "g.kirchhoff@kreis-herford.de" in card.vcard


def test_labels_for_an_event_invite_list(db, data):
    pdf = printing.print_labels(db, template="3475", event_id=data.event)
    text = all_text(pdf)
    for key in ("turkish", "cyrillic", "arabic", "farsi", "german"):
        assert visual(NAMES[key]) in text, key
    assert "Ohneadresse" not in text  # declined
    assert "A & B <GmbH>" in text  # Dr. Yılmaz has no own address: her organisation's
    assert "Frau" in text.splitlines() and "Herrn" in text.splitlines()
    assert "ÖSTERREICH" in text and "DEUTSCHLAND" not in text
    assert_fonts_embedded_dejavu(pdf)


def test_label_for_contact_without_address_names_the_contact(db, data):
    with pytest.raises(printing.ContactWithoutAddress, match="Otto Ohneadresse"):
        printing.print_labels(db, template="3474", contact_ids=[data.german, data.no_address])


def test_labels_need_exactly_one_source_and_a_known_template(db, data):
    with pytest.raises(ValidationError):
        printing.print_labels(db, template="3474")
    with pytest.raises(ValidationError, match="3474"):
        printing.print_labels(db, template="C32011", contact_ids=[data.german])
    with pytest.raises(NotFound):
        printing.print_labels(db, template="3474", contact_ids=[9999])


def test_event_without_participants_is_named(db, data):
    for call in (printing.print_attendance, printing.print_badges, printing.print_invitations):
        with pytest.raises(UserError, match="Netzwerktreffen widunetz"):
            call(db, event_id=data.empty_event)
    with pytest.raises(UserError, match="Netzwerktreffen widunetz"):
        printing.print_labels(db, template="3475", event_id=data.empty_event)


def test_invitations_one_letter_per_invitee_with_salutations(db, data, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # compared byte for byte below
    pdf = printing.print_invitations(db, event_id=data.event, form="A", letter_date=dt.date(2017, 5, 10))
    pages = ["\n".join(line.text for line in page) for page in pages_lines(pdf)]
    assert len(pages) == 5  # five guests; the speaker and the declined contact get none
    text = "\n".join(pages)
    assert "Sehr geehrte Frau Dr. Yılmaz," in text
    assert "Sehr geehrter Herr Größmann," in text
    assert visual("Sehr geehrter Herr الأحمد,") in text
    assert "Guten Tag Ольга Петрова," in text  # divers
    assert visual(f"Guten Tag {NAMES['farsi']},") in text  # none
    assert "Einladung zum 3. Modul „Fit für den Konsumalltag“" in text
    assert "Dienstag, 6. Juni 2017, 17.00 bis 19.30 Uhr" in text
    assert "Kreishaus Herford, Ebene 3" in text
    assert "01.06.2017" in text and "10.05.2017" in text
    assert "Gudrun Kirchhoff" in text  # speaker named, and sender in the information block
    assert "DRK Kreisverband Herford-Stadt e.V." in " ".join(text.split())  # may wrap after the colon
    assert "Kommunales Integrationszentrum" in text  # letterhead
    assert_fonts_embedded_dejavu(pdf)
    assert_print_scaling_none(pdf)
    again = printing.print_invitations(db, event_id=data.event, form="A", letter_date=dt.date(2017, 5, 10))
    assert again == pdf


def test_invitation_body_template_placeholders(db, data):
    body = "Liebe Gäste,\n\n$titel am $datum um $uhrzeit, $ort_zeile. Unbekannt: $gibtsnicht.\n\nReferent/innen: $referenten"
    pdf = printing.print_invitations(
        db, event_id=data.event, contact_ids=[data.german], body_template=body, letter_date=dt.date(2017, 5, 10)
    )
    text = all_text(pdf)
    assert "Fit für den Konsumalltag am Dienstag, 6. Juni 2017 um 17.00 bis 19.30 Uhr" in text
    assert "Unbekannt: $gibtsnicht." in text
    assert "Referent/innen: Gudrun Kirchhoff" in text


def test_invitations_need_our_organisation(db, data):
    with db.session() as s:
        settings.put(s, settings.OWN_ORGANISATION_ID, None)
    with pytest.raises(UserError, match="eigene Organisation"):
        printing.print_invitations(db, event_id=data.event)


def test_broken_logo_is_a_clear_error(db, data):
    with db.session() as s:
        s.get(Organisation, data.own_org).logo = b"this is no image"
    with pytest.raises(UserError, match="Kommunales Integrationszentrum"):
        printing.print_invitations(db, event_id=data.event)


def test_attendance_list_rows_sorted_with_blank_rows(db, data):
    pdf = printing.print_attendance(db, event_id=data.event, blank_rows=3)
    lines = [line.text for line in pages_lines(pdf)[0]]
    names = [t for t in lines if "," in t and not t.startswith(("Dienstag", "Kreishaus"))]
    # registered/invited/attended; declined is missing; sorted by last name (Latin before others)
    assert names[:3] == ["Größmann, Jürgen", "Kirchhoff, Gudrun", "Yılmaz, Ayşe, Dr."]
    text = "\n".join(lines)
    assert "Ohneadresse" not in text
    assert "Seite 1 von 1" in text
    assert "9" in lines and "10" not in lines  # 6 people + 3 blank rows, numbered


def test_badges_for_participants(db, data):
    pdf = printing.print_badges(db, event_id=data.event)
    text = all_text(pdf)
    assert "Referent/in" in text and "Gudrun Kirchhoff" in text
    assert page_count(pdf) == 2  # 6 badges, 4 per sheet


def test_flyer_from_the_event(db, data):
    pdf = printing.print_flyer(db, event_id=data.event, size="A5")
    text = " ".join(all_text(pdf).split())  # the grown title may take two lines
    for expected in (
        "Fit für den Konsumalltag",
        "3. Modul",
        "Gefördert durch",
        "In Kooperation mit",
        "Ministerium für Kinder",
        "Gudrun Kirchhoff",
    ):
        assert expected in text
    assert_fonts_embedded_dejavu(pdf)


def test_series_progress_applies_the_rule(db, data):
    with db.session() as s:
        progress = {p.name: p for p in series_progress(s, data.series)}
    assert progress["Ольга Петрова"].meets_rule and progress["Ольга Петрова"].attended_count == 3
    arabic = progress["محمد الأحمد"]
    assert arabic.meets_rule and arabic.missing == [2] and arabic.required == 2
    assert not progress["Jürgen Größmann"].meets_rule
    assert not progress["Dr. Ayşe Yılmaz"].meets_rule and progress["Dr. Ayşe Yılmaz"].attended_count == 0


def test_certificates_only_for_those_who_meet_the_rule(db, data):
    pdf = printing.print_certificates(db, series_id=data.series, issued_on=dt.date(2017, 7, 1))
    pages = ["\n".join(line.text for line in page) for page in pages_lines(pdf)]
    assert len(pages) == 2
    assert any("Ольга Петрова" in p and "an 3 von 3 Modulen" in p for p in pages)
    assert any(visual("محمد الأحمد") in p and "an 2 von 3 Modulen" in p for p in pages)
    assert "Größmann" not in "\n".join(pages)
    assert "Herford, 01.07.2017" in pages[0]
    assert_fonts_embedded_dejavu(pdf)


def test_certificates_without_anyone_meeting_the_rule(db, data):
    with db.session() as s:
        from kidesk.db.models import EventSeries

        s.get(EventSeries, data.series).certificate_min_modules = None
        s.get(EventSeries, data.series).module_count = 5
    with pytest.raises(UserError, match="Basisqualifikation"):
        printing.print_certificates(db, series_id=data.series)


@pytest.mark.parametrize("template", [*CARD_TEMPLATES, *LABEL_TEMPLATES])
def test_calibration_sheet_for_every_template(db, template):
    pdf = printing.print_calibration_sheet(db, template=template)
    assert "Position 1" in all_text(pdf)
    assert_print_scaling_none(pdf)


def test_skip_missing_leaves_out_contacts_without_address(db, data):
    assert printing.contacts_without_address(db, contact_ids=[data.german, data.no_address]) == [
        (data.no_address, "Otto Ohneadresse")
    ]
    pdf = printing.print_labels(db, template="3475", contact_ids=[data.german, data.no_address], skip_missing=True)
    text = all_text(pdf)
    assert "Jürgen Größmann" in text and "Ohneadresse" not in text
    with pytest.raises(UserError):
        printing.print_labels(db, template="3475", contact_ids=[data.no_address], skip_missing=True)


def test_several_contacts_without_address_are_named_together(db, data):
    with db.session() as s:
        s.add(Contact(first_name="Zweite", last_name="Ohneadresse"))
        s.flush()
        second = s.scalar(select(Contact.id).where(Contact.first_name == "Zweite"))
    with pytest.raises(printing.ContactWithoutAddress, match="2 Kontakte.*Otto Ohneadresse.*Zweite Ohneadresse"):
        printing.print_labels(db, template="3475", contact_ids=[data.no_address, second])


def test_certificates_print_without_our_organisation_set(db, data):
    with db.session() as s:
        settings.put(s, settings.OWN_ORGANISATION_ID, None)
    pdf = printing.print_certificates(db, series_id=data.series, issued_on=dt.date(2017, 7, 1))
    text = all_text(pdf)
    assert "Teilnahmebescheinigung" in text and "01.07.2017" in text and "Herford, 01.07.2017" not in text


def test_every_product_is_deterministic(db, data, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # the creation date is real otherwise
    runs = [
        lambda: printing.print_cards(db, template="a4-cropmarks", contact_ids=[data.staff, data.farsi], copies=2),
        lambda: printing.print_labels(db, template="3474", event_id=data.event),
        lambda: printing.print_badges(db, event_id=data.event, layout="a6"),
        lambda: printing.print_invitations(db, event_id=data.event, form="B", letter_date=dt.date(2017, 5, 10)),
        lambda: printing.print_flyer(db, event_id=data.event),
        lambda: printing.print_attendance(db, event_id=data.event),
        lambda: printing.print_certificates(db, series_id=data.series, issued_on=dt.date(2017, 7, 1)),
    ]
    for run in runs:
        first = run()
        assert first == run()
        assert_fonts_embedded_dejavu(first)
        assert_print_scaling_none(first)


def test_every_event_product_sorts_in_german_dictionary_order(db, data):
    """DIN 5007-1 like the app's lists: Çetin with C, Kılıç before Kröger, Şimşek with S, Latin
    before Cyrillic and Arabic — not casefold(), which put Ç and Ş after Wolf (issue 15)."""
    from kidesk.db import queries
    from kidesk.db.models import Event, Participation

    with db.session() as s:
        event = s.get(Event, data.event)
        for last, first in [
            ("Wolf", "Anna"),
            ("Şimşek", "Elif"),
            ("Çetin", "Mehmet"),
            ("Kröger", "Uwe"),
            ("Kılıç", "Can"),
        ]:
            contact = Contact(
                first_name=first, last_name=last, street="Hauptstraße 1", postcode="32052", city="Herford"
            )
            p = Participation(contact=contact, role="guest")
            event.participations.append(p)
            queries.set_participation_status(p, "registered", when=dt.datetime(2017, 5, 1, 9))
        s.commit()
    expected = ["Çetin", "Größmann", "Kılıç", "Kirchhoff", "Kröger", "Şimşek", "Wolf", "Yılmaz"]

    def order(text: str) -> list[str]:
        positions = {name: text.find(name) for name in expected}
        assert all(p >= 0 for p in positions.values()), positions
        return sorted(expected, key=positions.__getitem__)

    attendance = all_text(printing.print_attendance(db, event_id=data.event))
    assert order(attendance) == expected
    assert attendance.find("Yılmaz") < attendance.find(visual("Петрова")) < attendance.find(visual("الأحمد"))
    assert order(all_text(printing.print_badges(db, event_id=data.event, layout="a6"))) == expected
    labels = all_text(printing.print_labels(db, template="3477", event_id=data.event, skip_missing=True))
    present = [name for name in expected if name in labels]
    assert len(present) >= 6 and sorted(present, key=labels.find) == present


def test_what_had_to_be_shortened_is_reported_in_the_service_result(db, data):
    with db.session() as s:
        contact = Contact(
            first_name="Maximiliane-Friederike Alexandra Theodora",
            last_name="von Hohenzollern-Sigmaringen-Wittelsbach-Ansbach-Bayreuth-Kulmbach",
            street="Lübbecker Straße 12",
            postcode="32278",
            city="Kirchlengern",
        )
        s.add(contact)
        s.commit()
        contact_id = contact.id
    pdf = printing.print_labels(db, template="3474", contact_ids=[contact_id, data.turkish])
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
    assert [n.record for n in pdf.notices] == ["Etikett " + contact.full_name] * len(pdf.notices) and pdf.notices
    assert "gekürzt" in pdf.notices[0].message()
    clean = printing.print_labels(db, template="3477", contact_ids=[data.turkish])
    assert clean.notices == ()
