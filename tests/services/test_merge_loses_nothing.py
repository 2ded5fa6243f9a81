"""Issue 11 item 4: a merge that loses nothing, shows every difference, and can be undone exactly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from kidesk.db.models import (
    Affiliation,
    Base,
    Contact,
    Event,
    Organisation,
    Participation,
    ParticipationStatusChange,
    Volunteer,
    VolunteerEngagement,
    VolunteerHours,
    VolunteerLanguage,
)
from kidesk.errors import UserError
from kidesk.services.duplicates import merge_contacts, merge_preview, undo_merge


def _dump(db) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order: the whole database as data."""
    with db.session() as s:
        return {
            t.name: [tuple(r) for r in s.execute(text(f'SELECT * FROM "{t.name}" ORDER BY 1, 2'))]
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture
def volunteers(db):
    with db.session() as s:
        awo, drk = Organisation(name="AWO Herford"), Organisation(name="DRK")
        event = Event(title="Sprachcafé", starts_at=dt.datetime(2026, 2, 1, 17))
        keep = Contact(first_name="Mohammad", last_name="Rahimi", phone="05221 1", notes="Zeile 1\nZeile 2")
        other = Contact(first_name="محمد", last_name="رحیمی", email="m.rahimi@example.org", notes="<b>&</b> =SUM(A1)")
        keep.affiliations.append(
            Affiliation(organisation=awo, role="Dolmetscher", is_primary=True, valid_from=dt.date(2024, 1, 1))
        )
        other.affiliations += [
            Affiliation(organisation=awo, role="Sprachmittler", department="Migration", valid_from=dt.date(2023, 5, 1)),
            Affiliation(organisation=drk, role="Helfer", is_primary=True),
        ]
        keep.volunteer = Volunteer(
            status="paused",
            availability="Di nachmittags",
            agreement_signed_on=dt.date(2023, 1, 10),
            police_certificate_inspected_on=dt.date(2021, 3, 1),
            notes="Profil A",
            languages=[
                VolunteerLanguage(language="Persisch", level="native"),
                VolunteerLanguage(language="Deutsch", level="B1"),
            ],
            engagements=[VolunteerEngagement(area="Sprachpatenschaft")],
        )
        other.volunteer = Volunteer(
            status="active",
            availability="Do vormittags",
            agreement_signed_on=dt.date(2025, 6, 2),
            police_certificate_inspected_on=dt.date(2025, 4, 1),
            notes="Profil B",
            languages=[
                VolunteerLanguage(language="Deutsch", level="C1"),
                VolunteerLanguage(language="Dari", level="C2"),
            ],
            hours=[VolunteerHours(worked_on=dt.date(2025, 6, 1), hours=Decimal("2.5"), activity="Begleitung")],
        )
        s.add_all([keep, other])
        part = Participation(event=event, contact=other, status="attended")
        part.history.append(ParticipationStatusChange(to_status="attended", changed_at=dt.datetime(2026, 2, 1, 17)))
        s.add(part)
        s.flush()
        return keep.id, other.id


def test_preview_shows_every_difference_with_safe_defaults(db, volunteers):
    keep, other = volunteers
    preview = {c.field: c for c in merge_preview(db, keep, other)}
    check = preview["volunteer.police_certificate_inspected_on"]
    assert check.conflict and check.default == "other"  # the newer check
    assert preview["volunteer.agreement_signed_on"].default == "other"
    assert preview["volunteer.availability"].conflict and preview["volunteer.availability"].default == "keep"
    assert preview["volunteer.status"].default == "other"  # active wins over paused
    assert preview["volunteer.notes"].default == "both" and preview["notes"].default == "both"
    assert preview["language.Deutsch"].conflict and preview["language.Deutsch"].default == "other"  # C1 > B1
    awo_id = next(int(k.split(".")[1]) for k in preview if k.startswith("affiliation."))
    role = preview[f"affiliation.{awo_id}.role"]
    assert role.conflict and role.section == "affiliation" and role.section_name == "AWO Herford"
    assert preview[f"affiliation.{awo_id}.valid_from"].default == "other"  # the earlier start
    assert preview[f"affiliation.{awo_id}.department"].default == "other"  # only the other has one


def test_merge_keeps_everything_and_undo_restores_the_database_exactly(db, volunteers):
    keep, other = volunteers
    before = _dump(db)
    result = merge_contacts(db, keep, other, {"volunteer.availability": "other"})
    with db.session() as s:
        c = s.get(Contact, keep)
        assert s.get(Contact, other) is None
        v = c.volunteer
        assert v.police_certificate_inspected_on == dt.date(2025, 4, 1)
        assert v.agreement_signed_on == dt.date(2025, 6, 2)
        assert v.availability == "Do vormittags" and "Di nachmittags" in v.notes
        assert v.status == "active"
        assert "Profil A" in v.notes and "Profil B" in v.notes
        assert {lang.language: lang.level for lang in v.languages} == {
            "Persisch": "native",
            "Deutsch": "C1",
            "Dari": "C2",
        }
        assert [h.activity for h in v.hours] == ["Begleitung"]
        orgs = {a.organisation.name: a for a in c.affiliations}
        assert orgs["AWO Herford"].role == "Dolmetscher" and orgs["AWO Herford"].department == "Migration"
        assert orgs["AWO Herford"].valid_from == dt.date(2023, 5, 1)
        assert "Sprachmittler" in c.notes  # the role not chosen is kept
        assert orgs["AWO Herford"].is_primary and not orgs["DRK"].is_primary  # one main organisation
        assert "Zeile 1\nZeile 2" in c.notes and "<b>&</b> =SUM(A1)" in c.notes
        assert c.email == "m.rahimi@example.org"
        assert [p.status for p in c.participations] == ["attended"]
    assert result.undo is not None
    undo_merge(db, result.undo)
    after = _dump(db)
    trail_before, trail_after = before.pop("audit_log"), after.pop("audit_log")
    assert after == before  # every record as it was
    # the audit trail only grows: the merge and its undo are recorded, nothing before is touched
    assert trail_after[: len(trail_before)] == trail_before
    assert {row[3] for row in trail_after[len(trail_before) :]} == {"merge"}


def test_undo_is_refused_after_the_merged_contact_changed(db, volunteers):
    keep, other = volunteers
    result = merge_contacts(db, keep, other)
    with db.session() as s:
        s.get(Contact, keep).phone = "05221 99"
    with pytest.raises(UserError, match="inzwischen geändert"):
        undo_merge(db, result.undo)
    with db.session() as s:
        assert s.get(Contact, other) is None and s.get(Contact, keep).phone == "05221 99"


def test_impossible_affiliation_dates_are_refused_and_nothing_changes(db, volunteers):
    keep, other = volunteers
    with db.session() as s:
        mine = s.get(Contact, keep).affiliations[0]
        mine.valid_to = dt.date(2024, 6, 1)
        theirs = next(a for a in s.get(Contact, other).affiliations if a.organisation_id == mine.organisation_id)
        theirs.valid_from = dt.date(2024, 9, 1)
        awo_id = mine.organisation_id
    before = _dump(db)
    choices = {f"affiliation.{awo_id}.valid_from": "other", f"affiliation.{awo_id}.valid_to": "keep"}
    with pytest.raises(UserError, match="Ende vor dem Beginn"):
        merge_contacts(db, keep, other, choices)
    assert _dump(db) == before


def test_the_consents_of_both_records_are_kept_with_their_history(db, volunteers):
    """A consent given (and withdrawn) on the record that goes is a dated record: it moves."""
    from kidesk.db.models import Consent

    keep, other = volunteers
    with db.session() as s:
        s.add_all(
            [
                Consent(contact_id=keep, purpose="photos", given_on=dt.date(2024, 1, 5), method="written"),
                Consent(contact_id=other, purpose="newsletter", given_on=dt.date(2025, 2, 1), method="email"),
                Consent(
                    contact_id=other,
                    purpose="photos",
                    given_on=dt.date(2023, 3, 1),
                    method="oral",
                    withdrawn_on=dt.date(2023, 9, 1),
                ),
            ]
        )
    result = merge_contacts(db, keep, other)
    with db.session() as s:
        kept = sorted((c.purpose, c.given_on, c.withdrawn_on) for c in s.get(Contact, keep).consents)
    assert kept == [
        ("newsletter", dt.date(2025, 2, 1), None),
        ("photos", dt.date(2023, 3, 1), dt.date(2023, 9, 1)),
        ("photos", dt.date(2024, 1, 5), None),
    ]
    undo_merge(db, result.undo)
    with db.session() as s:
        assert [c.purpose for c in s.get(Contact, other).consents] == ["photos", "newsletter"]
        assert [c.purpose for c in s.get(Contact, keep).consents] == ["photos"]
