"""Writing contacts: validation, transactions, conflicts, deletion and what goes with it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kidesk.db.models import Affiliation, Contact, Volunteer, VolunteerHours
from kidesk.errors import NotFound, ValidationError
from kidesk.services import contacts
from kidesk.services.contacts import AffiliationData, ContactData
from kidesk.services.edit_conflicts import RecordChangedElsewhere


def test_create_normalises_and_stores_affiliations(office):
    db, ids = office
    saved = contacts.create_contact(
        db,
        ContactData(
            first_name=" Ayşe ",
            last_name="Yılmaz ",
            email="  ",
            country="de",
            phone="05221/13-1180",
            affiliations=[AffiliationData(ids["caritas"], role=" Leitung ", is_primary=True)],
        ),
    )
    assert saved.id and saved.version == 1
    assert (saved.first_name, saved.last_name, saved.email, saved.country) == ("Ayşe", "Yılmaz", None, "DE")
    assert [(a.organisation_name, a.role) for a in saved.affiliations] == [
        ("Caritasverband für den Kreis Herford e. V.", "Leitung")
    ]


def test_invalid_input_writes_nothing(office):
    db, ids = office
    with db.session() as s:
        before = s.execute(select(func.count()).select_from(Contact)).scalar_one()
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(db, ContactData(last_name="Test", postcode="123", email="a@b"))
    assert info.value.field in ("email", "postcode") and "Test" in str(info.value)
    with pytest.raises(ValidationError):  # an organisation that vanished: nothing half-written
        contacts.create_contact(db, ContactData(last_name="Test", affiliations=[AffiliationData(9999, "Weg e. V.")]))
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(Contact)).scalar_one() == before


def test_update_changes_fields_and_affiliations(office):
    db, ids = office
    data = contacts.load_contact(db, ids["caritas_person"])
    data.room = "2.07"
    data.affiliations.append(AffiliationData(ids["awo"], role="Honorarkraft"))
    saved = contacts.update_contact(db, data)
    assert saved.version == data.version + 1
    assert {a.organisation_id for a in saved.affiliations} == {ids["caritas"], ids["awo"]}
    saved.affiliations = [a for a in saved.affiliations if a.organisation_id == ids["awo"]]
    again = contacts.update_contact(db, saved)
    assert [a.organisation_id for a in again.affiliations] == [ids["awo"]]


def test_update_over_someone_elses_change_is_refused(office):
    db, ids = office
    mine = contacts.load_contact(db, ids["caritas_person"])
    theirs = contacts.load_contact(db, ids["caritas_person"])
    theirs.room = "A"
    contacts.update_contact(db, theirs)
    mine.room = "B"
    with pytest.raises(RecordChangedElsewhere, match="anderen Arbeitsplatz"):
        contacts.update_contact(db, mine)
    assert contacts.load_contact(db, ids["caritas_person"]).room == "A"


def test_deletion_impact_and_delete(office):
    db, ids = office
    impact = contacts.deletion_impact(db, ids["volunteer_contact"])
    assert (impact.participations, impact.has_volunteer_profile, impact.volunteer_hours_entries) == (1, True, 2)
    assert "Ehrenamtsprofil" in impact.describe()
    contacts.delete_contact(db, ids["volunteer_contact"])
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(Volunteer)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(VolunteerHours)).scalar_one() == 0
    with pytest.raises(NotFound):
        contacts.delete_contact(db, ids["volunteer_contact"])


def test_new_contact_is_found_by_search(office):
    from kidesk.db.search import search

    db, ids = office
    contacts.create_contact(
        db, ContactData(first_name="Zeynep", last_name="Kaya", affiliations=[AffiliationData(ids["caritas"])])
    )
    with db.session() as s:
        assert any(h.title.endswith("Kaya") or "Kaya" in h.title for h in search(s, "kaya"))


def test_duplicate_affiliation_refused(office):
    db, ids = office
    with pytest.raises(ValidationError, match="doppelt"):
        contacts.create_contact(
            db,
            ContactData(
                last_name="X", affiliations=[AffiliationData(ids["awo"], "AWO"), AffiliationData(ids["awo"], "AWO")]
            ),
        )
    with db.session() as s:
        assert (
            s.execute(
                select(Affiliation).where(Affiliation.organisation_id == ids["awo"], Affiliation.role.is_(None))
            ).first()
            is None
        )


def test_possible_duplicates_name_the_stored_contact_but_never_itself(office):
    db, ids = office
    (hit,) = contacts.possible_duplicates(db, ContactData(first_name=" petra ", last_name="Wágner"))
    assert hit.second_id == ids["staff"] and "Wagner, Petra" in hit.second_label
    assert contacts.possible_duplicates(db, contacts.load_contact(db, ids["staff"])) == []
    assert contacts.possible_duplicates(db, ContactData(first_name="Zoltan", last_name="Zwirbel")) == []
    assert contacts.possible_duplicates(db, ContactData()) == []
