"""Finding likely duplicates and merging them without losing fields or links."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kidesk.db.models import (
    Affiliation,
    Contact,
    Event,
    Organisation,
    Participation,
    ParticipationStatusChange,
    Volunteer,
    VolunteerEngagement,
    VolunteerHours,
)
from kidesk.errors import UserError
from kidesk.services.duplicates import (
    dismiss_pair,
    find_duplicates,
    likely_duplicates,
    merge_contacts,
    merge_preview,
)


def add(db, *contacts):
    with db.session() as s:
        s.add_all(contacts)
        s.flush()
        return [c.id for c in contacts]


def reasons(db):
    return {(p.first_label, p.second_label): p.reason for p in find_duplicates(db)}


def test_same_name_written_differently(db):
    add(
        db,
        Contact(first_name="Jürgen", last_name="Müller"),
        Contact(first_name="Juergen", last_name="Mueller"),
        Contact(first_name="Ayşe", last_name="Yılmaz"),
        Contact(first_name="Ayse", last_name="Yilmaz"),
        Contact(first_name="Klaus", last_name="Weiß"),
        Contact(first_name="Weiss", last_name="Klaus"),
        Contact(first_name="Anna", last_name="Schmidt"),
        Contact(first_name="Anna", last_name="Schmitt"),
        Contact(first_name="Peter", last_name="Meier"),
        Contact(first_name="Stefan", last_name="Sieker"),
        Contact(first_name="Stefan", last_name="Rieke"),
    )
    found = reasons(db)
    assert found[("Müller, Jürgen", "Mueller, Juergen")] == "gleicher Name, anders geschrieben"
    assert found[("Yılmaz, Ayşe", "Yilmaz, Ayse")] == "gleicher Name, anders geschrieben"
    assert found[("Weiß, Klaus", "Klaus, Weiss")] == "Vor- und Nachname vertauscht"
    assert found[("Schmidt, Anna", "Schmitt, Anna")] == "ähnlicher Name"
    assert not any("Meier" in a or "Meier" in b for a, b in found)
    assert not any("Sieker" in a or "Sieker" in b for a, b in found)  # same first name alone is not enough
    assert len(found) == 4


def test_same_email(db):
    add(
        db,
        Contact(first_name="Anna", last_name="Berg", email="anna@example.org"),
        Contact(first_name="A.", last_name="Berg", email="Anna@Example.org"),
        Contact(first_name="Info", last_name="AWO", email="info@awo.de"),
        Contact(first_name="Bernd", last_name="Zander", email="info@awo.de"),
    )
    pairs = find_duplicates(db)
    assert [p.score for p in pairs] == [90, 30]  # a shared mailbox alone is a household, far below a merge
    assert pairs[1].reason == "gemeinsames Postfach (gleiche E-Mail, anderer Name)"


def test_dismissed_pairs_are_not_offered_again(db):
    a, b = add(db, Contact(first_name="Jürgen", last_name="Müller"), Contact(first_name="Juergen", last_name="Mueller"))
    assert len(find_duplicates(db)) == 1
    dismiss_pair(db, b, a)
    assert find_duplicates(db) == []


def test_likely_duplicates_on_entry(db):
    (a,) = add(db, Contact(first_name="Ayşe", last_name="Yılmaz"))
    with db.session() as s:
        (hit,) = likely_duplicates(s, "Ayse", "Yilmaz")
        assert hit.second_id == a
        assert likely_duplicates(s, "Ayşe", "Yılmaz", exclude_id=a) == []


def test_merge_keeps_every_non_empty_field(db):
    keep, other = add(
        db,
        Contact(first_name="Jürgen", last_name="Müller", phone="05221 1", notes="erste Notiz"),
        Contact(
            salutation="mr", first_name="Juergen", last_name="Mueller", phone="05221 2", mobile="0171 3", notes="zweite"
        ),
    )
    preview = {c.field: c for c in merge_preview(db, keep, other)}
    assert preview["phone"].conflict and preview["mobile"].default == "other"
    result = merge_contacts(db, keep, other, {"phone": "other"})
    with db.session() as s:
        c = s.get(Contact, keep)
        assert s.get(Contact, other) is None
        assert (c.salutation, c.phone, c.mobile, c.last_name) == ("mr", "05221 2", "0171 3", "Müller")
        assert "erste Notiz" in c.notes and "zweite" in c.notes
        assert "Telefon (aus Zusammenführung): 05221 1" in c.notes
        assert "Nachname (aus Zusammenführung): Mueller" in c.notes
    assert result.removed_id == other


def test_merge_repoints_all_links_and_resolves_conflicts(db):
    with db.session() as s:
        awo, drk, caritas = Organisation(name="AWO"), Organisation(name="DRK"), Organisation(name="Caritas")
        first = Event(title="Modul 1", starts_at=dt.datetime(2026, 1, 10, 17))
        second = Event(title="Modul 2", starts_at=dt.datetime(2026, 2, 10, 17))
        keep = Contact(first_name="Ayşe", last_name="Yılmaz")
        other = Contact(first_name="Ayse", last_name="Yilmaz")
        keep.affiliations.append(Affiliation(organisation=awo, is_primary=True))
        other.affiliations += [
            Affiliation(organisation=awo, role="Beratung"),
            Affiliation(organisation=drk, is_primary=True),
        ]
        s.add_all([keep, other, caritas])
        keep_part = Participation(event=first, contact=keep, status="invited")
        other_part = Participation(event=first, contact=other, status="attended", note="war da")
        other_part.history.append(
            ParticipationStatusChange(to_status="attended", changed_at=dt.datetime(2026, 1, 10, 17))
        )
        s.add_all([keep_part, other_part, Participation(event=second, contact=other, status="registered")])
        keep.volunteer = Volunteer(
            consent_share_with_partners=False, engagements=[VolunteerEngagement(area="Sprachpatenschaft")]
        )
        other.volunteer = Volunteer(
            consent_given_on=dt.date(2025, 5, 1),
            consent_share_with_partners=True,
            municipality="Enger",
            engagements=[VolunteerEngagement(area="Sprachpatenschaft"), VolunteerEngagement(area="Begleitung")],
            hours=[VolunteerHours(worked_on=dt.date(2025, 6, 1), hours=Decimal("2.5"), organisation=caritas)],
        )
        s.flush()
        keep_id, other_id = keep.id, other.id

    result = merge_contacts(db, keep_id, other_id)

    with db.session() as s:
        c = s.get(Contact, keep_id)
        orgs = {a.organisation.name: a for a in c.affiliations}
        assert set(orgs) == {"AWO", "DRK"}
        assert orgs["AWO"].role == "Beratung" and orgs["AWO"].is_primary and not orgs["DRK"].is_primary
        parts = {p.event.title: p for p in c.participations}
        assert parts["Modul 1"].status == "attended" and parts["Modul 1"].note == "war da"
        assert [h.to_status for h in parts["Modul 1"].history] == ["attended"]
        assert parts["Modul 2"].status == "registered"
        v = c.volunteer
        assert v.municipality == "Enger" and v.consent_share_with_partners  # the newer, dated consent
        assert sorted(e.area for e in v.engagements) == ["Begleitung", "Sprachpatenschaft"]
        assert [h.hours for h in v.hours] == [Decimal("2.50")]
        assert s.scalar(select(func.count()).select_from(Volunteer)) == 1
        assert s.scalar(select(func.count()).select_from(Participation)) == 2
        assert s.scalar(select(func.count()).select_from(Contact)) == 1
    assert result.moved_hours == 1 and result.merged_participations == 1


def test_merge_moves_a_volunteer_profile_when_only_the_other_has_one(db):
    keep, other = add(
        db,
        Contact(first_name="Kim", last_name="Berg"),
        Contact(
            first_name="Kim",
            last_name="Berg",
            volunteer=Volunteer(hours=[VolunteerHours(worked_on=dt.date(2025, 1, 1), hours=Decimal(3))]),
        ),
    )
    merge_contacts(db, keep, other)
    with db.session() as s:
        assert len(s.get(Contact, keep).volunteer.hours) == 1


def test_merge_with_itself_or_a_missing_contact_is_refused(db):
    (a,) = add(db, Contact(last_name="Berg"))
    with pytest.raises(UserError, match="sich selbst"):
        merge_contacts(db, a, a)
    with pytest.raises(UserError, match="ID 99"):
        merge_contacts(db, a, 99)
