"""Writing partner organisations: names, hierarchy, logo, memberships."""

from __future__ import annotations

import datetime as dt

import pytest

from kidesk.errors import ValidationError
from kidesk.services import organisations
from kidesk.services.organisations import MembershipData, OrganisationData

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20


def test_create_with_parent_logo_and_membership(office):
    db, ids = office
    saved = organisations.create_organisation(
        db,
        OrganisationData(
            name="Kreis Herford – Amt für Schule, Kultur und Sport",
            kind="authority",
            parent_id=ids["kreis"],
            logo=PNG,
            memberships=[MembershipData(ids["widunetz"], role="Projektgruppe", joined_on=dt.date(2010, 1, 1))],
        ),
    )
    assert saved.parent_id == ids["kreis"] and saved.logo_mime == "image/png"
    assert [(m.network_id, m.role) for m in saved.memberships] == [(ids["widunetz"], "Projektgruppe")]
    parent = organisations.load_organisation(db, ids["kreis"])
    assert (saved.id, saved.name) in parent.children


def test_hierarchy_cycles_refused(office):
    db, ids = office
    kreis = organisations.load_organisation(db, ids["kreis"])
    kreis.parent_id = ids["ki"]  # KI is under Kreis already
    with pytest.raises(ValidationError, match="untergeordnet|eingeordnet"):
        organisations.update_organisation(db, kreis)


def test_logo_must_be_png_or_jpeg(office):
    db, ids = office
    data = organisations.load_organisation(db, ids["awo"])
    data.logo = b"GIF89a..."
    with pytest.raises(ValidationError, match="PNG- oder JPEG"):
        organisations.update_organisation(db, data)


def test_membership_dates_checked(office):
    db, ids = office
    data = organisations.load_organisation(db, ids["vhs"])
    data.memberships = [
        MembershipData(ids["widunetz"], "widunetz", joined_on=dt.date(2020, 1, 1), left_on=dt.date(2019, 1, 1))
    ]
    with pytest.raises(ValidationError, match="Austritt vor dem Beitritt"):
        organisations.update_organisation(db, data)


def test_deletion_impact(office):
    db, ids = office
    impact = organisations.deletion_impact(db, ids["kreis"])
    assert impact.count("organisations", "unlinked", "parent_id") == 1 and impact.count("network_memberships") == 1
    organisations.delete_organisation(db, ids["kreis"])
    assert organisations.load_organisation(db, ids["ki"]).parent_id is None


def test_create_network_refuses_duplicates(office):
    db, _ids = office
    organisations.create_network(db, "Bildungsnetzwerk")
    with pytest.raises(ValidationError, match="gibt es schon"):
        organisations.create_network(db, "bildungsnetzwerk")
