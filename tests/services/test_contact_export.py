"""Exports: Excel-friendly CSV, typed XLSX, vCard; round trips through the import; consent."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from kidesk.db.database import open_database
from kidesk.db.models import Affiliation, Contact, Event, Organisation, Participation, Volunteer
from kidesk.errors import NotFound
from kidesk.services.contact_export import CONTACT_HEADERS, ExportError, ExportResult, events_for_export, export
from kidesk.services.contact_import import apply_import, load_table, plan_import

COMPARED = (
    "salutation",
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
    "country",
    "languages",
    "notes",
)


KIM_CONSENT = dt.date.today() - dt.timedelta(days=60)


def add_people(db):
    with db.session() as s:
        awo = Organisation(name="AWO Kreisverband Herford e.V.", kind="welfare", city="Herford")
        ki = Organisation(name="Kreis Herford – Kommunales Integrationszentrum", kind="municipality")
        s.add_all([awo, ki])
        s.add(
            Contact(
                salutation="mrs",
                title="Dr.",
                first_name="Ayşe",
                last_name="Yılmaz",
                function="Leitung; Beratung",
                department="Migration",
                phone="05221 59890",
                mobile="0160 1234567",
                fax="05221 59891",
                email="ayse@awo-herford.de",
                room="1.30",
                street="Bielefelder Straße 8",
                postcode="01067",
                city="Herford",
                country="DE",
                languages="Deutsch, Türkisch",
                notes='Mehrzeilig\n"zitiert"; mit Semikolon\nعربى',
                affiliations=[Affiliation(organisation=awo, is_primary=True)],
            )
        )
        s.add(
            Contact(
                salutation="mr", first_name="Jürgen", last_name="Müller", affiliations=[Affiliation(organisation=ki)]
            )
        )
        s.add(Contact(last_name="Nur Nachname", country="AT", city="Wien", postcode="1010"))
        s.add(
            Contact(
                salutation="diverse",
                first_name="Kim",
                last_name="Berg",
                email="kim@example.org",
                volunteer=Volunteer(
                    consent_share_with_partners=True,
                    consent_given_on=KIM_CONSENT,  # valid: younger than 24 months (issue 13)
                    active_since=dt.date(2023, 5, 2),
                    municipality="Enger",
                ),
            )
        )
        s.add(
            Contact(
                first_name="Lea", last_name="Ohne Einwilligung", volunteer=Volunteer(consent_share_with_partners=False)
            )
        )


def snapshot(db):
    with db.session() as s:
        result = []
        for c in s.scalars(select(Contact).order_by(Contact.last_name, Contact.first_name)):
            orgs = sorted(a.organisation.name for a in c.affiliations)
            result.append(tuple(getattr(c, f) for f in COMPARED) + (tuple(orgs),))
        return result


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf"])
def test_round_trip_gives_the_same_records(db, tmp_path, fmt):
    add_people(db)
    out = tmp_path / f"kontakte.{fmt}"
    result = export(db, "contacts", out, internal=True)  # the office's own full list
    assert result.count == 5
    other = open_database(tmp_path / "other.sqlite")
    try:
        plan = plan_import(other, load_table(out))
        assert not [p for p in plan.problems if p.severity == "error"], plan.problem_lines()
        apply_import(other, plan)
        assert snapshot(other) == snapshot(db)
    finally:
        other.dispose()


def test_contacts_for_partners_leave_out_volunteers_without_consent(db, tmp_path):
    add_people(db)
    result = export(db, "contacts", tmp_path / "k.csv")
    assert (result.count, result.excluded_without_consent) == (4, 1)


def test_csv_is_excel_friendly(db, tmp_path):
    add_people(db)
    out = tmp_path / "k.csv"
    export(db, "contacts", out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ";".join(CONTACT_HEADERS).encode("utf-8") + b"\r\n")
    assert b'"Leitung; Beratung"' in data
    assert not (tmp_path / "k.csv.part").exists()


def test_xlsx_has_typed_columns(db, tmp_path):
    add_people(db)
    out = tmp_path / "e.xlsx"
    export(db, "volunteers", out)
    ws = openpyxl.load_workbook(out).active
    headers = [c.value for c in ws[1]]
    row = [c.value for c in ws[2]]
    values = dict(zip(headers, row, strict=True))
    assert values["Einwilligung am"] == dt.datetime.combine(KIM_CONSENT, dt.time())
    assert ws.cell(row=2, column=headers.index("Einwilligung am") + 1).number_format == "DD.MM.YYYY"
    assert values["Einwilligung Weitergabe an Partner"] is True
    assert values["Nachname"] == "Berg"


def test_volunteers_without_consent_are_left_out_unless_internal(db, tmp_path):
    add_people(db)
    result = export(db, "volunteers", tmp_path / "v.csv")
    assert (result.count, result.excluded_without_consent) == (1, 1)
    text = (tmp_path / "v.csv").read_text(encoding="utf-8-sig")
    assert "Berg" in text and "Ohne Einwilligung" not in text
    assert "ohne Einwilligung" in result.summary("volunteers")
    result = export(db, "volunteers", tmp_path / "v2.csv", internal=True)
    assert (result.count, result.excluded_without_consent) == (2, 0)
    assert "Ohne Einwilligung" in (tmp_path / "v2.csv").read_text(encoding="utf-8-sig")


def test_participants_of_an_event_respect_consent(db, tmp_path):
    add_people(db)
    with db.session() as s:
        event = Event(title="Dankeschön-Fest", starts_at=dt.datetime(2026, 7, 2, 15, 0))
        s.add(event)
        for c in s.scalars(select(Contact)):
            s.add(Participation(event=event, contact=c, status="registered"))
        s.flush()
        event_id = event.id
    result = export(db, "participants", tmp_path / "p.xlsx", event_id=event_id)
    assert (result.count, result.excluded_without_consent) == (4, 1)
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    names = [r[3] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert "Ohne Einwilligung" not in names and "Müller" in names
    assert ws.cell(row=2, column=len(CONTACT_HEADERS) + 3).value == "angemeldet"
    with pytest.raises(NotFound):
        export(db, "participants", tmp_path / "x.csv", event_id=999)


def test_organisations_export(db, tmp_path):
    add_people(db)
    for fmt in ("csv", "xlsx", "vcf"):
        result = export(db, "organisations", tmp_path / f"o.{fmt}")
        assert result.count == 2
    assert "BEGIN:VCARD" in (tmp_path / "o.vcf").read_text(encoding="utf-8")
    assert "Wohlfahrtsverband" in (tmp_path / "o.csv").read_text(encoding="utf-8-sig")


def test_unknown_extension_is_refused(db, tmp_path):
    with pytest.raises(ExportError, match=".csv, .xlsx oder .vcf"):
        export(db, "contacts", tmp_path / "x.pdf")


def volunteer_snapshot(db):
    with db.session() as s:
        result = []
        for v in s.scalars(select(Volunteer).join(Volunteer.contact).order_by(Contact.last_name)):
            result.append(
                (
                    v.contact.last_name,
                    v.status,
                    v.active_since,
                    v.municipality,
                    v.availability,
                    v.consent_given_on,
                    v.consent_photos,
                    v.consent_newsletter,
                    v.consent_share_with_partners,
                    v.police_certificate_inspected_on,
                    sorted(e.area for e in v.engagements),
                    sorted((lang.language, lang.level) for lang in v.languages),
                )
            )
        return result


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_internal_volunteer_list_round_trip(db, tmp_path, fmt):
    from kidesk.db.models import VolunteerEngagement, VolunteerLanguage

    add_people(db)
    with db.session() as s:
        v = s.scalars(select(Volunteer).join(Volunteer.contact).where(Contact.last_name == "Berg")).one()
        v.status = "paused"
        v.availability = "Di/Do nachmittags"
        v.consent_photos = True
        v.police_certificate_inspected_on = dt.date(2025, 1, 15)
        v.engagements += [
            VolunteerEngagement(area="Sprachpatenschaft"),
            VolunteerEngagement(area="Begleitung zu Behörden"),
        ]
        v.languages += [
            VolunteerLanguage(language="Arabisch", level="native"),
            VolunteerLanguage(language="Englisch", level="B2"),
            VolunteerLanguage(language="Kurdisch"),
        ]
    out = tmp_path / f"ehrenamt.{fmt}"
    export(db, "volunteers", out, internal=True)
    other = open_database(tmp_path / "other.sqlite")
    try:
        plan = plan_import(other, load_table(out))
        assert not [p for p in plan.problems if p.severity != "info"], plan.problem_lines()
        apply_import(other, plan)
        assert volunteer_snapshot(other) == volunteer_snapshot(db)
    finally:
        other.dispose()


def test_csv_cells_never_start_a_formula_and_import_undoes_the_guard(db, tmp_path):
    values = {"notes": '=HYPERLINK("http://x")', "function": "@SUM(A1)", "department": "'=schon", "phone": "+49 5221 1"}
    with db.session() as s:
        s.add(Contact(last_name="-Minus", **values))
    export(db, "contacts", tmp_path / "k.csv")
    text = (tmp_path / "k.csv").read_text(encoding="utf-8-sig")
    assert ";'-Minus;" in text and "'@SUM(A1)" in text and "\"'=HYPERLINK" in text and ";''=schon;" in text
    assert ";+49 5221 1;" in text  # a phone number stays readable
    other = open_database(tmp_path / "other.sqlite")
    try:
        apply_import(other, plan_import(other, load_table(tmp_path / "k.csv")))
        with other.session() as s:
            c = s.scalars(select(Contact)).one()
            assert c.last_name == "-Minus"
            assert {key: getattr(c, key) for key in values} == values
    finally:
        other.dispose()


def test_organisation_column_follows_the_one_primary_organisation_rule(db, tmp_path):
    # Alpha was the primary organisation but the affiliation has ended; Zeta is current.
    # The rule (kidesk.domain.affiliations) says Zeta — as on letters and badges.
    with db.session() as s:
        alpha, zeta = Organisation(name="Alpha e.V."), Organisation(name="Zeta gGmbH")
        s.add(
            Contact(
                last_name="Kaya",
                affiliations=[
                    Affiliation(organisation=alpha, is_primary=True, valid_to=dt.date(2020, 12, 31)),
                    Affiliation(organisation=zeta),
                ],
            )
        )
    for fmt in ("csv", "xlsx", "vcf"):
        export(db, "contacts", tmp_path / f"k.{fmt}")
    csv_rows = (tmp_path / "k.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_rows[1].split(";")[CONTACT_HEADERS.index("Organisation")] == "Zeta gGmbH"
    ws = openpyxl.load_workbook(tmp_path / "k.xlsx").active
    assert ws.cell(row=2, column=CONTACT_HEADERS.index("Organisation") + 1).value == "Zeta gGmbH"
    assert "ORG:Zeta gGmbH" in (tmp_path / "k.vcf").read_text(encoding="utf-8")


def test_dates_in_csv_are_written_as_the_office_reads_them(db, tmp_path):
    with db.session() as s:
        event = Event(title="Sprachcafé <b>&", starts_at=dt.datetime(2026, 3, 5, 17, 30))
        s.add(
            Participation(
                event=event,
                status="registered",
                contact=Contact(
                    last_name="Berg",
                    volunteer=Volunteer(
                        consent_share_with_partners=True,
                        consent_given_on=dt.date(2024, 1, 15),
                        active_since=dt.date(2024, 2, 1),
                    ),
                ),
            )
        )
        s.flush()
        event_id = event.id
    # internal lists: the consent of 2024 has expired since (issue 13), the dates are what is tested here
    export(db, "participants", tmp_path / "p.csv", event_id=event_id, internal=True)
    export(db, "volunteers", tmp_path / "v.csv", internal=True)
    assert ";Sprachcafé <b>& (05.03.2026);" in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    volunteers = (tmp_path / "v.csv").read_text(encoding="utf-8-sig")
    assert ";01.02.2024;" in volunteers and ";15.01.2024;" in volunteers


def test_events_for_export_lists_every_event_oldest_first(db):
    assert events_for_export(db) == []
    with db.session() as s:
        s.add(Event(title="Dankeschön-Fest", starts_at=dt.datetime(2026, 7, 2, 15)))
        s.add(Event(title="Neujahrsempfang", starts_at=dt.datetime(2026, 1, 9, 18)))
    choices = events_for_export(db)
    assert [c.label for c in choices] == ["Neujahrsempfang (09.01.2026)", "Dankeschön-Fest (02.07.2026)"]
    assert all(isinstance(c.id, int) for c in choices)


def test_summary_names_the_cli_switch_only_for_the_cli(tmp_path):
    result = ExportResult(tmp_path / "k.csv", 4, 1)
    assert result.summary("contacts").endswith("wurden weggelassen (mit --intern für interne Listen alle ausgeben).")
    assert result.summary("contacts", cli_hint=False).endswith("wurden weggelassen.")
    assert "--intern" not in ExportResult(tmp_path / "k.csv", 4).summary("contacts")
