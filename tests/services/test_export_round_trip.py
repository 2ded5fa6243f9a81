"""Issue 11 item 6: exports that come back whole (XLSX: one sheet per table), and formats that say
what they cannot carry."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kidesk.db.database import open_database
from kidesk.db.models import (
    Affiliation,
    Contact,
    Organisation,
    Volunteer,
    VolunteerEngagement,
    VolunteerHours,
    VolunteerLanguage,
)
from kidesk.services.contact_export import export
from kidesk.services.contact_import import apply_import, load_table, plan_import

ZWNJ = "\u200c"
CONTACT_FIELDS = (
    "salutation title first_name last_name function department phone mobile fax email room street postcode city "
    "country languages notes is_staff"
).split()
PROFILE_FIELDS = (
    "status active_since municipality availability agreement_signed_on consent_given_on consent_photos "
    "consent_newsletter consent_share_with_partners police_certificate_inspected_on police_certificate_due_on notes"
).split()


def _lines(value):
    """The import writes line breaks as the editor does (CR LF and CR become LF): compare so."""
    return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value


def _world(db) -> list[tuple]:
    """Everything a person is in the database, without IDs, sorted: what a round trip must keep."""
    with db.session() as s:
        contacts = s.scalars(
            select(Contact).options(
                selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
                selectinload(Contact.volunteer).options(
                    selectinload(Volunteer.engagements),
                    selectinload(Volunteer.languages),
                    selectinload(Volunteer.hours).selectinload(VolunteerHours.organisation),
                ),
            )
        ).all()
        world = []
        for c in contacts:
            affs = sorted(
                (a.organisation.name, a.role, a.department, a.valid_from, a.valid_to, a.is_primary)
                for a in c.affiliations
            )
            v = c.volunteer
            profile = None
            if v is not None:
                profile = (
                    tuple(_lines(getattr(v, f)) for f in PROFILE_FIELDS),
                    tuple(sorted(e.area for e in v.engagements)),
                    tuple(sorted((lang.language, lang.level) for lang in v.languages)),
                    tuple(
                        sorted(
                            (h.worked_on, h.hours, h.activity, h.organisation.name if h.organisation else None)
                            for h in v.hours
                        )
                    ),
                )
            world.append((tuple(_lines(getattr(c, f)) for f in CONTACT_FIELDS), tuple(affs), profile))
        return sorted(world, key=repr)


def _fill(db) -> None:
    with db.session() as s:
        awo, drk = Organisation(name="AWO Herford"), Organisation(name="DRK =SUM(A1)")
        s.add_all([awo, drk])
        taras = [Contact(first_name="Тарас", last_name="Бондаренко") for _ in range(2)]  # namesakes, nothing else
        zahra = Contact(
            salutation="mrs",
            first_name="زهرا",
            last_name="رضایی" + ZWNJ + "نژاد",
            email="zahra@example.org",
            postcode="01067",
            phone="05221 123",
            notes="Zeile 1\r\nZeile 2\nZeile 3 <b>&</b>",
            is_staff=True,
        )
        zahra.affiliations += [
            Affiliation(
                organisation=awo,
                role="Sprachmittlerin",
                department="Migration",
                is_primary=True,
                valid_from=dt.date(2023, 1, 1),
            ),
            Affiliation(
                organisation=drk, role="Ehrenamt", valid_from=dt.date(2020, 5, 1), valid_to=dt.date(2022, 12, 31)
            ),
        ]
        zahra.volunteer = Volunteer(
            status="paused",
            active_since=dt.date(2022, 3, 1),
            municipality="Enger",
            availability="Di/Do",
            agreement_signed_on=dt.date(2022, 3, 5),
            consent_given_on=dt.date(2024, 1, 2),
            consent_share_with_partners=True,
            police_certificate_inspected_on=dt.date(2024, 2, 1),
            police_certificate_due_on=dt.date(2026, 2, 1),
            notes="Profil\nmit Zeilen",
            engagements=[VolunteerEngagement(area="Sprachpatenschaft"), VolunteerEngagement(area="Begleitung")],
            languages=[
                VolunteerLanguage(language="Persisch", level="native"),
                VolunteerLanguage(language="Deutsch", level="B2"),
            ],
            hours=[
                VolunteerHours(
                    worked_on=dt.date(2025, 6, 1), hours=Decimal("2.50"), activity="Begleitung", organisation=awo
                ),
                VolunteerHours(
                    worked_on=dt.date(2025, 6, 1), hours=Decimal("2.50"), activity="Begleitung", organisation=awo
                ),
                VolunteerHours(worked_on=dt.date(2025, 6, 3), hours=Decimal("1.00")),
            ],
        )
        ayse = Contact(first_name="Ayşe", last_name="Yılmaz", email="familie@example.org", function="=SUM(A1)")
        ali = Contact(first_name="Ali", last_name="Yılmaz", email="familie@example.org")
        ali.affiliations.append(Affiliation(organisation=drk, is_primary=False))  # no main flag at all
        long_name = Contact(
            first_name="Maria Fernanda Alejandra", last_name="de los Santos García-Villanueva Rodríguez"
        )
        s.add_all([*taras, zahra, ayse, ali, long_name])


def _round_trip(source, target, tmp_path, what="contacts", fmt="xlsx"):
    out = tmp_path / f"export.{fmt}"
    result = export(source, what, out, internal=True)
    plan = plan_import(target, load_table(out))
    if plan.importable:
        apply_import(target, plan)
    return result, plan


def test_xlsx_export_into_an_empty_database_gives_everything_back(db, tmp_path):
    _fill(db)
    target = open_database(tmp_path / "empty.sqlite")
    try:
        result, _plan = _round_trip(db, target, tmp_path)
        assert result.not_included == ()
        assert _world(target) == _world(db)
    finally:
        target.dispose()


def test_volunteers_xlsx_export_into_an_empty_database_gives_the_volunteers_back(db, tmp_path):
    _fill(db)
    target = open_database(tmp_path / "empty.sqlite")
    try:
        _round_trip(db, target, tmp_path, what="volunteers")
        volunteers = [w for w in _world(db) if w[2] is not None]
        assert _world(target) == volunteers
    finally:
        target.dispose()


def test_xlsx_export_imported_into_the_same_database_changes_nothing(db, tmp_path):
    _fill(db)
    before = _world(db)
    _result, plan = _round_trip(db, db, tmp_path)
    assert plan.importable == 0
    assert _world(db) == before


@pytest.mark.parametrize("what", ["contacts", "volunteers"])
@pytest.mark.parametrize("fmt", ["csv", "vcf"])
def test_formats_that_cannot_carry_everything_say_so(db, tmp_path, what, fmt):
    _fill(db)
    result = export(db, what, tmp_path / f"x.{fmt}", internal=True)
    assert "Stunden" in result.not_included
    text = result.summary(what)
    assert "unvollständig" in text and "Stunden" in text and ".xlsx" in text


def test_an_export_for_partners_keeps_the_volunteer_tables_in_the_office(db, tmp_path):
    _fill(db)
    out = tmp_path / "partner.xlsx"
    result = export(db, "contacts", out)  # not internal
    from kidesk.services.xlsx_io import read_sheets

    sheets = read_sheets(out.read_bytes())
    assert len(sheets["Zugehörigkeiten"]) > 1  # affiliations go along
    assert [len(sheets[t]) for t in ("Ehrenamtsprofile", "Sprachen", "Stunden")] == [1, 1, 1]  # headers only
    assert "unvollständig" in result.summary("contacts") and "Stunden" in result.summary("contacts")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_line_endings_in_notes_survive(db, tmp_path, fmt):
    notes = "erste\r\nzweite\ndritte\rvierte"
    with db.session() as s:
        s.add(Contact(first_name="Олена", last_name="Ковальчук", email="olena@example.org", notes=notes))
    target = open_database(tmp_path / "empty.sqlite")
    try:
        _round_trip(db, target, tmp_path, fmt=fmt)
        with target.session() as s:
            assert s.scalars(select(Contact.notes)).one() == "erste\nzweite\ndritte\nvierte"  # every break kept
    finally:
        target.dispose()


_text = st.text(alphabet=st.sampled_from(list("abcÄöß ИЙзعلیی\u200c-'=&<\n")), max_size=12)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    people=st.lists(
        st.tuples(
            _text,
            _text.filter(lambda t: t.strip() != ""),
            st.one_of(st.none(), st.sampled_from(["a@example.org", "b@example.org"])),
            st.one_of(st.none(), _text),
            st.booleans(),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_property_export_and_reimport_into_the_same_database_changes_nothing(tmp_path_factory, people):
    folder = tmp_path_factory.mktemp("rt")
    db = open_database(folder / "db.sqlite")
    try:
        with db.session() as s:
            org = Organisation(name="AWO")
            for first, last, email, notes, volunteer in people:
                c = Contact(first_name=first.strip(), last_name=last.strip(), email=email, notes=notes or None)
                c.affiliations.append(Affiliation(organisation=org, role=notes or None, is_primary=True))
                if volunteer:
                    c.volunteer = Volunteer(
                        notes=notes or None,
                        hours=[VolunteerHours(worked_on=dt.date(2025, 1, 2), hours=Decimal("1.50"))],
                    )
                s.add(c)
        before = _world(db)
        _round_trip(db, db, folder)
        assert _world(db) == before
    finally:
        db.dispose()
