"""The contacts list's organisation column follows the one primary-organisation rule
(:mod:`kidesk.domain.affiliations`) that letters, badges and invite lists use."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kidesk.db.database import open_database
from kidesk.db.list_queries import ContactListQuery, contact_page
from kidesk.db.models import Affiliation, Contact, Organisation
from kidesk.domain.affiliations import primary_organisation_name
from kidesk.services.demo_data import fill_demo_data


def _listed_organisations(session, query: ContactListQuery | None = None) -> dict[int, str]:
    query = query or ContactListQuery()
    return {row.id: row.organisation or "" for row in contact_page(session, query, 0, 100_000)}


def _rule_organisations(session) -> dict[int, str]:
    contacts = session.scalars(
        select(Contact).options(selectinload(Contact.affiliations).selectinload(Affiliation.organisation))
    ).all()
    return {c.id: primary_organisation_name(c.affiliations) for c in contacts}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    fill_demo_data(database)
    yield database
    database.dispose()


def test_demo_list_column_is_the_rule_for_every_contact(demo_db):
    with demo_db.session() as s:
        listed = _listed_organisations(s)
        expected = _rule_organisations(s)
        with_organisation = [i for i, name in expected.items() if name]
    assert len(with_organisation) > 10  # the demo has people at organisations: the check compares something
    assert listed == expected


def _person_at(session, affiliations: list[tuple[str, bool, dt.date | None]]) -> int:
    person = Contact(first_name="Mira", last_name="Test")
    session.add(person)
    session.flush()
    for name, primary, valid_to in affiliations:
        org = session.scalar(select(Organisation).where(Organisation.name == name))
        if org is None:
            org = Organisation(name=name, kind="other")
            session.add(org)
            session.flush()
        person.affiliations.append(Affiliation(organisation=org, is_primary=primary, valid_to=valid_to))
        session.flush()  # ids in the order entered
    return person.id


def test_alpha_and_zeta_the_list_agrees_with_the_badges(db):
    long_ago = dt.date(2020, 1, 1)
    with db.session() as s:
        neither_primary = _person_at(s, [("Zeta", False, None), ("Alpha", False, None)])
        primary_ended = _person_at(s, [("Alpha", True, long_ago), ("Zeta", False, None)])
        primary_current = _person_at(s, [("Zeta", False, None), ("Alpha", True, None)])
        all_ended = _person_at(s, [("Zeta", False, long_ago), ("Alpha", False, long_ago)])
        nowhere = _person_at(s, [])
    with db.session() as s:
        listed = _listed_organisations(s)
        assert listed == _rule_organisations(s)
    assert listed[neither_primary] == "Zeta"  # entered first, not the first by name
    assert listed[primary_ended] == "Zeta"  # a current affiliation beats an ended primary one
    assert listed[primary_current] == "Alpha"
    assert listed[all_ended] == "Zeta"
    assert listed[nowhere] == ""


def test_sorting_by_organisation_uses_the_same_rule(db):
    with db.session() as s:
        zeta_person = _person_at(s, [("Zeta", False, None), ("Alpha", False, None)])
        alpha_person = _person_at(s, [("Alpha", False, None)])
    with db.session() as s:
        rows = contact_page(s, ContactListQuery(sort_column="organisation"), 0, 10)
    assert [r.id for r in rows] == [alpha_person, zeta_person]
