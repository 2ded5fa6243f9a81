"""The shared steps of writing an edited record, seen through both kinds that use them."""

from __future__ import annotations

import pytest

from kidesk.db.database import open_database
from kidesk.db.models import Contact, Organisation
from kidesk.errors import ValidationError
from kidesk.services import contacts, organisations
from kidesk.services.contacts import AffiliationData, ContactData
from kidesk.services.edit_conflicts import RecordChangedElsewhere
from kidesk.services.organisations import MembershipData, OrganisationData
from kidesk.services.record_writing import normalise_text_fields, update_record


def test_normalise_text_fields_trims_blanks_and_defaults_the_country():
    values = {"name": "  AWO ", "notes": "   ", "country": ""}
    normalise_text_fields(values, ("name", "notes", "country"), ("notes",))
    assert values == {"name": "AWO", "notes": None, "country": "DE"}


def test_links_are_added_kept_and_removed_for_contacts_and_organisations(office):
    db, ids = office
    saved = contacts.create_contact(
        db,
        ContactData(
            last_name="Berg",
            affiliations=[AffiliationData(ids["caritas"], role=" Beratung "), AffiliationData(ids["awo"])],
        ),
    )
    saved.affiliations = [a for a in saved.affiliations if a.organisation_id == ids["awo"]]
    again = contacts.update_contact(db, saved)
    assert [(a.organisation_id, a.role) for a in again.affiliations] == [(ids["awo"], None)]

    network = organisations.create_network(db, "widunetz Test")
    org = organisations.create_organisation(
        db, OrganisationData(name="Testverein", memberships=[MembershipData(network, role="  Mitglied ")])
    )
    assert [(m.network_id, m.role) for m in org.memberships] == [(network, "Mitglied")]
    org.memberships = [MembershipData(9999, "Weg-Netz")]
    with pytest.raises(ValidationError, match="Weg-Netz") as info:
        organisations.update_organisation(db, org)
    assert info.value.field == "memberships"
    assert [m.network_id for m in organisations.load_organisation(db, org.id).memberships] == [network]


def _other_workstation_writes(db_path, model, record_id, **values):
    other = open_database(db_path)
    try:
        with other.session() as s:
            record = s.get(model, record_id)
            for name, value in values.items():
                setattr(record, name, value)
    finally:
        other.dispose()


def test_change_between_version_check_and_write_is_a_conflict_not_a_raw_stale_data_error(office, db_path):
    """SQLAlchemy's own check (``StaleDataError``) catches the race after our version check;
    the service turns it into the same RecordChangedElsewhere."""
    db, ids = office
    data = contacts.normalised(contacts.load_contact(db, ids["caritas_person"]))
    data.room = "B"

    def apply_after_someone_else(session, contact, values):
        _other_workstation_writes(db_path, Contact, contact.id, room="A")
        contacts._apply(session, contact, values)

    with pytest.raises(RecordChangedElsewhere):
        update_record(db, Contact, data, "Der Kontakt", apply_after_someone_else, contacts._to_data)
    assert contacts.load_contact(db, ids["caritas_person"]).room == "A"


@pytest.mark.parametrize("kind", ["contact", "organisation"])
def test_version_check_and_overwrite_without_it(office, db_path, kind):
    db, ids = office
    if kind == "contact":
        model, record_id, load, update = Contact, ids["caritas_person"], contacts.load_contact, contacts.update_contact
    else:
        model, record_id = Organisation, ids["awo"]
        load, update = organisations.load_organisation, organisations.update_organisation
    mine = load(db, record_id)
    _other_workstation_writes(db_path, model, record_id, city="Bünde")
    mine.city = "Enger"
    with pytest.raises(RecordChangedElsewhere):
        update(db, mine)
    assert load(db, record_id).city == "Bünde"
    mine.version = None  # the user chose "overwrite"
    saved = update(db, mine)
    assert saved.city == "Enger" and load(db, record_id).version == saved.version


@pytest.mark.parametrize("kind", ["contact", "organisation"])
def test_delete_of_a_record_changed_meanwhile_is_no_raw_stale_data_error(office, db_path, kind, monkeypatch):
    """A delete racing another workstation's write gives RecordChangedElsewhere too."""
    db, ids = office
    from sqlalchemy.orm import Session

    record_id, model = (ids["staff"], Contact) if kind == "contact" else (ids["drk"], Organisation)
    real_delete = Session.delete

    def delete_after_someone_else(session, record):
        _other_workstation_writes(db_path, model, record.id, city="Vlotho")
        real_delete(session, record)

    monkeypatch.setattr(Session, "delete", delete_after_someone_else)
    remove = contacts.delete_contact if kind == "contact" else organisations.delete_organisation
    with pytest.raises(RecordChangedElsewhere):
        remove(db, record_id)
    monkeypatch.undo()
    with db.session() as s:
        assert s.get(model, record_id).city == "Vlotho"
