"""Each colleague signs her own letters (issue 14, item 15): the working user's own sender comes
before the office-wide one; a user without a choice, or whose choice was deleted, gets the office's."""

from __future__ import annotations

import dataclasses

import pytest

from kidesk.db import audit
from kidesk.db.models import Affiliation, Contact
from kidesk.services import contacts as contact_service
from kidesk.services import settings as settings_service
from kidesk.services.printing import print_invitations
from tests.pdf.pdf_reading import all_text
from tests.print_fixtures import build_print_data


@pytest.fixture
def office(db):
    data = build_print_data(db)
    with db.session() as s:
        leyla = Contact(first_name="Leyla", last_name="Yılmaz-Karakaya", is_staff=True)
        leyla.affiliations.append(Affiliation(organisation_id=data.own_org, role="Sachbearbeiterin", is_primary=True))
        s.add(leyla)
        s.flush()
        leyla_id = leyla.id
    yield db, data, leyla_id
    audit.set_actor(None)


def _signer_text(db, data) -> str:
    return all_text(print_invitations(db, event_id=data.event, contact_ids=[data.german]))


def test_the_working_users_own_sender_signs_her_letters(office):
    db, data, leyla = office
    audit.set_actor("leyla")
    settings = settings_service.load_settings(db)
    assert settings.user == "leyla" and settings.my_letter_sender_contact_id is None
    settings_service.save_settings(db, dataclasses.replace(settings, my_letter_sender_contact_id=leyla))
    assert "Leyla Yılmaz-Karakaya" in _signer_text(db, data)

    audit.set_actor("gudrun")  # a colleague without her own choice: the office-wide sender
    text = _signer_text(db, data)
    assert "Gudrun Kirchhoff" in text and "Leyla" not in text
    assert settings_service.load_settings(db).my_letter_sender_contact_id is None

    audit.set_actor("Leyla ")  # the same user name, written differently
    assert settings_service.load_settings(db).my_letter_sender_contact_id == leyla


def test_a_deleted_own_sender_falls_back_to_the_office_wide_one(office):
    db, data, leyla = office
    audit.set_actor("leyla")
    settings_service.save_settings(
        db, dataclasses.replace(settings_service.load_settings(db), my_letter_sender_contact_id=leyla)
    )
    contact_service.delete_contact(db, leyla)
    assert "Gudrun Kirchhoff" in _signer_text(db, data)
