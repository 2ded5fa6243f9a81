"""Volunteer services without Qt: profiles, hours, rules, due dates, recognition, privacy."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from kidesk.db import settings
from kidesk.db.models import Contact, Participation, Volunteer, VolunteerHours
from kidesk.errors import NotFound, ValidationError
from kidesk.services import volunteers as vs
from kidesk.services.edit_conflicts import RecordChangedElsewhere
from tests.services.volunteer_sample_data import build_sample

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def sample(db):
    return build_sample(db, TODAY)


# --- calendar arithmetic ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (dt.date(2020, 2, 29), 5, dt.date(2025, 2, 28)),  # leap day into a common year
        (dt.date(2020, 2, 29), 4, dt.date(2024, 2, 29)),  # leap day into a leap year
        (dt.date(2019, 2, 28), 5, dt.date(2024, 2, 28)),
        (dt.date(2021, 12, 31), 5, dt.date(2026, 12, 31)),
        (dt.date(2024, 2, 29), -1, dt.date(2023, 2, 28)),
    ],
)
def test_add_years_clamps_leap_day(start, years, expected):
    assert vs.add_years(start, years) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (dt.date(2025, 1, 31), 1, dt.date(2025, 2, 28)),
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2024, 8, 31), 6, dt.date(2025, 2, 28)),
        (dt.date(2024, 3, 31), -1, dt.date(2024, 2, 29)),
        (dt.date(2024, 11, 30), 1, dt.date(2024, 12, 30)),
        (dt.date(2024, 12, 31), 1, dt.date(2025, 1, 31)),
        (dt.date(2025, 5, 31), 24, dt.date(2027, 5, 31)),
        (dt.date(2025, 1, 15), -13, dt.date(2023, 12, 15)),
    ],
)
def test_add_months_clamps_to_month_end(start, months, expected):
    assert vs.add_months(start, months) == expected


def _new_contact(db, first: str, last: str) -> int:
    with db.session() as s:
        c = Contact(first_name=first, last_name=last)
        s.add(c)
        s.flush()
        return c.id


def test_police_certificate_due_from_leap_day_inspection(db):
    contact_id = _new_contact(db, "Ali", "Kaya")
    v = vs.create_volunteer(
        db, contact_id, vs.VolunteerProfile(police_certificate_inspected_on=dt.date(2020, 2, 29)), today=TODAY
    )
    assert vs.police_certificate_due(v.profile) == dt.date(2025, 2, 28)
    # A date set by hand wins over the computed one.
    by_hand = dataclasses.replace(v.profile, police_certificate_due_on=dt.date(2024, 6, 1))
    assert vs.police_certificate_due(by_hand) == dt.date(2024, 6, 1)


# --- profiles ---------------------------------------------------------------------------------


def test_create_and_update_profile_round_trip(db):
    contact_id = _new_contact(db, "Sara", "Ahmadi")
    profile = vs.VolunteerProfile(
        municipality=" Löhne ",
        engagement_areas=("Sport", "sport", " ", "Hausaufgabenhilfe"),
        languages=(("Farsi", "native"), ("Dari", "C1")),
        consent_given_on=dt.date(2026, 1, 2),
        consent_photos=True,
    )
    created = vs.create_volunteer(db, contact_id, profile, today=TODAY)
    assert (created.contact_id, created.name) == (contact_id, "Sara Ahmadi")
    volunteer_id, version = created.id, created.version
    loaded = vs.load_volunteer(db, volunteer_id).profile
    assert loaded.municipality == "Löhne"
    assert loaded.engagement_areas == ("Hausaufgabenhilfe", "Sport")
    assert loaded.languages == (("Dari", "C1"), ("Farsi", "native"))
    changed = dataclasses.replace(
        loaded, languages=(("Farsi", "native"), ("Deutsch", "B2")), engagement_areas=("Sport",)
    )
    saved = vs.update_volunteer(db, volunteer_id, changed, expected_version=version, today=TODAY)
    assert saved.version != version
    assert vs.load_volunteer(db, volunteer_id).profile.languages == (("Deutsch", "B2"), ("Farsi", "native"))
    with db.session() as s:
        assert [e.area for e in s.get(Volunteer, volunteer_id).engagements] == ["Sport"]
    with pytest.raises(RecordChangedElsewhere, match="anderen Platz"):
        vs.update_volunteer(db, volunteer_id, loaded, expected_version=version, today=TODAY)
    # without the version check (the editor's "overwrite") the save goes through
    vs.update_volunteer(db, volunteer_id, loaded, expected_version=None, today=TODAY)
    assert vs.load_volunteer(db, volunteer_id).profile.engagement_areas == ("Hausaufgabenhilfe", "Sport")


def test_stale_write_becomes_record_changed_elsewhere(db, sample, monkeypatch):
    """SQLAlchemy's own check (the race after our version comparison) never leaks out."""
    from sqlalchemy.orm.exc import StaleDataError

    from kidesk.services.volunteers import profiles

    def stale(*_a, **_k):
        raise StaleDataError("UPDATE statement on table 'volunteers' expected to update 1 row(s); 0 were matched.")

    monkeypatch.setattr(profiles, "_apply_profile", stale)
    record = vs.load_volunteer(db, sample.volunteers["Haddad"])
    with pytest.raises(RecordChangedElsewhere, match="Amira Haddad"):
        vs.update_volunteer(db, record.id, record.profile, expected_version=record.version, today=TODAY)


def test_contact_cannot_become_volunteer_twice(db, sample):
    with pytest.raises(ValidationError, match="bereits"):
        vs.create_volunteer(db, sample.contacts["Haddad"], today=TODAY)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status": "retired"}, "status"),
        ({"consent_photos": True}, "consent_given_on"),  # purpose without a consent date
        ({"consent_given_on": TODAY + dt.timedelta(days=5)}, "consent_given_on"),
        (
            {"police_certificate_inspected_on": dt.date(2025, 1, 1), "police_certificate_due_on": dt.date(2024, 1, 1)},
            "police_certificate_due_on",
        ),
        ({"languages": (("Arabisch", "X9"),)}, "languages"),
        ({"languages": (("Arabisch", "B1"), ("arabisch", "C1"))}, "languages"),
    ],
)
def test_invalid_profile_is_refused_and_nothing_saved(db, changes, field):
    contact_id = _new_contact(db, "Nina", "Neu")
    profile = vs.VolunteerProfile(**changes)
    with pytest.raises(ValidationError) as info:
        vs.create_volunteer(db, contact_id, profile, today=TODAY)
    assert info.value.field == field
    with db.session() as s:
        assert s.scalars(select(Volunteer)).all() == []


# --- hours ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,5", Decimal("2.50")),
        ("2.5", Decimal("2.50")),
        ("24", Decimal("24.00")),
        ("1:30", Decimal("1.50")),
        ("0,25", Decimal("0.25")),
        (3, Decimal("3.00")),
    ],
)
def test_parse_hours_accepts_german_notation(text, expected):
    assert vs.parse_hours(text) == expected


@pytest.mark.parametrize("text", ["0", "-1", "24,5", "abc", "", "2,5,5", "1,234", "nan", "1:75"])
def test_parse_hours_refuses_bad_values(text):
    with pytest.raises(ValidationError):
        vs.parse_hours(text)


def test_add_hours_validates_dates_and_daily_total(db, sample):
    vid = sample.volunteers["Haddad"]
    vs.add_hours(db, vid, TODAY + dt.timedelta(days=1), "1", today=TODAY)  # tomorrow: late entries allowed
    with pytest.raises(ValidationError, match="Zukunft"):
        vs.add_hours(db, vid, TODAY + dt.timedelta(days=2), "1", today=TODAY)
    with pytest.raises(ValidationError, match="zu weit zurück"):
        vs.add_hours(db, vid, dt.date(1999, 12, 31), "1", today=TODAY)
    entry = vs.add_hours(db, vid, TODAY, "20", today=TODAY)
    assert (entry.worked_on, entry.hours, entry.organisation) == (TODAY, Decimal("20.00"), None)
    with pytest.raises(ValidationError, match="mehr als 24"):
        vs.add_hours(db, vid, TODAY, "4,5", today=TODAY)
    vs.add_hours(db, vid, TODAY, "4", "Fahrdienst", today=TODAY)  # exactly 24 is fine
    with pytest.raises(NotFound):
        vs.add_hours(db, vid, TODAY, "1", organisation_id=999, today=TODAY)
    with pytest.raises(NotFound):
        vs.add_hours(db, 9999, TODAY, "1", today=TODAY)
    with db.session() as s:
        assert len(s.scalars(select(VolunteerHours).where(VolunteerHours.worked_on == TODAY)).all()) == 2


def test_hours_totals_per_year(db, sample):
    vid = sample.volunteers["Haddad"]
    vs.add_hours(db, vid, dt.date(2025, 12, 31), "3", today=TODAY)
    vs.add_hours(db, vid, dt.date(2024, 2, 29), "1,25", today=TODAY)
    per_year = {2026: Decimal("12.50"), 2025: Decimal("3.00"), 2024: Decimal("1.25")}
    assert vs.hours_per_year(db, vid) == per_year
    assert list(vs.hours_per_year(db, vid)) == [2026, 2025, 2024]  # newest first
    assert vs.hours_summary(db, vid) == vs.HoursSummary(per_year, Decimal("16.75"))
    entries = vs.hours_entries(db, vid)
    assert [e.worked_on for e in entries][0] == dt.date(2026, 1, 2)
    assert [e.worked_on for e in vs.hours_entries(db, vid, year=2024)] == [dt.date(2024, 2, 29)]
    vs.delete_hours(db, entries[0].id)
    assert vs.hours_summary(db, vid).total == Decimal("10.25")


def test_volunteer_for_contact_errors(db, sample):
    with pytest.raises(NotFound, match="ID 4711"):
        vs.volunteer_for_contact(db, 4711)
    with pytest.raises(ValidationError, match="nicht als Ehrenamtliche"):
        vs.volunteer_for_contact(db, sample.partner_contact_id)
    assert vs.volunteer_for_contact(db, sample.contacts["Haddad"]).id == sample.volunteers["Haddad"]


# --- Ehrenamtskarte -----------------------------------------------------------------------------


def _log_weekly(db, vid, first: dt.date, last: dt.date, hours: str) -> None:
    day = first
    while day <= last:
        vs.add_hours(db, vid, day, hours, today=TODAY)
        day += dt.timedelta(days=7)


def test_ehrenamtskarte_default_rule_and_assessment(db, sample):
    rule = vs.EhrenamtskarteRule()
    assert (rule.hours_per_week, rule.hours_per_year, rule.min_years) == (Decimal(4), Decimal(200), 2)  # NRW 2026
    assert (rule.min_years_under_20, rule.card_valid_years) == (1, 2) and "2026" in rule.source_line()
    vid = sample.volunteers["Berger"]  # active for three years
    _log_weekly(db, vid, vs.add_years(TODAY, -2) + dt.timedelta(days=1), TODAY, "5")
    result = vs.assess_ehrenamtskarte(db, vid, as_of=TODAY)
    assert result.long_enough
    assert all(p.met for p in result.periods) and result.meets_rule
    assert len(result.periods) == 2 and result.periods[0].end == TODAY
    # A stricter rule stored as a setting is used from then on.
    vs.save_ehrenamtskarte_rule(db, vs.EhrenamtskarteRule(hours_per_week=Decimal(6), hours_per_year=Decimal(300)))
    assert vs.ehrenamtskarte_rule(db).hours_per_year == Decimal(300)
    with db.session() as s:
        assert settings.get(s, vs.EHRENAMTSKARTE_RULE_KEY)["min_years"] == 2
    assert not vs.assess_ehrenamtskarte(db, vid, as_of=TODAY).meets_rule


def test_ehrenamtskarte_needs_two_years_of_engagement(db, sample):
    vid = sample.volunteers["Schmidt"]  # active for one year only
    _log_weekly(db, vid, vs.add_years(TODAY, -2) + dt.timedelta(days=1), TODAY, "8")
    result = vs.assess_ehrenamtskarte(db, vid, as_of=TODAY)
    assert all(p.met for p in result.periods)
    assert not result.long_enough and not result.meets_rule


def test_ehrenamtskarte_one_year_is_enough_under_20(db, sample):
    """NRW 2026: people under 20 need one year of engagement (kidesk has no birth dates: the caller says so)."""
    vid = sample.volunteers["Schmidt"]  # active for one year only
    _log_weekly(db, vid, vs.add_years(TODAY, -1) + dt.timedelta(days=1), TODAY, "4")
    young = vs.assess_ehrenamtskarte(db, vid, as_of=TODAY, under_20=True)
    assert young.long_enough and len(young.periods) == 1 and young.meets_rule
    assert not vs.assess_ehrenamtskarte(db, vid, as_of=TODAY).meets_rule


def test_a_rule_changed_by_the_office_is_not_shown_as_the_lands(db):
    vs.save_ehrenamtskarte_rule(db, vs.EhrenamtskarteRule(hours_per_year=Decimal(180)))
    stored = vs.ehrenamtskarte_rule(db)
    assert "vom Büro geänderte Regel" in stored.source_line() and "180 Std. im Jahr" in stored.source_line()
    vs.save_ehrenamtskarte_rule(db, vs.EhrenamtskarteRule())
    assert "Land NRW" in vs.ehrenamtskarte_rule(db).source_line()


def test_ehrenamtskarte_one_weak_year_fails(db, sample):
    vid = sample.volunteers["Berger"]
    _log_weekly(db, vid, vs.add_years(TODAY, -1) + dt.timedelta(days=1), TODAY, "6")  # only the last year
    result = vs.assess_ehrenamtskarte(db, vid, as_of=TODAY)
    assert result.periods[0].met and not result.periods[1].met
    assert not result.meets_rule
    with pytest.raises(ValidationError):
        vs.save_ehrenamtskarte_rule(db, vs.EhrenamtskarteRule(min_years=0))


# --- filters and progress ---------------------------------------------------------------------


def _names(db, flt):
    return [row.name for row in vs.volunteer_page(db, flt, 0, 100, today=TODAY)]


def test_filter_active_arabic_speakers_in_loehne(db, sample):
    assert _names(db, vs.VolunteerFilter(status="active", municipality="Löhne", language="Arabisch")) == [
        "Haddad, Amira"
    ]
    assert _names(db, vs.VolunteerFilter(language="Arabisch")) == ["Haddad, Amira", "Nasser, Karim", "Schmidt, Lena"]
    assert _names(db, vs.VolunteerFilter(engagement_area="Sport")) == ["Berger, Tom", "Demir, Yusuf"]
    assert _names(db, vs.VolunteerFilter(status="inactive")) == ["Nasser, Karim"]
    assert _names(db, vs.VolunteerFilter(text="pet")) == ["Petrenko, Olga"]
    assert vs.volunteer_count(db, vs.VolunteerFilter(municipality="Löhne")) == 3
    assert [r.name for r in vs.volunteer_page(db, None, 2, 2, today=TODAY)] == ["Haddad, Amira", "Nasser, Karim"]


def test_filter_by_series_progress(db, sample):
    sid = sample.series_id
    assert _names(db, vs.VolunteerFilter(series_id=sid)) == ["Haddad, Amira", "Petrenko, Olga", "Schmidt, Lena"]
    assert _names(db, vs.VolunteerFilter(series_id=sid, progress=vs.PROGRESS_COMPLETE)) == [
        "Haddad, Amira",
        "Petrenko, Olga",
    ]
    assert _names(db, vs.VolunteerFilter(series_id=sid, progress=vs.PROGRESS_INCOMPLETE)) == ["Schmidt, Lena"]


def test_qualification_progress_per_series(db, sample):
    (haddad,) = vs.qualification_progress(db, sample.contacts["Haddad"])
    assert haddad.attended == (1, 2, 3) and haddad.missing == (4,)
    assert haddad.required == 3 and haddad.meets_rule
    (schmidt,) = vs.qualification_progress(db, sample.contacts["Schmidt"])
    assert schmidt.missing == (2, 3, 4) and not schmidt.meets_rule
    assert vs.qualification_progress(db, sample.contacts["Berger"]) == []
    # Registered but not attended does not count.
    with db.session() as s:
        s.add(
            Participation(
                event_id=sample.module_event_ids[2], contact_id=sample.contacts["Schmidt"], status="registered"
            )
        )
    assert vs.qualification_progress(db, sample.contacts["Schmidt"])[0].attended == (1,)
    assert [c.title for c in vs.series_choices(db)] == ["Basisqualifikation für Ehrenamtliche in der Flüchtlingshilfe"]


def test_list_rows_carry_privacy_markers_and_year_hours(db, sample):
    rows = {r.name: r for r in vs.volunteer_page(db, None, 0, 100, today=TODAY)}
    assert rows["Haddad, Amira"].hours_this_year == Decimal("12.50")
    assert not rows["Haddad, Amira"].photo_consent_missing
    assert rows["Demir, Yusuf"].photo_consent_missing  # consented to the newsletter only
    assert rows["Haddad, Amira"].may_share_with_partners
    assert not rows["Demir, Yusuf"].may_share_with_partners


# --- due dates --------------------------------------------------------------------------------


def test_due_items_within_eight_weeks(db, sample):
    items = vs.due_items(db, weeks=8, today=TODAY)
    got = [(i.kind, i.person, i.due_on) for i in items]
    assert (vs.DUE_POLICE_CERTIFICATE, "Amira Haddad", TODAY + dt.timedelta(days=20)) in got
    assert (vs.DUE_CONSENT, "Yusuf Demir", vs.add_months(vs.add_months(TODAY, -30), 24)) in got
    assert (vs.DUE_INACTIVE, "Tom Berger", vs.add_years(TODAY, -3)) in got
    people = {i.person for i in items}
    assert "Karim Nasser" not in people  # inactive: no certificate reminder
    assert "Lena Schmidt" not in people  # due in 12 weeks, hours within the last year… just
    assert "Olga Petrenko" not in people  # paused without certificate or consent
    assert [i.kind for i in items] == [vs.DUE_POLICE_CERTIFICATE, vs.DUE_CONSENT, vs.DUE_INACTIVE]
    assert {i.kind_label for i in items} == {"Führungszeugnis", "Einwilligung", "Ohne Aktivität"}


def test_due_items_horizon_and_settings(db, sample):
    items = vs.due_items(db, weeks=13, today=TODAY)
    assert ("Lena Schmidt", TODAY + dt.timedelta(weeks=12)) in [(i.person, i.due_on) for i in items]
    assert not any(
        i.kind == vs.DUE_POLICE_CERTIFICATE and i.person == "Amira Haddad"
        for i in vs.due_items(db, weeks=2, today=TODAY)
    )
    # Consents valid for three years: Demir's consent (30 months) is no longer listed.
    with db.session() as s:
        settings.put(s, vs.CONSENT_MAX_AGE_MONTHS_KEY, 36)
    assert not any(i.kind == vs.DUE_CONSENT for i in vs.due_items(db, weeks=8, today=TODAY))
    with pytest.raises(ValidationError):
        vs.due_items(db, weeks=-1, today=TODAY)


def test_inactivity_counts_attended_events_and_spares_newcomers(db, sample):
    contact_id = _new_contact(db, "Neu", "Ling")
    vs.create_volunteer(db, contact_id, vs.VolunteerProfile(active_since=TODAY - dt.timedelta(days=30)), today=TODAY)
    idle = {i.person for i in vs.due_items(db, weeks=8, today=TODAY) if i.kind == vs.DUE_INACTIVE}
    assert idle == {"Tom Berger"}  # Schmidt's hours are a year old, but she attended a module recently


def test_police_certificate_due_on_leap_day_is_listed_on_the_28th(db):
    today = dt.date(2025, 2, 21)  # horizon of one week: exactly 28.02.2025
    contact_id = _new_contact(db, "Ali", "Kaya")
    vs.create_volunteer(
        db,
        contact_id,
        vs.VolunteerProfile(active_since=dt.date(2025, 1, 1), police_certificate_inspected_on=dt.date(2020, 2, 29)),
        today=today,
    )
    (item,) = vs.due_items(db, weeks=1, today=today)
    assert item.due_on == dt.date(2025, 2, 28)
    assert vs.due_items(db, weeks=1, today=dt.date(2025, 2, 20)) == []  # horizon 27.02.


# --- recognition ------------------------------------------------------------------------------


def _invited(db, event_id):
    with db.session() as s:
        return {
            (p.contact.last_name, p.status)
            for p in s.scalars(select(Participation).where(Participation.event_id == event_id))
        }


def test_recognition_invites_active_volunteers_without_duplicates(db, sample):
    eid = sample.thank_you_event_id
    result = vs.invite_volunteers_to_thank_you_event(db, eid)
    assert (result.added, result.already_on_list) == (3, 1)  # Haddad, Schmidt, Berger new; Demir already there
    assert _invited(db, eid) == {
        ("Haddad", "invited"),
        ("Schmidt", "invited"),
        ("Berger", "invited"),
        ("Demir", "registered"),
    }
    again = vs.invite_volunteers_to_thank_you_event(db, eid)
    with db.session() as s:
        history = s.scalars(select(Participation).where(Participation.event_id == eid)).all()
        assert all(p.history for p in history)
    assert again.added == 0 and again.already_on_list == 4


def test_recognition_with_minimum_hours_this_year(db, sample):
    eid = sample.thank_you_event_id
    result = vs.invite_volunteers_to_thank_you_event(db, eid, min_hours="10", year=TODAY.year)
    assert result.added == 1 and result.below_min_hours == 3  # only Haddad has ≥ 10 h in 2026
    assert ("Haddad", "invited") in _invited(db, eid)
    assert not any(name == "Schmidt" for name, _ in _invited(db, eid))


def test_recognition_minimum_above_a_day_and_bad_minimum(db, sample):
    vid = sample.volunteers["Schmidt"]
    for day in range(1, 4):
        vs.add_hours(db, vid, dt.date(2026, 2, day), "20", today=TODAY)
    result = vs.invite_volunteers_to_thank_you_event(db, sample.thank_you_event_id, min_hours="50,5", year=2026)
    assert result.added == 1  # Schmidt with 60 hours
    with pytest.raises(ValidationError):
        vs.invite_volunteers_to_thank_you_event(db, sample.thank_you_event_id, min_hours="-1")


def test_recognition_refuses_cancelled_event(db, sample):
    with db.session() as s:
        from kidesk.db.models import Event

        s.get(Event, sample.thank_you_event_id).status = "cancelled"
    with pytest.raises(ValidationError, match="abgesagt"):
        vs.invite_volunteers_to_thank_you_event(db, sample.thank_you_event_id)


def test_thank_you_events_list_the_feast_first(db, sample):
    events = vs.thank_you_events(db, today=sample.today)
    assert events[0] == vs.EventChoice(
        sample.thank_you_event_id,
        f"Dankeschön-Fest für Ehrenamtliche ({sample.today + dt.timedelta(days=40):%d.%m.%Y})",
    )


# --- privacy ----------------------------------------------------------------------------------


def test_partner_exports_exclude_volunteers_without_consent(db, sample):
    ids = [sample.partner_contact_id, sample.contacts["Demir"], sample.contacts["Haddad"], sample.contacts["Nasser"]]
    assert vs.shareable_contact_ids(db, ids) == [sample.partner_contact_id, sample.contacts["Haddad"]]
    with db.session() as s:
        assert vs.may_share_with_partners(None)
        haddad = s.get(Volunteer, sample.volunteers["Haddad"])
        assert vs.may_share_with_partners(haddad) and not vs.photo_consent_missing(haddad)
        haddad.consent_given_on = None  # a purpose without a date is no consent
        assert not vs.may_share_with_partners(haddad) and vs.photo_consent_missing(haddad)
        s.rollback()


def test_deleting_a_contact_removes_the_hours(db, sample):
    with db.session() as s:
        s.delete(s.get(Contact, sample.contacts["Haddad"]))
    with db.session() as s:
        assert (
            s.scalars(select(VolunteerHours).where(VolunteerHours.volunteer_id == sample.volunteers["Haddad"])).all()
            == []
        )


def test_delete_volunteer_profile_keeps_the_contact(db, sample):
    vid = sample.volunteers["Haddad"]
    assert vs.delete_volunteer(db, vid) == "Amira Haddad"
    with db.session() as s:
        assert s.get(Volunteer, vid) is None
        assert s.get(Contact, sample.contacts["Haddad"]) is not None
        assert s.scalars(select(VolunteerHours).where(VolunteerHours.volunteer_id == vid)).all() == []
    with pytest.raises(NotFound):
        vs.delete_volunteer(db, vid)
    assert [c.contact_id for c in vs.contacts_without_profile(db)] == [
        sample.contacts["Haddad"],
        sample.partner_contact_id,
    ]
