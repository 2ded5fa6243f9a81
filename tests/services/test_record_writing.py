"""The shared steps of writing an edited record, seen through both kinds that use them."""

from __future__ import annotations

import pytest

from kidesk.errors import ValidationError
from kidesk.services import contacts, organisations
from kidesk.services.contacts import AffiliationData, ContactData
from kidesk.services.organisations import MembershipData, OrganisationData
from kidesk.services.record_writing import normalise_text_fields


def test_normalise_text_fields_trims_blanks_and_defaults_the_country():
    values = {"name": "  AWO ", "notes": "   ", "country": ""}
    normalise_text_fields(values, ("name", "notes", "country"), ("notes",))
    assert values == {"name": "AWO", "notes": None, "country": "DE"}


def test_links_are_added_kept_and_removed_for_contacts_and_organisations(office):
    db, ids = office
    saved = contacts.create_contact(db, ContactData(last_name="Berg", affiliations=[
        AffiliationData(ids["caritas"], role=" Beratung "), AffiliationData(ids["awo"])]))
    saved.affiliations = [a for a in saved.affiliations if a.organisation_id == ids["awo"]]
    again = contacts.update_contact(db, saved)
    assert [(a.organisation_id, a.role) for a in again.affiliations] == [(ids["awo"], None)]

    network = organisations.create_network(db, "widunetz Test")
    org = organisations.create_organisation(db, OrganisationData(name="Testverein", memberships=[
        MembershipData(network, role="  Mitglied ")]))
    assert [(m.network_id, m.role) for m in org.memberships] == [(network, "Mitglied")]
    org.memberships = [MembershipData(9999, "Weg-Netz")]
    with pytest.raises(ValidationError, match="Weg-Netz") as info:
        organisations.update_organisation(db, org)
    assert info.value.field == "memberships"
    assert [m.network_id for m in organisations.load_organisation(db, org.id).memberships] == [network]
