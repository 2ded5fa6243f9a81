"""The consent rule is written once: the Python check and the SQL filter agree on the demo data.

:mod:`kidesk.domain.consent` holds the rule; :mod:`kidesk.services.volunteers.privacy` builds
the SQL from the same field names. Partner exports filter in SQL, the list and the editor
mark in Python — for every volunteer of the demo database both must say the same.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kidesk.db.models import Contact, Volunteer
from kidesk.domain import consent
from kidesk.services import volunteers as vs
from kidesk.services.demo_data import fill_demo_data
from kidesk.services.volunteers import privacy

TODAY = dt.date(2026, 11, 21)


def _add_edge_cases(db) -> dict[str, int]:
    """Volunteers the demo may lack: a purpose without a date, a date without the purpose."""
    people = {
        "ohne Datum": dict(consent_share_with_partners=True, consent_photos=True, consent_given_on=None),
        "ohne Zweck": dict(
            consent_share_with_partners=False, consent_photos=False, consent_given_on=dt.date(2025, 5, 1)
        ),
        "beides": dict(consent_share_with_partners=True, consent_photos=True, consent_given_on=dt.date(2025, 5, 1)),
    }
    ids = {}
    with db.session() as s:
        for last, fields in people.items():
            volunteer = Volunteer(**fields)
            s.add(Contact(first_name="Rand", last_name=last, volunteer=volunteer))
            s.flush()
            ids[last] = volunteer.id
    return ids


def test_python_rule_and_sql_filter_agree_for_every_demo_volunteer(db):
    fill_demo_data(db, today=TODAY)
    edge = _add_edge_cases(db)
    by_sql_share = vs.shareable_volunteer_ids(db)
    with db.session() as s:
        by_sql_photo = set(s.scalars(select(Volunteer.id).where(privacy.photo_consent_clause())))
        volunteers = s.scalars(select(Volunteer)).all()
        by_python_share = {v.id for v in volunteers if consent.may_share_with_partners(v)}
        by_python_photo = {v.id for v in volunteers if not consent.photo_consent_missing(v)}
        all_ids = {v.id for v in volunteers}
    assert len(all_ids) > 20
    # both answers occur, so agreement is not agreement on "nobody" or "everybody"
    assert by_sql_share and by_sql_share != all_ids
    assert by_sql_photo and by_sql_photo != all_ids
    assert by_python_share == by_sql_share
    assert by_python_photo == by_sql_photo
    assert edge["beides"] in by_sql_share
    assert edge["ohne Datum"] not in by_sql_share and edge["ohne Zweck"] not in by_sql_share
    assert edge["ohne Datum"] not in by_sql_photo


def test_partner_export_filter_keeps_exactly_who_the_rule_allows(db):
    fill_demo_data(db, today=TODAY)
    _add_edge_cases(db)
    with db.session() as s:
        contacts = s.scalars(select(Contact).order_by(Contact.id)).all()
        expected = [c.id for c in contacts if consent.may_share_with_partners(c.volunteer)]
        every = [c.id for c in contacts]
        assert any(c.volunteer is None for c in contacts)  # partner staff: not restricted
    assert vs.shareable_contact_ids(db, reversed(every)) == list(reversed(expected))
    assert len(expected) < len(every)


def test_list_rows_use_the_same_rule(db):
    fill_demo_data(db, today=TODAY)
    rows = vs.volunteer_page(db, None, 0, 10_000, today=TODAY)
    assert {r.id for r in rows if r.may_share_with_partners} == vs.shareable_volunteer_ids(db)
