"""Phones are written in one form when typed; the demo's numbers pass the app's own validation."""

from __future__ import annotations

import dataclasses

from kidesk.db.models import Contact, Organisation
from kidesk.services import contacts
from kidesk.services.demo_data import fill_demo_data
from kidesk.services.validation import PHONE_FIELDS, phone_problem


def test_typed_numbers_are_stored_in_one_form_untouched_ones_stay(db):
    created = contacts.create_contact(
        db, contacts.ContactData(first_name="Ayşe", last_name="Yılmaz", phone="05221/13-1192", mobile="0170/1234567")
    )
    assert (created.phone, created.mobile) == ("05221 13-1192", "0170 1234567")
    with db.session() as s:
        s.get(Contact, created.id).fax = "05221/99-1"  # stored as some import wrote it
    loaded = contacts.load_contact(db, created.id)
    saved = contacts.update_contact(db, dataclasses.replace(loaded, mobile="+90 212 123 45 67"))
    assert saved.fax == "05221/99-1" and saved.mobile == "+90 212 123 45 67" and saved.phone == "05221 13-1192"


def test_every_demo_number_passes_the_validation(db):
    fill_demo_data(db)
    with db.session() as s:
        bad = [
            (c.full_name, f, getattr(c, f))
            for c in s.query(Contact)
            for f in PHONE_FIELDS
            if getattr(c, f, None) and phone_problem(getattr(c, f))
        ]
        bad += [
            (o.name, f, getattr(o, f))
            for o in s.query(Organisation)
            for f in PHONE_FIELDS
            if getattr(o, f, None) and phone_problem(getattr(o, f))
        ]
    assert bad == []
